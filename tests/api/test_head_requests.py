"""HEAD on a GET endpoint is answered as GET without the body (RFC 9110 § 9.3.2: «The HEAD method is identical to GET
except that the server MUST NOT send content in the response»; review s20 caseworker L4: it was 405)."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


@pytest.mark.parametrize("path", ["/healthz", "/v1/dates", "/v1/version"])
def test_head_gets_the_headers_of_get_and_no_body(client, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["x-model-version"] == get.headers["x-model-version"]
    assert head.headers["content-type"] == get.headers["content-type"]


def test_head_on_a_post_endpoint_is_refused_as_get_is(client):
    assert client.head("/v1/entitlements").status_code == client.get("/v1/entitlements").status_code == 405
