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


def test_a_fragment_of_a_compound_name_is_refused():
    # Review s21 diff L5: «Nord» passed for 3436 Nord-Fron, «Aurdal» for both 3449 Sør-Aurdal and 3451 Nord-Aurdal, and
    # «Indre» for 3118 Indre Østfold (SSB's names); none of them is a kommune's name.
    en, nb = refused({"3436": "Nord", "3449": "Aurdal", "3451": "Aurdal", "3118": "Indre"})
    assert en == ("3436 is Nord-Fron, not Nord; 3449 is Sør-Aurdal, not Aurdal; 3451 is Nord-Aurdal, not Aurdal; "
                  "3118 is Indre Østfold, not Indre: correct the name or the number")
    assert nb == ("3436 er Nord-Fron, ikke Nord; 3449 er Sør-Aurdal, ikke Aurdal; 3451 er Nord-Aurdal, ikke Aurdal; "
                  "3118 er Indre Østfold, ikke Indre: rett navnet eller nummeret")


def test_each_official_language_form_is_the_kommunes_name():
    # 0301 Oslo-Oslove (Norwegian, Southern Sami), 5628 Deatnu-Tana (Northern Sami, Norwegian), 5622
    # Porsanger-Porsáŋgu-Porsanki (Norwegian, Northern Sami, Kven); 4621 Voss herad is Voss.
    kommuner = {"0301": "Oslove", "5628": "Tana", "5622": "porsáŋgu", "4621": "Voss", "3436": "Nord-Fron"}
    assert pilot_in(kommuner).pilot.municipalities == kommuner


def test_every_hyphenated_name_is_either_in_several_languages_or_one_compound_name():
    # The 2024 table's hyphenated names that are one name in one language (a direction or size before a place, or a
    # merger: Aurskog-Høland), read from facts/data/kommuner.csv; the rest join official names in several languages.
    from openfisca_asb.drafting.kommune_names import IN_SEVERAL_LANGUAGES
    from openfisca_asb.facts.kommuner import kommune_table

    compounds = {"Aurskog-Høland", "Nord-Odal", "Sør-Odal", "Stor-Elvdal", "Nord-Fron", "Sør-Fron", "Sør-Aurdal",
                 "Nord-Aurdal", "Midt-Telemark", "Sør-Varanger"}
    table = kommune_table()
    hyphenated = {number for number, name in zip(table.numbers, table.names) if "-" in name and name not in compounds}
    assert hyphenated == IN_SEVERAL_LANGUAGES
