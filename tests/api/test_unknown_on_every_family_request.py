"""The family's "don't know" answers go with every request that takes one family (review s20 M3).

The portal guide (docs/guides/portal-integration.md, «"Don't know" answers go with every request about the
family»): «Every request that takes one family takes the same `unknown`, checked the same way … Wherever the
answer lists missing facts, each one the family answered "don't know" is marked `answered_unknown: true`».
"""

import pytest

DATE = "2024-09-01"
MOTHER = {"id": "mor", "birth_date": "1990-05-05", "employment": "employee", "has_worked_four_weeks": "yes"}
NORA = {"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}
FAMILY = {"kommunenummer": "0301", "caregivers": [MOTHER], "children": [NORA]}
# Her yearly income is a number: a "don't know" to it cannot be held in the family, only listed.
INCOME_UNKNOWN = [{"fact": "yearly_income", "person": "mor"}]
PLEIEPENGER_REFUSED = {"benefit": "pleiepenger", "outcome": "refused", "person": "mor"}
# Every request that takes one family, with what else it needs.
FAMILY_REQUESTS = {
    "/v1/entitlements": {}, "/v1/interview": {}, "/v1/facts/needed": {}, "/v1/explain/pleiepenger": {},
    "/v1/applications": {}, "/v1/decisions/check": {"decision": PLEIEPENGER_REFUSED}, "/v1/timeline": {},
}


def _post(client, path: str, **body):
    return client.post(path, json={"family": FAMILY, "date": DATE, "language": "en", **FAMILY_REQUESTS.get(path, {}), **body})


def _answered(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def _marked(missing_facts: list) -> set:
    return {(m["fact"], m["person"]) for m in missing_facts if m["answered_unknown"]}


def test_the_answer_marks_exactly_the_missing_facts_answered_dont_know(client):
    # Pleiepenger (ftrl § 9-11) are paid from the caregiver's income: with it not known the right stays missing
    # information naming it, now marked as asked. Nothing else is marked, and no status moves: a "don't know" is no answer.
    told = _answered(_post(client, "/v1/entitlements", unknown=INCOME_UNKNOWN))
    plain = _answered(_post(client, "/v1/entitlements"))
    pleiepenger = next(r for r in told["benefits"] if r["benefit"] == "pleiepenger")
    assert pleiepenger["status"] == "missing_information"
    assert _marked(pleiepenger["missing_facts"]) == {("yearly_income", "mor")}
    for result in told["benefits"] + told["payer_view"]:
        for missing in result["missing_facts"]:
            assert missing["answered_unknown"] == ((missing["fact"], missing["person"]) == ("yearly_income", "mor")), result["benefit"]
    assert [(r["benefit"], r["person"], r["status"]) for r in told["benefits"]] == \
        [(r["benefit"], r["person"], r["status"]) for r in plain["benefits"]]


def test_the_answer_after_an_interview_is_the_interviews_own(client):
    # The guide: the interview's `answer` is «the same as POST /v1/entitlements» — with the same "don't know" answers.
    step = _answered(_post(client, "/v1/interview", unknown=INCOME_UNKNOWN))
    answer = _answered(_post(client, "/v1/entitlements", unknown=INCOME_UNKNOWN))
    assert step["answer"]["benefits"] == answer["benefits"] and step["answer"]["payer_view"] == answer["payer_view"]


def test_the_packets_do_not_offer_a_dont_know_as_a_question_not_yet_asked(client):
    # The pleiepenger packet (NAV) still names the income, which it needs, marked as asked; the packet's own list too.
    packets = _answered(_post(client, "/v1/applications", unknown=INCOME_UNKNOWN))
    pleiepenger = next(r for p in packets["packets"] for r in p["rights"] if r["benefit"] == "pleiepenger")
    assert _marked(pleiepenger["missing_facts"]) == {("yearly_income", "mor")}
    nav = next(p for p in packets["packets"] if p["agency"] == "nav")
    assert ("yearly_income", "mor") in _marked(nav["missing_facts"])
    assert all(not m["answered_unknown"] for p in packets["packets"] for m in p["missing_facts"] if m["fact"] != "yearly_income")


def test_the_explanation_and_the_decision_check_mark_it_where_they_list_missing_facts(client):
    explained = _answered(_post(client, "/v1/explain/pleiepenger", unknown=INCOME_UNKNOWN))
    assert [_marked(r["missing_facts"]) for r in explained["results"]] == [{("yearly_income", "mor")}]
    check = _answered(_post(client, "/v1/decisions/check", unknown=INCOME_UNKNOWN))
    assert _marked(check["missing_facts"]) == {("yearly_income", "mor")}
    assert all(not m["answered_unknown"] for m in check["missing_facts"] if m["fact"] != "yearly_income")


def test_the_timeline_takes_it_and_changes_nothing(client):
    # The guide: «The timeline lists no questions: there `unknown` is only checked.»
    assert _answered(_post(client, "/v1/timeline", unknown=INCOME_UNKNOWN)) == _answered(_post(client, "/v1/timeline"))


@pytest.mark.parametrize("path", FAMILY_REQUESTS)
def test_each_refuses_a_dont_know_as_the_interview_does_naming_the_entry(client, path):
    # The guide: a person not in the family, a fact the family also gives, a fact not in GET /v1/facts: a 422
    # naming the entry's field, as the interview refuses it (tests/api/test_interview_endpoint.py has its words).
    cases = [({"fact": "yearly_income", "person": "ghost"}, "unknown.0.person",
              "yearly_income is asked of a caregiver; 'ghost' is not a person in the family"),
             ({"fact": "has_lasting_illness", "person": "nora"}, "unknown.0.fact",
              "has_lasting_illness is given in the family too; leave it out of one of them"),
             ({"fact": "no_such_fact", "person": "nora"}, "unknown.0.fact", "'no_such_fact' is not a fact of GET /v1/facts")]
    for entry, field, english in cases:
        response = _post(client, path, unknown=[entry])
        assert response.status_code == 422, (path, entry, response.text)
        assert [(p["field"], p["message"]["en"]) for p in response.json()["problems"]] == [(field, english)], path


def test_a_batch_refuses_it_as_a_field_not_allowed(client):
    # The guide: «/v1/entitlements/batch does not take `unknown`: it names persons of one family».
    response = client.post("/v1/entitlements/batch", json={"families": [FAMILY], "date": DATE, "unknown": INCOME_UNKNOWN})
    assert response.status_code == 422
    assert {"field": "unknown", "message": {"nb": "'unknown' er ikke et felt i denne forespørselen",
                                            "en": "'unknown' is not a field of this request"}} \
        in response.json()["problems"]


COMPARE = {"date": DATE, "reform": "raise_hjelpestonad", "language": "en"}


def test_a_comparison_of_one_family_takes_it_and_no_row_moves(client):
    # ADR 0038 addendum: `unknown` goes with /v1/compare's one `family`, checked as everywhere; a "don't know" is no
    # answer and a comparison lists no missing facts, so the comparison is the one without it.
    with_it = client.post("/v1/compare", json={**COMPARE, "family": FAMILY, "unknown": INCOME_UNKNOWN})
    without = client.post("/v1/compare", json={**COMPARE, "family": FAMILY})
    assert _answered(with_it) == _answered(without)


def test_a_comparison_of_one_family_checks_it_as_every_family_request_does(client):
    # Mor holds yearly_income, 'ghost' is nobody in the family: the entry's person is named, in the words above.
    response = client.post("/v1/compare", json={**COMPARE, "family": FAMILY,
                                                "unknown": [{"fact": "yearly_income", "person": "ghost"}]})
    assert response.status_code == 422, response.text
    assert [(p["field"], p["message"]["en"]) for p in response.json()["problems"]] == \
        [("unknown.0.person", "yearly_income is asked of a caregiver; 'ghost' is not a person in the family")]


def test_a_comparison_of_several_families_refuses_it_naming_why(client):
    # A {fact, person} names a person of one family; `families` holds several (ADR 0038 addendum).
    response = client.post("/v1/compare", json={**COMPARE, "families": [FAMILY], "unknown": INCOME_UNKNOWN})
    assert response.status_code == 422
    assert {"field": "unknown", "message": {
        "nb": "oppgi `unknown` bare sammen med `family`: et «vet ikke»-svar nevner en person i én familie, og "
              "`families` har flere",
        "en": "give `unknown` only with `family`: a \"don't know\" names a person of one family, and `families` "
              "holds several"}} in response.json()["problems"]
