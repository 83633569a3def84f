"""A reform's cost per budget year: the months it is in force in each calendar year × the month's change, a
static-population estimate beside «per year» (the month × 12); and a run after 2027-12-31 marked a projection
(review s21 drafter M5, ADR 0044)."""

from datetime import date

import pytest

from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.population import runner
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.budget_years import months_in_force, years_in_force
from openfisca_asb.population.results.report import write_report
from population_helpers import hjelpestonad_child, person, table_of

PROPOSAL = {
    "id": "budsjett_2028", "title": {"nb": "Budsjett 2028", "en": "Budget 2028"}, "summary": {"nb": "S", "en": "S"},
    "author": "A drafter", "status": "proposal", "in_force": "2028-07-01",
    "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
    "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2028-07-01": {"value": 20000, "unit": "currency-NOK"}}},
}


def test_a_proposal_from_1_july_is_in_force_6_months_of_its_first_year_and_12_of_the_next():
    # July to December is 6 months; 2029 is its first whole year.
    assert years_in_force(date(2028, 7, 1), None) == [2028, 2029]
    assert months_in_force(2028, date(2028, 7, 1), None) == 6
    assert months_in_force(2029, date(2028, 7, 1), None) == 12


def test_a_proposal_from_1_january_has_one_whole_budget_year():
    assert years_in_force(date(2028, 1, 1), None) == [2028]
    assert months_in_force(2028, date(2028, 1, 1), None) == 12


def test_a_pilot_costs_the_months_of_its_period_in_each_year():
    # 2027-08-01 to 2031-07-31: August–December 2027 is 5 months, 2028–2030 whole years, January–July 2031 is 7.
    start, end = date(2027, 8, 1), date(2031, 7, 31)
    assert years_in_force(start, end) == [2027, 2028, 2029, 2030, 2031]
    assert [months_in_force(year, start, end) for year in years_in_force(start, end)] == [5, 12, 12, 12, 7]


def test_a_part_month_counts_its_days_in_force():
    # From 16 July: 16 of July's 31 days, and August–December: 16 / 31 + 5 = 5.516129…
    assert months_in_force(2028, date(2028, 7, 16), None) == pytest.approx(5 + 16 / 31, abs=1e-4)


@pytest.fixture(scope="module")
def one_child():
    """One family in Oslo with a child at hjelpestønad's ordinary rate (ftrl § 6-4)."""
    return table_of([person(0, "caregiver", birth_date=date(1980, 1, 1), kommunenummer="0301"),
                     {**hjelpestonad_child(0, "sats_1"), "kommunenummer": "0301"}])


@pytest.fixture(scope="module")
def run_2028(one_child):
    return runner.run(one_child, on=date(2028, 9, 1), reform=reform_from_data(PROPOSAL))


def test_a_run_in_2028_costs_the_budget_year_and_is_marked_a_projection(run_2028):
    # The ordinary rate's last value found, 15 161 kr a year (the value after the adjustment of 1 July 2023 was not
    # found, ADR 0009; carried forward unchanged into 2028), is 15 161 / 12 = 1 263 kr a month; the reform's 20 000 / 12 = 1 667. The change is 404 kr a month: in 2028,
    # 6 months × 404 = 2 424; in 2029, 12 × 404 = 4 848, the same as «per year» (404 × 12).
    result = tables.summary(run_2028, "en")
    budget = result["budget_years"]
    assert budget["from"] == "2028-07-01" and budget["to"] is None and budget["legal_date_in_force"]
    nav = {year["year"]: next(row for row in year["payers"] if row["payer"] == "nav") for year in budget["years"]}
    assert (nav[2028]["change_per_month"], nav[2028]["change"], nav[2029]["change"]) == (404, 2424, 4848)
    assert next(row for row in result["payers"] if row["payer"] == "nav")["change_per_year"] == 4848
    assert result["projection"]["from"] == "2028-01-01" and result["projection"]["until"] == "2031-12-31"


def test_the_report_gives_the_budget_year_and_the_projection_in_both_languages(run_2028, tmp_path):
    for language, title, projected, year in (("nb", "Kostnad per budsjettår", "Framskriving:", "| 2028 | 6 |"),
                                             ("en", "Cost per budget year", "Projection:", "| 2028 | 6 |")):
        write_report(run_2028, tmp_path / language, language)
        text = (tmp_path / language / "report.md").read_text(encoding="utf-8")
        assert title in text and projected in text and year in text
        assert ("ikke en prognose" if language == "nb" else "not a forecast") in text
    assert (tmp_path / "en" / "budget_years.csv").is_file()


def test_a_run_before_the_reform_is_in_force_gives_no_budget_year_and_says_why(one_child):
    # On 2028-03-01 the rate of 1 July is not in force: the month has no change to repeat.
    result = runner.run(one_child, on=date(2028, 3, 1), reform=reform_from_data(PROPOSAL))
    budget = tables.budget_year_table(result, "en")
    assert budget["legal_date_in_force"] is False and budget["years"] == []


def test_a_run_inside_the_known_rules_is_no_projection(one_child):
    result = runner.run(one_child, on=date(2027, 9, 1), reform=None)
    assert tables.summary(result, "en")["projection"] is None
    assert tables.summary(result, "en")["budget_years"] is None  # no reform: no budget year


@pytest.mark.parametrize("arguments", [("simulate", "population.parquet", "--date", "2032-01-01"),
                                       ("generate", "--families", "1", "--out", "p.parquet", "--reference-date", "2032-01-01")])
def test_the_cli_refuses_a_date_past_the_horizon_naming_the_range(capsys, arguments):
    from openfisca_asb.cli import main

    assert main(["population", *arguments, "--lang", "en"]) == 2
    assert "2032-01-01 is outside the dates a reform can be asked about (2017-10-01 to 2031-12-31" in capsys.readouterr().err
