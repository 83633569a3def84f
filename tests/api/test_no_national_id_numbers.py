"""No request takes a fødselsnummer as a person's or a reform's id, and no answer repeats one (review s22 M3).

Family data is special-category health data: the API description says "Never send national ID numbers", and
each place a client names a person or a reform is refused with a 422 naming the field, not the number.
"""

import pytest

FAMILY = {"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}],
          "children": [{"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}]}
NUMBER = "01018012345"  # made up: born 1 January 1980, personal number 12345
NB_WORDS = "ser ut som et fødselsnummer: ikke send fødselsnummer"


def _problems(response):
    return [(p["field"], p["message"]["nb"]) for p in response.json()["problems"]]


def _refused_naming(response, field):
    assert response.status_code == 422, response.text
    assert NUMBER[:6] not in response.text and "010180" not in response.text
    assert [f for f, nb in _problems(response) if NB_WORDS in nb] == [field]


@pytest.mark.parametrize(("change", "field"), [
    (lambda family: family["children"][0].update(id=f"a{NUMBER}"), "family.children.0.id"),
    (lambda family: family["caregivers"][0].update(id="fnr_010180-12345"), "family.caregivers.0.id"),
    (lambda family: family["children"][0].update(sole_caregiver=f"x{NUMBER}"), "family.children.0.sole_caregiver"),
    # Review of the s22 diff H1: the child a caregiver's pleiepenger claim is for is named by a person's id too.
    (lambda family: family["caregivers"][0].update(pleiepenger_child=f"x{NUMBER}"), "family.caregivers.0.pleiepenger_child"),
])
def test_a_person_id_that_looks_like_a_fodselsnummer_is_refused(client, change, field):
    family = {"caregivers": [dict(FAMILY["caregivers"][0])], "children": [dict(FAMILY["children"][0])]}
    change(family)
    _refused_naming(client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01"}), field)


def test_an_unknown_entry_and_a_decisions_person_are_refused_too(client):
    body = {"family": FAMILY, "date": "2024-09-01", "unknown": [{"fact": "yearly_income", "person": f"m{NUMBER}"}]}
    _refused_naming(client.post("/v1/entitlements", json=body), "unknown.0.person")
    decision = {"benefit": "hjelpestonad", "outcome": "refused", "person": NUMBER}
    _refused_naming(client.post("/v1/decisions/check", json={"family": FAMILY, "date": "2024-09-01", "decision": decision}),
                    "decision.person")


def test_a_reform_id_that_looks_like_a_fodselsnummer_is_refused(client):
    _refused_naming(client.post("/v1/compare", json={"family": FAMILY, "date": "2024-09-01", "reform": f"r{NUMBER}"}), "reform")


@pytest.mark.parametrize("situation", [
    {"persons": {NUMBER: {"birth_date": {"ETERNITY": "2013-01-20"}}}, "familier": {"f": {"children": [NUMBER]}}},
    {"persons": {"ida": {"birth_date": {"ETERNITY": "2013-01-20"}}}, "familier": {"f": {"children": ["ida", "010180-12345"]}}},
])
def test_calculate_refuses_a_member_named_by_a_fodselsnummer_without_naming_it(client, situation):
    # The field is the entity and the member's place (persons.#1, familier.#1), never the id.
    response = client.post("/calculate", json=situation)
    assert response.status_code == 422, response.text
    assert "010180" not in response.text
    assert any(NB_WORDS in nb for _, nb in _problems(response))


@pytest.mark.parametrize(("path", "error"), [
    (f"/v1/reforms/{NUMBER}", "unknown_reform"),
    ("/v1/population/runs/010180-12345", "unknown_job"),
    (f"/v1/benefits/{NUMBER}", "unknown_benefit"),
    ("/v1/parameters/folketrygd/010180-12345", "unknown_parameter"),
    (f"/static/js/{NUMBER}.js", "not_found"),
])
def test_an_unknown_id_in_the_address_that_looks_like_a_fodselsnummer_is_not_quoted(client, path, error):
    # Review of the s22 diff L10: the 404 says the id looks like a fødselsnummer in place of quoting it.
    response = client.get(path)
    assert response.status_code == 404 and response.json()["error"] == error, response.text
    assert "010180" not in response.text and NB_WORDS in response.json()["message"]["nb"]


def test_explaining_an_unknown_benefit_named_by_a_fodselsnummer_does_not_quote_it(client):
    response = client.post(f"/v1/explain/b{NUMBER}", json={"family": FAMILY, "date": "2024-09-01"})
    assert response.status_code == 404 and response.json()["error"] == "unknown_benefit", response.text
    assert "010180" not in response.text and NB_WORDS in response.json()["message"]["nb"]


@pytest.mark.parametrize("path", [f"/variable/{NUMBER}", "/parameter/010180-12345"])
def test_the_openfisca_routes_do_not_quote_an_unknown_id_that_looks_like_a_fodselsnummer(client, path):
    # `openfisca serve`'s own answer, {"error": …} in English, says why in place of the id.
    response = client.get(path)
    assert response.status_code == 404, response.text
    assert "010180" not in response.text and "looks like a national identity number" in response.json()["error"]


def test_an_unknown_id_that_is_no_fodselsnummer_is_still_quoted(client):
    # The control: a typo is named, so the client sees what it sent.
    response = client.get("/v1/benefits/pleiepenge")
    assert response.status_code == 404 and "'pleiepenge'" in response.json()["message"]["en"], response.text
