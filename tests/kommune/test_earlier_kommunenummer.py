"""A kommunenummer of 2020–2023 on an older vedtak, and an answer for a date before 2024 (review s23 L2).

On 1 January 2024 Troms og Finnmark, Viken and Vestfold og Telemark were split into their old fylker, whose kommuner
took new numbers (Tromsø 5401 → 5501, Halden 3001 → 3101, Larvik 3805 → 3909), and Ålesund (1507) was split into
1508 Ålesund and 1580 Haram: 356 kommuner became the 357 of 2024. The numbers come from FHI's csdata
(redistricting table, SSB's reform documentation; facts/data/kommunenummer_2020_2023.csv). A number that became one
kommune's is read as that kommune's; 1507 is refused naming both. For a date before 2024 the answer says that the
kommune is named as from 1 January 2024, and for a date in 2020–2023 the number it had until 31 December 2023.
"""

import csv
from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue.after_a_move import AFTER_A_MOVE
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.kommuner import EARLIER_NUMBERS_FILE, kommune_names, numbers_before_2024, numbers_in_2024

EXAMPLE = "cerebral-palsy-large-assistance-need"


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Settings(rate_limit_per_minute=0)))


def _rows() -> list[tuple[str, str]]:
    with open(EARLIER_NUMBERS_FILE, encoding="utf-8", newline="") as file:
        return [(row["kommunenummer_2020_2023"], row["kommunenummer_2024"]) for row in csv.DictReader(file)]


def _family(kommunenummer: str) -> Family:
    data = example_family(EXAMPLE).model_dump(exclude_none=True)
    return Family.model_validate({**data, "kommunenummer": kommunenummer})


def _note(kommunenummer: str, on: date, language: str = "nb") -> str:
    return assemble(_family(kommunenummer), on, language).kommune.link_note


def test_each_earlier_number_became_a_kommune_of_2024_and_none_is_a_number_of_2024():
    names = kommune_names()
    rows = _rows()
    assert all(new in names for _, new in rows)
    assert not [old for old, _ in rows if old in names]
    # 356 kommuner of 2020–2023 = 242 whose number stayed + 114 whose number went out of use; the 357 of 2024 = the
    # same 242 + 115 new numbers (the 114 became 115 kommuner: 1507 became both 1508 Ålesund and 1580 Haram).
    assert len({old for old, _ in rows}) == 114 and len({new for _, new in rows}) == 115


@pytest.mark.parametrize(("earlier", "now"), [("5401", "5501"), ("3001", "3101"), ("3805", "3909"), ("5444", "5605")])
def test_a_number_of_2020_2023_is_read_as_the_kommunes_2024_number(earlier, now):
    assert numbers_in_2024(earlier) == (now,)
    assert _family(earlier).kommunenummer == now


def test_1507_was_split_and_is_refused_naming_both_kommuner(client):
    assert numbers_in_2024("1507") == ("1508", "1580")
    response = client.post("/v1/entitlements", json={"date": "2023-03-01", "family": {
        "kommunenummer": "1507", "children": [{"id": "ida", "birth_date": "2019-06-02"}]}})
    assert response.status_code == 422, response.text
    (problem,) = response.json()["problems"]
    assert problem["field"] == "family.kommunenummer"
    assert "1508 Ålesund" in problem["message"]["en"] and "1580 Haram" in problem["message"]["en"]
    assert "1508 Ålesund eller 1580 Haram" in problem["message"]["nb"]


def test_a_number_in_no_list_is_still_refused(client):
    response = client.post("/v1/entitlements", json={"family": {
        "kommunenummer": "9999", "children": [{"id": "ida", "birth_date": "2019-06-02"}]}})
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "family.kommunenummer"


def test_in_2023_haram_is_named_as_from_2024_and_said_to_have_been_part_of_1507():
    assert numbers_before_2024("1580") == ("1507",)
    note = _note("1580", date(2023, 3, 1))
    assert "Kommunen er navngitt slik den er fra 1. januar 2024" in note
    assert "en del av kommune 1507, som ble delt i 1508 Ålesund og 1580 Haram 1. januar 2024" in note


@pytest.mark.parametrize("language", ["nb", "en"])
def test_in_2023_tromso_had_the_number_5401_given_as_5401_or_5501(language):
    for given in ("5401", "5501"):
        note = _note(given, date(2023, 3, 1), language)
        assert ("nummeret 5401" if language == "nb" else "the number 5401") in note


def test_oslo_in_2023_gets_the_2024_note_but_no_earlier_number():
    note = _note("0301", date(2023, 3, 1))
    assert "Kommunen er navngitt slik den er fra 1. januar 2024" in note and "Til og med 31. desember 2023" not in note


def test_before_2020_only_the_2024_note_is_said():
    # the numbers of 2020–2023 did not hold before 2020 either (the reform of 1 January 2020)
    note = _note("5501", date(2019, 6, 1))
    assert "Kommunen er navngitt slik den er fra 1. januar 2024" in note and "5401" not in note


def test_from_2024_the_note_says_no_link_is_known_and_what_a_move_means():
    note = _note("5401", date(2025, 3, 1))
    assert note == ("Vi kjenner ingen kontrollert lenke til nettstedet til Tromsø kommune; finn det ved å søke på kommunens "
                    f"navn. {AFTER_A_MOVE['nb']}")


def test_the_contacts_carry_the_same_note_as_the_kommune():
    answer = assemble(_family("1580"), date(2023, 3, 1), "en")
    notes = {group.link_note for group in answer.by_contact if group.link_note}
    assert notes == {answer.kommune.link_note}
