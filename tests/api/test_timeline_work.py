"""A timeline's work is bounded before it runs (review s22 H1): persons × dates evaluated at most
ASB_MAX_TIMELINE_WORK, else a 422 naming the limit and the most `years` that fit; the example families and a
large but real family (4 caregivers, 6 children, 19 years) still pass."""

from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from openfisca_asb.answer.timeline_work import dates_to_evaluate, most_years_within
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

START = date(2017, 10, 1)
LIMIT = Settings().max_timeline_work


def _family(caregivers: int, births: list[str]) -> dict:
    return {"caregivers": [{"id": f"c{n}", "birth_date": "1980-01-01"} for n in range(caregivers)],
            "children": [{"id": f"k{n}", "birth_date": born, "has_lasting_illness": "yes"} for n, born in enumerate(births)]}


# Ten babies born in ten different months of the year before the start (the reviewer's maximal family): each has a
# birthday at ages 1 to 18 inside the 19 years (the youngest turns 19 at the end), in a month of its own, so at least
# 10 × 18 = 180 dates besides the start: (1 + 180) × 14 persons = 2534 answers at least, above 1800.
TEN_BABIES = _family(4, [f"{2016 if month >= 10 else 2017}-{month:02d}-15" for month in (2, 3, 4, 5, 6, 7, 9, 10, 11, 12)])


def test_the_largest_family_for_19_years_is_a_422_naming_the_limit_and_the_years_that_fit(client):
    response = client.post("/v1/timeline", json={"family": TEN_BABIES, "date": START.isoformat(), "years": 19})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "too_much_work"
    assert "ASB_MAX_TIMELINE_WORK" in body["message"]["nb"] and "ASB_MAX_TIMELINE_WORK" in body["message"]["en"]
    assert f"høyst {LIMIT}" in body["message"]["nb"] and f"at most {LIMIT}" in body["message"]["en"]
    [years] = body["problems"]
    assert years["field"] == "years"
    # At least 10 new dates each year (the birthdays): 14 × (1 + 10 × 13) = 1834 > 1800, so at most 12 years fit;
    # with `years` named rather than `family`, at least one does (test_the_years_said_to_fit_are_answered pins which).
    assert years["allowed"]["le"] <= 12


def test_the_years_said_to_fit_are_answered(client):
    refused = client.post("/v1/timeline", json={"family": TEN_BABIES, "date": START.isoformat(), "years": 19})
    fewer = refused.json()["problems"][0]["allowed"]["le"]
    family = Family.model_validate(TEN_BABIES)
    assert 14 * len(dates_to_evaluate(family, START, fewer)) <= LIMIT < 14 * len(dates_to_evaluate(family, START, fewer + 1))


def test_a_family_too_large_for_even_one_year_names_the_family():
    # One year of the ten babies is at least the start and 10 birthdays: 11 dates × 14 persons = 154 answers.
    client = TestClient(create_app(Settings(max_timeline_work=100, rate_limit_per_minute=0)))
    response = client.post("/v1/timeline", json={"family": TEN_BABIES, "date": START.isoformat(), "years": 1})
    assert response.status_code == 422
    assert [problem["field"] for problem in response.json()["problems"]] == ["family"]


def test_the_most_years_count_the_dates_up_to_each_end():
    # Two persons; dates at the start, after half a year, after 1½ and after 2½ years. With a limit of 6 answers:
    # 2 years hold 3 dates (6 answers), 3 years hold 4 (8): 2 is the most.
    family = Family.model_validate(_family(1, ["2017-01-01"]))
    dates = [START, date(2018, 4, 1), date(2019, 4, 1), date(2020, 4, 1)]
    assert most_years_within(family, START, dates, 3, 6) == 2
    assert most_years_within(family, START, dates, 3, 1) == 0


@pytest.mark.parametrize("name", example_names())
def test_every_example_family_passes_for_19_years_from_any_start(name):
    family = example_family(name)
    persons = len(family.caregivers) + len(family.children)
    for start in (FIRST_DATE, date(2024, 9, 1), LAST_DATE):
        born = max((child.birth_date for child in family.children), default=start)
        if born <= start:
            assert persons * len(dates_to_evaluate(family, start, 19)) <= LIMIT


def test_four_caregivers_and_six_children_born_in_six_months_pass_for_19_years():
    # Six babies born in six different months (none in January or August, whose dates come anyway), the most
    # months with a date of their own: the timeline's dates each year are at most 6 birthdays, 1 January, 1 August
    # and the months with new rates; 10 persons fit below the limit for all 19 years.
    family = Family.model_validate(_family(4, ["2016-10-15", "2016-11-15", "2017-02-15", "2017-03-15", "2017-05-15", "2017-09-15"]))
    assert 10 * len(dates_to_evaluate(family, START, 19)) <= LIMIT
