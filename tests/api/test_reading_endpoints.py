"""Catalogue, facts, parameters, explain, version and headers."""


def test_benefits_list_and_one(client):
    benefits = client.get("/v1/benefits").json()["benefits"]
    assert "hjelpestonad" in [b["id"] for b in benefits]
    one = client.get("/v1/benefits/hjelpestonad").json()["benefit"]
    assert one["legal_basis"][0]["url"] == "https://lovdata.no/lov/1997-02-28-19/§6-4"
    assert client.get("/v1/benefits/no_such_benefit").status_code == 404


def test_benefits_name_the_statuses_and_sectors_the_answers_use(client):
    # The page names statuses and sectors from here (issue 13 item 4): the status names must be
    # the ones an answer's status_text carries, best first, and every catalogue sector named.
    listed = client.get("/v1/benefits").json()
    assert [s["status"] for s in listed["statuses"]] == ["entitled", "to_be_assessed", "missing_information", "not_entitled"]
    assert listed["statuses"][0]["text"] == {"nb": "Du har rett", "en": "Entitled"}
    assert {b["sector"] for b in listed["benefits"]} <= set(listed["sectors"])
    assert listed["sectors"]["helse"] == {"nb": "Helsetjenesten", "en": "The health service"}


def test_facts_say_what_they_affect(client):
    facts = {f["id"]: f for f in client.get("/v1/facts", params={"date": "2024-05-01"}).json()["facts"]}
    assert facts["needs_extra_supervision_and_care"]["kind"] == "answer"
    assert {"hjelpestonad", "forhoyet_hjelpestonad"} <= set(facts["needs_extra_supervision_and_care"]["affects"])


def test_facts_name_the_gate_they_are_asked_after(client):
    # ADR 0014: a follower is asked only after its gate's answer, and a changed gate answer makes its answers stale
    # (the page drops them). GET /v1/facts names the gate: the school group's questions sit under its checklist
    # line, which sits under the child's illness-or-needs question (ADR 0026, 0028); a gate of its own has none.
    facts = {f["id"]: f for f in client.get("/v1/facts", params={"date": "2024-05-01"}).json()["facts"]}
    assert facts["needs_personal_assistance_at_school"]["asked_after"] == "needs_something_extra_at_school"
    assert facts["needs_something_extra_at_school"]["asked_after"] == "has_illness_or_extra_needs"
    assert "asked_after" not in facts["has_illness_or_extra_needs"]


def test_every_choice_value_is_documented_with_a_label_and_the_employment_ids_stay(client):
    # Review s11, item 4: a choice's values are stable ids (a portal sends them); /v1/facts gives each one its
    # label. `frilanser` stays the id of folketrygdloven § 1-9's frilanser (docs/guides/portal-integration.md).
    facts = client.get("/v1/facts", params={"date": "2024-05-01"}).json()["facts"]
    for fact in facts:
        if fact["kind"] == "choice":
            assert fact["allowed_values"] and all(item["label"].strip() for item in fact["allowed_values"]), fact["id"]
    employment = next(f for f in facts if f["id"] == "employment")
    # The two work situations of review s22 H3 (dagpenger, arbeidsavklaringspenger) come after, so the ids before stay.
    assert [item["value"] for item in employment["allowed_values"]] == [
        "unknown", "employee", "frilanser", "self_employed", "not_working", "dagpenger", "arbeidsavklaringspenger"]


def test_facts_needed_ranks_questions_by_what_they_settle(client):
    family = {"children": [{"id": "ida", "birth_date": "2015-04-10", "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}]}
    questions = client.post("/v1/facts/needed", json={"family": family, "date": "2021-05-01"}).json()["questions"]
    # ftrl §§ 6-3, 6-4: has_lasting_illness is unknown, and a "no" ends both hjelpestønad and forhøyet
    # hjelpestønad; it is the child's gate question, so it comes first (answer/interview.py, ADR 0014).
    assert questions[0]["fact"] == "has_lasting_illness"
    assert {"hjelpestonad", "forhoyet_hjelpestonad"} <= set(questions[0]["settles"])
    assert all(q["fact"] != "needs_extra_supervision_and_care" for q in questions)
    # Every question once; the kommune is asked by the interview, not listed as a missing fact.
    keys = [(q["fact"], q["person"]) for q in questions]
    assert len(keys) == len(set(keys)) and ("kommunenummer", None) not in keys


def test_facts_needed_leaves_out_what_the_family_answered_dont_know(client):
    # A number cannot be "unknown" in the family: without `unknown` a portal walking /v1/facts/needed would be
    # given a caregiver's yearly income (ftrl § 9-15) again after a "don't know", for ever.
    family = {"caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee"}],
              "children": [{"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}]}
    before = client.post("/v1/facts/needed", json={"family": family, "date": "2024-09-01"}).json()["questions"]
    assert ("yearly_income", "mor") in [(q["fact"], q["person"]) for q in before]
    unknown = [{"fact": "yearly_income", "person": "mor"}]
    after = client.post("/v1/facts/needed", json={"family": family, "date": "2024-09-01", "unknown": unknown}).json()["questions"]
    assert ("yearly_income", "mor") not in [(q["fact"], q["person"]) for q in after]
    wrong = client.post("/v1/facts/needed", json={"family": family, "unknown": [{"fact": "yearly_income", "person": "ida"}]})
    assert wrong.status_code == 422 and wrong.json()["problems"][0]["field"] == "unknown.0.person"


def test_parameter_history_with_sources_and_verification(client):
    parameter = client.get("/v1/parameters/folketrygd.hjelpestonad.ordinary_yearly_rate").json()["parameter"]
    values = {v["from"]: v for v in parameter["values"]}
    assert values["2019-01-01"]["value"] == 14748 and not values["2019-01-01"]["unverified"]
    assert values["2017-01-01"]["unverified"]  # not found: the 2016 rate carried forward
    assert values["2023-01-01"]["value"] == 15161 and not values["2023-01-01"]["unverified"]  # nav.no, from 1 January 2023
    assert parameter["metadata"]["last_value_still_valid_on"] == "2023-06-30"
    assert client.get("/v1/parameters/no.such.parameter").status_code == 404


def test_explain_gives_condition_tree_and_parameters(client):
    child = {"id": "ida", "birth_date": "2012-01-01", "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
             "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes",
             "stay_at_home_helped_by_allowance": "yes"}
    body = {"family": {"children": [child]}, "date": "2021-05-01"}
    explained = client.post("/v1/explain/forhoyet_hjelpestonad", json=body).json()
    tree = explained["explanations"][0]["condition_tree"]
    assert tree[0]["variable"] == "hjelpestonad_conditions"
    assert len(tree[0]["conditions"]) == 3
    used = {p["parameter"]: p["value"] for p in explained["parameters"]}
    assert used["folketrygd.hjelpestonad.ordinary_yearly_rate"] == 14748
    # § 6-5: while NAV has not chosen the sats, the range is sats 2–4: 2 × 1 229 = 2 458 to 6 × 1 229 = 7 374.
    assert explained["results"][0]["range"]["min"] == 2458 and explained["results"][0]["range"]["max"] == 7374
    assert client.post("/v1/explain/no_such_benefit", json=body).status_code == 404


def test_version_and_headers(client):
    response = client.get("/v1/version")
    assert set(response.json()) == {"model_version", "parameter_set_hash", "legal_data_date", "first_date", "last_date"}
    assert response.headers["x-model-version"] == response.json()["model_version"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/healthz").json() == {"status": "ok"}


def test_openapi_schema_is_valid_and_has_examples(client):
    from openapi_spec_validator import validate

    schema = client.get("/openapi.json").json()
    validate(schema)
    request_schema = schema["components"]["schemas"]["EntitlementsRequest"]
    assert request_schema["examples"]


def test_docs_page_is_served_offline(client):
    page = client.get("/docs").text
    assert "swagger" in page.lower() and "cdn.jsdelivr" not in page


def test_the_catalogue_texts_quote_the_figures_in_force_on_the_date_asked(client):
    # A catalogue text quotes a limit as a placeholder filled for a date (rules/texts.py): barnehage prioritet's
    # summary names the maximum price, 3 000 kroner from 1 January 2023 and 2 000 from 1 August 2024
    # (parameters/barnehage/foreldrebetaling/maximum_price.yaml, regjeringen.no).
    def summary(on):
        listed = client.get("/v1/benefits", params={"date": on}).json()
        assert listed["legal_date"] == on and "{p:" not in str(listed["benefits"])
        return next(b for b in listed["benefits"] if b["id"] == "barnehage_prioritet")["summary"]["nb"]

    assert "3 000 kroner" in summary("2024-05-01") and "2 000 kroner" in summary("2024-09-01")
    # Past 1 August 2024, the last day the 2 000 kroner is known to hold, the text says it is not verified.
    assert summary("2025-06-01").endswith("Tallet som er nevnt, er ikke bekreftet for 1. juni 2025; det kan ha endret seg.")
    one = client.get("/v1/benefits/barnehage_prioritet", params={"date": "2024-09-01"}).json()
    assert one["legal_date"] == "2024-09-01" and "2 000 kroner" in one["benefit"]["summary"]["nb"]
    assert client.get("/v1/benefits", params={"date": "2031-01-01"}).json()["problems"][0]["field"] == "query.date"


def test_the_catalogue_gives_the_legal_basis_and_complaint_route_of_the_date_asked(client):
    # ADR 0039: pbrl § 2-5 b (rett til koordinator) «trådte i kraft 1. august 2022» (Helsedirektoratet's rundskriv to
    # § 2-5 b); before, the kommune's duty in hol § 7-2, whose complaint route was not the right's (pbrl §§ 7-2, 7-5).
    def koordinator(on):
        return client.get("/v1/benefits/koordinator", params={"date": on}).json()["benefit"]

    before, after = koordinator("2022-07-31"), koordinator("2022-08-01")
    assert [s["url"] for s in before["legal_basis"]] == ["https://lovdata.no/lov/2011-06-24-30/§7-2"]
    assert before["complaint"]["nb"].startswith("Før 1. august 2022") and before["application"]["complaint"] == "kommune_duty_assessment"
    assert after["legal_basis"][0]["url"] == "https://lovdata.no/lov/1999-07-02-63/§2-5b"
    assert after["application"]["complaint"] == "kommune_health" and after["before_in_force"] is None
