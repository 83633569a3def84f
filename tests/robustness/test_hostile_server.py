"""Issue 12: each request that crashed, exhausted or misled the server, replayed against the real one.

The server runs as `asb serve` runs it (api/server.py, default limits unless named). Every
refusal is checked for its status, the project's JSON error body naming the field or the
limit (and the setting that changes it), and the security headers; at the end the
process has grown by less than 100 MB and still answers.
"""

import json
import random
import socket
import time

import httpx
import pytest

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from robustness_support import live_server

MAX_RSS_GROWTH = 100 * 1024 * 1024
SECURITY_HEADERS = ("x-content-type-options", "x-frame-options", "content-security-policy", "referrer-policy", "x-model-version")
SLOW_SECONDS = 2  # ASB_HEADER_TIMEOUT_SECONDS and ASB_BODY_TIMEOUT_SECONDS of the server under test
SERVER_ENV = {"ASB_RATE_LIMIT_PER_MINUTE": "0", "ASB_HEADER_TIMEOUT_SECONDS": str(SLOW_SECONDS),
              "ASB_BODY_TIMEOUT_SECONDS": str(SLOW_SECONDS)}
FAMILY = {"caregivers": [{"id": "mor", "birth_date": "1985-02-01", "yearly_income": 540000}],
          "children": [{"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}]}
SITUATION = {"persons": {"ida": {"birth_date": {"ETERNITY": "2015-04-10"}, "hjelpestonad_status": {"2024-09": None}},
                         "mor": {"yearly_income": {"2024": 540000}}},
             "familier": {"f": {"caregivers": ["mor"], "children": ["ida"]}}}


def _inline_reform(dates: int, paths: int = 1, misspelt: str = "folketrygd.hjelpestonad.ordinary_yearly_rat{}") -> dict:
    """A reform with `dates` dated values for hjelpestønad's rate, and `paths` − 1 misspelt paths besides."""
    parameters = {misspelt.format(i) if i else "folketrygd.hjelpestonad.ordinary_yearly_rate":
                  {f"{2018 + d % 10}-{1 + d // 10:02d}-01": 20000 for d in range(dates)} for i in range(paths)}
    return {"id": "idea", "title": {"nb": "x", "en": "x"}, "summary": {"nb": "x", "en": "x"}, "author": "a",
            "status": "proposal", "legal_basis": [{"title": "ftrl § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
            "parameters": parameters}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("hostile"), env=SERVER_ENV) as running:
        with httpx.Client(base_url=running.url, timeout=120) as client:
            # Warm-up: every kind of work once, so that growth after it is what the hostile requests left.
            assert client.post("/v1/entitlements", json={"family": FAMILY, "date": "2024-09-01"}).status_code == 200
            assert client.post("/calculate", json=SITUATION).status_code == 200
            assert client.post("/v1/reforms/validate", json={"reform": "raise_hjelpestonad", "population_size": 10}).status_code == 200
            running.baseline_rss = running.rss_bytes()
            running.client = client
            yield running


def _refused(response, status: int, *named: str) -> dict:
    assert response.status_code == status, response.text[:2000]
    body = response.json()
    assert body["error"] and body["message"]["nb"] and body["message"]["en"] and body["model_version"], body
    for header in SECURITY_HEADERS:
        assert header in response.headers, header
    text = json.dumps(body, ensure_ascii=False)
    for name in named:
        assert name in text, (name, text[:2000])
    return body


def _post(server, path: str, body, content_type: str = "application/json"):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return server.client.post(path, content=content, headers={"content-type": content_type})


# --- §1 cost limits, JSON only -----------------------------------------------------------------

def test_axes_of_millions_of_cells_are_413_naming_the_limit(server):
    situation = {**SITUATION, "axes": [[{"name": "yearly_income", "count": 3_000_000, "min": 0, "max": 1_000_000, "period": "2024"}]]}
    for path in ("/calculate", "/trace"):
        _refused(_post(server, path, situation), 413, "ASB_MAX_AXIS_CELLS", "axes")


def test_too_many_persons_are_413_naming_the_limit(server):
    persons = {f"p{number}": {} for number in range(101)}
    _refused(_post(server, "/calculate", {"persons": persons}), 413, "ASB_MAX_SITUATION_PERSONS", "persons")


@pytest.mark.parametrize("path", ["/calculate", "/trace", "/v1/entitlements", "/v1/compare", "/v1/population/runs"])
def test_a_post_not_declared_json_is_415(server, path):
    _refused(_post(server, path, SITUATION, "text/plain"), 415, "application/json")


# --- §2 no request holds gigabytes ------------------------------------------------------------

def test_a_validation_of_many_dates_and_families_is_refused_before_it_starts(server):
    body = {"reform_definition": _inline_reform(dates=20), "population_size": 200}
    _refused(_post(server, "/v1/reforms/validate", body), 422, "population_size", "ASB_MAX_VALIDATION_WORK")


# --- §3 unknown parameter paths are cheap ----------------------------------------------------

def test_thousands_of_misspelt_paths_are_refused_naming_the_limit(server):
    body = {"reform_definition": _inline_reform(dates=1, paths=3965, misspelt="x{}"), "families": [FAMILY], "date": "2026-03-01"}
    _refused(_post(server, "/v1/compare", body), 422, "reform_definition.parameters", "ASB_MAX_REFORM_PARAMETERS")


def test_misspelt_paths_within_the_limit_are_each_named(server):
    body = {"reform_definition": _inline_reform(dates=1, paths=50), "families": [FAMILY], "date": "2026-03-01"}
    found = _refused(_post(server, "/v1/compare", body), 422, "did you mean folketrygd.hjelpestonad.ordinary_yearly_rate")
    assert len(found["problems"]) == 49


# --- §4 never a 500 ---------------------------------------------------------------------------

@pytest.mark.parametrize("levels", [500, 900])
@pytest.mark.parametrize("path", ["/calculate", "/trace"])
def test_deeply_nested_arrays_are_422_naming_the_depth(server, path, levels):
    body = b'{"persons": {"ida": {"x": ' + b"[" * levels + b"]" * levels + b"}}}"
    _refused(_post(server, path, body), 422, "ASB_MAX_JSON_DEPTH")


def test_a_nul_byte_in_a_static_path_is_404(server):
    _refused(server.client.get("/static/%00"), 404, "not_found")


# --- §6 finite numbers, strict types ----------------------------------------------------------

@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_a_reform_value_that_is_not_finite_is_422_naming_it(server, literal):
    reform = json.dumps(_inline_reform(dates=1)).encode().replace(b"20000", literal)
    field = "reform_definition.parameters.folketrygd.hjelpestonad.ordinary_yearly_rate.2018-01-01"
    _refused(_post(server, "/v1/compare", b'{"families": [%s], "date": "2026-03-01", "reform_definition": %s}'
                   % (json.dumps(FAMILY).encode(), reform)), 422, field)
    _refused(_post(server, "/v1/reforms/validate", b'{"population_size": 0, "reform_definition": %s}' % reform), 422, field)


@pytest.mark.parametrize(("value", "named"), [
    (b"NaN", "persons.mor.yearly_income.2024"), (b"Infinity", "persons.mor.yearly_income.2024"),
    (b"-5", "persons.mor.yearly_income.2024"), (b"true", "persons.mor.yearly_income.2024"),
    (b'"540000"', "persons.mor.yearly_income.2024"),
])
def test_calculate_refuses_numbers_that_are_not_finite_non_negative_numbers(server, value, named):
    body = json.dumps(SITUATION).encode().replace(b"540000", value)
    _refused(_post(server, "/calculate", body), 422, named)


@pytest.mark.parametrize(("change", "named"), [
    ({"yearly_income": True}, "family.caregivers.0.yearly_income"),
    ({"yearly_income": "540000"}, "family.caregivers.0.yearly_income"),
    ({"birth_date": 0}, "family.caregivers.0.birth_date"),
    ({"birth_date": 1_000_000_000}, "family.caregivers.0.birth_date"),
    ({"birth_date": "1985-02-01T00:00:00"}, "family.caregivers.0.birth_date"),
])
def test_entitlements_refuse_loose_types(server, change, named):
    family = {**FAMILY, "caregivers": [{**FAMILY["caregivers"][0], **change}]}
    _refused(_post(server, "/v1/entitlements", {"family": family, "date": "2024-09-01"}), 422, named)


def test_false_is_not_a_seed(server):
    _refused(_post(server, "/v1/population/runs", {"families": 10, "seed": False}), 422, "seed")
    _refused(_post(server, "/v1/reforms/validate", {"reform": "raise_hjelpestonad", "seed": False}), 422, "seed")


def test_a_key_given_twice_is_named(server):
    body = b'{"family": {"caregivers": [{"id": "mor", "birth_date": "1985-02-01", "yearly_income": 1, "yearly_income": 2}]}}'
    _refused(_post(server, "/v1/entitlements", body), 422, "family.caregivers.0.yearly_income")
    _refused(_post(server, "/calculate", b'{"persons": {"ida": {}, "ida": {}}}'), 422, "persons.ida")


@pytest.mark.parametrize("period", ["2017-09", "2016", "2031-01", "1990-01"])
def test_calculate_refuses_periods_outside_the_model_naming_the_range(server, period):
    situation = {"persons": {"ida": {"hjelpestonad_status": {period: None}}}}
    _refused(_post(server, "/calculate", situation), 422, f"persons.ida.hjelpestonad_status.{period}",
             FIRST_DATE.isoformat(), LAST_DATE.isoformat())


def test_calculate_echoes_no_exception_text(server):
    situation = {"persons": {"../../etc/passwd": {"hjelpestonad_status": {"2024-09": None}}}, "familier": {"f": {"children": ["x"]}}}
    response = _post(server, "/calculate", situation)
    assert 400 <= response.status_code < 500
    assert "unpack" not in response.text and "Traceback" not in response.text


# --- §7 slow clients --------------------------------------------------------------------------

def _seconds_until_closed(url: str, first: bytes, drip: bytes, limit: float = 30) -> tuple[float, bytes]:
    """Send `first`, then `drip` once a second until the server answers, then read until it closes the connection;
    the time it took and all the server sent. No drip is sent once the answer has begun: a byte the server no longer
    reads makes its close a reset, which can drop the rest of the answer (it did once, after the headers)."""
    host, port = httpx.URL(url).host, httpx.URL(url).port
    started = time.monotonic()
    answer = b""
    with socket.create_connection((host, port)) as connection:
        connection.sendall(first)
        connection.settimeout(1)
        while time.monotonic() - started < limit:
            try:
                if not answer:
                    connection.sendall(drip)
                chunk = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            answer += chunk
    return time.monotonic() - started, answer


def test_a_client_sending_its_headers_byte_by_byte_is_dropped(server):
    elapsed, answer = _seconds_until_closed(server.url, b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"X")
    assert elapsed < 30  # without the header timeout the connection stays open for ever
    assert b" 408 " in answer and b"request_timeout" in answer


def test_a_client_sending_its_body_byte_by_byte_is_dropped(server):
    head = b"POST /v1/entitlements HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
    elapsed, answer = _seconds_until_closed(server.url, head, b" ")
    assert elapsed < 30
    assert b" 408 " in answer and b"ASB_BODY_TIMEOUT_SECONDS" in answer


def test_a_request_that_is_not_http_is_400_in_the_projects_shape(server):
    _, answer = _seconds_until_closed(server.url, b"NOT HTTP AT ALL\x00\r\n\r\n", b"", limit=10)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert json.loads(body)["error"] == "invalid_http_request"


# --- afterwards -------------------------------------------------------------------------------

def test_the_server_is_healthy_and_has_not_grown(server):
    assert server.client.get("/healthz").json() == {"status": "ok"}
    assert server.client.post("/v1/entitlements", json={"family": FAMILY, "date": "2024-09-01"}).status_code == 200
    assert server.rss_bytes() - server.baseline_rss < MAX_RSS_GROWTH


# --- §1 and §5: rate limits, and proxies trusted by none -------------------------------------

@pytest.fixture
def limited(tmp_path):
    """A server of its own for each test: one token a minute, three at once, for every client address."""
    env = {"ASB_RATE_LIMIT_PER_MINUTE": "1", "ASB_RATE_LIMIT_BURST": "3"}
    with live_server(tmp_path, env=env) as running:
        with httpx.Client(base_url=running.url, timeout=120) as client:
            running.client = client
            yield running


def test_the_rate_limit_covers_calculate_trace_and_batches(limited):
    requests = [("/calculate", SITUATION), ("/trace", SITUATION), ("/v1/entitlements/batch", {"families": [FAMILY], "date": "2024-09-01"})]
    assert [_post(limited, path, body).status_code for path, body in requests] == [200, 200, 200]
    for path, body in requests:
        _refused(_post(limited, path, body), 429, "ASB_RATE_LIMIT_BURST")


def test_forwarded_for_headers_from_an_untrusted_peer_do_not_escape_the_limit(limited):
    statuses = []
    for _ in range(10):
        address = ".".join(str(random.randint(1, 254)) for _ in range(4))
        response = limited.client.post("/v1/explain/hjelpestonad", json={"family": FAMILY, "date": "2024-09-01"},
                                       headers={"x-forwarded-for": address})
        statuses.append(response.status_code)
    assert statuses == [200] * 3 + [429] * 7
