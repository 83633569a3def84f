"""The drafter's routes after the last known rules (2027-12-31): POST /v1/compare, /v1/reforms/validate and
/v1/population/runs answer to the projection horizon (2031-12-31), marked `projection`; a family's
/v1/entitlements keeps to 2027-12-31 (ADR 0044, review s21 drafter M5)."""

import time

DEFINITION = {
    "id": "budsjett_2028", "title": {"nb": "Budsjett 2028", "en": "Budget 2028"}, "summary": {"nb": "S", "en": "S"},
    "author": "A drafter", "status": "proposal", "in_force": "2028-07-01",
    "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
    "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2028-07-01": {"value": 20000, "unit": "currency-NOK"}}},
}
POLL_LIMIT = 600  # polls of 0.05 s; a guard against hanging, not a timing assertion


def test_a_comparison_in_2029_is_marked_a_projection(client, family):
    response = client.post("/v1/compare", json={"reform_definition": DEFINITION, "family": family, "date": "2029-03-01",
                                                "language": "nb"})
    assert response.status_code == 200, response.json()
    projection = response.json()["projection"]
    assert (projection["from"], projection["until"]) == ("2028-01-01", "2031-12-31")
    assert projection["note"].startswith("Framskriving:")


def test_a_comparison_inside_the_known_rules_has_no_projection(client, family):
    body = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "family": family, "date": "2027-03-01"}).json()
    assert body["projection"] is None


def test_a_validation_of_a_2028_proposal_is_marked_a_projection(client):
    body = client.post("/v1/reforms/validate", json={"reform_definition": DEFINITION, "population_size": 0,
                                                     "language": "en"}).json()
    assert body["verdict"] == "allowed" and body["dates_checked"] == ["2028-07-01"]
    assert body["projection"]["from"] == "2028-01-01" and body["projection"]["note"].startswith("Projection:")


def test_a_date_past_the_horizon_is_422_naming_the_field_and_the_range(client, family):
    response = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "family": family, "date": "2032-01-01"})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "date" and "2031-12-31" in str(problem["allowed"])
    run = client.post("/v1/population/runs", json={"families": 5, "date": "2032-01-01"})
    assert run.status_code == 422 and run.json()["problems"][0]["field"] == "date"


def test_a_familys_answer_still_ends_on_2027_12_31(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "date": "2028-01-01"})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "date" and "2027-12-31" in str(problem["allowed"])


def test_a_population_run_in_2028_gives_the_budget_year_and_the_projection(client):
    response = client.post("/v1/population/runs", json={"families": 20, "seed": 1, "date": "2028-09-01",
                                                        "reform_definition": DEFINITION, "language": "en"})
    assert response.status_code == 202, response.json()
    body = _wait(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    result = body["result"]
    assert result["projection"]["from"] == "2028-01-01"
    budget = result["budget_years"]
    # In force from 1 July: 2028 has 6 months of it, 2029 is its first whole year (12).
    assert [(year["year"], year["months_in_force"]) for year in budget["years"]] == [(2028, 6), (2029, 12)]
    nav = budget["years"][0]["payers"][0]
    assert nav["payer"] == "nav" and nav["change"] == round(6 * nav["change_per_month"], 2)


def _wait(client, job_id):
    for _ in range(POLL_LIMIT):
        body = client.get(f"/v1/population/runs/{job_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")
