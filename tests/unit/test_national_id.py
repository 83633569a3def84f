"""What looks like a fødselsnummer (facts/national_id.py) and what free text may hold (facts/free_text.py).

Family data is special-category health data (GDPR art. 9) and the product takes no national identity number: a
fødselsnummer is eleven digits, the birth date DDMMÅÅ and a five-digit personal number, written together or in
groups. 01018012345 is the made-up number of someone born 1 January
1980; a D-nummer adds 4 to the first digit of the day (41018012345).
"""

import pytest
from pydantic_core import PydanticCustomError

from openfisca_asb.facts.free_text import checked_free_text
from openfisca_asb.facts.national_id import looks_like_national_id


@pytest.mark.parametrize("text", [
    "01018012345", "a01018012345", "fnr01018012345x",  # eleven digits together, whatever is around them
    "010180 12345", "010180-12345", "010180\u00a012345", "010180\t12345",  # birth date, a separator, the five
    "0101 80 12345", "01.01.80 12345", "01-01-80-12345", "01/01/80 12345", "x_01_01_80_12345",  # DD MM ÅÅ in groups
    "0 1 0 1 8 0 1 2 3 4 5",  # one digit at a time
    "41018012345", "410180-12345",  # a D-nummer: day 01 + 40
    "010180-12345 fra 2024-09-01", "vedtak 2024-09-01 010180 12345",  # beside a date
    "０１０１８０１２３４５",  # full-width digits
])
def test_a_fodselsnummer_in_any_common_spelling_is_found(text):
    assert looks_like_national_id(text)


@pytest.mark.parametrize("text", [
    "540 000 kr",  # an amount: six digits
    "2024-09-01", "01.09.2024",  # a date: eight digits
    "0301",  # a kommunenummer: four digits
    "912 34 567", "+47 912 34 567",  # a phone number: 8 digits, 10 with the country code
    "2024-09-01 540 000",  # 4+2+2+3 = 11 digits, but 20 is no month: not a birth date
    "01.09.2024 540 000",  # 2+2+4+3 = 11 digits from a date, but no group ends after the sixth digit (0109|20)
    "Avslått 2024-09-01, 540 000 kr per år; ring 912 34 567",
    "1234567890", "123456789012",  # ten and twelve digits together: not eleven
])
def test_amounts_dates_kommuner_and_phone_numbers_are_not_taken_for_one(text):
    assert not looks_like_national_id(text)


@pytest.mark.parametrize("text", ["a\x00b", "ring\x07", "\x1b[31m", "a\u202eevil", "\u2066x\u2069", "\x85"])
def test_control_and_direction_characters_are_refused_in_free_text(text):
    # A right-to-left override (U+202E) prints the rest of a complaint letter reversed; NUL and BEL are not text.
    with pytest.raises(PydanticCustomError) as refused:
        checked_free_text(text, "the reason", "begrunnelsen")
    assert refused.value.context["nb"].startswith("begrunnelsen inneholder et kontrolltegn")
    assert text not in refused.value.message()


def test_free_text_with_a_fodselsnummer_is_refused_in_both_languages_without_the_number():
    with pytest.raises(PydanticCustomError) as refused:
        checked_free_text("Søker 01.01.80 12345 fyller ikke vilkårene", "the reason", "begrunnelsen")
    assert refused.value.message() == "the reason looks like a national identity number: do not send it"
    assert refused.value.context["nb"] == "begrunnelsen ser ut som et fødselsnummer: ikke send fødselsnummer"


def test_tabs_line_breaks_and_norwegian_letters_are_plain_text():
    text = "Vilkåret i § 6-4 er ikke oppfylt.\n\tSe også «legeerklæringen» fra 2024-09-01 – 540 000 kr."
    assert checked_free_text(text, "the reason", "begrunnelsen") == text
