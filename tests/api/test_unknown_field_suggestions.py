"""An unknown field is matched against the request of the endpoint called, and a family's key against the fact
vocabulary (review s21 diff M4; api/unknown_fields.py).

The suggestion is difflib's closest name at its default cutoff (a ratio of 0.6, 2 × matching letters / both lengths):
"yers" and "years" share 4 letters, 8/9 ≈ 0.89; "populaton_size" is not near any field of /v1/entitlements.
Before, every request model in api.models was pooled: /v1/entitlements suggested `population_size` (a field of
/v1/reforms/validate), and the models in api/routes/*.py were never looked at.
"""

import pytest

MOR = {"id": "mor", "birth_date": "1985-02-01"}
IDA = {"id": "ida", "birth_date": "2015-04-10"}
FAMILY = {"caregivers": [MOR], "children": [IDA]}


def _messages(response) -> list[tuple[str, str, str]]:
    assert response.status_code == 422, response.text
    return [(p["field"], p["message"]["en"], p["message"]["nb"]) for p in response.json()["problems"]]


@pytest.mark.parametrize(("path", "body", "field", "meant"), [
    # api/models.py's EntitlementsRequest: language.
    ("/v1/entitlements", {"family": FAMILY, "langage": "en"}, "langage", "language"),
    # api/routes/timeline.py's TimelineRequest: years.
    ("/v1/timeline", {"family": FAMILY, "yers": 3}, "yers", "years"),
    # api/routes/applications.py's ApplicationsRequest: benefits.
    ("/v1/applications", {"family": FAMILY, "benefit": ["hjelpestonad"]}, "benefit", "benefits"),
    # api/routes/decisions.py's DecisionCheckRequest, and its decision's own fields.
    ("/v1/decisions/check", {"family": FAMILY, "decison": {}}, "decison", "decision"),
    ("/v1/decisions/check", {"family": FAMILY, "decision": {"benefit": "hjelpestonad", "outcme": "refused"}},
     "decision.outcme", "outcome"),
    # api/models.py's PopulationRunRequest: families.
    ("/v1/population/runs", {"familes": 5}, "familes", "families"),
])
def test_a_misspelt_field_is_matched_against_the_endpoints_own_request(client, path, body, field, meant):
    found = [problem for problem in _messages(client.post(path, json=body)) if problem[0] == field]
    assert found == [(field, f"unknown field '{field.split('.')[-1]}'; did you mean '{meant}'?",
                      f"ukjent felt '{field.split('.')[-1]}'; mente du '{meant}'?")]


def test_a_field_of_another_endpoint_is_not_suggested(client):
    # population_size is /v1/reforms/validate's; /v1/entitlements has no field near "populaton_size".
    assert _messages(client.post("/v1/entitlements", json={"family": FAMILY, "populaton_size": 3})) == [
        ("populaton_size", "'populaton_size' is not a field of this request",
         "'populaton_size' er ikke et felt i denne forespørselen")]


def test_a_key_below_the_top_with_nothing_near_it_is_not_allowed_there(client):
    # A decision has benefit, outcome, person, amount, reason_given (api/routes/decisions.py): nothing near "xyz".
    body = {"family": FAMILY, "decision": {"benefit": "hjelpestonad", "outcome": "refused", "xyz": 1}}
    assert _messages(client.post("/v1/decisions/check", json=body)) == [
        ("decision.xyz", "unknown field 'xyz': it is not allowed here", "ukjent felt 'xyz': det er ikke tillatt her")]


def test_a_misspelt_fact_suggests_the_fact(client):
    # has_lasting_illness is a child's fact (variables/.../questions.yaml); one letter is missing.
    family = {"caregivers": [MOR], "children": [{**IDA, "has_lasting_ilness": "yes"}]}
    assert _messages(client.post("/v1/entitlements", json={"family": family})) == [
        ("family.children.0.has_lasting_ilness", "unknown field 'has_lasting_ilness'; did you mean 'has_lasting_illness'?",
         "ukjent felt 'has_lasting_ilness'; mente du 'has_lasting_illness'?")]


def test_a_fact_given_to_the_wrong_person_says_where_it_belongs(client):
    # employment is asked of a caregiver, kommunenummer of the family (the vocabulary's holders).
    family = {"caregivers": [MOR], "children": [{**IDA, "employment": "employee", "kommunenummer": "0301"}]}
    assert _messages(client.post("/v1/timeline", json={"family": family})) == [
        ("family.children.0.employment", "'employment' is a fact about a caregiver: give it under `caregivers`",
         "'employment' er et faktum om en omsorgsperson: oppgi det under `caregivers`"),
        ("family.children.0.kommunenummer",
         "'kommunenummer' is a fact about the whole family: give it in `family`, beside `caregivers` and `children`",
         "'kommunenummer' er et faktum om hele familien: oppgi det i `family`, ved siden av `caregivers` og `children`"),
    ]


def test_a_misspelt_fact_of_another_person_is_suggested_with_where_it_belongs(client):
    # "has_lasting_ilness" on the caregiver: the closest fact is the child's has_lasting_illness.
    family = {"caregivers": [{**MOR, "has_lasting_ilness": "yes"}], "children": [IDA]}
    assert _messages(client.post("/v1/entitlements/batch", json={"families": [family]})) == [
        ("families.0.caregivers.0.has_lasting_ilness",
         "unknown field 'has_lasting_ilness'; did you mean 'has_lasting_illness'? It is a fact about a child: give it "
         "under `children`",
         "ukjent felt 'has_lasting_ilness'; mente du 'has_lasting_illness'? Det er et faktum om et barn: oppgi det "
         "under `children`")]
