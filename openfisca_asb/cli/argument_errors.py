"""The command line's own mistakes (a missing file, an unknown command, a word where a number goes) in the
language asked, as the commands' other problems are (problem.py).

argparse says them in English only; `ArgumentProblem` carries its message to `asb`'s `main`, which knows the
language asked (`--lang`, bokmål by default) and says it in bokmål by the templates below. A message no
template matches is said as argparse said it. A module of its own, without pydantic, so `asb --help` stays quick.
"""

import argparse
import re

from openfisca_asb.cli.help_texts import OPTIONS, POSITIONAL_ARGUMENTS, SHOW_HELP, Said, in_words, said

# argparse's messages (Python 3.11 and later) and the commands' own value checks, each said(English, bokmål) as
# the help's texts are (help_texts.py). {name} is a part said as it was written.
ARGPARSE_MESSAGES = (
    said("argument {argument}: {message}", "argumentet {argument}: {message}"),
    said("the following arguments are required: {names}", "disse argumentene mangler: {names}"),
    said("invalid choice: {value} (choose from {choices})", "ugyldig valg: {value} (velg blant {choices})"),
    said("unrecognized arguments: {arguments}", "ukjente argumenter: {arguments}"),
    said("expected one argument", "ventet én verdi"),
    said("expected at least one argument", "ventet minst én verdi"),
    said("expected at most one argument", "ventet høyst én verdi"),
    said("expected {count} arguments", "ventet {count} verdier"),
    said("invalid {type} value: {value}", "ugyldig verdi for {type}: {value}"),
    said("one of the arguments {names} is required", "ett av argumentene {names} må oppgis"),
    said("not allowed with argument {name}", "kan ikke brukes sammen med {name}"),
    said("ambiguous option: {option} could match {matches}", "tvetydig valg: {option} kan være {matches}"),
    said("ignored explicit argument {value}", "argumentet {value} ble ikke brukt"),
)
AT_LEAST_ONE = said("must be at least 1 (got {value})", "må være minst 1 (oppgitt: {value})")
NOT_NEGATIVE = said("must be 0 or more (got {value})", "må være 0 eller mer (oppgitt: {value})")
NOT_A_WHOLE_NUMBER = said("'{value}' is not a whole number", "'{value}' er ikke et heltall")
NOT_A_NUMBER = said("'{value}' is not a number", "'{value}' er ikke et tall")
OUTSIDE = said("must be from {least} to {most} (got {value})", "må være fra {least} til {most} (oppgitt: {value})")
ONLY_WITH = said("only with {needed}; leave it out with {given}", "bare sammen med {needed}; ta det bort ved {given}")
SERVICE_COST = said("give NAME=VALUE with a number, e.g. bpa_cost_per_hour=500 (got {value})",
                    "skriv NAVN=VERDI med et tall, for eksempel bpa_cost_per_hour=500 (oppgitt: {value})")
SCHEDULER = said("not a Dask scheduler address: give {schemes}://HOST:PORT, e.g. tcp://127.0.0.1:8786 (got {value})",
                 "ikke adressen til en Dask-scheduler: skriv {schemes}://VERT:PORT, for eksempel tcp://127.0.0.1:8786 (oppgitt: {value})")
VALUE_CHECKS = (AT_LEAST_ONE, NOT_NEGATIVE, NOT_A_WHOLE_NUMBER, NOT_A_NUMBER, OUTSIDE, ONLY_WITH, SERVICE_COST, SCHEDULER)
TYPE_NAMES = {"int": "heltall", "float": "tall"}  # argparse names a value's type by the Python function that reads it
ERROR = said("error", "feil")


class ArgumentProblem(Exception):
    """A mistake on the command line, as argparse found it: the usage of the command and the message."""

    def __init__(self, prog: str, usage: str, message: str):
        super().__init__(message)
        self.prog, self.usage, self.message = prog, usage, message

    def lines(self, language: str) -> str:
        """argparse's usage (in the language asked: help_texts.in_language), then one line:
        `asb entitlements: feil: …` in bokmål, `…: error: …` in English."""
        message = self.message if language == "en" else in_bokmal(self.message)
        return f"{self.usage}{self.prog}: {in_words(ERROR, language)}: {message}"


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser whose mistakes are raised for `main` to say in the language asked, not printed here,
    and whose own words of help carry their bokmål (help_texts.py)."""

    def __init__(self, *args, add_help: bool = True, **kwargs):
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title, self._optionals.title = POSITIONAL_ARGUMENTS, OPTIONS
        if add_help:
            self.add_argument("-h", "--help", action="help", help=SHOW_HELP)

    def error(self, message: str):
        raise ArgumentProblem(self.prog, self.format_usage(), message)


def value_error(template: Said, value, **parts) -> argparse.ArgumentTypeError:
    """A value check's refusal, in English for argparse; `in_bokmal` finds its bokmål by the same template."""
    return argparse.ArgumentTypeError(str(template).format(value=value, **parts))


def whole_number(text: str) -> int:
    """An argument type: a whole number."""
    try:
        return int(text)
    except ValueError:
        raise value_error(NOT_A_WHOLE_NUMBER, text) from None


def within(least: int, most: int):
    """An argument type: a whole number from `least` to `most`."""
    def checked(text: str) -> int:
        value = whole_number(text)
        if not least <= value <= most:
            raise value_error(OUTSIDE, value, least=least, most=most)
        return value
    return checked


def in_bokmal(message: str) -> str:
    """`message` in bokmål by the first template it matches, its parts in bokmål too; else as it is."""
    for template in (*ARGPARSE_MESSAGES, *VALUE_CHECKS):
        match = re.fullmatch(_pattern(template), message, flags=re.DOTALL)
        if match:
            parts = match.groupdict()
            if "message" in parts:
                parts["message"] = in_bokmal(parts["message"])
            if "type" in parts:
                parts["type"] = TYPE_NAMES.get(parts["type"], parts["type"])
            return template.nb.format(**parts)
    return message


def _pattern(template: str) -> str:
    """A template as a regular expression: each {name} any text, the rest as written."""
    pieces = re.split(r"\{(\w+)\}", template)
    return "".join(re.escape(piece) if number % 2 == 0 else f"(?P<{piece}>.+?)" for number, piece in enumerate(pieces))


def asked_language(argv: list[str]) -> str:
    """The language asked on the command line (`--lang en` or `--lang=en`, the last when given twice, as argparse
    reads it; before the command or after it); bokmål otherwise."""
    asked = "nb"
    for number, word in enumerate(argv):
        if word == "--lang" and number + 1 < len(argv):
            asked = argv[number + 1]
        elif word.startswith("--lang="):
            asked = word.removeprefix("--lang=")
    return "en" if asked == "en" else "nb"
