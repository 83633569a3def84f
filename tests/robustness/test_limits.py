"""Rate limits on the expensive endpoints (issue 9 §6): 429 with Retry-After and a bilingual message."""

from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from api.app import create_app
from api.rate_limit import RateLimit, TokenBucket
from api.settings import Settings
from robustness_support import LIMITS


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _tiny_app(clock, per_minute=60, burst=2):
    async def ok(request):
        return PlainTextResponse("ok")

    routes = [Route(path, ok, methods=["GET", "POST"]) for path in ("/v1/explain/x", "/v1/compare", "/v1/entitlements")]
    return RateLimit(Starlette(routes=routes), per_minute=per_minute, burst=burst, clock=clock)


def test_a_bucket_gives_its_burst_then_one_token_per_refill_interval():
    bucket = TokenBucket(capacity=2, per_second=0.5, now=0.0)
    assert [bucket.take(0.0), bucket.take(0.0)] == [0.0, 0.0]
    # Empty: at 0.5 tokens per second, the next token is 1 / 0.5 = 2 seconds away.
    assert bucket.take(0.0) == 2.0
    assert bucket.take(1.0) == 1.0
    assert bucket.take(2.0) == 0.0
    # A long pause refills to the capacity, never beyond.
    bucket.take(100.0)
    assert [bucket.take(100.0), bucket.take(100.0)] == [0.0, 2.0]


def test_the_expensive_endpoints_answer_429_after_the_burst_until_a_token_is_back():
    clock = FakeClock()
    client = TestClient(_tiny_app(clock))
    assert [client.post("/v1/explain/x").status_code for _ in range(2)] == [200, 200]
    refused = client.post("/v1/compare")
    assert refused.status_code == 429
    # 60 per minute is one token a second.
    assert refused.headers["retry-after"] == "1"
    body = refused.json()
    assert body["error"] == "too_many_requests"
    assert "Retry-After" in body["message"]["en"] and "Retry-After" in body["message"]["nb"]
    assert body["model_version"]
    clock.now += 1
    assert client.post("/v1/compare").status_code == 200


def test_reads_and_other_clients_are_not_limited():
    clock = FakeClock()
    app = _tiny_app(clock, burst=1)
    first, second = TestClient(app, client=("192.0.2.1", 5000)), TestClient(app, client=("192.0.2.2", 5000))
    assert first.post("/v1/explain/x").status_code == 200
    assert first.post("/v1/explain/x").status_code == 429
    assert [first.get("/v1/explain/x").status_code for _ in range(5)] == [200] * 5
    assert second.post("/v1/explain/x").status_code == 200


# Review s22 H1: these compute (a timeline of 19 years ran 27 s) and were outside the limit.
ONCE_UNLIMITED = {"/v1/timeline", "/v1/interview", "/v1/applications", "/v1/decisions/check", "/v1/facts/needed", "/v1/entitlements"}


def _post_paths(app) -> list[str]:
    """Every POST the service documents, a path parameter filled in."""
    return sorted(path.replace("{benefit_id}", "hjelpestonad") for path, operations in app.openapi()["paths"].items() if "post" in operations)


def test_every_post_of_the_service_is_limited_the_once_unlimited_among_them():
    app = create_app(Settings(rate_limit_per_minute=1, rate_limit_burst=1))
    paths = _post_paths(app)
    assert ONCE_UNLIMITED <= set(paths)
    for number, path in enumerate(paths, 1):
        # An address of its own per path, so that each path meets a full bucket of one token. The body is empty:
        # the first is refused by the route (400/422, nothing computed), the second by the limit before it is read.
        client = TestClient(app, client=(f"192.0.2.{number}", 5000))
        first, second = client.post(path, json={}), client.post(path, json={})
        assert first.status_code in (400, 422), (path, first.status_code)
        assert second.status_code == 429, (path, second.status_code)
        assert second.json()["error"] == "too_many_requests"


def test_zero_per_minute_turns_the_limit_off():
    client = TestClient(_tiny_app(FakeClock(), per_minute=0, burst=1))
    assert {client.post("/v1/explain/x").status_code for _ in range(5)} == {200}


def test_the_service_limits_explain_by_default(family):
    # The defaults (ASB_RATE_LIMIT_PER_MINUTE=60, ASB_RATE_LIMIT_BURST=30) hold in the real app.
    assert Settings().rate_limit_per_minute > 0
    # One token a minute, so that no token comes back while the three requests run.
    settings = Settings(max_body_bytes=LIMITS.max_body_bytes, max_families=LIMITS.max_families, rate_limit_per_minute=1, rate_limit_burst=2)
    client = TestClient(create_app(settings))
    statuses = [client.post("/v1/explain/hjelpestonad", json={"family": family, "date": "2024-09-01"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
