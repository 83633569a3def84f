"""The `asb` command. Every module here with a `register(commands)` adds a sub-command."""

import argparse
import importlib
import pkgutil
import sys


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="asb", description="What a family with a seriously ill or disabled child is entitled to.")
    commands = root.add_subparsers(dest="command", required=True)
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        if hasattr(module, "register"):
            module.register(commands)
    return root


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())
