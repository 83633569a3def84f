"""POST /v1/timeline (issue 21 [transitions]): the events ahead, and bad input answered 422 naming the field."""

import pytest

from api.routes.timeline import TimelineRequest
from openfisca_asb.facts.examples import example_family

EXAMPLE = TimelineRequest.model_json_schema()["examples"][0]


def test_the_example_five_year_old_gets_school_start_with_what_to_do_before(client):
    # Emil, born 2015-03-03, aged 5 on 2020-06-01: school starts 2021-08-01 (the year he turns 6,
    # opplæringslova 1998 § 2-1 third ledd); the 5 years end 2025-06-01, when he is 10.
    response = client.post("/v1/timeline", json=EXAMPLE)
    assert response.status_code == 200
    answer = response.json()
    assert (answer["from_date"], answer["to_date"]) == ("2020-06-01", "2025-06-01")
    skyss = next(e for e in answer["events"] if e["benefit"] == "skoleskyss")
    assert (skyss["date"], skyss["kind"]) == ("2021-08-01", "starts")
    # No act_by the day before school starts: the lead time says «i god tid før skolestart» (review s16d portal #7).
    assert skyss["actions"][0]["act_by"] is None and "PPT" in skyss["actions"][0]["text"]
    assert any(note["code"] == "grade_from_age" for note in answer["notes"])


@pytest.mark.parametrize("change, field", [
    ({"years": 0}, "years"),
    ({"years": 20}, "years"),
    ({"years": True}, "years"),
    ({"date": "2030-01-01"}, "date"),
    ({"language": "se"}, "language"),
    ({"horizon": 5}, "horizon"),
])
def test_bad_input_is_a_422_naming_the_field(client, change, field):
    response = client.post("/v1/timeline", json={**EXAMPLE, **change})
    assert response.status_code == 422
    assert [problem["field"] for problem in response.json()["problems"]][0] == field


def test_a_grade_that_does_not_fit_the_start_date_names_the_family(client):
    family = {**EXAMPLE["family"], "children": [{**EXAMPLE["family"]["children"][0], "school_grade": 9}]}
    response = client.post("/v1/timeline", json={**EXAMPLE, "family": family})
    assert response.status_code == 422 and response.json()["problems"][0]["field"].startswith("family")
    assert "grade 9" in response.json()["problems"][0]["message"]["en"]


def test_the_route_is_in_the_openapi_schema_with_examples(client):
    operation = client.get("/openapi.json").json()["paths"]["/v1/timeline"]["post"]
    assert "example" in operation["responses"]["200"]["content"]["application/json"]
    assert operation["responses"]["422"]


def test_the_schema_lists_the_pilots_own_trigger_kinds(client):
    # A pilot that starts or stops applying to the family is its own cause, beside dated new rates ("parameters").
    schema = client.get("/openapi.json").json()["components"]["schemas"]["TimelineTrigger"]["properties"]["kind"]
    assert {"parameters", "pilot_starts", "pilot_ends"} <= set(schema["enum"])


def test_a_pilot_as_on_the_entitlements(client):
    # The second example: Jonas in Stavanger (35 hours of BPA) under bpa_threshold_pilot, which from 2026-01-01
    # gives the right only from 40 hours a week (pbrl § 2-1 d has 32): the right is to be assessed from that date.
    body = TimelineRequest.model_json_schema()["examples"][1]
    response = client.post("/v1/timeline", json=body)
    assert response.status_code == 200
    answer = response.json()
    assert answer["reform"] == "bpa_threshold_pilot"
    bpa = [(e["date"], e["status_after"]) for e in answer["events"] if e["benefit"] == "bpa"]
    assert bpa == [("2026-01-01", "to_be_assessed")]
    # The pilot's start is the cause, named in English (the request's language); it runs to 2028-12-31.
    starts = [t for e in answer["events"] if e["benefit"] == "bpa" for t in e["because"] if t["kind"] == "pilot_starts"]
    assert [(t["date"], t["text"]) for t in starts] == [("2026-01-01", "The pilot 'Pilot: a right to BPA only from 40 hours a "
                                                                     "week (not allowed)' starts to apply to the family and "
                                                                     "lasts through 31 December 2028")]


@pytest.mark.parametrize("reform", ["no_such_reform", 5, "../reforms/raise_hjelpestonad"])
def test_a_bad_reform_is_a_422_naming_reform(client, reform):
    response = client.post("/v1/timeline", json={**EXAMPLE, "reform": reform})
    assert response.status_code == 422
    assert [problem["field"] for problem in response.json()["problems"]] == ["reform"]


def test_a_change_per_day_comes_with_its_amounts_per_day_as_on_the_cli(client):
    # teenager-cancer, mor: 3 004 kr a day in March 2026 (6G = 780 960 / 260), 3 077 kr from 1 May 2026 (800 000 / 260,
    # below the new 6G); 22 and 21 weekdays (tests/timeline/test_timeline_weekdays.py works it out).
    family = example_family("teenager-cancer").model_dump(mode="json", exclude_none=True)
    response = client.post("/v1/timeline", json={"family": family, "date": "2026-01-01", "years": 1, "language": "en"})
    assert response.status_code == 200
    event = next(e for e in response.json()["events"] if e["benefit"] == "pleiepenger")
    assert {key: event["per_day"][key] for key in ("before", "after", "days_before", "days_after")} == {
        "before": 3004, "after": 3077, "days_before": 22, "days_after": 21}
    assert event["text"].endswith("the amount per day changes from 3 004 kr to 3 077 kr")
