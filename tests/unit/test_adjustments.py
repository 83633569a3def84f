"""Known adjustments as data (ADR 0009): when the value in force predates one, and what the answer says."""

from datetime import date

from openfisca_asb.answer import models as out
from openfisca_asb.rules.adjustments import stale_rate
from openfisca_asb.answer.amount_notes import amount_note, stale_rates
from openfisca_asb.parameter_tree import find
from openfisca_asb.system import baseline_system

SATSER = "folketrygd.grunnstonad.yearly_rate"


def _leaf(path):
    return find(baseline_system().parameters, path)


def test_a_year_known_unchanged_is_not_stale():
    # nav.no: "Satsene er uendret i 2020 og 2021" — encoded as values, so June 2021 is exact.
    assert stale_rate(_leaf("folketrygd.hjelpestonad.ordinary_yearly_rate"), date(2021, 6, 1)) is None


def test_the_july_2023_price_adjustment_makes_the_january_rate_stale():
    # regjeringen.no id2976744: grunn- og hjelpestønad price-adjusted from 1 July 2023.
    assert stale_rate(_leaf(f"{SATSER}.sats_3"), date(2023, 6, 30)) is None
    stale = stale_rate(_leaf(f"{SATSER}.sats_3"), date(2023, 7, 1))
    assert (stale.value_since, stale.adjusted_on, stale.stale_value_is) == ("2023-01-01", "2023-07-01", "lower_bound")
    assert stale.adjustment_is_known


def test_sats_1_from_2024_is_current_in_2024_and_stale_from_the_next_budget():
    # ncf.no: 752 kr a month from 1 January 2024 (= 9 024 a year); the budget sets satser every 1 January.
    assert stale_rate(_leaf(f"{SATSER}.sats_1"), date(2024, 3, 1)) is None
    stale = stale_rate(_leaf(f"{SATSER}.sats_1"), date(2025, 3, 1))
    assert (stale.value, stale.adjusted_on, stale.adjustment_is_known) == (9024, "2025-01-01", False)


def test_a_threshold_that_can_move_either_way_bounds_nothing():
    # Toppfinansiering: a higher innslagspunkt lowers the refund, so an old one is no bound.
    stale = stale_rates(baseline_system(), ["stat.toppfinansiering"], date(2026, 1, 1))
    note = amount_note(stale, out.Amount(value=1000.0, unit="NOK", period="year"), None, "en")
    assert note.code == "not_verified_after_adjustment"
    assert "may be higher or lower" in note.text


def test_a_zero_amount_gets_no_note():
    stale = stale_rates(baseline_system(), ["folketrygd.hjelpestonad.ordinary_yearly_rate"], date(2026, 1, 1))
    assert amount_note(stale, out.Amount(value=0.0, unit="NOK", period="month"), None, "nb") is None


def test_the_note_in_bokmal_names_the_day_the_rate_starts():
    # The newest hjelpestønad rate is nav.no's of 1 January 2023 (ordinary_yearly_rate.yaml); the rates were
    # price-adjusted from 1 July 2023 (regjeringen.no id2976744) to amounts not found. The note says how old the rate
    # is (review s24 law M1): on 1 January 2026 it is still the rate from 1 January 2023.
    stale = stale_rates(baseline_system(), ["folketrygd.hjelpestonad.ordinary_yearly_rate"], date(2026, 1, 1))
    note = amount_note(stale, out.Amount(value=1263.0, unit="NOK", period="month"), None, "nb")
    assert note.text == ("Minst 1 263 kr i måneden: satsen fra 1. januar 2023, som gjaldt før 1. juli 2023, da satsene "
                         "ble justert; satsen fra 1. juli 2023 er ikke bekreftet.")


def test_the_note_in_english_names_the_day_the_rate_starts():
    # As above, in English, on 30 November 2026 (review s24 law M1).
    stale = stale_rates(baseline_system(), ["folketrygd.hjelpestonad.ordinary_yearly_rate"], date(2026, 11, 30))
    note = amount_note(stale, out.Amount(value=1263.0, unit="NOK", period="month"), None, "en")
    assert note.text == ("At least 1 263 kr a month: the rate from 1 January 2023, in force before 1 July 2023, when the "
                         "rates were adjusted; the rate from 1 July 2023 on was not verified.")


def test_a_value_known_to_hold_only_until_a_date_says_so():
    # opplaering.sfo.free_hours_per_week: last_value_still_valid_on 2024-08-01 and no later value.
    stale = stale_rate(_leaf("opplaering.sfo.free_hours_per_week"), date(2025, 1, 6))
    assert (stale.adjustment_kind, stale.valid_until) == ("valid_until", "2024-08-01")
    note = amount_note([stale], out.Amount(value=12.0, unit="hours", period="week"), None, "en")
    assert note.text.startswith("The amount uses values known to hold until 1 August 2024;")
