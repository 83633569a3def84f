"""/calculate, /trace, /spec, /variables, /parameters: the same JSON as `openfisca serve`."""

import pytest
from openfisca_web_api.app import create_app as create_openfisca_app

from openfisca_asb.system import baseline_system

SITUATION = {
    "persons": {
        "mor": {"birth_date": {"ETERNITY": "1985-02-01"}},
        "ida": {
            "birth_date": {"ETERNITY": "2015-04-10"},
            "has_lasting_illness": {"ETERNITY": "yes"},
            "has_private_care_arrangement": {"ETERNITY": "yes"},
            "needs_extra_supervision_and_care": {"ETERNITY": "yes"},
            "hjelpestonad_status": {"2021-05": None},
            "hjelpestonad_amount": {"2021-05": None},
        },
    },
    "familier": {"familie": {"caregivers": ["mor"], "children": ["ida"]}},
}


@pytest.fixture(scope="module")
def openfisca_client():
    app = create_openfisca_app(baseline_system())
    return app.test_client()


@pytest.mark.parametrize("path", ["/calculate", "/trace"])
def test_same_answer_as_openfisca_serve(client, openfisca_client, path):
    ours = client.post(path, json=SITUATION)
    theirs = openfisca_client.post(path, json=SITUATION)
    assert ours.status_code == theirs.status_code == 200
    if path == "/calculate":
        assert ours.json() == theirs.get_json()
        # ftrl § 6-4 in 2021: 14 748 / 12 = 1 229.
        assert ours.json()["persons"]["ida"]["hjelpestonad_amount"]["2021-05"] == 1229
    else:
        assert set(ours.json()["requestedCalculations"]) == set(theirs.get_json()["requestedCalculations"])
        assert ours.json()["trace"].keys() == theirs.get_json()["trace"].keys()


@pytest.mark.parametrize("path", ["/variables", "/parameters", "/entities", "/variable/hjelpestonad_amount", "/parameter/folketrygd.grunnbelop"])
def test_reading_endpoints_match_openfisca_serve(client, openfisca_client, path):
    ours = client.get(path).json()
    theirs = openfisca_client.get(path).get_json()
    assert ours.keys() == theirs.keys()


def test_spec_is_openfisca_spec(client):
    assert "paths" in client.get("/spec").json()


def test_period_that_does_not_fit_is_400(client):
    situation = {"persons": {"ida": {"hjelpestonad_status": {"2021": None}}}}
    response = client.post("/calculate", json=situation)
    assert response.status_code == 400
    assert "whole month" in response.json()["error"]


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"persons": {"ida": {"has_lasting_illness": {"ETERNITY": "maybe"}}}}'])
def test_bad_situations_are_400(client, body):
    response = client.post("/calculate", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()  # OpenFisca's own error shape: a message, or the path of the bad value


def test_unknown_variable_is_404_as_in_openfisca_serve(client, openfisca_client):
    situation = {"persons": {"ida": {"no_such_variable": {"2021-05": None}}}}
    assert client.post("/calculate", json=situation).status_code == 404
    assert openfisca_client.post("/calculate", json=situation).status_code == 404
