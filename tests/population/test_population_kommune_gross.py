"""The kommune's gross cost can be rebuilt from the report's tables (review s16d drafter F7).

"Kommune, gross" held the wages a kommune reports for toppfinansiering (toppfinansiering_kommune_cost: direct wage
costs less earmarked grants and user payments, hol § 11-1), but no table showed them: a BPA child's wages below
the innslagspunkt were in the payer total and in no row. The service cost table now has a row for them.
"""

from datetime import date

import pytest

from openfisca_asb.population import generator, runner
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.report import _service_cost_blocks
from openfisca_asb.population.results.words import WORDS
from population_helpers import person, table_of

ROW = "toppfinansiering_kommune_cost"


def _row(rows: list[dict], key: str, value: str) -> dict:
    return next(row for row in rows if row[key] == value)


def _rebuilt_gross(result) -> float:
    """The kommune's benefits in kroner plus its own service costs, per year: what "Kommune, gross" should be."""
    money = [row for row in tables.cost_table(result, "en") if row["payer"] == "kommune" and row["unit"] == "NOK"]
    return sum(row["base_per_year"] for row in money + tables.service_cost_table(result, "en"))


def _bpa_child_below_the_innslagspunkt():
    """A BPA child (pbrl § 2-1 d) whose kommune reports 1 000 000 kr of direct wages, no grants, no user payments."""
    return table_of([
        person(0, "caregiver", birth_date=date(1982, 12, 12), kommunenummer="1580"),
        person(0, "child", birth_date=date(2013, 1, 20), kommunenummer="1580", bpa_assistance_hours_per_week=35.0,
               bpa_need_expected_years=10.0, toppfinansiering_direct_wage_costs=1_000_000.0,
               toppfinansiering_earmarked_grants=0.0, toppfinansiering_user_payments=0.0),
    ])


def test_wages_below_the_innslagspunkt_are_the_kommunes_own_cost_in_a_row_of_their_own():
    # 1 000 000 − 0 grants − 0 user payments = 1 000 000 kr a year, the kommune's own cost. The innslagspunkt
    # (1 608 000 kr from 2024, carried into 2025) is not reached, so the state refunds 0 and the whole sum is the
    # kommune's, gross and net. BPA's hours are not counted again (the wages are that cost), and no cost per hour is set.
    result = runner.run(_bpa_child_below_the_innslagspunkt(), on=date(2025, 3, 1))
    row = _row(tables.service_cost_table(result, "en"), "service", ROW)
    assert (row["base_families"], row["base_per_year"]) == (1, 1_000_000)
    payers = tables.payer_table(result, "en")
    assert _row(payers, "payer", "state_to_kommune")["base_per_year"] == 0
    assert _row(payers, "payer", "kommune")["base_per_year"] == 1_000_000 == _rebuilt_gross(result)


@pytest.mark.parametrize("language, name", [
    ("nb", "Ressurskrevende tjenester, kommunens egen kostnad før toppfinansiering"),
    ("en", "Resource-intensive services, the kommune's own cost before toppfinansiering"),
])
def test_the_row_is_named_in_the_report_in_both_languages(language, name):
    result = runner.run(_bpa_child_below_the_innslagspunkt(), on=date(2025, 3, 1))
    _, _, (_, _, rows) = _service_cost_blocks(result, language, WORDS[language], ("base",))
    assert [name, "1", "1 000 000"] in rows, rows


def test_the_rows_add_up_to_the_kommunes_gross_cost_in_a_generated_population():
    # The reviewer's run (F7): 200 families, seed 7, drawn for and run on 1 September 2027, hold one child whose
    # reported wages are below the innslagspunkt; with costs per hour set, every kind of row has money in it.
    population = generator.generate(200, seed=7, reference_date=date(2027, 9, 1))
    result = runner.run(population, on=date(2027, 9, 1), service_costs={
        "bpa_cost_per_hour": 500, "avlastning_cost_per_hour": 400, "omsorgsstonad_cost_per_hour": 300})
    assert _row(tables.service_cost_table(result, "en"), "service", ROW)["base_per_year"] > 0
    gross = _row(tables.payer_table(result, "en"), "payer", "kommune")["base_per_year"]
    assert gross == pytest.approx(_rebuilt_gross(result), abs=0.05)
