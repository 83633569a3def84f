"""POST /v1/entitlements and /v1/entitlements/batch, and GET /v1/examples."""

from api.models import EXAMPLE_FAMILY
from openfisca_asb.facts.examples import TITLES, example_family, example_names


def _benefit(answer, benefit_id, person="ida"):
    return next(r for r in answer["benefits"] if r["benefit"] == benefit_id and r["person"] == person)


def test_answer_carries_version_date_and_hand_worked_amount(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "date": "2021-05-01"})
    assert response.status_code == 200
    answer = response.json()
    assert answer["model_version"] and answer["parameter_set_hash"]
    assert answer["legal_date"] == "2021-05-01"
    hjelpestonad = _benefit(answer, "hjelpestonad")
    # ftrl § 6-4: 14 748 kr per year in 2021 (nav.no), paid monthly: 14 748 / 12 = 1 229.
    assert hjelpestonad["status"] == "entitled"
    assert hjelpestonad["amount"] == {"value": 1229.0, "unit": "NOK", "period": "month"}
    assert hjelpestonad["unverified_rate"] == []
    assert [c["outcome"] for c in hjelpestonad["conditions"]] == ["met", "met", "met"]
    assert hjelpestonad["conditions"][0]["reference"]["url"] == "https://lovdata.no/lov/1997-02-28-19/§6-4"


def test_unverified_rate_is_flagged_after_the_last_verified_value(client, family):
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2025-03-01"}).json()
    flags = _benefit(answer, "hjelpestonad")["unverified_rate"]
    assert [f["parameter"] for f in flags] == ["folketrygd.hjelpestonad.ordinary_yearly_rate"]


def test_unknown_fact_gives_missing_information_naming_the_fact(client, family):
    del family["children"][0]["needs_extra_supervision_and_care"]
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2021-05-01", "language": "en"}).json()
    hjelpestonad = _benefit(answer, "hjelpestonad")
    assert hjelpestonad["status"] == "missing_information"
    assert hjelpestonad["amount"] is None
    assert {"fact": "needs_extra_supervision_and_care", "person": "ida"}.items() <= hjelpestonad["missing_facts"][0].items()
    changes = {(c["fact"], c["value"]): c["new_status"] for c in hjelpestonad["changes"]}
    assert changes[("needs_extra_supervision_and_care", "yes")] == "entitled"
    assert changes[("needs_extra_supervision_and_care", "no")] == "not_entitled"


def test_identical_requests_give_identical_bytes(client, family):
    body = {"family": family, "date": "2024-09-01"}
    assert client.post("/v1/entitlements", json=body).content == client.post("/v1/entitlements", json=body).content


def test_bad_fact_value_is_422_naming_the_field_in_both_languages(client, family):
    family["children"][0]["has_lasting_illness"] = "maybe"
    response = client.post("/v1/entitlements", json={"family": family})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "family.children.0.has_lasting_illness"
    assert problem["message"]["nb"] and problem["message"]["en"]
    assert "yes" in problem["allowed"]["expected"]


def test_unknown_field_missing_birth_date_and_bad_date_are_named(client, family):
    family["children"][0]["favourite_colour"] = "blue"
    del family["children"][0]["birth_date"]
    response = client.post("/v1/entitlements", json={"family": family, "date": "1990-01-01"})
    fields = {p["field"] for p in response.json()["problems"]}
    assert fields == {"date", "family.children.0.birth_date", "family.children.0.favourite_colour"}


def test_unknown_reform_is_422(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "reform": "no_such_reform"})
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "reform"


def test_sole_caregiver_must_be_a_caregiver(client, family):
    family["children"][0]["sole_caregiver"] = "far"
    response = client.post("/v1/entitlements", json={"family": family})
    assert response.status_code == 422
    assert "far" in response.json()["problems"][0]["message"]["en"]


def test_batch_answers_each_family(client, family):
    response = client.post("/v1/entitlements/batch", json={"families": [family, family], "date": "2021-05-01"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [_benefit(r, "hjelpestonad")["amount"]["value"] for r in results] == [1229.0, 1229.0]


def test_too_many_families_is_413(client, family):
    response = client.post("/v1/entitlements/batch", json={"families": [family] * 4})
    assert response.status_code == 413
    assert response.json()["error"] == "too_many_families"


def test_oversized_body_is_413_before_parsing(client):
    response = client.post("/v1/entitlements", content=b"{" + b" " * 70_000 + b"}", headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"] == "request_too_large"


def test_cors_origins_are_configurable_and_cover_limit_errors():
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    portal = "https://portal.example"
    client = TestClient(create_app(Settings(cors_origins=[portal], max_body_bytes=100)))
    ok = client.get("/v1/version", headers={"origin": portal})
    assert ok.headers["access-control-allow-origin"] == portal
    too_large = client.post("/v1/entitlements", content=b"{" + b" " * 200 + b"}",
                            headers={"origin": portal, "content-type": "application/json"})
    assert too_large.status_code == 413
    assert too_large.headers["access-control-allow-origin"] == portal
    assert "access-control-allow-origin" not in client.get("/v1/version", headers={"origin": "https://other.example"}).headers


def test_amount_after_a_known_adjustment_is_a_lower_bound_with_the_reason(client, family):
    # ftrl § 6-4: the newest rate found is 1 263 kr a month from 1 January 2023 (secondary);
    # the rates were price-adjusted from 1 July 2023 (regjeringen.no id2976744) to an amount
    # not found, so on 1 March 2025 the answer can only say "at least 1 263" (ADR 0009).
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2025-03-01", "language": "en"}).json()
    hjelpestonad = _benefit(answer, "hjelpestonad")
    assert hjelpestonad["amount"] == {"value": 1263.0, "unit": "NOK", "period": "month"}
    assert hjelpestonad["amount_is_lower_bound"] is True
    note = hjelpestonad["amount_note"]
    assert note["code"] == "lower_bound_after_adjustment" and note["adjusted_on"] == "2023-07-01"
    assert note["text"].startswith("At least 1 263 kr a month: the rate from 1 January 2023, in force before 1 July 2023")
    assert note["parameters"] == ["folketrygd.hjelpestonad.ordinary_yearly_rate"]


def test_amount_before_the_adjustment_is_exact(client, family):
    # 1 March 2023 lies before the 1 July 2023 adjustment: 1 263 is the rate in force, no bound.
    answer = client.post("/v1/entitlements", json={"family": family, "date": "2023-03-01"}).json()
    hjelpestonad = _benefit(answer, "hjelpestonad")
    assert hjelpestonad["amount"]["value"] == 1263.0
    assert hjelpestonad["amount_is_lower_bound"] is False and hjelpestonad["amount_note"] is None


def test_the_answer_carries_the_family_total_and_whom_to_contact(client):
    """Issue 17: the total by payer and the rights by whom to contact are part of the answer and its schema."""
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert {"family_total", "by_contact"} <= set(schema["Entitlements"]["required"])
    assert {"contact", "amount_meaning", "folded_into"} <= set(schema["BenefitResult"]["properties"])
    body = {"family": EXAMPLE_FAMILY, "date": "2024-09-01", "language": "en"}
    answer = client.post("/v1/entitlements", json=body).json()
    # The diabetes family: hjelpestønad sats 1 (15 161 / 12 = 1 263.4 → 1 263 kr a month, a lower bound after
    # 1 July 2023) is the only amount in kroner settled; 12 monthly payments of 1 263 = 15 156 a year.
    total = answer["family_total"]
    assert (total["per_month"], total["per_year"], total["is_lower_bound"]) == (
        {"min": 1263.0, "max": 1263.0}, {"min": 15156.0, "max": 15156.0}, True)
    assert [payer["payer"] for payer in total["by_payer"]] == ["nav", "skole", "arbeidsliv"]
    assert answer["by_contact"][0]["agency"] == "nav"


def test_the_example_families_are_served_in_the_family_file_format(client):
    response = client.get("/v1/examples")
    assert response.status_code == 200
    examples = {example["name"]: example for example in response.json()["examples"]}
    assert set(examples) == set(example_names())
    diabetes = examples["child-diabetes"]
    assert diabetes["date"] == "2024-09-01"
    # Each example has a title in both languages, for the page's list (issue 17 review: it showed file names).
    assert diabetes["title"] == {"nb": "Barn med diabetes type 1, begge foreldrene i arbeid",
                                 "en": "Child with type 1 diabetes, both parents working"}
    assert set(TITLES) == set(example_names())
    assert all(example["title"]["nb"] and example["title"]["en"] for example in examples.values())
    assert diabetes["family"] == example_family("child-diabetes").model_dump(mode="json", exclude_none=True)


def test_a_reason_that_opens_with_a_childs_id_opens_with_a_capital(client):
    # Review s18 D5: «nora, som døde …» in the API. Nora (ill) died on 15 October 2026; from November opplæringspenger
    # (ftrl § 9-14) are refused on Olav, the only child counted (ADR 0034). The sentence saying so opens with her id, a
    # name the family chose: a capital, in both languages. Her id as a key is as the family gave it. The file describes
    # 2024-09-01 (its grades move to the date asked, ADR 0030).
    family = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    family["children"][0]["date_of_death"] = "2026-10-15"
    said = {"nb": "Nora, som døde 15. oktober 2026, regnes ikke med fra måneden etter dødsfallet.",
            "en": "Nora, who died on 15 October 2026, is not counted from the month after the death."}
    for language, sentence in said.items():
        answer = client.post("/v1/entitlements", json={"family": family, "family_date": "2024-09-01", "date": "2026-11-01",
                                                         "language": language}).json()
        reason = _benefit(answer, "opplaeringspenger", "mor")["reason"]
        assert reason["not_counted"] == sentence and reason["text"].endswith(f" {sentence}")
        assert "nora" in {r["person"] for r in answer["benefits"]}
