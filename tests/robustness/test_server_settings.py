"""Issue 12 §4, §5, §7 and issue 13 §6: the catch-all 500, CORS refusals, settings and how uvicorn is run."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.server import GuardedH11Protocol, uvicorn_options
from api.settings import Settings
from robustness_support import LIMITS

SECURITY_HEADERS = ("x-content-type-options", "x-frame-options", "content-security-policy", "referrer-policy", "x-model-version")


def test_an_unexpected_error_is_a_json_500_with_a_correlation_id_and_the_headers(caplog):
    app = create_app(LIMITS)

    @app.get("/v1/broken")
    def broken():
        raise RuntimeError("secret detail about mor's income")

    response = TestClient(app, raise_server_exceptions=False).get("/v1/broken")
    assert response.status_code == 500
    body = response.json()
    assert body["error"] == "internal_error" and body["correlation_id"] in body["message"]["en"]
    assert "secret" not in response.text
    assert all(header in response.headers for header in SECURITY_HEADERS)
    # The log names the id and the kind of error, never its text.
    assert body["correlation_id"] in caplog.text and "RuntimeError" in caplog.text and "secret" not in caplog.text


def test_a_refused_cors_preflight_is_the_projects_json():
    client = TestClient(create_app(Settings(cors_origins=["https://portal.example"], rate_limit_per_minute=0)))
    response = client.options("/v1/entitlements", headers={"origin": "https://evil.example", "access-control-request-method": "POST"})
    assert response.status_code == 400
    assert response.json()["error"] == "cors_refused" and "origin" in response.json()["message"]["en"].lower()
    allowed = client.options("/v1/entitlements", headers={"origin": "https://portal.example", "access-control-request-method": "POST"})
    assert allowed.status_code == 200


def test_settings_are_read_from_the_environment_at_start(monkeypatch):
    monkeypatch.setenv("ASB_MAX_FAMILIES", "7")
    monkeypatch.setenv("ASB_TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2")
    monkeypatch.setenv("ASB_CORS_ORIGINS", "https://a.example,https://b.example")
    settings = Settings()
    assert settings.max_families == 7
    assert settings.trusted_proxies == ["10.0.0.1", "10.0.0.2"]
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
    monkeypatch.setenv("ASB_MAX_FAMILIES", "0")
    with pytest.raises(ValueError, match="max_families"):
        Settings()


def test_no_proxy_is_trusted_unless_named():
    # Uvicorn's own default trusts X-Forwarded-For from loopback (127.0.0.1): `asb serve` does not.
    options = uvicorn_options(Settings())
    assert options["proxy_headers"] is False
    named = uvicorn_options(Settings(trusted_proxies=["10.0.0.1"]))
    assert named["proxy_headers"] is True and named["forwarded_allow_ips"] == "10.0.0.1"


def test_uvicorn_runs_with_the_header_timeout_keep_alive_and_concurrency_limit():
    settings = Settings(keep_alive_seconds=3, max_concurrency=7)
    options = uvicorn_options(settings)
    assert options["http"] is GuardedH11Protocol
    assert options["timeout_keep_alive"] == 3 and options["limit_concurrency"] == 7


def test_every_route_declares_its_response_model_and_takes_the_service_as_a_dependency():
    import re
    from pathlib import Path

    routes = Path(__file__).parents[2] / "api" / "routes"
    decorators = {p.name: re.findall(r"@router\.(?:get|post)\((.*?)\)\n(?:@one_at_a_time\n)?(?:async )?def", p.read_text(encoding="utf-8"), re.S)
                  for p in routes.glob("*.py")}
    without = [(name, found.split(",")[0]) for name, found_all in decorators.items() for found in found_all
               if "response_model=" not in found and "response_class=" not in found]
    assert without == [] and sum(map(len, decorators.values())) >= 26
    assert not [p.name for p in routes.glob("*.py") if "app.state" in p.read_text(encoding="utf-8")]


def test_the_readme_lists_every_setting_with_its_default():
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `ASB_([A-Z_]+)` \| ([^|]+) \|", readme, re.M))
    defaults = Settings.model_construct()  # the declared defaults, not this machine's environment
    for name in Settings.model_fields:
        assert name.upper() in rows, name
        value = getattr(defaults, name)
        written = rows[name.upper()].strip()
        assert written == ("none" if value == [] else f"{value:g}" if isinstance(value, float) else str(value)), name


def test_a_validation_past_its_time_budget_stops_with_a_503():
    client = TestClient(create_app(Settings(request_time_budget_seconds=0.001, rate_limit_per_minute=0)))
    response = client.post("/v1/reforms/validate", json={"reform": "bpa_threshold_pilot", "population_size": 0})
    assert response.status_code == 503
    body = response.json()
    assert body["error"] == "time_budget_exceeded" and "ASB_REQUEST_TIME_BUDGET_SECONDS" in body["message"]["en"]
    assert all(header in response.headers for header in SECURITY_HEADERS)


def test_the_baseline_cache_keeps_only_small_populations():
    # Issue 12 §2: 200 families on 20 dates held 1.6–2.1 GB through an unbounded cache of answers.
    from datetime import date

    from openfisca_asb.drafting import validation

    validation._default_baseline_answers.cache_clear()
    validation._baseline_answers(date(2026, 1, 1), date(2026, 1, 1), 30, validation.DEFAULT_SEED, "nb")
    assert validation._default_baseline_answers.cache_info().currsize == 0
    validation._baseline_answers(date(2026, 1, 1), date(2026, 1, 1), 2, validation.DEFAULT_SEED, "nb")
    assert validation._default_baseline_answers.cache_info().currsize == 1
    assert validation._default_baseline_answers.cache_info().maxsize == validation.BASELINE_CACHE_DATES
