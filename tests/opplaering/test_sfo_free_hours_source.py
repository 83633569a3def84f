"""The 12 free SFO hours a week cite the official source for the value in force from 1 August 2024 (review s24 law L4).

Regjeringen.no id3046440 (Kunnskapsdepartementet): «Ordningen med 12 timer gratis SFO i uka for elever på 1. og 2. trinn
utvides til å også gjelde elever for på 3. trinn … vil tre i kraft 1. august sammen ny opplæringsforskrift.» Until 0.22.0
the value rested on Osen kommune's page (secondary) alone. The forskrift's section was not read, so the value is still
known to hold only until 1 August 2024 and flagged after it.
"""

from datetime import date

from openfisca_asb.answer.value_source import value_source
from openfisca_asb.system import baseline_system

ID3046440 = "https://www.regjeringen.no/no/aktuelt/endringer-i-lover-og-forskrifter-fra-1.-juli-2024-for-kunnskapsdepartementet/id3046440/"


def _hours():
    return baseline_system().parameters.opplaering.sfo.free_hours_per_week


def test_from_1_august_2024_the_12_hours_cite_regjeringen():
    described = value_source(_hours(), date(2024, 9, 2))
    assert (described["value_since"], described["confidence"]) == ("2024-08-01", "verbatim")
    assert [source["url"] for source in described["value_reference"]] == [ID3046440]
    assert baseline_system().parameters("2024-09-02").opplaering.sfo.free_hours_per_week == 12


def test_after_1_august_2024_the_hours_are_still_flagged_as_not_verified():
    # last_value_still_valid_on 2024-08-01: from 2 August 2024 the value in force was not found in the new forskrift.
    described = value_source(_hours(), date(2025, 1, 6))
    assert (described["stale_on_legal_date"], described["not_verified_from"]) == (True, "2024-08-02")
