"""`--lang`: the language of `asb`'s output, bokmål unless `--lang en`, given before the command or after it.

`asb --lang en entitlements FAMILY` and `asb entitlements FAMILY --lang en` say the same. argparse copies every
value a command's parser holds over those `asb`'s own parser read, defaults too, so no parser has a default for
`--lang`: `main` takes the one given, the last when both are, else bokmål.
"""

import argparse

from openfisca_asb.cli.help_texts import said

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
# A command with actions (`asb reform validate`) takes --lang before its action too.
ACTION_LANGUAGE = said("language of the output (also after the action)", "språket i utskriften (også etter handlingen)")


def add_language(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=help_text)


def language_of(arguments: argparse.Namespace) -> str:
    return getattr(arguments, "lang", DEFAULT_LANGUAGE)
