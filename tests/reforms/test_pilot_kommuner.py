"""A pilot's kommuner: each number one of the 357 kommuner of 2024 and each name that number's (review s21 drafter L1,
L3). The names are SSB's (table 07459, facts/data/kommuner.csv): 5001 Trondheim, 4601 Bergen, 0301 Oslo-Oslove."""

import pytest

from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.loading import reform_from_data

FORSOKSLOVEN = [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]


def pilot_in(kommuner):
    return reform_from_data({
        "id": "kommune_pilot", "title": {"nb": "T", "en": "T"}, "summary": {"nb": "S", "en": "S"}, "author": "A kommune",
        "status": "pilot", "legal_basis": FORSOKSLOVEN, "parameters": {},
        "pilot": {"kommuner": kommuner, "start": "2027-01-01", "end": "2029-12-31", "legal_basis": FORSOKSLOVEN},
    })


def refused(kommuner) -> tuple[str, str]:
    with pytest.raises(ReformError) as caught:
        pilot_in(kommuner)
    problem = caught.value.problems[0]
    return problem.en, problem.nb


def test_a_name_that_is_not_the_numbers_is_refused_naming_both():
    en, nb = refused({"5001": "Bergen", "0301": "Tromsø"})
    assert en == "5001 is Trondheim, not Bergen; 0301 is Oslo-Oslove, not Tromsø: correct the name or the number"
    assert nb == "5001 er Trondheim, ikke Bergen; 0301 er Oslo-Oslove, ikke Tromsø: rett navnet eller nummeret"


def test_a_short_form_of_the_name_is_the_kommunes_and_a_list_of_numbers_gets_the_names():
    assert pilot_in({"0301": "Oslo", "5001": "trondheim"}).pilot.municipalities == {"0301": "Oslo", "5001": "trondheim"}
    assert pilot_in(["5001", "4601"]).pilot.municipalities == {"5001": "Trondheim", "4601": "Bergen"}


def test_a_fylkesnummer_is_named_as_not_a_kommunenummer_not_by_a_pattern():
    en, nb = refused({"50": "Trøndelag"})
    assert en.startswith("'50' is not a kommunenummer: four digits in quotes") and "fylkesnummer" in en
    assert nb.startswith("'50' er ikke et kommunenummer: fire sifre") and "^[0-9]{4}$" not in en + nb


def test_a_number_from_before_2024_says_the_numbers_changed():
    en, _ = refused({"1601": "Trondheim"})
    assert en.startswith("unknown kommunenummer 1601") and "numbers changed in 2020 and 2024" in en
