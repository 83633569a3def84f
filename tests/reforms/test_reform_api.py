"""GET /v1/reforms, POST /v1/reforms/validate, POST /v1/compare and the `reform` field of /v1/entitlements."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

CHILD = {"id": "ida", "birth_date": "2016-04-10", "has_lasting_illness": "yes",
         "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}
DEFINITION = {
    "id": "my_idea",
    "title": {"nb": "Hjelpestønad 20 000", "en": "Assistance allowance 20,000"},
    "summary": {"nb": "S", "en": "S"},
    "author": "A drafter",
    "status": "proposal",
    "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
    "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": {"value": 20000, "unit": "currency-NOK"}}},
}


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Settings(max_families=3, max_body_bytes=64 * 1024, rate_limit_per_minute=0)))


def family(kommunenummer="4601"):
    return {"kommunenummer": kommunenummer, "caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [dict(CHILD)]}


def hjelpestonad(answer):
    return next(r for r in answer["benefits"] if r["benefit"] == "hjelpestonad")


def test_reforms_are_listed_with_metadata_and_scope(client):
    body = client.get("/v1/reforms").json()
    by_id = {r["id"]: r for r in body["reforms"]}
    assert {"raise_hjelpestonad", "pleiepenger_cap_7g", "one_entry_point_pilot", "bpa_state_funding_pilot", "bpa_threshold_pilot"} <= set(by_id)
    assert by_id["one_entry_point_pilot"]["pilot"]["kommuner"] == {"5001": "Trondheim", "4601": "Bergen"}
    assert by_id["raise_hjelpestonad"]["parameters"] == [
        {"path": "folketrygd.hjelpestonad.ordinary_yearly_rate", "start": "2026-01-01", "value": 18000, "unit": "currency-NOK"}]
    assert client.get("/v1/reforms/pleiepenger_cap_7g").json()["reform"]["status"] == "proposal"
    assert client.get("/v1/reforms/nope").status_code == 404


def test_entitlements_apply_a_reform(client):
    # ftrl § 6-4 in the reform: 18 000 / 12 = 1 500 kr a month.
    answer = client.post("/v1/entitlements", json={"family": family(), "date": "2026-03-01", "reform": "raise_hjelpestonad"}).json()
    assert answer["reform"] == "raise_hjelpestonad" and hjelpestonad(answer)["amount"]["value"] == 1500


def test_entitlements_apply_a_pilot_only_in_its_kommune_and_window(client):
    inside = client.post("/v1/entitlements", json={"family": family("4601"), "date": "2026-03-01", "reform": "one_entry_point_pilot", "language": "en"}).json()
    other_kommune = client.post("/v1/entitlements", json={"family": family("0301"), "date": "2026-03-01", "reform": "one_entry_point_pilot", "language": "en"}).json()
    before_window = client.post("/v1/entitlements", json={"family": family("4601"), "date": "2025-07-31", "reform": "one_entry_point_pilot", "language": "en"}).json()
    assert inside["reform"] == "one_entry_point_pilot" and "family office" in hjelpestonad(inside)["agency"]
    for outside in (other_kommune, before_window):  # the window starts 2025-08-01; it ends after the model's dates
        assert outside["reform"] is None and "family office" not in hjelpestonad(outside)["agency"]


def test_batch_selects_per_family(client):
    body = {"families": [family("4601"), family("0301")], "date": "2026-03-01", "reform": "one_entry_point_pilot"}
    results = client.post("/v1/entitlements/batch", json=body).json()["results"]
    assert [r["reform"] for r in results] == ["one_entry_point_pilot", None]


def test_compare_by_id(client):
    # + 237 kr a month: 18 000 / 12 − 15 161 / 12 = 1 500 − 1 263 (whole kroner)
    response = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "family": family(), "date": "2026-03-01", "language": "en"})
    assert response.status_code == 200
    row = next(r for r in response.json()["families"][0]["benefits"] if r["benefit"] == "hjelpestonad")
    assert (row["difference"], row["change"]) == (237, "gain")


def test_compare_an_inline_parametric_reform(client):
    # 20 000 / 12 = 1 666.67 → 1 667 kr; 1 667 − 1 263 = 404
    response = client.post("/v1/compare", json={"reform_definition": DEFINITION, "families": [family()], "date": "2026-03-01"})
    assert response.status_code == 200, response.json()
    assert response.json()["reform"] == "my_idea"
    row = next(r for r in response.json()["families"][0]["benefits"] if r["benefit"] == "hjelpestonad")
    assert row["amount_after"]["value"] == 1667 and row["difference"] == 404


def test_an_inline_reform_with_a_wrong_unit_is_422_naming_the_field(client):
    bad = {**DEFINITION, "parameters": {"folketrygd.sykepenger_common.income_cap_g": {"2026-01-01": {"value": 700, "unit": "percent"}}}}
    response = client.post("/v1/compare", json={"reform_definition": bad, "family": family()})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "reform_definition.parameters.folketrygd.sykepenger_common.income_cap_g.2026-01-01"
    assert "G" in problem["message"]["en"] and problem["message"]["nb"]


def test_an_inline_reform_in_force_after_the_projection_horizon_is_422_naming_the_range(client):
    # A reform may be asked about up to 2031-12-31, after 2027-12-31 as a projection (rules/dates.py, ADR 0044);
    # pydantic said «… less than or equal to datetime.date(…)».
    late = {**DEFINITION, "in_force": "2032-01-01"}
    response = client.post("/v1/compare", json={"reform_definition": late, "family": family()})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "reform_definition.in_force"
    assert problem["message"] == {
        "en": "2032-01-01 is outside the dates a reform can be asked about (2017-10-01 to 2031-12-31: the rules known to "
              "2027-12-31, carried forward unchanged after it as a projection)",
        "nb": "2032-01-01 er utenfor datoene en reform kan spørres om (2017-10-01 til 2031-12-31: reglene kjent til og med "
              "2027-12-31, ført videre uendret etter det som en framskriving)"}


def test_compare_needs_one_reform_and_families_within_the_limit(client):
    both = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "reform_definition": DEFINITION, "family": family()})
    assert both.status_code == 422
    unknown = client.post("/v1/compare", json={"reform": "nope", "family": family()})
    assert unknown.status_code == 422 and unknown.json()["problems"][0]["field"] == "reform"
    too_many = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "families": [family()] * 4})
    assert too_many.status_code == 413


def test_validate_rejects_the_pilot_that_takes_a_right_away(client):
    report = client.post("/v1/reforms/validate", json={"reform": "bpa_threshold_pilot", "population_size": 5, "language": "en"}).json()
    # Rejected twice over: the BPA hour threshold is a condition of an individual right (forsøksloven § 3
    # does not reach it), and families with 32–40 hours lose BPA.
    assert report["valid"] is False
    assert {"changes_an_individual_right", "takes_rights_away"} <= {problem["rule"] for problem in report["problems"]}
    assert any(loss["family"] == "cerebral-palsy-large-assistance-need" and loss["benefit"] == "bpa" for loss in report["losses"])


def test_validate_an_inline_pilot_over_four_plus_two_years(client):
    scope = {"kommuner": ["5001"], "start": "2020-01-01", "end": "2027-06-30", "approval_end": "2024-06-30",
             "legal_basis": [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}],
             # A change of who decides, no parameter: a pilot must change something (review s22 L7).
             "organisation": [{"benefits": "all", "agency": {"nb": "Familiekontoret", "en": "The family office"}}]}
    pilot = {**DEFINITION, "status": "pilot", "pilot": scope, "parameters": {}}
    report = client.post("/v1/reforms/validate", json={"reform_definition": pilot, "population_size": 0, "language": "en"}).json()
    assert report["valid"] is False
    assert {p["rule"] for p in report["problems"]} == {"approval_longer_than_4_years", "extension_longer_than_2_years"}


def test_validate_bounds_the_population(client):
    response = client.post("/v1/reforms/validate", json={"reform": "raise_hjelpestonad", "population_size": 100000})
    assert response.status_code == 422 and response.json()["problems"][0]["field"] == "population_size"


def test_a_validation_with_too_many_dates_is_refused_before_it_runs(client):
    # a two-year pilot with a new value each month: far more dates than one request checks
    months = {f"{year}-{month:02d}-01": 15000 for year in range(2018, 2020) for month in range(1, 13)}
    scope = {"kommuner": ["5001"], "start": "2018-01-01", "end": "2019-12-31",
             "legal_basis": [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}]}
    pilot = {**DEFINITION, "status": "pilot", "pilot": scope, "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": months}}
    response = client.post("/v1/reforms/validate", json={"reform_definition": pilot})
    assert response.status_code == 422 and response.json()["error"] == "too_many_dates"
    assert response.json()["problems"][0]["field"] == "reform_definition"


def test_compare_refuses_a_person_born_after_the_date(client):
    late = family()
    late["children"][0]["birth_date"] = "2027-01-01"
    response = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "family": late, "date": "2026-03-01"})
    assert response.status_code == 422 and response.json()["problems"][0]["field"] == "family.children.0.birth_date"


def test_malformed_kommuner_in_an_inline_pilot_is_422_not_500(client):
    scope = {"kommuner": [{"nummer": "5001"}], "start": "2026-01-01", "end": "2026-12-31",
             "legal_basis": [{"title": "Forsøksloven § 3", "url": "https://lovdata.no/lov/1992-06-26-87/§3"}],
             # A change of who decides, no parameter: a pilot must change something (review s22 L7).
             "organisation": [{"benefits": "all", "agency": {"nb": "Familiekontoret", "en": "The family office"}}]}
    pilot = {**DEFINITION, "status": "pilot", "pilot": scope, "parameters": {}}
    response = client.post("/v1/compare", json={"reform_definition": pilot, "family": family()})
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"].startswith("reform_definition.pilot.kommuner")


def _teenager(kommunenummer):
    import json

    from openfisca_asb.facts.examples import example_family

    family = json.loads(example_family("teenager-cancer").model_dump_json(exclude_none=True))
    return {**family, "kommunenummer": kommunenummer}


def test_explain_and_facts_needed_follow_the_pilot_scope(client):
    # one_entry_point_pilot: Trondheim (5001) and Bergen (4601), 1 Aug 2025 – 31 Jul 2028.
    inside = {"family": _teenager("5001"), "date": "2026-03-01", "reform": "one_entry_point_pilot"}
    outside = {**inside, "family": _teenager("0301")}
    explained_inside = client.post("/v1/explain/avlastning", json=inside).json()
    explained_outside = client.post("/v1/explain/avlastning", json=outside).json()
    assert explained_inside["results"][0]["agency"] != explained_outside["results"][0]["agency"]
    assert client.post("/v1/facts/needed", json=outside).status_code == 200


def test_explain_under_a_reform_uses_its_rates(client):
    # raise_hjelpestonad: 18 000 kr a year from 1 Jan 2026 → 18 000 / 12 = 1 500 a month.
    family = {"children": [{"id": "ida", "birth_date": "2016-04-10", "has_lasting_illness": "yes",
                            "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}]}
    body = {"family": family, "date": "2026-03-01", "reform": "raise_hjelpestonad"}
    explained = client.post("/v1/explain/hjelpestonad", json=body).json()
    assert explained["results"][0]["amount"]["value"] == 1500.0
    used = {p["parameter"]: p["value"] for p in explained["parameters"]}
    assert used["folketrygd.hjelpestonad.ordinary_yearly_rate"] == 18000


@pytest.mark.parametrize("body, en, nb", [
    # Neither reform nor reform_definition: one is missing (review of 0.12.0: it said «not both»).
    ({"family": family()}, "give 'reform' (an id) or 'reform_definition' (an inline parametric reform): neither was given",
     "oppgi 'reform' (en id) eller 'reform_definition' (en parametrisk reform i forespørselen): ingen av dem er oppgitt"),
    ({"reform": "raise_hjelpestonad"}, "give 'family' or 'families': neither was given", "oppgi 'family' eller 'families': ingen av dem er oppgitt"),
    ({"reform": "raise_hjelpestonad", "reform_definition": DEFINITION, "family": family()},
     "give either 'reform' (an id) or 'reform_definition' (an inline parametric reform), not both",
     "oppgi enten 'reform' (en id) eller 'reform_definition' (en parametrisk reform i forespørselen), ikke begge"),
])
def test_compare_says_whether_a_reform_or_family_is_missing_or_given_twice(client, body, en, nb):
    response = client.post("/v1/compare", json=body)
    assert response.status_code == 422, response.text
    messages = [problem["message"] for problem in response.json()["problems"]]
    assert {"en": en, "nb": nb} in messages, messages


def test_validate_without_a_reform_says_reform_is_missing(client):
    response = client.post("/v1/reforms/validate", json={})
    assert response.status_code == 422
    (problem,) = response.json()["problems"]
    assert "'reform'" in problem["message"]["nb"] and "ingen av dem er oppgitt" in problem["message"]["nb"]
    assert "'reform'" in problem["message"]["en"] and "neither was given" in problem["message"]["en"]
