"""Micro-batching of POST /v1/entitlements (issue 20 item 2, api/compute.py `Batcher`, ADR 0023).

Requests waiting for the compute thread at the same time are answered by one vectorised call
per (date, language, reform), and each gets, byte for byte, the answer it gets alone. The
batches are made to form deterministically: the compute thread is held until every request
waits, then released; nothing here depends on how fast anything runs.
"""

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

import api.routes.entitlements as entitlements_route
from api.app import create_app
from api.compute import COMPUTE_THREAD
from api.errors import ApiError
from api.settings import Settings
from openfisca_asb.facts.examples import example_family, example_names

ASKED = "2024-09-01"
FAMILIES = [example_family(name).model_dump(mode="json", exclude_none=True) for name in example_names()]
REFORM = "raise_hjelpestonad"


def _app(**settings):
    return create_app(Settings(rate_limit_per_minute=0, **settings))


def _post(app, body):
    return TestClient(app).post("/v1/entitlements", json=body)


def _answer(app, body) -> bytes:
    response = _post(app, body)
    assert response.status_code == 200, response.text
    return response.content


def _sizes(app) -> Counter:
    return app.state.service.batcher.sizes


class HeldComputeThread:
    """The process's compute thread held by other work until `release()`: requests queue meanwhile."""

    def __init__(self):
        self._released = threading.Event()
        self._holder = COMPUTE_THREAD.submit(self._released.wait)

    def release(self):
        self._released.set()
        self._holder.result()


def _all_at_once(app, bodies, post=_post) -> list:
    """`post(app, body)` for every body from its own thread, answered only once all of them wait."""
    held = HeldComputeThread()
    try:
        with ThreadPoolExecutor(max_workers=len(bodies)) as clients:
            futures = [clients.submit(post, app, body) for body in bodies]
            while app.state.service.batcher.waiting() < len(bodies):
                assert not any(f.done() for f in futures), [f.result() for f in futures if f.done()]
                threading.Event().wait(0.005)
            held.release()
            return [future.result() for future in futures]
    finally:
        held.release()


def test_requests_waiting_together_are_one_batch_with_the_answers_each_gets_alone():
    app = _app()
    bodies = [{"family": family, "date": ASKED} for family in FAMILIES]
    alone = [_answer(app, body) for body in bodies]
    assert _sizes(app) == Counter({1: len(bodies)})
    assert _all_at_once(app, bodies, _answer) == alone
    assert _sizes(app)[len(bodies)] == 1  # all of them in one batch


def test_batches_are_split_by_date_language_and_reform():
    app = _app()
    terms = [{"date": ASKED}, {"date": "2026-07-01"}, {"date": ASKED, "language": "en"}, {"date": ASKED, "reform": REFORM}]
    bodies = [{"family": family, **asked} for asked in terms for family in FAMILIES[:2]]
    alone = [_answer(app, body) for body in bodies]
    assert _all_at_once(app, bodies, _answer) == alone
    assert _sizes(app)[2] == len(terms)  # one batch of two per date, language and reform
    assert _sizes(app)[len(bodies)] == 0


def test_at_most_max_batch_size_requests_make_one_batch():
    app = _app(max_batch_size=3)
    bodies = [{"family": family, "date": ASKED} for family in FAMILIES[:7]]
    alone = [_answer(app, body) for body in bodies]
    assert _all_at_once(app, bodies, _answer) == alone
    assert _sizes(app) - Counter({1: len(bodies)}) == Counter({3: 2, 1: 1})


def test_one_family_failing_in_a_batch_fails_only_its_own_request(monkeypatch):
    """A family that cannot be computed (here: made to fail) makes its batch run one by one."""
    app = _app()
    real = entitlements_route.assemble_many_under

    def failing_for_the_marked_family(reform, families, *args, **kwargs):
        if any(family.kommunenummer == "0301" for family in families):  # the marked family: Oslo
            raise ApiError(400, "cannot_compute", "Kan ikke beregnes.", "Cannot be computed.")
        return real(reform, families, *args, **kwargs)

    monkeypatch.setattr(entitlements_route, "assemble_many_under", failing_for_the_marked_family)
    bodies = [{"family": family, "date": ASKED} for family in FAMILIES]
    marked = [family.get("kommunenummer") == "0301" for family in FAMILIES]
    assert sum(marked) == 1
    responses = _all_at_once(app, bodies)
    assert _sizes(app) == Counter({len(bodies): 1})
    assert [r.status_code for r in responses] == [400 if m else 200 for m in marked]
    monkeypatch.undo()
    assert [r.content for r, m in zip(responses, marked) if not m] == [_answer(app, b) for b, m in zip(bodies, marked) if not m]


def test_a_bad_request_is_its_own_4xx_and_never_waits():
    app = _app()
    unknown_reform = _post(app, {"family": FAMILIES[0], "date": ASKED, "reform": "no_such_reform"})
    assert unknown_reform.status_code == 422 and unknown_reform.json()["error"] == "unknown_reform"
    bad_family = _post(app, {"family": {**FAMILIES[0], "caregivers": "mor"}, "date": ASKED})
    assert bad_family.status_code == 422
    assert _sizes(app) == Counter()


def test_a_full_queue_is_a_503_and_the_waiting_request_is_still_answered():
    app = _app(batch_queue_size=1)
    body = {"family": FAMILIES[0], "date": ASKED}
    held = HeldComputeThread()
    try:
        with ThreadPoolExecutor(max_workers=1) as client:
            first = client.submit(_post, app, body)
            while app.state.service.batcher.waiting() < 1:
                threading.Event().wait(0.005)
            refused = _post(app, body)
            assert refused.status_code == 503 and refused.json()["error"] == "compute_queue_full"
            held.release()
            assert first.result().status_code == 200
    finally:
        held.release()


@pytest.mark.parametrize("batch_size", [1, 16])
def test_a_request_waiting_past_its_time_budget_gets_a_503_and_is_never_computed(batch_size):
    app = _app(request_time_budget_seconds=0.2, max_batch_size=batch_size)
    held = HeldComputeThread()
    try:
        response = _post(app, {"family": FAMILIES[0], "date": ASKED})
        assert response.status_code == 503 and response.json()["error"] == "time_budget_exceeded"
    finally:
        held.release()
    assert _answer(app, {"family": FAMILIES[0], "date": ASKED})
    assert _sizes(app) == Counter({1: 1})  # the request past its budget was left out of every batch
