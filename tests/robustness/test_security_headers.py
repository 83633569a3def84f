"""Security headers on every response — page, API, docs and errors (issue 9 §6)."""

import re

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from robustness_support import LIMITS

# Each response: no MIME sniffing, no framing (both the CSP and the older header),
# only this service's own resources, no referrer, no caching of answers about a family.
EXPECTED = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
CSP_DIRECTIVES = ("default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'")


def _assert_secure(response):
    for header, value in EXPECTED.items():
        assert response.headers.get(header) == value, (response.request.url, header)
    policy = response.headers["content-security-policy"]
    assert all(directive in policy for directive in CSP_DIRECTIVES), policy
    assert "unsafe-eval" not in policy
    assert response.headers["x-model-version"]


@pytest.mark.parametrize("path", ["/", "/docs", "/openapi.json", "/v1/benefits", "/v1/version", "/healthz", "/spec"])
def test_pages_and_reads(client, path):
    response = client.get(path)
    assert response.status_code == 200
    _assert_secure(response)


@pytest.mark.parametrize("path", ["/", "/static/js/main.js", "/v1/benefits", "/redoc", "/openapi.json"])
def test_no_inline_script_runs_outside_swagger_ui(client, path):
    # Review s22 L11: 'unsafe-inline' scripts were allowed on every response; the page loads its scripts as files.
    scripts = next(part for part in client.get(path).headers["content-security-policy"].split("; ") if part.startswith("script-src"))
    assert scripts == "script-src 'self'"


def test_swagger_ui_alone_may_run_its_one_inline_script(client):
    page = client.get("/docs")
    assert page.text.count("<script>") == 1
    assert "script-src 'self' 'unsafe-inline'" in page.headers["content-security-policy"]


def test_the_calculator_page_has_no_inline_script(client):
    page = client.get("/").text
    assert "<script>" not in page and not re.search(r"<[^>]*\son[a-z]+\s*=", page)  # nor onclick= and the like


def test_static_files_of_the_page(client):
    response = client.get("/static/app.css")
    assert response.status_code == 200
    _assert_secure(response)


def test_an_answer(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "date": "2024-09-01"})
    assert response.status_code == 200
    _assert_secure(response)


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), [
    ("GET", "/no/such/page", {}, 404),
    ("GET", "/static/no-such-file.css", {}, 404),
    ("GET", "/v1/benefits/no_such_benefit", {}, 404),
    ("DELETE", "/v1/entitlements", {}, 405),
    ("POST", "/v1/entitlements", {"json": {"family": {"children": [{"id": "1"}]}}}, 422),
    ("POST", "/v1/entitlements", {"content": b"{}", "headers": {"content-type": "text/plain"}}, 415),
    ("POST", "/v1/entitlements", {"content": b"\xff", "headers": {"content-type": "application/json"}}, 400),
    ("POST", "/calculate", {"content": b"x" * (LIMITS.max_body_bytes + 1)}, 413),
])
def test_errors(client, method, path, kwargs, status):
    response = client.request(method, path, **kwargs)
    assert response.status_code == status
    _assert_secure(response)


def test_too_many_requests(family):
    client = TestClient(create_app(Settings(rate_limit_per_minute=1, rate_limit_burst=1)))
    request = {"family": family, "date": "2024-09-01"}
    assert client.post("/v1/explain/hjelpestonad", json=request).status_code == 200
    response = client.post("/v1/explain/hjelpestonad", json=request)
    assert response.status_code == 429
    _assert_secure(response)
