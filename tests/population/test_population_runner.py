"""Population runs on hand-made families: amounts, payers, statuses and the per-kommune table,
worked from the law (values in conftest.py), and the columnar builder against the assembler."""

from datetime import date

import numpy
import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family
from openfisca_asb.population import runner
from openfisca_asb.population.outputs import ENTITLED
from openfisca_asb.population.results import tables
from population_helpers import ON, ORDINARY_MONTHLY, SATS_3_MONTHLY, person, table_of


@pytest.fixture(scope="module")
def result(two_families):
    return runner.run(two_families, on=ON)


def test_hjelpestonad_amounts_per_month(result):
    # Ordinary sats for the sats-1 child (ftrl § 6-4): 1 229; the sats-3 child is paid as forhøyet
    # (ftrl § 6-5: 4 × 1 229 = 4 916), and the ordinary amount is then 0 (the forhøyet sats replaces it).
    assert result.sums.scalar("base.hjelpestonad.amount") == ORDINARY_MONTHLY
    assert result.sums.scalar("base.forhoyet_hjelpestonad.amount") == SATS_3_MONTHLY


def test_nav_pays_the_sum_and_a_year_is_twelve_months(result):
    # NAV pays both (sector nav): 1 229 + 4 916 = 6 145 a month; 6 145 × 12 = 73 740 a year.
    nav = next(row for row in tables.payer_table(result, "en") if row["payer"] == "nav")
    assert (nav["base_per_month"], nav["base_per_year"]) == (6145, 73740)


def test_both_children_are_entitled_to_hjelpestonad(result):
    # Both children meet all three conditions of § 6-4 (lasting illness, private care, extra care need).
    holders = result.sums.total("base.hjelpestonad.holders")
    assert holders[ENTITLED] == 2
    assert result.sums.total("base.forhoyet_hjelpestonad.holders")[ENTITLED] == 1


def test_per_kommune_table_splits_the_families(result):
    rows = {row["kommunenummer"]: row for row in tables.kommune_table(result)}
    assert rows["0301"]["families"] == 1 and rows["0301"]["base_nav"] == ORDINARY_MONTHLY
    assert rows["4601"]["families"] == 1 and rows["4601"]["base_nav"] == SATS_3_MONTHLY
    assert rows["4601"]["navn"] == "Bergen"


def test_chunk_size_does_not_change_the_sums(two_families):
    one_part = runner.run(two_families, on=ON, chunk_families=10)
    two_parts = runner.run(two_families, on=ON, chunk_families=1)
    assert one_part.sums.totals.keys() == two_parts.sums.totals.keys()
    for name in one_part.sums.totals:
        assert numpy.array_equal(one_part.sums.totals[name], two_parts.sums.totals[name]), name


def test_toppfinansiering_is_the_state_paying_the_kommune():
    # Helsedirektoratet 2021: innslagspunkt 1 430 000, 80 % refunded. A child (born 2010) with
    # 2 430 000 in direct wage costs, no grants or payments, no intellectual disability:
    # refund = 0.8 × (2 430 000 − 1 430 000) = 800 000 a year → 66 666.67 a month.
    # The kommune's gross cost is its own 2 430 000 a year; net of the refund 1 630 000.
    table = table_of([
        person(0, "caregiver", birth_date=ON.replace(year=1980), kommunenummer="1103"),
        person(0, "child", birth_date=ON.replace(year=2010), kommunenummer="1103", toppfinansiering_direct_wage_costs=2_430_000.0,
               toppfinansiering_earmarked_grants=0.0, toppfinansiering_user_payments=0.0, has_intellectual_disability="no"),
    ])
    payers = {row["payer"]: row for row in tables.payer_table(runner.run(table, on=ON), "en")}
    assert payers["state_to_kommune"]["base_per_year"] == pytest.approx(800_000)
    assert payers["kommune"]["base_per_year"] == pytest.approx(2_430_000)
    assert payers["kommune_net"]["base_per_year"] == pytest.approx(1_630_000)


@pytest.mark.parametrize("name", ["cerebral-palsy-large-assistance-need", "teenager-cancer", "school-child-autism-single-parent"])
def test_columnar_builder_gives_the_assemblers_statuses(name):
    # The same family, built from columns instead of pydantic objects, must reach the same status
    # for every benefit and holder (a property of the builder, not a value of the law).
    family = example_family(name)
    answer = assemble_many([family], ON)[0]
    expected = {}
    for row in answer.benefits + answer.payer_view:
        expected.setdefault(row.benefit, []).append(row.status)
    rows = [person(0, "caregiver", **_facts(c)) for c in family.caregivers] + [person(0, "child", **_facts(c)) for c in family.children]
    for row in rows:
        row.update({k: v for k, v in _family_facts(family).items()})
        if row.get("sole_caregiver") is not None:
            row["sole_caregiver"] = [c.id for c in family.caregivers].index(row["sole_caregiver"])
    sums = runner.run(table_of(rows), on=ON).sums
    from openfisca_asb.rules.status import STATUS_NAMES as STATUSES

    for benefit, statuses in expected.items():
        counts = sums.total(f"base.{benefit}.holders")
        assert {STATUSES[i]: int(n) for i, n in enumerate(counts) if n} == {s: statuses.count(s) for s in set(statuses)}, benefit


def _facts(model) -> dict:
    return {key: value for key, value in model.model_dump().items() if value is not None and key != "id"}


def _family_facts(family) -> dict:
    return {key: value for key, value in family.model_dump().items() if key not in ("caregivers", "children") and value is not None}


def test_totals_before_the_adjustment_are_exact(result):
    # June 2021: 14 748 kr a year is the rate in force (nav.no, "uendret i 2020 og 2021"); no bound.
    nav = next(row for row in tables.payer_table(result, "en") if row["payer"] == "nav")
    assert nav["amount_is_lower_bound"] is False and nav["amount_not_verified"] is False


def test_totals_after_a_known_adjustment_are_lower_bounds(two_families):
    # March 2025: hjelpestønad's newest rate is 1 263 kr a month from 1 January 2023; it was price-adjusted
    # from 1 July 2023 (regjeringen.no id2976744) to an amount not found (ADR 0009). NAV pays
    # 1 263 (sats 1) + 5 054 (sats 3 as NAV published it for 2023, which 4 × 15 161 / 12 = 5 053.67 → 5 054 also gives) = 6 317 a
    # month, and that is at least what it pays.
    later = runner.run(two_families, on=date(2025, 3, 1))
    nav = next(row for row in tables.payer_table(later, "en") if row["payer"] == "nav")
    assert nav["base_per_month"] == 6317
    assert nav["amount_is_lower_bound"] is True and nav["amount_not_verified"] is False
    rows = {row["benefit"]: row for row in tables.cost_table(later, "en")}
    assert rows["hjelpestonad"]["amount_is_lower_bound"] and rows["forhoyet_hjelpestonad"]["amount_is_lower_bound"]
    # Nothing paid, nothing qualified.
    assert rows["grunnstonad"]["amount_is_lower_bound"] is False


def test_rights_needing_an_uncalibrated_fact_are_never_entitled(result):
    # Issue 16: the two hand-made families give none of targets.yaml's unknown_facts, so a right
    # needing one (støttekontakt: needs_helper_for_leisure, hol § 3-2 nr. 6 b) is open or refused, never entitled.
    rows = {row["benefit"]: row for row in tables.uncalibrated_rights(result, "en")}
    assert rows["stottekontakt"]["facts"] == ["needs_helper_for_leisure"]
    assert rows["stottekontakt"]["missing_information"] == 2
    assert all(row["entitled"] == 0 for row in rows.values())
