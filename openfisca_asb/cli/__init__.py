"""The `asb` command. Every module here with a `register(commands)` adds a sub-command."""

import argparse
import importlib
import os
import pkgutil
import sys

from openfisca_asb.cli.checks import CliProblem


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="asb", description="What a family with a seriously ill or disabled child is entitled to.")
    commands = root.add_subparsers(dest="command", required=True)
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        if hasattr(module, "register"):
            module.register(commands)
    return root


def main(argv: list[str] | None = None) -> int:
    """Run a command; bad input is one line naming the problem (exit 2), never a traceback."""
    arguments = parser().parse_args(argv)
    language = getattr(arguments, "lang", "nb")
    try:
        return arguments.run(arguments)
    except CliProblem as problem:
        print(f"asb: {problem.in_language(language)}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 — a bug: one line to report; ASB_DEBUG=1 shows the traceback
        if os.environ.get("ASB_DEBUG"):
            raise
        print(f"asb: {'intern feil' if language == 'nb' else 'internal error'} ({type(error).__name__}); "
              f"{'kjør med ASB_DEBUG=1 og meld feilen' if language == 'nb' else 'run with ASB_DEBUG=1 and report it'}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
