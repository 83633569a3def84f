"""Pilot scope: the reform inside the pilot's kommuner and window, the baseline outside (DESIGN §4).

Amounts: hjelpestønad 15 161 kr a year (2023 rate, nav.no, carried forward): 15 161 / 12 = 1 263.4 → 1 263.
"""

from datetime import date

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from openfisca_asb.catalogue import catalogue
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.answers import assemble_many_under, assemble_under
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.kommuner import kommune_names
from openfisca_asb.rules.dates import LAST_DATE
from reform_families import benefit, family_in

ENTRY_POINT = "one_entry_point_pilot"  # Trondheim 5001 and Bergen 4601, 2025-08-01 – 2028-07-31
INSIDE = date(2026, 3, 1)


def test_applies_only_in_its_kommuner_and_window_both_days_included():
    pilot = load_reform(ENTRY_POINT).pilot
    assert pilot.applies("4601", INSIDE) and pilot.applies("5001", INSIDE)
    assert not pilot.applies("0301", INSIDE)
    assert not pilot.applies(None, INSIDE)
    assert pilot.applies("4601", date(2025, 8, 1)) and pilot.applies("4601", date(2028, 7, 31))
    assert not pilot.applies("4601", date(2025, 7, 31)) and not pilot.applies("4601", date(2028, 8, 1))


def test_applies_many_selects_per_family_for_vectorised_runs():
    pilot = load_reform(ENTRY_POINT).pilot
    chosen = pilot.applies_many(["4601", "0301", "5001", ""], INSIDE)
    assert chosen.tolist() == [True, False, True, False]
    assert not numpy.any(pilot.applies_many(["4601", "5001"], date(2029, 1, 1)))


def test_a_reform_that_is_not_a_pilot_applies_everywhere():
    reform = load_reform("raise_hjelpestonad")
    assert reform.pilot is None and reform.applies(None, INSIDE) and reform.applies("0301", date(2015, 1, 1))


def test_entry_point_pilot_changes_where_to_apply_inside_and_nothing_else():
    reform = load_reform(ENTRY_POINT)
    inside = assemble_under(reform, family_in("4601"), INSIDE, "en")
    outside = assemble_under(reform, family_in("0301"), INSIDE, "en")
    assert inside.reform == ENTRY_POINT and outside.reform is None
    for answer in (inside, outside):
        # ftrl § 6-4: 15 161 / 12 = 1 263.4 → 1 263 kr a month, the same with or without the pilot
        assert benefit(answer, "hjelpestonad").amount.value == 1263
    assert "family office" in benefit(inside, "hjelpestonad").agency
    assert "family office" in benefit(inside, "hjelpestonad").how_to_apply.text
    assert benefit(outside, "hjelpestonad").agency == catalogue()["hjelpestonad"].agency.en
    # every right of the family moves to the entry point; the state's grant to the kommune does not
    assert all("family office" in row.agency for row in inside.benefits)
    assert benefit(inside, "toppfinansiering").agency == catalogue()["toppfinansiering"].agency.en


def test_entry_point_pilot_ends_with_its_window():
    reform = load_reform(ENTRY_POINT)
    after = assemble_under(reform, family_in("4601"), date(2028, 8, 1), "en")
    assert after.reform is None
    assert benefit(after, "hjelpestonad").agency == catalogue()["hjelpestonad"].agency.en


def test_bpa_funding_pilot_changes_the_payer_split_only_in_its_kommuner():
    # Hdir IS-4: 0.8 × (wages − threshold). 2025 threshold 1 608 000 (carried forward, unverified);
    # in the pilot half: 804 000. Wages 2 000 000: baseline 0.8 × 392 000 = 313 600; pilot
    # 0.8 × 1 196 000 = 956 800.
    reform = load_reform("bpa_state_funding_pilot")
    facts = {"bpa_assistance_hours_per_week": 40, "bpa_need_expected_years": 10, "toppfinansiering_direct_wage_costs": 2000000,
             "toppfinansiering_earmarked_grants": 0, "toppfinansiering_user_payments": 0, "has_intellectual_disability": "no"}
    stavanger, oslo = family_in("1103", **facts), family_in("0301", **facts)
    answers = assemble_many_under(reform, [stavanger, oslo, stavanger], date(2025, 6, 1), "en")
    assert [benefit(a, "toppfinansiering").amount.value for a in answers] == [956800, 313600, 956800]
    assert [a.reform for a in answers] == ["bpa_state_funding_pilot", None, "bpa_state_funding_pilot"]
    # pbrl § 2-1 d: 40 hours ≥ 32 – the child's right to BPA is the same inside and outside
    assert [benefit(a, "bpa").status for a in answers] == ["entitled"] * 3


def test_many_families_keep_their_order_when_split_by_scope():
    reform = load_reform(ENTRY_POINT)
    families = [family_in("0301"), family_in("5001"), family_in(None), family_in("4601")]
    answers = assemble_many_under(reform, families, INSIDE, "nb")
    assert [a.reform for a in answers] == [None, ENTRY_POINT, None, ENTRY_POINT]


def test_outside_because_says_why_in_both_languages():
    pilot = load_reform(ENTRY_POINT).pilot
    assert pilot.outside_because("4601", INSIDE) is None
    assert "0301" in pilot.outside_because("0301", INSIDE).en
    assert "forsøksperioden" in pilot.outside_because("4601", date(2030, 1, 1)).nb
    assert "not given" in pilot.outside_because(None, INSIDE).en


# DESIGN §7: a pilot outside its scope changes nothing – whichever kommune or date outside it.
THRESHOLD_PILOT = "bpa_threshold_pilot"  # Stavanger 1103 and Oslo 0301, 2026-01-01 – 2028-12-31
# Any kommune that exists (a kommunenummer must be one of the 2024 kommuner, ADR 0020) but the pilot's own.
OUTSIDE_KOMMUNE = st.sampled_from(sorted(set(kommune_names()) - {"1103", "0301"}))
ANY_DATE = st.dates(min_value=date(2018, 1, 1), max_value=LAST_DATE)  # chapter 9 starts Oct 2017; the model ends on LAST_DATE
OUTSIDE_WINDOW = ANY_DATE.filter(lambda day: not date(2026, 1, 1) <= day <= date(2028, 12, 31))


def _unchanged_outside_scope(kommunenummer: str, on: date) -> None:
    # pbrl § 2-1 d: 35 hours a week would lose its right to BPA inside this pilot (test_reform_validation.py).
    family = family_in(kommunenummer, bpa_assistance_hours_per_week=35, bpa_need_expected_years=10)
    result = compare(load_reform(THRESHOLD_PILOT), [family], on, "en").families[0]
    assert not result.reform_applies and result.scope_note
    assert [r.change for r in [*result.benefits, *result.payer_view]] == ["unchanged"] * len([*result.benefits, *result.payer_view])


@settings(max_examples=5, deadline=None)
@given(kommunenummer=OUTSIDE_KOMMUNE, on=ANY_DATE)
def test_property_a_pilot_changes_nothing_outside_its_kommuner(kommunenummer, on):
    _unchanged_outside_scope(kommunenummer, on)


@settings(max_examples=5, deadline=None)
@given(kommunenummer=st.sampled_from(["1103", "0301"]), on=OUTSIDE_WINDOW)
def test_property_a_pilot_changes_nothing_outside_its_window(kommunenummer, on):
    _unchanged_outside_scope(kommunenummer, on)
