"""An error message quotes what a client sent at most MAX_ECHO (80) characters long, then «…» (review s22 L6: a reform
name of 200 000 characters gave a 422 of 400 560 bytes, the name twice; a run id of 5000 characters a 10 KB 404)."""

import json

import pytest

from openfisca_asb.facts.messages import MAX_ECHO, echoed

FAMILY = {"children": [{"id": "ida", "birth_date": "2015-04-10"}]}


def test_a_value_up_to_the_limit_is_quoted_whole_and_a_longer_one_is_cut():
    assert MAX_ECHO == 80
    assert echoed("x" * 80) == "x" * 80
    assert echoed("x" * 81) == "x" * 80 + "…"
    assert echoed(12345) == "12345"


def _messages(response, status: int) -> str:
    assert response.status_code == status, response.text[:300]
    body = response.json()
    return json.dumps([body["message"], [p["message"] for p in body.get("problems") or []]], ensure_ascii=False)


def _quoted_cut(said: str, letter: str) -> None:
    # Both languages quote the first 80 characters and «…», never 81 of them.
    assert said.count(f"'{letter * MAX_ECHO}…'") >= 2, said[:400]
    assert letter * (MAX_ECHO + 1) not in said


def test_a_long_unknown_reform_is_quoted_cut(client):
    # 60 000 characters: within this client's 64 KiB body limit (tests/api/conftest.py), as 200 000 are within 256 KiB.
    response = client.post("/v1/entitlements", json={"family": FAMILY, "date": "2024-09-01", "reform": "x" * 60_000})
    _quoted_cut(_messages(response, 422), "x")
    assert len(response.content) < 2_000


@pytest.mark.parametrize("method, path, status", [
    ("get", "/v1/population/runs/" + "y" * 5000, 404),
    ("post", "/v1/explain/" + "y" * 3000, 404),
    ("get", "/v1/benefits/" + "y" * 3000, 404),
    ("get", "/v1/reforms/" + "y" * 3000, 404),
    ("get", "/v1/parameters/" + "y" * 3000, 404),
])
def test_an_unknown_id_in_the_path_is_quoted_cut(client, method, path, status):
    response = client.request(method, path, json={"family": FAMILY, "date": "2024-09-01"} if method == "post" else None)
    _quoted_cut(_messages(response, status), "y")


def test_an_unknown_field_a_key_given_twice_and_an_unknown_query_parameter_are_quoted_cut(client):
    name = "w" * 5000
    _quoted_cut(_messages(client.post("/v1/entitlements", json={"family": FAMILY, name: 1}), 422), "w")
    twice = b'{"family": {"children": [{"id": "ida", "birth_date": "2015-04-10"}]}, "%s": 1, "%s": 2}' % (
        name.encode(), name.encode())
    _quoted_cut(_messages(client.post("/v1/entitlements", content=twice, headers={"content-type": "application/json"}), 422), "w")
    _quoted_cut(_messages(client.get(f"/v1/facts?{name}=1"), 422), "w")


def test_a_tag_pydantic_quotes_from_the_request_is_cut_too():
    from openfisca_asb.facts.messages import in_bokmal, in_english

    error = {"type": "union_tag_invalid", "msg": "", "ctx": {"tag": "t" * 500, "discriminator": "kind", "expected_tags": "'a'"}}
    assert in_english(error) == f"The value '{'t' * 80}…' in 'kind' is not allowed; allowed are 'a'."
    assert in_bokmal(error) == f"Verdien '{'t' * 80}…' i 'kind' er ikke tillatt; tillatt er 'a'."
