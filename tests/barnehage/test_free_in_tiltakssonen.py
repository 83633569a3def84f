"""The kommuner where barnehage is free from 1 August 2023 are tiltakssonen: «alle kommunene i Finnmark, samt sju kommuner
i Nord-Troms; Kåfjord, Skjervøy, Nordreisa, Kvænangen, Karlsøy, Lyngen og Storfjord» (NRK, 1 August 2023; regjeringen.no,
Statsbudsjettet 2023). The parameter names them by their numbers from 1 January 2024, the numbers a family's
kommunenummer takes: each is checked against the kommune list (facts/data/kommuner.csv, SSB via csdata).
"""

from datetime import date

from openfisca_asb.facts.kommuner import kommune_names
from openfisca_asb.system import baseline_system

# Finnmark's kommuner in 2024 are numbered 56xx (fylke 56); Sami and Kven names are joined with a hyphen in the list.
NORD_TROMS = {"Kåfjord", "Skjervøy", "Nordreisa", "Kvænangen", "Karlsøy", "Lyngen", "Storfjord"}


def _free_on(day: date) -> list[str]:
    return baseline_system().parameters(day.isoformat()).barnehage.foreldrebetaling.free_in_tiltakssonen


def _in_nord_troms(name: str) -> bool:
    return bool(NORD_TROMS & set(name.split("-")))


def test_from_1_august_2023_the_list_is_all_of_finnmark_and_the_seven_in_nord_troms():
    names = kommune_names()
    finnmark = {number for number in names if number.startswith("56")}
    nord_troms = {number for number, name in names.items() if number.startswith("55") and _in_nord_troms(name)}
    assert len(finnmark) == 18 and len(nord_troms) == 7  # Finnmark had 18 kommuner in 2024; seven named in Nord-Troms
    free = _free_on(date(2023, 8, 1))
    assert len(free) == len(set(free)) == 25
    assert set(free) == finnmark | nord_troms


def test_every_number_is_a_kommune_of_2024():
    names = kommune_names()
    assert [number for number in _free_on(date(2025, 6, 1)) if number not in names] == []


def test_no_kommune_before_1_august_2023():
    assert list(_free_on(date(2023, 7, 31))) == []


def test_no_kommune_known_after_31_july_2026():
    # Karasjok kommune: «Fra 1. august 2023 og i tre år fra denne dato» – known until 31 July 2026; whether the scheme
    # goes on was not found, so from 1 August 2026 no kommune is known to have it, and that empty list is marked
    # unverified (review s24 law M3).
    assert len(_free_on(date(2026, 7, 31))) == 25
    assert list(_free_on(date(2026, 8, 1))) == []
    leaf = baseline_system().parameters.barnehage.foreldrebetaling.free_in_tiltakssonen
    newest = leaf.values_list[0]
    assert (newest.instant_str, (newest.metadata or {}).get("unverified")) == ("2026-08-01", True)
