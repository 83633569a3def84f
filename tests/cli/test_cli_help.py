"""`asb --help` and every `asb <command> --help` in the language asked, bokmål unless `--lang en` (the brief:
user-facing texts in bokmål and English, the same words on API, page, CLI and docs); each text is written once
in both languages where its argument is defined (cli/help_texts.py)."""

import argparse

import pytest

from openfisca_asb.cli import main, parser
from openfisca_asb.cli.help_texts import Said


def _help(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as leaving:
        main(argv)
    assert leaving.value.code == 0  # argparse's help ends the program with success
    return capsys.readouterr().out


def test_a_commands_help_is_in_bokmal_by_default(capsys):
    said = _help(capsys, ["entitlements", "--help"])
    for bokmal in ("bruk:  asb entitlements [-h]", "posisjonsargumenter:", "sti til familiefilen (se examples/)", "valg:",
                   "-h, --help      vis denne hjelpeteksten og avslutt", "--lang {nb,en}  språket i svaret",
                   "--json          skriv ut hele svaret som JSON"):
        assert bokmal in said, said
    for english in ("usage:", "positional arguments", "options:", "show this help", "path to the family file", "language of"):
        assert english not in said, said


def test_a_commands_help_is_in_english_with_lang_en(capsys):
    said = _help(capsys, ["entitlements", "--lang", "en", "--help"])
    for english in ("usage: asb entitlements [-h]", "positional arguments:", "path to the family file (see examples/)", "options:",
                    "-h, --help      show this help message and exit", "--lang {nb,en}  language of the answer",
                    "--json          print the full answer as JSON"):
        assert english in said, said
    assert "bruk:" not in said and "språket" not in said, said


def test_asb_lists_its_commands_in_the_language_asked(capsys):
    bokmal = _help(capsys, ["--help"])
    assert "bruk:  asb [-h]" in bokmal and "    rates           sjekk hvor oppdaterte modellens satser er" in bokmal, bokmal
    english = _help(capsys, ["--help", "--lang", "en"])
    assert "usage: asb [-h]" in english and "    rates           check how current the model's rates are" in english, english


def _parsers(command: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """`command` and every command under it, each with the words that name it on the command line."""
    yield words, command
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subcommand in action.choices.items():
                yield from _parsers(subcommand, (*words, name))


def _texts(command: argparse.ArgumentParser):
    """Every text `command`'s help shows that is ours: its description, its arguments' and its commands' help."""
    if command.description is not None:
        yield "description", command.description
    for action in command._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from ((f"command {choice.dest}", choice.help) for choice in action._choices_actions)
        else:
            yield "/".join(action.option_strings) or action.dest, action.help


def test_every_text_of_every_command_has_its_bokmal():
    # A new argument written without said(english, bokmål), or without help at all, fails here.
    for words, command in _parsers(parser()):
        for titled in command._action_groups:
            assert isinstance(titled.title, Said) and titled.title.nb != titled.title, (words, titled.title)
        for where, text in _texts(command):
            assert isinstance(text, Said), (words, where, text)
            assert text.nb.strip() and text.nb != text, (words, where, text)


def _squeezed(text: str) -> str:
    return "".join(text.split())  # argparse wraps the help; a hyphen may end a line


def test_every_commands_help_says_its_texts_in_the_language_asked(capsys):
    for words, command in _parsers(parser()):
        texts = [text for _, text in _texts(command)]
        bokmal = _squeezed(_help(capsys, [*words, "--help"]))
        english = _squeezed(_help(capsys, [*words, "--help", "--lang", "en"]))  # `asb` itself takes no --lang before --help
        for text in texts:
            assert _squeezed(text.nb) in bokmal and _squeezed(text) not in bokmal, (words, text)
            assert _squeezed(text) in english, (words, text)
