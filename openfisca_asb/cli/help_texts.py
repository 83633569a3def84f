"""The help of `asb` and its commands (`asb entitlements --help`) in the language asked, bokmål unless `--lang en`.

Each text of the help is written once, where its command or argument is defined, as `said(english, bokmal)`:
a `str` whose value is the English, carrying the bokmål. `in_language` sets every text of a built parser to
the language asked. argparse's own words of help (the section titles, -h's help, "usage:") are said the same
way. A module of its own, without pydantic, so `asb --help` stays quick.
"""

import argparse


class Said(str):
    """A text of the help: its value the English, `nb` its bokmål."""

    nb: str


def said(english: str, bokmal: str) -> Said:
    text = Said(english)
    text.nb = bokmal
    return text


# argparse's own words, which it takes from gettext with no bokmål catalogue. The parser sets the titles and
# -h's help when it is built (ArgumentParser in argument_errors.py) and a formatter says "usage:" (below):
# installing a gettext catalogue would change argparse for the whole process, and rewriting the printed help
# would also rewrite these words where our own texts use them; both depend on argparse's English staying as it is.
POSITIONAL_ARGUMENTS = said("positional arguments", "posisjonsargumenter")
OPTIONS = said("options", "valg")
SHOW_HELP = said("show this help message and exit", "vis denne hjelpeteksten og avslutt")
ACTION = said("action", "handling")  # how usage and a mistake name a command's action: `asb reform validate`
USAGE = said("usage: ", "bruk:  ")  # as long as argparse's "usage: ", so its wrapped lines stay aligned


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, its column of help wide enough for the commands listed under `command`: argparse
    measures them one indent shallower than it prints them, so with a short `metavar` a long name
    (check-decision) would get a line of its own."""

    def add_argument(self, action):
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction) and action.help is not argparse.SUPPRESS:
            deepest = self._current_indent + self._indent_increment + max(map(len, action.choices), default=0)
            self._action_max_length = max(self._action_max_length, deepest)


class BokmalHelpFormatter(HelpFormatter):
    """The formatter, its usage line headed in bokmål."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE.nb if prefix is None else prefix)


FORMATTERS = {"nb": BokmalHelpFormatter, "en": HelpFormatter}


def in_language(parser: argparse.ArgumentParser, language: str) -> None:
    """Every text of `parser` and of its commands, at every depth, in `language` ("nb" or "en")."""
    parser.formatter_class = FORMATTERS[language]
    parser.description = in_words(parser.description, language)
    for group in parser._action_groups:
        group.title = in_words(group.title, language)
    for action in parser._actions:
        action.help = in_words(action.help, language)
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = in_words(action.metavar, language)
            for command in action._choices_actions:  # the one-line help of each command, as the parent lists them
                command.help = in_words(command.help, language)
            for command in action.choices.values():
                in_language(command, language)


def in_words(text: str | None, language: str) -> str | None:
    """`text` in `language`: its bokmål for "nb" when it has one, else as it is."""
    return text.nb if language == "nb" and isinstance(text, Said) else text
