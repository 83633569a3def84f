"""A problem of one family in a list names that family's index (review s11, item 1).

POST /v1/entitlements/batch and POST /v1/compare take `families`; a 422 about the second family must say
`families.1.…`, or a portal sending many families cannot tell which one to correct. Each kind of problem a
family can raise is checked: those found with the date asked (api/models.py), those of the family model
itself (facts/family.py, facts/contradictions.py) and those of its fields.
"""

import pytest

IDA = {"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}

DATE = "2024-09-01"
GOOD = {"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [IDA]}
TWO_PARENTS = [{"id": "mor", "birth_date": "1985-02-01"}, {"id": "far", "birth_date": "1984-03-01"}]
ALONE = "omsorgspenger_temporarily_alone"

# Each: the second family's change, and the fields its 422 must name.
PROBLEMS = {
    # Ida, born 2015-04-10, starts school in the autumn of the year she turns 6 (2021): grade 4 in September 2024;
    # grade 1 is three years off, outside the two either way allowed (rules/dates.py).
    "school grade": ({"children": [{**IDA, "school_grade": 1}]}, ["families.1.children.0.school_grade"]),
    "born after the date": ({"children": [{**IDA, "birth_date": "2025-01-01"}]}, ["families.1.children.0.birth_date"]),
    # A care period may run across months, not beyond the dates the model covers (from 2017-10-01).
    "care period before the model's dates": (
        {"children": [{**IDA, "care_periods": [{"first_day": "2017-09-29", "last_day": "2017-10-03"}]}]},
        ["families.1.children.0.care_periods.0.first_day"]),
    # ftrl § 9-6: if one parent is temporarily alone with the care, the other is not.
    "contradiction": ({"caregivers": [{**p, ALONE: "yes"} for p in TWO_PARENTS]},
                      [f"families.1.caregivers.0.{ALONE}", f"families.1.caregivers.1.{ALONE}"]),
    "unknown field": ({"children": [{**IDA, "no_such_fact": "yes"}]}, ["families.1.children.0.no_such_fact"]),
    "sole caregiver not in the family": ({"children": [{**IDA, "sole_caregiver": "far"}]}, ["families.1.children.0.sole_caregiver"]),
}
ROUTES = {
    "/v1/entitlements/batch": {},
    "/v1/compare": {"reform": "raise_hjelpestonad"},
}


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_problem_of_the_second_family_names_its_index(client, route, problem):
    change, fields = PROBLEMS[problem]
    response = client.post(route, json={**ROUTES[route], "families": [GOOD, {**GOOD, **change}], "date": DATE})
    assert response.status_code == 422, response.text
    assert [p["field"] for p in response.json()["problems"]] == fields


@pytest.mark.parametrize("route", ROUTES)
def test_problems_of_several_families_are_all_named(client, route):
    late_grade = {**GOOD, "children": [{**IDA, "school_grade": 1}]}
    response = client.post(route, json={**ROUTES[route], "families": [late_grade, GOOD, late_grade], "date": DATE})
    assert response.status_code == 422, response.text
    assert [p["field"] for p in response.json()["problems"]] == [
        "families.0.children.0.school_grade", "families.2.children.0.school_grade"]


def test_a_single_family_keeps_its_field(client):
    response = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "date": DATE,
                                                 "family": {**GOOD, "children": [{**IDA, "school_grade": 1}]}})
    assert [p["field"] for p in response.json()["problems"]] == ["family.children.0.school_grade"]
