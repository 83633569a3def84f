"""What an answer says about the wording its citations are to (ADR 0040).

A citation is to the text in force on the answer's legal date, yet a Lovdata link opens today's text: the answer
says so once, and a provision that names the window of its wording (rules/provisions.py) says that window.
"""

from datetime import date

from openfisca_asb.answer.date_words import format_date
from openfisca_asb.rules.texts import Text

CITED_AS_IN_FORCE = Text(
    nb="Lovhenvisningene gjelder teksten i kraft {date}. Lenkene åpner dagens versjon, som kan avvike.",
    en="The legal references are to the text in force on {date}. The links open today's version, which may differ.",
)
IN_FORCE_FROM = Text(nb="i kraft fra {start}", en="in force from {start}")
IN_FORCE_UNTIL = Text(nb="i kraft til og med {end}", en="in force until {end}")
IN_FORCE_BETWEEN = Text(nb="i kraft {start} – {end}", en="in force {start} – {end}")


def citations_note(on: date, language: str) -> str:
    """The one line an answer gives about its citations: the text in force on `on`, while the links open today's."""
    return CITED_AS_IN_FORCE.in_language(language).format(date=format_date(on.isoformat(), language))


def in_force_text(start: date | None, end: date | None, language: str) -> str | None:
    """A provision's own window in words («i kraft fra 1. august 2024»); None for a provision without one."""
    if start is None and end is None:
        return None
    words = {"start": start and format_date(start.isoformat(), language), "end": end and format_date(end.isoformat(), language)}
    if start is None:
        return IN_FORCE_UNTIL.in_language(language).format(**words)
    if end is None:
        return IN_FORCE_FROM.in_language(language).format(**words)
    return IN_FORCE_BETWEEN.in_language(language).format(**words)
