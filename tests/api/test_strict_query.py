"""A query string is read as strictly as a body (review s22 L5): a parameter given twice or one the route does not
take is a 422 naming it in bokmål and English, as a key given twice or an unknown field in a body is; never the last
value silently taken, never an unknown one ignored, never a 500."""

import re
from pathlib import Path

import pytest

API_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "js" / "api.js"
INVALID = {"nb": "Forespørselen er ugyldig. Se hvert felt under problems.",
           "en": "The request is not valid. See each field under problems."}


def _routes_with_query(client) -> dict[str, tuple[str, ...]]:
    """Each GET route that takes query parameters (GET /openapi.json), its path's id filled with a known one, and the
    names it takes."""
    taken = {path.replace("{benefit_id}", "grunnstonad"): tuple(p["name"] for p in operations["get"].get("parameters", [])
                                                               if p["in"] == "query")
             for path, operations in client.get("/openapi.json").json()["paths"].items() if "get" in operations}
    return {path: names for path, names in taken.items() if names}


def _problems(response) -> list[dict]:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid_request" and body["message"] == INVALID
    return body["problems"]


def test_the_routes_with_query_parameters_are_the_catalogue_and_the_facts(client):
    # GET /openapi.json: only these three take a query parameter, each `date`; a new one is checked by the tests below.
    assert _routes_with_query(client) == {"/v1/benefits": ("date",), "/v1/benefits/grunnstonad": ("date",),
                                          "/v1/facts": ("date",)}


@pytest.mark.parametrize("path", ["/v1/benefits", "/v1/benefits/grunnstonad", "/v1/facts"])
def test_a_parameter_given_twice_is_refused_not_the_last_one_taken(client, path):
    # Before: /v1/benefits?date=2024-09-01&date=2025-01-01 answered for 2025-01-01.
    assert _problems(client.get(f"{path}?date=2024-09-01&date=2025-01-01")) == [{"field": "query.date", "message": {
        "nb": "spørreparameteren 'date' er gitt mer enn én gang; oppgi den én gang",
        "en": "the query parameter 'date' is given more than once; give it once"}}]


@pytest.mark.parametrize("path", ["/v1/benefits", "/v1/benefits/grunnstonad", "/v1/facts"])
def test_an_unknown_parameter_is_refused_naming_what_the_route_takes(client, path):
    [found] = _problems(client.get(f"{path}?foo=1"))
    assert found == {"field": "query.foo", "allowed": ["date"], "message": {
        "nb": "ukjent spørreparameter 'foo': denne adressen tar bare date",
        "en": "unknown query parameter 'foo': this address takes only date"}}


@pytest.mark.parametrize("written", ["dato", "Date", "datee"])
def test_an_unknown_parameter_names_the_one_likely_meant_as_an_unknown_field_does(client, written):
    # The words of an unknown body field («mente du», api/unknown_fields.py did_you_mean); `dato` is the page's own
    # address's word for the date, easily sent to the API by mistake.
    [found] = _problems(client.get(f"/v1/facts?{written}=2024-09-01"))
    assert found["field"] == f"query.{written}"
    assert found["message"] == {"nb": f"ukjent spørreparameter '{written}'; mente du 'date'?",
                                "en": f"unknown query parameter '{written}'; did you mean 'date'?"}


def test_every_mistake_of_a_query_is_named_once(client):
    problems = _problems(client.get("/v1/benefits?date=2024-09-01&x=1&date=2024-10-01&x=2&date=2024-11-01"))
    assert [p["field"] for p in problems] == ["query.x", "query.date"]


def test_a_query_mistake_is_never_a_500_whatever_the_name(client):
    for query in ("=1", "%00=1", "a" * 2000 + "=1", "date=&date=", "%ff=1", "&&"):
        response = client.get(f"/v1/benefits?{query}")
        assert response.status_code in (200, 422), (query, response.text)
        assert response.status_code == 422 or query == "&&", query  # `&&` names no parameter at all


def test_the_pages_own_address_is_not_checked(client):
    # The page's own address carries `lang` and `dato` for the page to read (api/static/js/main.js readAddress).
    assert client.get("/?lang=en&dato=2024-09-01").status_code == 200


NO_PARAMETERS = {"nb": "ukjent spørreparameter '{name}': denne adressen tar ingen spørreparametere",
                 "en": "unknown query parameter '{name}': this address takes no query parameters"}


@pytest.mark.parametrize("method, path, name", [
    ("post", "/v1/interview", "lang"),  # before: answered in bokmål, the portal believing it had asked for English
    ("post", "/v1/entitlements", "lang"),
    ("get", "/v1/kommuner", "q"),  # before: the whole list, as if filtered
    ("get", "/v1/version", "x"),
    ("get", "/v1/dates", "lang"),
    ("get", "/v1/examples", "x"),
])
def test_a_route_that_takes_no_query_parameter_refuses_any(client, method, path, name):
    # Review s22 page L1: such a parameter was ignored. The body is never read before the query is refused.
    response = getattr(client, method)(f"{path}?{name}=1", **({"json": {}} if method == "post" else {}))
    [found] = _problems(response)
    assert found == {"field": f"query.{name}", "allowed": [],
                     "message": {language: text.format(name=name) for language, text in NO_PARAMETERS.items()}}


def test_the_page_sends_only_the_parameters_its_routes_take(client):
    # api.js is the page's only caller of the network (tests/page/test_page_route.py); a cache buster or any other
    # parameter it added would now be refused.
    takes = _routes_with_query(client)
    sent = re.findall(r"[`'\"](/[^`'\"?]*)\?([^`'\"]*)[`'\"]", API_JS.read_text(encoding="utf-8"))
    assert sent, "api.js sends no query string: this test checks nothing"
    for path, query in sent:
        names = [pair.split("=")[0] for pair in query.split("&")]
        assert path in takes and set(names) <= set(takes[path]) and len(names) == len(set(names)), (path, names)


def test_every_422_the_description_promises_is_the_services_error_body(client):
    # Review s22 page L2: the GET routes with an id in the path described their 422 as FastAPI's default
    # (HTTPValidationError), while the 422 they answer, an unknown query parameter included, is `ErrorBody`.
    described = {(method, path): operation["responses"]["422"]
                 for path, operations in client.get("/openapi.json").json()["paths"].items()
                 for method, operation in operations.items() if "422" in operation["responses"]}
    schemas = {key: str(response.get("content", {})) for key, response in described.items()}
    assert ("get", "/v1/reforms/{reform_id}") in schemas and ("get", "/variable/{variable_id}") in schemas
    assert {key for key, schema in schemas.items() if "#/components/schemas/ErrorBody" not in schema} == set()
