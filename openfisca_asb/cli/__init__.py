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
from openfisca_asb.cli.help_texts import in_language, said
from openfisca_asb.cli.language import LANGUAGES, add_language, language_of
from openfisca_asb.cli.problem import CliProblem

COMMANDS = {  # name: (module, one-line help), in the order `asb --help` lists them
    "apply": ("apply", said("the family's application plan: what to apply for, in what order, with which documents",
                            "familiens søknadsplan: hva dere søker om, i hvilken rekkefølge, med hvilke dokumenter")),
    "check-decision": ("check_decision", said("compare a decision with the model, with the complaint route and a draft complaint",
                                              "sammenlign et vedtak med modellen, med klageveien og et utkast til klage")),
    "entitlements": ("entitlements", said("what a family described in a YAML or JSON file is entitled to",
                                          "hva en familie beskrevet i en fil i YAML eller JSON har rett til")),
    "example": ("example", said("print an example family as a request body for the API (no name: list them)",
                                "skriv ut en eksempelfamilie som forespørsel til API-et (uten navn: list dem opp)")),
    "population": ("population", said("generate a synthetic population and run the rules on it (cost, winners and losers, per kommune)",
                                      "lag en syntetisk befolkning og kjør reglene på den (kostnad, vinnere og tapere, per kommune)")),
    "questions": ("questions", said("the next questions for a family file, grouped by person, most decisive first",
                                    "de neste spørsmålene for en familiefil, samlet per person, de mest avgjørende først")),
    "rates": ("rates", said("check how current the model's rates are", "sjekk hvor oppdaterte modellens satser er")),
    "reform": ("reform", said("list, show, validate and compare reforms and Trial Act pilots",
                              "list opp, vis, valider og sammenlign reformer og forsøk etter forsøksloven")),
    "serve": ("serve", said("start the HTTP API (and the calculator page)", "start HTTP-API-et (og kalkulatorsiden)")),
    "timeline": ("timeline", said("the rights that start, change and end in the coming years, and when to act",
                                  "rettighetene som begynner, endres og slutter de neste årene, og når dere må gjøre noe")),
}


COMMAND = said("command", "kommando")  # how usage and a mistake name the command: «argumentet kommando: ugyldig valg …»


def _asked(argv: list[str]) -> str | None:
    """The command named on the command line: `asb` itself takes no option but -h and --lang, so it is the first
    word that is neither an option nor --lang's value."""
    words = [word for number, word in enumerate(argv)
             if not word.startswith("-") and not (number and argv[number - 1] == "--lang" and word in LANGUAGES)]
    return words[0] if words and words[0] in COMMANDS else None


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: every command listed, only the one asked for (all when `argv` is None) with its arguments,
    its help in the language `argv` asks (bokmål unless `--lang en`); when `argv` is None, each text as written."""
    root = ArgumentParser(prog="asb", description=said("What a family with a seriously ill or disabled child is entitled to.",
                                                       "Hva en familie med et alvorlig sykt eller funksjonshemmet barn har rett til."))
    add_language(root, said("language of the output and the help (also after the command)",
                            "språket i utskriften og hjelpen (også etter kommandoen)"))
    commands = root.add_subparsers(dest="command", metavar=COMMAND, required=True)
    asked = None if argv is None else _asked(argv)
    for name, (module_name, help_text) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        if argv is None or name == asked:
            importlib.import_module(f"{__name__}.{module_name}").register(command)
    if argv is not None:
        in_language(root, asked_language(argv))
    return root


def main(argv: list[str] | None = None) -> int:
    """Run a command; bad input is one line naming the problem (exit 2), never a traceback — a structural reform
    that fails while it runs too, naming the reform's file and variable (review s21 drafter M7)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        arguments = parser(argv).parse_args(argv)
    except ArgumentProblem as problem:
        print(problem.lines(asked_language(argv)), file=sys.stderr)
        return 2
    language = arguments.lang = language_of(arguments)
    try:
        return arguments.run(arguments)
    except ArgumentProblem as problem:  # arguments each valid, yet not together (check-decision --amount with --outcome refused)
        print(problem.lines(language), file=sys.stderr)
        return 2
    except CliProblem as problem:
        print(f"asb: {problem.in_language(language)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`asb … | head`): nothing more to say, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so Python's flush at exit stays quiet
        return 0
    except Exception as error:  # noqa: BLE001 — a bug: one line to report; ASB_DEBUG=1 shows the traceback
        if os.environ.get("ASB_DEBUG"):
            raise
        from openfisca_asb.drafting.failures import reform_failure

        failure = reform_failure(error)  # a drafter's structural reform that fails: bad input, not a bug
        if failure is not None:
            print(f"asb: {failure.in_language(language)}", file=sys.stderr)
            return 2
        print(f"asb: {'intern feil' if language == 'nb' else 'internal error'} ({type(error).__name__}); "
              f"{'kjør med ASB_DEBUG=1 og meld feilen' if language == 'nb' else 'run with ASB_DEBUG=1 and report it'}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
