"""The `asb` command.

Each sub-command lives in its own module here, with a `register(command)` that adds its
arguments and sets its `run`. Only the module of the command asked for is imported, so
`asb --help` and `asb entitlements` do not import what other commands need (drafting,
the population and Dask, the HTTP server); the one-line help of every command is below.
"""

import argparse
import importlib
import os
import sys

from openfisca_asb.cli.argument_errors import ArgumentParser, ArgumentProblem, asked_language
from openfisca_asb.cli.problem import CliProblem

COMMANDS = {  # name: (module, one-line help), in the order `asb --help` lists them
    "apply": ("apply", "the family's application plan: what to apply for, in what order, with which documents"),
    "check-decision": ("check_decision", "compare a decision with the model, with the complaint route and a draft complaint"),
    "entitlements": ("entitlements", "what a family described in a YAML or JSON file is entitled to"),
    "example": ("example", "print an example family as a request body for the API (no name: list them)"),
    "population": ("population", "generate a synthetic population and run the rules on it (cost, winners and losers, per kommune)"),
    "questions": ("questions", "the next questions for a family file, grouped by person, most decisive first"),
    "rates": ("rates", "check how current the model's rates are"),
    "reform": ("reform", "list, show, validate and compare reforms and Trial Act pilots"),
    "serve": ("serve", "start the HTTP API (and the calculator page)"),
    "timeline": ("timeline", "the rights that start, change and end in the coming years, and when to act"),
}


def _asked(argv: list[str]) -> str | None:
    """The command named on the command line: `asb` itself takes no option but -h, so it is the first word."""
    words = [word for word in argv if not word.startswith("-")]
    return words[0] if words and words[0] in COMMANDS else None


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: every command listed, only the one asked for (all when `argv` is None) with its arguments."""
    root = ArgumentParser(prog="asb", description="What a family with a seriously ill or disabled child is entitled to.")
    commands = root.add_subparsers(dest="command", required=True)
    asked = None if argv is None else _asked(argv)
    for name, (module_name, help_text) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text)
        if argv is None or name == asked:
            importlib.import_module(f"{__name__}.{module_name}").register(command)
    return root


def main(argv: list[str] | None = None) -> int:
    """Run a command; bad input is one line naming the problem (exit 2), never a traceback."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        arguments = parser(argv).parse_args(argv)
    except ArgumentProblem as problem:
        print(problem.lines(asked_language(argv)), file=sys.stderr)
        return 2
    language = getattr(arguments, "lang", "nb")
    try:
        return arguments.run(arguments)
    except CliProblem as problem:
        print(f"asb: {problem.in_language(language)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`asb … | head`): nothing more to say, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so Python's flush at exit stays quiet
        return 0
    except Exception as error:  # noqa: BLE001 — a bug: one line to report; ASB_DEBUG=1 shows the traceback
        if os.environ.get("ASB_DEBUG"):
            raise
        print(f"asb: {'intern feil' if language == 'nb' else 'internal error'} ({type(error).__name__}); "
              f"{'kjør med ASB_DEBUG=1 og meld feilen' if language == 'nb' else 'run with ASB_DEBUG=1 and report it'}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
