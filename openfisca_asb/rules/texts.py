"""Bilingual text: every user-facing sentence comes in bokmål and English."""

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from openfisca_asb.rules.money import THOUSANDS_SEPARATOR

Language = Literal["nb", "en"]


class Text(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nb: str
    en: str

    def in_language(self, language: Language) -> str:
        return self.nb if language == "nb" else self.en


AND = Text(nb=" og ", en=" and ")  # between the last two of a list said in words

PARAMETER_PLACEHOLDER = re.compile(r"\{p:([a-z_][a-z0-9_.]*)\}")


def placeholders(text: str) -> list[str]:
    """The parameter paths a text quotes as `{p:path}`."""
    return PARAMETER_PLACEHOLDER.findall(text)


def fill_parameters(text: str, parameters_at_date) -> str:
    """Put the value in force into each `{p:path}`, so a text quoting a limit (32 hours,
    6G) stays true on every date and under every reform."""

    def value(match) -> str:
        node = parameters_at_date
        for step in match.group(1).split("."):
            node = node[step]
        return number_in_text(node) if isinstance(node, (int, float)) else str(node)

    return PARAMETER_PLACEHOLDER.sub(value, text)


def number_in_text(value: float) -> str:
    """A whole number with a space between thousands, as every amount in the texts is written («150 000 kroner»,
    in English too: rules/money.py); a fraction as written («0.64»)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", THOUSANDS_SEPARATOR)
    return f"{value:g}"


def inside_a_sentence(name: str) -> str:
    """A name that opens a line («Arbeidsgiveren», "The employer") as it reads inside a sentence («utstedes av
    arbeidsgiveren», "issued by a doctor"); a name whose second letter is a capital too (NAV, PP-tjenesten) keeps
    its capitals."""
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


def opening_a_sentence(text: str) -> str:
    """A sentence whose first word is a person's id («nora, som døde …») with a capital first letter, as a sentence
    opens («Nora, som døde …»): the ids are names the family chose. The id itself, a key, is left as given; a
    sentence that opens with a capital already is as it was."""
    return text[:1].upper() + text[1:]
