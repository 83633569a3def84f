"""A client's free text printed into an answer or a draft complaint: checked before it is.

Two things are refused, each naming the field and never echoing the text: what looks like a national identity
number (national_id.py), and characters that change how the text around them is read rather than being read:
control characters other than tab and line breaks (NUL, BEL, ESC …) and the bidirectional embeddings, overrides
and isolates (U+202A–U+202E, U+2066–U+2069), one of which prints the rest of a complaint letter reversed.
"""

import re

from openfisca_asb.facts.messages import bilingual
from openfisca_asb.facts.national_id import no_national_id

# A decision's reason, as the draft complaint quotes it: decision.reason_given (API) and --reason (CLI).
REASON_GIVEN = ("the reason", "begrunnelsen")
HIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def checked_free_text(text: str, what_en: str, what_nb: str) -> str:
    """`text` unchanged, or a validation error naming `what` (the field in words, e.g. "the reason", «begrunnelsen»)."""
    if HIDDEN_CHARACTERS.search(text):
        raise bilingual("control_character",
                        f"{what_en} holds a control character or a character that reverses the text's direction "
                        "(such as NUL, BEL or U+202E): write it as plain text",
                        f"{what_nb} inneholder et kontrolltegn eller et tegn som snur skriveretningen "
                        "(som NUL, BEL eller U+202E): skriv den som vanlig tekst")
    return no_national_id(text, what_en, what_nb)
