"""One computation at a time per process (issue 20 item 2, api/compute.py).

Every POST route that runs the model queues for the one compute thread, so a request that
cannot start within ASB_REQUEST_TIME_BUDGET_SECONDS is a 503 rather than a hang; and answers
computed while other requests queue are byte for byte those computed one after another.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.compute import COMPUTE_THREAD
from api.settings import Settings
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family, example_names

ASKED = "2024-09-01"
FAMILY = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
ASKED_FAMILY = {"family": FAMILY, "date": ASKED}
BENEFIT = next(iter(catalogue()))
SITUATION = {"persons": {"ida": {}}}

# A valid body for each POST route that runs the model; a new such route must be added here.
BODIES = {
    "/v1/entitlements": ASKED_FAMILY,
    "/v1/entitlements/batch": {"families": [FAMILY], "date": ASKED},
    "/v1/interview": ASKED_FAMILY,
    "/v1/facts/needed": ASKED_FAMILY,
    "/v1/explain/{benefit_id}": ASKED_FAMILY,
    "/v1/applications": ASKED_FAMILY,
    "/v1/decisions/check": {**ASKED_FAMILY, "decision": {"benefit": BENEFIT, "outcome": "refused"}},
    "/v1/timeline": {**ASKED_FAMILY, "years": 1},
    "/v1/compare": {"reform": "raise_hjelpestonad", **ASKED_FAMILY},
    "/v1/reforms/validate": {"reform": "bpa_threshold_pilot", "population_size": 0},
    "/calculate": SITUATION,
    "/trace": SITUATION,
}
# A population run is a background job on its own thread (api/jobs.py): it does not queue for the compute thread.
NOT_COMPUTING_HERE = {"/v1/population/runs"}

BUSY_APP = create_app(Settings(request_time_budget_seconds=0.3, rate_limit_per_minute=0))


def _post_routes(app) -> set[str]:
    return {path for path, operations in app.openapi()["paths"].items() if "post" in operations}


def test_every_post_route_that_computes_has_a_body_here():
    assert _post_routes(BUSY_APP) - NOT_COMPUTING_HERE == set(BODIES)


@pytest.fixture
def busy_compute_thread():
    """The process's compute thread held by other work until the test ends."""
    release = threading.Event()
    holder = COMPUTE_THREAD.submit(release.wait)
    yield
    release.set()
    holder.result()


@pytest.mark.parametrize("path", sorted(BODIES))
def test_a_request_waiting_past_its_time_budget_gets_a_503(path, busy_compute_thread):
    response = TestClient(BUSY_APP).post(path.replace("{benefit_id}", BENEFIT), json=BODIES[path])
    assert response.status_code == 503, response.text
    body = response.json()
    assert body["error"] == "time_budget_exceeded" and "ASB_REQUEST_TIME_BUDGET_SECONDS" in body["message"]["en"]


def test_the_compute_thread_serves_again_once_free():
    response = TestClient(BUSY_APP).post("/v1/entitlements", json=ASKED_FAMILY)
    assert response.status_code == 200, response.text


def test_concurrent_requests_get_the_answers_sequential_requests_get():
    app = create_app(Settings(rate_limit_per_minute=0))
    requests = [(path, {"family": example_family(name).model_dump(mode="json", exclude_none=True), "date": ASKED})
                for name in example_names() for path in ("/v1/entitlements", "/v1/facts/needed")]

    def answer(request) -> bytes:
        response = TestClient(app).post(request[0], json=request[1])
        assert response.status_code == 200, response.text
        return response.content

    sequential = [answer(request) for request in requests]
    with ThreadPoolExecutor(max_workers=4) as clients:
        concurrent = list(clients.map(answer, requests))
    assert concurrent == sequential
