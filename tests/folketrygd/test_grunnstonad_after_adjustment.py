"""Grunnstønad's sats amounts are thresholds too (ftrl § 6-3 tredje ledd): an amount older than a known adjustment
is only a lower bound of the adjusted one (ADR 0009), so costs that reach it do not show that they reach the
adjusted amount (review s15, finding 1).

Figures (parameters/folketrygd/grunnstonad/yearly_rate.yaml): sats 1 = 9 024 and sats 2 = 13 752 kr a year from
1 January 2024 (12 × 752 and 12 × 1 146 a month, ncf.no), known to hold until 31 December 2024; sats 3 = 16 925 kr
a year from 1 January 2023, before the price adjustment of 1 July 2023 (regjeringen.no id2976744), whose amount was
not found. Rates are set again every 1 January.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family


def _grunnstonad(on: date, **costs):
    child = {"id": "b", "birth_date": "2015-01-01", "has_lasting_illness": "yes", **costs}
    family = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": "1985-01-01"}], "children": [child]})
    return next(r for r in assemble(family, on, "en").benefits if r.benefit == "grunnstonad")


def _costs(yearly: int) -> dict:
    return {"grunnstonad_yearly_extra_costs": yearly, "grunnstonad_yearly_transport_costs": 0}


def test_costs_reaching_only_a_lowest_rate_older_than_an_adjustment_are_to_be_assessed():
    # 9 100 ≥ 9 024 (sats 1 of 2024), but on 1 June 2025 sats 1 has been set again and its amount was not found.
    result = _grunnstonad(date(2025, 6, 1), **_costs(9_100))
    assert (result.status, result.amount, result.reason.code) == ("to_be_assessed", None, "rates_not_found")
    costs = next(c for c in result.conditions if c.variable == "grunnstonad_condition_costs_at_least_lowest_rate")
    assert costs.outcome != "met"
    assert result.missing_facts == []  # nothing the family can answer settles it: NAV's current rates do


def test_costs_below_an_older_lowest_rate_are_below_the_adjusted_one_too():
    # 5 000 < 9 024, and the adjusted sats 1 is no lower (the rates have never been lowered).
    result = _grunnstonad(date(2025, 6, 1), **_costs(5_000))
    assert (result.status, result.reason.code) == ("not_entitled", "below_lowest_rate")


def test_a_sats_whose_amount_is_current_is_exact():
    # 1 September 2024: 9 100 reaches sats 1 (9 024) and not sats 2 (13 752), both in force from 1 January 2024:
    # 9 024 / 12 = 752 a month, with nothing stale behind it.
    result = _grunnstonad(date(2024, 9, 1), **_costs(9_100))
    assert (result.status, result.amount.value, result.amount_is_lower_bound, result.amount_note) == (
        "entitled", 752.0, False, None)


def test_a_higher_sats_older_than_an_adjustment_makes_the_amount_at_least_the_known_one():
    # 20 000 reaches sats 2 of 2024 (13 752: 1 146 a month) and sats 3 as it was before 1 July 2023 (16 925).
    result = _grunnstonad(date(2024, 9, 1), **_costs(20_000))
    assert (result.status, result.amount.value, result.amount_is_lower_bound) == ("entitled", 1146.0, True)
    assert result.reason.code == "higher_rate_possible"
    assert result.amount_note.text == "At least 1 146 kr a month: a higher rate may apply, and that rate from 1 July 2023 on was not verified."


def test_before_the_adjustment_the_costs_give_the_sats_they_reach():
    # 1 March 2023: every sats is the one of 1 January 2023; 20 000 reaches sats 3 (16 925): 16 925 / 12 = 1 410.42 → 1 410.
    result = _grunnstonad(date(2023, 3, 1), **_costs(20_000))
    assert (result.status, result.amount.value, result.amount_is_lower_bound) == ("entitled", 1410.0, False)


def test_a_fixed_sats_for_coeliac_disease_is_certain_and_at_least_its_older_amount():
    # Coeliac disease, aged 10 (5–30): sats 2 without receipts (regjeringen.no id2671741). On 1 June 2025 sats 2's
    # newest amount (13 752 from 1 January 2024) predates the setting of 1 January 2025: at least 1 146 a month.
    result = _grunnstonad(date(2025, 6, 1), grunnstonad_fixed_rate_diagnosis="coeliac_disease")
    assert (result.status, result.amount.value, result.amount_is_lower_bound) == ("entitled", 1146.0, True)
    assert result.amount_note.text.startswith("At least 1 146 kr a month: the rate from 1 January 2024, in force before 1 January 2025")


def test_a_cost_still_to_give_is_not_asked_when_no_rate_in_force_is_current():
    # 1 June 2025: every sats in force predates the setting of 1 January 2025, so transport costs could only add to
    # costs that already reach the older sats 1 (20 000 ≥ 9 024): no answer settles it, so it is not asked
    # (review s15b, finding 4).
    result = _grunnstonad(date(2025, 6, 1), grunnstonad_yearly_extra_costs=20_000, grunnstonad_fixed_rate_diagnosis="none_of_these")
    assert (result.status, result.reason.code, result.missing_facts) == ("to_be_assessed", "rates_not_found", [])
    assert result.no_range_reason and "nav.no/grunnstonad" in result.no_range_reason


def test_a_fixed_sats_beside_costs_dates_its_note_by_the_rate_paid():
    # Coeliac disease at 10 (sats 2, 13 752 from 1 January 2024) and 20 000 kr of costs, which reach sats 3 as it
    # was in 2023: the amount paid is sats 2, stale since 1 January 2025 — the note names that date, not sats 3's
    # 1 July 2023 (review s15b, finding 5), and the reason says a higher sats may apply without claiming the costs
    # reach the one shown.
    result = _grunnstonad(date(2026, 11, 29), grunnstonad_fixed_rate_diagnosis="coeliac_disease", **_costs(20_000))
    assert (result.status, result.amount.value, result.reason.code) == ("entitled", 1146.0, "higher_rate_possible")
    assert result.amount_note.text.startswith("At least 1 146 kr a month: the rate from 1 January 2024, in force before 1 January 2025")
    assert result.reason.text.startswith("The rate shown is the one we know you are entitled to.")
