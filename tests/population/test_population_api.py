"""POST /v1/population/runs and GET /v1/population/runs/{id}: bounded jobs, results, reasons for failure."""

import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from openfisca_asb.population.reforms import available

POLL_LIMIT = 600  # polls of 0.05 s; a guard against hanging, not a timing assertion


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Settings()))


def _wait(client, job_id):
    for _ in range(POLL_LIMIT):
        body = client.get(f"/v1/population/runs/{job_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


def test_a_run_returns_its_results(client):
    response = client.post("/v1/population/runs", json={"families": 300, "seed": 2, "date": "2024-05-01", "language": "en"})
    assert response.status_code == 202 and response.json()["status"] in ("queued", "running", "done")
    body = _wait(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    result = body["result"]
    assert result["families"] == 300 and result["legal_date"] == "2024-05-01"
    assert {row["payer"] for row in result["payers"]} == {"nav", "kommune", "state_to_kommune", "kommune_net"}
    assert result["kommuner"] and result["calibration"]


def test_too_many_families_is_413():
    # Settings are read once at start-up (api/settings.py); a test passes its own.
    client = TestClient(create_app(Settings(max_population_families=500)))
    response = client.post("/v1/population/runs", json={"families": 501})
    assert response.status_code == 413
    assert response.json()["error"] == "population_too_large"
    assert response.json()["problems"][0]["field"] == "families"


def test_bad_requests_name_the_field(client):
    response = client.post("/v1/population/runs", json={"families": 0})
    assert response.status_code == 422 and response.json()["problems"][0]["field"] == "families"
    response = client.post("/v1/population/runs", json={"families": 10, "reform": "no_such_reform"})
    assert response.status_code == 422 and response.json()["error"] == "unknown_reform"


def test_unknown_job_is_404(client):
    assert client.get("/v1/population/runs/0123abc").status_code == 404


@pytest.mark.skipif(not available(), reason="no reforms in reforms/")
def test_a_reform_run_reports_winners_and_losers(client):
    reform = "raise_hjelpestonad" if "raise_hjelpestonad" in available() else available()[0]
    response = client.post("/v1/population/runs", json={"families": 400, "reform": reform, "date": "2026-03-01"})
    body = _wait(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    assert body["result"]["reform"]["id"] == reform
    assert set(body["result"]["winners_and_losers"]["summary"]) >= {"winners", "losers"}


def test_a_failing_job_says_why(client, monkeypatch):
    from openfisca_asb.population import runner

    def broken(*args, **kwargs):
        raise ValueError("the chunk could not be read")

    monkeypatch.setattr(runner, "run", broken)
    body = _wait(client, client.post("/v1/population/runs", json={"families": 5}).json()["id"])
    assert body["status"] == "failed"
    assert "the chunk could not be read" in body["error"]["message"]["en"]


INLINE_REFORM = {
    "id": "my_hjelpestonad_idea",
    "title": {"nb": "Hjelpestønad på 20 000 kroner", "en": "An assistance allowance of 20,000 kroner"},
    "summary": {"nb": "Ordinær sats 20 000 kr per år fra 2026.", "en": "Ordinary rate 20,000 kr a year from 2026."},
    "author": "A drafter",
    "status": "proposal",
    "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
    "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": {"value": 20000, "unit": "currency-NOK"}}},
}


def test_a_run_takes_an_inline_reform_definition(client):
    # Issue 19: population runs accept reform_definition as compare and validate do. A higher ordinary
    # hjelpestønad rate (ftrl § 6-4) can only make NAV pay more, never less.
    response = client.post("/v1/population/runs", json={"families": 200, "date": "2026-03-01", "reform_definition": INLINE_REFORM})
    assert response.status_code == 202
    body = _wait(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    assert body["result"]["reform"]["id"] == "my_hjelpestonad_idea"
    nav = next(row for row in body["result"]["payers"] if row["payer"] == "nav")
    assert nav["change_per_year"] > 0
    assert body["result"]["national_scale"]["factor"] > 0


def test_a_bad_inline_reform_is_a_422_naming_the_field(client):
    bad = {**INLINE_REFORM, "parameters": {"folketrygd.no_such_parameter": {"2026-01-01": 1}}}
    response = client.post("/v1/population/runs", json={"families": 10, "reform_definition": bad})
    assert response.status_code == 422 and response.json()["error"] == "invalid_reform"
    assert response.json()["problems"][0]["field"].startswith("reform_definition.parameters")
    both = client.post("/v1/population/runs", json={"families": 10, "reform": "raise_hjelpestonad", "reform_definition": INLINE_REFORM})
    assert both.status_code == 422


@pytest.mark.parametrize("parameters", [None, {}])
def test_an_inline_reform_that_changes_nothing_is_refused_as_compare_and_validate_refuse_it(client, parameters):
    # Review s22 diff M1: `parameters: {}` was queued (202) here while /v1/compare and /v1/reforms/validate refused it
    # (review s22 L7); all three now load an inline reform the same way (api/inline_reform.py).
    response = client.post("/v1/population/runs", json={"families": 10, "reform_definition": {**INLINE_REFORM, "parameters": parameters}})
    assert response.status_code == 422 and response.json()["error"] == "invalid_reform"
    [found] = response.json()["problems"]
    assert found["field"] == "reform_definition.parameters"
    assert "must change at least one parameter" in found["message"]["en"]
    assert "må endre minst én parameter" in found["message"]["nb"]


def test_an_inline_reform_with_more_parameters_than_the_limit_is_refused_naming_it():
    # ASB_MAX_REFORM_PARAMETERS = 1 and two parameters changed: 2 > 1, refused before the reform is built.
    rates = {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": {"value": 20000, "unit": "currency-NOK"}},
             "folketrygd.hjelpestonad.forhoyet_multiplier": {"2026-01-01": 3}}
    client = TestClient(create_app(Settings(max_reform_parameters=1)))
    response = client.post("/v1/population/runs", json={"families": 10, "reform_definition": {**INLINE_REFORM, "parameters": rates}})
    assert response.status_code == 422 and response.json()["error"] == "invalid_reform"
    [found] = response.json()["problems"]
    assert found["field"] == "reform_definition.parameters"
    assert "2 parameters; at most 1 (ASB_MAX_REFORM_PARAMETERS)" in found["message"]["en"]


@pytest.mark.skipif("one_entry_point_pilot" not in available(), reason="the shipped pilot is not in reforms/")
@pytest.mark.parametrize("on, in_period", [("2026-03-01", True), ("2025-03-01", False)])
def test_a_pilot_run_says_its_period_its_sample_and_the_days_and_hours(client, on, in_period):
    # one_entry_point_pilot: 5001 Trondheim and 4601 Bergen, 2025-08-01 to 2028-07-31 (review s21 M6, L9, M1):
    # 1 March 2026 lies inside the period, 1 March 2025 before it. Its scaled change rests on the families of the
    # population living in those two kommuner, the sum of their rows in the kommune table.
    response = client.post("/v1/population/runs", json={"families": 60, "reform": "one_entry_point_pilot", "date": on})
    body = _wait(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    reform = body["result"]["reform"]
    assert (reform["kommuner"], reform["start"], reform["end"], reform["in_period"]) == (
        ["5001", "4601"], "2025-08-01", "2028-07-31", in_period)
    rows = body["result"]["kommuner"]
    assert reform["families_in_pilot_kommuner"] == sum(row["families"] for row in rows if row["kommunenummer"] in ("5001", "4601"))
    units = body["result"]["unit_changes"]["summary"]
    assert [row["benefit"] for row in units] == ["omsorgspenger", "sfo", "permisjon_barns_sykdom"]
