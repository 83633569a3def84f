"""`family_date`: a family described on one day, asked about on another, has its grades moved (ADR 0030).

Hand-worked: emil, born 2015-03-03, is given grade 4 for 2024-09-01 (school year 2024–25). Asked on 2025-09-01,
one 1 August (2025-08-01) lies between: grade 5 (opplæringslova § 2-1, a grade up each school year). The kommune
must offer SFO on 1st–4th trinn, and on 1st–7th only to a child with special needs (opplæringslova 2023 § 4-5;
1998 § 13-7 first ledd): emil has none, so in grade 4 he has the offer and in grade 5 he has not.
"""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.family_date import DESCRIPTION
from api.settings import Settings

EMIL = {"id": "emil", "birth_date": "2015-03-03", "school_grade": 4, "has_special_needs_for_sfo": "no"}
FAMILY = {"caregivers": [{"id": "far", "birth_date": "1984-11-02"}], "children": [EMIL]}
MOVED_EN = ("The grade given for emil moves one grade up each 1 August. "
            "The family is described on 2024-09-01; on 2025-09-01: emil grade 5.")
MOVED_NB = ("Trinnet som er oppgitt for emil, flyttes ett trinn opp hver 1. august. "
            "Familien er beskrevet 2024-09-01; 2025-09-01: emil 5. trinn.")


@pytest.fixture(scope="module")
def client():
    """Its own service, unlimited: these tests call every route taking a family, not the shared client's rate budget."""
    return TestClient(create_app(Settings(rate_limit_per_minute=0)))


def _sfo(answer: dict) -> dict:
    return next(right for right in answer["benefits"] if right["benefit"] == "sfo")


def test_a_fourth_grader_described_in_2024_is_answered_as_a_fifth_grader_in_2025(client):
    stale = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2025-09-01"}).json()
    assert _sfo(stale)["status"] == "entitled"  # grade 4 taken as given: the answer the page gave before
    assert "grades_moved" not in stale

    moved = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2025-09-01", "family_date": "2024-09-01",
                                                  "language": "en"}).json()
    assert _sfo(moved)["status"] == "not_entitled"  # grade 5, no special needs: no SFO offer (§ 4-5)
    assert moved["grades_moved"] == MOVED_EN


def test_on_the_day_described_nothing_moves(client):
    answer = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2024-09-01", "family_date": "2024-09-01"}).json()
    assert _sfo(answer)["status"] == "entitled" and "grades_moved" not in answer


def test_a_family_date_after_the_date_asked_moves_the_grade_back(client):
    # 2025-09-01 back to 2024-09-01: one 1 August between, grade 5 given is grade 4 then, with the SFO offer.
    family = {**FAMILY, "children": [{**EMIL, "school_grade": 5}]}
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01", "family_date": "2025-09-01"}).json()
    assert _sfo(answer)["status"] == "entitled"
    assert answer["grades_moved"] == ("Trinnet som er oppgitt for emil, flyttes ett trinn ned for hver 1. august tilbake i tid. "
                                      "Familien er beskrevet 2025-09-01; 2024-09-01: emil 4. trinn.")  # ned, not opp (review s15 #10)


def test_every_route_taking_a_family_says_the_grades_moved(client):
    asked = {"family": FAMILY, "date": "2025-09-01", "family_date": "2024-09-01"}
    assert client.post("/v1/interview", json=asked).json()["answer"]["grades_moved"] == MOVED_NB
    assert client.post("/v1/facts/needed", json=asked).json()["grades_moved"] == MOVED_NB
    assert client.post("/v1/explain/sfo", json=asked).json()["grades_moved"] == MOVED_NB
    assert client.post("/v1/applications", json=asked).json()["grades_moved"] == MOVED_NB
    check = {**asked, "decision": {"benefit": "sfo", "outcome": "refused", "person": "emil"}}
    assert client.post("/v1/decisions/check", json=check).json()["grades_moved"] == MOVED_NB
    assert {"code": "grades_moved", "text": MOVED_NB, "date": "2025-09-01"} in client.post("/v1/timeline", json=asked).json()["notes"]
    many = {"families": [FAMILY, FAMILY], "date": "2025-09-01", "family_date": "2024-09-01"}
    assert [result["grades_moved"] for result in client.post("/v1/entitlements/batch", json=many).json()["results"]] == [MOVED_NB] * 2
    compared = client.post("/v1/compare", json={**many, "reform": "raise_hjelpestonad"}).json()
    assert [family["grades_moved"] for family in compared["families"]] == [MOVED_NB] * 2


def test_a_bad_family_date_is_a_422_naming_it_in_both_languages(client):
    for bad in ("01.09.2024", "2024-13-01", "2014-09-01"):
        response = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2025-09-01", "family_date": bad})
        assert response.status_code == 422, bad
        [problem] = response.json()["problems"]
        assert problem["field"] == "family_date" and problem["message"]["nb"] and problem["message"]["en"], bad


def test_nobody_is_born_after_the_day_the_family_describes(client):
    # A child born 2019-05-01 cannot be in a family described on 2018-09-01.
    family = {**FAMILY, "children": [{"id": "ida", "birth_date": "2019-05-01", "school_grade": 0}]}
    response = client.post("/v1/entitlements", json={"family": family, "date": "2025-09-01", "family_date": "2018-09-01"})
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["field"] == "family.children.0.birth_date"
    assert "family_date 2018-09-01" in problem["message"]["en"] and "family_date 2018-09-01" in problem["message"]["nb"]


def test_the_schema_describes_family_date_on_every_family_request(client):
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    takes_a_family = {name for name, schema in schemas.items() if name.endswith("Request")
                      and {"family", "families"} & set(schema.get("properties", {})) and name != "PopulationRunRequest"}
    assert takes_a_family == {"EntitlementsRequest", "BatchRequest", "InterviewRequest", "FactsNeededRequest", "TimelineRequest",
                              "ApplicationsRequest", "DecisionCheckRequest", "CompareRequest"}  # explain takes EntitlementsRequest
    for name in takes_a_family:
        assert schemas[name]["properties"]["family_date"]["description"].startswith(DESCRIPTION), name


def test_a_grade_that_cannot_be_the_childs_on_family_date_is_refused_naming_it(client):
    # emil, born 2015-03-03, starts school August 2021 (§ 2-1): on 2018-09-01 he is 3, so grade 4 is refused before it
    # is moved, not moved to grade 10 on 2024-09-01.
    response = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2024-09-01", "family_date": "2018-09-01"})
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["field"] == "family.children.0.school_grade"
    assert "trinn 4" in problem["message"]["nb"] and "family_date 2018-09-01" in problem["message"]["nb"]
    assert "grade 4" in problem["message"]["en"] and "family_date 2018-09-01" in problem["message"]["en"]


def test_a_moved_grade_refused_on_the_date_asked_names_the_grade_given_and_family_date(client):
    # ola, born 2006-03-01, started school August 2012: 13th grade by age in 2024–25; grade 9 given fits (from 11th
    # grade on, two under is allowed: 9). Two 1 Augusts back, on 2022-09-01, that is grade 7, and the age's grade is
    # 11: under 9, refused, saying the 9 sent and family_date, not only the 7.
    family = {**FAMILY, "children": [{"id": "ola", "birth_date": "2006-03-01", "school_grade": 9}]}
    response = client.post("/v1/entitlements", json={"family": family, "date": "2022-09-01", "family_date": "2024-09-01"})
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["field"] == "family.children.0.school_grade"
    assert "trinn 9 oppgitt for family_date 2024-09-01 er trinn 7 2022-09-01" in problem["message"]["nb"]
    assert "spør om datoen" not in problem["message"]["nb"]
    assert "grade 9 given for family_date 2024-09-01 is grade 7 on 2022-09-01" in problem["message"]["en"]


def test_a_child_not_at_school_on_the_date_asked_is_said_so_with_the_parts(client):
    # emil, grade 4 in 2024–25, starts school August 2021 (§ 2-1): on 2017-10-01 he is two and not at school.
    answer = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2017-10-01", "family_date": "2024-09-01"}).json()
    assert answer["grades_moved"].endswith("Familien er beskrevet 2024-09-01; 2017-10-01: emil har ikke begynt på skolen.")
    assert answer["moved_grades"] == {"family_date": "2024-09-01", "date": "2017-10-01",
                                      "children": [{"child": "emil", "grade_given": 4, "grade": 0}]}
