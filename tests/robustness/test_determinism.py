"""The same request gives the same bytes, across two starts of the real server (issue 9 §4).

The two servers run with different hash seeds (PYTHONHASHSEED), so an answer that
depended on the order of a set or a dict built from one would differ between them.
"""

import json
from contextlib import ExitStack

import httpx

from openfisca_asb.facts.examples import example_family, example_names
from robustness_support import live_server

ASKED = "2024-09-01"
# The headers that describe the answer (not the date of sending, nor the connection).
ANSWER_HEADERS = ("content-type", "content-length", "x-model-version", "x-parameter-set-hash", "x-legal-data-date")
# OpenFisca's /trace reports how long each computation took, as `openfisca serve` does.
MEASURED_TIMES = ("calculation_time", "formula_time")
# More computing POSTs than the default burst (ASB_RATE_LIMIT_BURST) from one address; the limit is tested on its own.
NO_RATE_LIMIT = {"ASB_RATE_LIMIT_PER_MINUTE": "0"}


def _requests() -> list[tuple[str, str, dict | None]]:
    families = [example_family(name).model_dump(mode="json", exclude_none=True) for name in example_names()]
    requests = [("GET", path, None) for path in ("/openapi.json", "/v1/benefits", f"/v1/facts?date={ASKED}", "/v1/version")]
    for family in families:
        for language in ("nb", "en"):
            requests.append(("POST", "/v1/entitlements", {"family": family, "date": ASKED, "language": language}))
        requests.append(("POST", "/v1/explain/pleiepenger", {"family": family, "date": ASKED}))
        requests.append(("POST", "/v1/facts/needed", {"family": family, "date": ASKED}))
    requests.append(("POST", "/v1/entitlements/batch", {"families": families, "date": ASKED}))
    situation = {
        "persons": {"ida": {"birth_date": {"ETERNITY": "2015-04-10"}, "has_lasting_illness": {"ETERNITY": "yes"},
                            "hjelpestonad_status": {"2024-09": None}}, "mor": {}},
        "familier": {"familie": {"caregivers": ["mor"], "children": ["ida"]}},
    }
    requests += [("POST", "/calculate", situation), ("POST", "/trace", situation)]
    return requests


def _without_measured_times(trace: bytes) -> dict:
    answer = json.loads(trace)
    for node in answer["trace"].values():
        for key in MEASURED_TIMES:
            node.pop(key)
    return answer


def _answers(url: str, requests) -> list[tuple[int, dict, bytes]]:
    answers = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for method, path, body in requests:
            response = client.request(method, path, json=body)
            headers = {name: response.headers.get(name) for name in ANSWER_HEADERS}
            answers.append((response.status_code, headers, response.content))
    return answers


def test_the_same_request_gives_the_same_bytes_after_a_restart(tmp_path):
    requests = _requests()
    with ExitStack() as servers:
        first, second = (servers.enter_context(live_server(tmp_path / seed, env={"PYTHONHASHSEED": seed, **NO_RATE_LIMIT}))
                         for seed in ("1", "2"))
        answers = [_answers(server.url, requests) for server in (first, second)]
    assert [status for status, _, _ in answers[0]] == [200] * len(requests)
    for request, one, other in zip(requests, *answers):
        if request[1] == "/trace":
            assert _without_measured_times(one[2]) == _without_measured_times(other[2])
        else:
            assert one == other, request[:2]
