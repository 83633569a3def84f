"""What looks like a fødselsnummer or D-nummer: refused wherever a client's text reaches an answer.

Family data is special-category health data, and the product takes no national identity number: a person is
named by a word the family chooses («mor», «ida»). A fødselsnummer is eleven digits, the birth date (DDMMÅÅ) and
five more; people write it together (01018012345) or in groups with a space, a dot, a hyphen, a slash or an
underscore between them (010180-12345, 0101 80 12345, 01.01.80 12345). Eleven digits written together are
refused whatever they begin with; digits in groups only when the first six read as a date (a D-nummer adds 4 to
the day's first digit, an H-nummer 4 and a synthetic test number 8 to the month's) and a group ends after it, so
that amounts and dates written side by side («2024-09-01 540 000», «01.09.2024 540 000») are not taken for one.
The number is never echoed back.
"""

import re

from pydantic import BeforeValidator

from openfisca_asb.facts.messages import bilingual, echoed

DIGITS = 11
BIRTH_DATE = 6  # DDMMÅÅ, then the five digits of the personal number
DIGIT_GROUP = re.compile(r"\d+")
SEPARATOR = re.compile(r"[\s.\-/_]")  # one character between two groups of one number

WHY_EN = "looks like a national identity number: do not send it"
WHY_NB = "ser ut som et fødselsnummer: ikke send fødselsnummer"


def looks_like_national_id(text: str) -> bool:
    """Whether `text` holds eleven digits written together, or in groups (one separator between them) that begin
    with a birth date."""
    groups = list(DIGIT_GROUP.finditer(text))
    return any(len(group.group()) == DIGITS for group in groups) or any(
        _grouped_number(groups[first:]) for first in range(len(groups)))


def _grouped_number(groups: list[re.Match]) -> bool:
    """Whether the digit groups from the first on, each one separator after the last, make eleven digits in all
    that begin with a date, which a group ends."""
    digits, ends = groups[0].group(), set()
    for before, group in zip(groups, groups[1:]):
        if len(digits) >= DIGITS or group.start() - before.end() != 1 or not SEPARATOR.fullmatch(group.string[before.end()]):
            break
        ends.add(len(digits))
        digits += group.group()
    return len(digits) == DIGITS and BIRTH_DATE in ends and _reads_as_a_birth_date(digits)


def _reads_as_a_birth_date(digits: str) -> bool:
    day, month = int(digits[:2]), int(digits[2:4])
    return (1 <= day <= 31 or 41 <= day <= 71) and any(1 <= month - added <= 12 for added in (0, 40, 80))


def no_national_id(text: str, what_en: str = "the value", what_nb: str = "verdien") -> str:
    """`text` unchanged, or a validation error saying that `what` looks like a national identity number (never the
    number itself)."""
    if isinstance(text, str) and looks_like_national_id(text):
        raise bilingual("national_id_number", f"{what_en} {WHY_EN}", f"{what_nb} {WHY_NB}")
    return text


def quoted_unless_national_id(value: str, what_en: str = "the value", what_nb: str = "verdien") -> tuple[str, str]:
    """How an error message names a value a client sent (English, bokmål): quoted, or, where it looks like a national
    identity number, a sentence saying so in its place (an id in an address, which no validator refuses first)."""
    if looks_like_national_id(value):
        return f"({what_en} {WHY_EN})", f"({what_nb} {WHY_NB})"
    return f"'{echoed(value)}'", f"'{echoed(value)}'"


# For an id a client chooses (a person's, a reform's): checked before its pattern, so that the answer says why.
NotANationalId = BeforeValidator(no_national_id)
