"""API latency: our /calculate, /v1/entitlements, /v1/facts/needed and /v1/explain against `openfisca serve`'s /calculate.

Same machine, both servers on loopback, the same example families. Each run times
every endpoint, the endpoints taking turns request by request (so that a change in the
load of a shared machine falls on all alike); per run it prints the median and p95 per endpoint and the
ratio of each median to `openfisca serve`'s /calculate median of the same run, then
each ratio's spread over the runs. Targets (issue 20, target 1): /v1/entitlements
(which also explains: conditions, missing facts, single-fact variants) ≤ 0.8×;
/v1/facts/needed and /v1/explain/{benefit} each ≤ 1.0×; our /calculate not slower;
/v1/timeline over 5 years within 3× one /v1/entitlements (issue 21), printed as its own ratio.
/v1/explain is asked, per family, about its first right entitled or missing information
(its first right if none is), the benefit a caseworker would open first, and about
omsorgspenger, the right most costly to explain.

    .venv/bin/python bench/api_latency.py [--requests 200] [--runs 3]
"""

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import httpx

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family, example_names
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the loopback-server helper the tests use too
from local_server import BIN, asb_serve, free_port, running_server  # noqa: E402
from openfisca_asb.facts.situation_json import situation

ON = date(2024, 9, 1)
TIMELINE_START = date(2026, 12, 1)  # 5 years from the model's present: the law unchanged ahead (ADR 0015)
TIMELINE_YEARS = 5
BASELINE = "openfisca serve /calculate"
TIMELINE = f"asb /v1/timeline ({TIMELINE_YEARS} years)"
HEAVY = "omsorgspenger"  # the right most costly to explain (CPU time per explanation, every right, the example families)
TARGETS = {"asb /v1/entitlements": 0.8, "asb /v1/facts/needed": 1.0, "asb /v1/explain/{benefit}": 1.0,
           f"asb /v1/explain/{HEAVY}": 1.0}  # issue 20, target 1
UNLIMITED = {**os.environ, "ASB_RATE_LIMIT_PER_MINUTE": "0"}  # one client on loopback: the rate limit would refuse it


def _time(client: httpx.Client, posts: list[tuple[str, dict]], requests: int) -> list[float]:
    """Milliseconds per request, posting (url, body) in turn after one warm-up pass."""
    return _time_interleaved(client, {"": posts}, requests)[""]


def _time_interleaved(client: httpx.Client, endpoints: dict[str, list[tuple[str, dict]]], requests: int) -> dict[str, list[float]]:
    """Milliseconds per request for each endpoint, after one warm-up pass of each. The endpoints take turns,
    one request each, so that a change in the machine's load falls on all of them alike."""
    for posts in endpoints.values():  # warm-up: caches, first traces
        for url, body in posts:
            client.post(url, json=body).raise_for_status()
    times: dict[str, list[float]] = {name: [] for name in endpoints}
    for number in range(requests):
        for name, posts in endpoints.items():
            url, body = posts[number % len(posts)]
            start = time.perf_counter()
            client.post(url, json=body).raise_for_status()
            times[name].append((time.perf_counter() - start) * 1000)
    return times


def _explained_benefit(family) -> str:
    """The family's first right entitled or missing information, else its first right."""
    benefits = assemble(family, ON).benefits
    wanted = [result.benefit for result in benefits if result.status in ("entitled", "missing_information")]
    return (wanted or [benefits[0].benefit])[0]


def _summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint and run")
    parser.add_argument("--runs", type=int, default=3, help="runs, each timing every endpoint")
    arguments = parser.parse_args()
    families = [example_family(name) for name in example_names()]
    situations = [situation(family, ON) for family in families]
    entitlement_bodies = [
        {"family": json.loads(family.model_dump_json(exclude_none=True)), "date": ON.isoformat()} for family in families
    ]
    explained = [_explained_benefit(family) for family in families]
    timeline_bodies = [_timeline_body(family) for family in families if _born_by(family, TIMELINE_START)]
    theirs_port, ours_port = free_port(), free_port()
    theirs_cmd = [str(BIN / "openfisca"), "serve", "--country-package", "openfisca_asb", "--port", str(theirs_port), "--workers", "1"]
    with running_server(theirs_cmd, theirs_port, ready_path="/spec") as theirs, \
            running_server(asb_serve(ours_port), ours_port, env=UNLIMITED) as ours, httpx.Client(timeout=300) as client:  # a timeline answers many dates
        endpoints = {
            BASELINE: [(f"{theirs}/calculate", body) for body in situations],
            "asb /calculate": [(f"{ours}/calculate", body) for body in situations],
            "asb /v1/entitlements": [(f"{ours}/v1/entitlements", body) for body in entitlement_bodies],
            "asb /v1/facts/needed": [(f"{ours}/v1/facts/needed", body) for body in entitlement_bodies],
            "asb /v1/explain/{benefit}": [(f"{ours}/v1/explain/{benefit}", body) for benefit, body in zip(explained, entitlement_bodies)],
            f"asb /v1/explain/{HEAVY}": [(f"{ours}/v1/explain/{HEAVY}", body) for body in entitlement_bodies],
        }
        timeline = [(f"{ours}/v1/timeline", body) for body in timeline_bodies]
        print(f"{len(families)} example families, {arguments.requests} requests per endpoint and run, sequential, loopback; "
              f"load average before: {os.getloadavg()[0]:.1f}")
        print("explained: " + ", ".join(explained))
        ratios: dict[str, list[float]] = {name: [] for name in endpoints}
        for run in range(1, arguments.runs + 1):
            results = _time_interleaved(client, endpoints, arguments.requests)
            results[TIMELINE] = _time(client, timeline, max(1, arguments.requests // 10))
            _print_run(run, results, ratios)
    _print_spread(ratios)


def _print_run(run: int, results: dict[str, list[float]], ratios: dict[str, list[float]]) -> None:
    baseline, _ = _summary(results[BASELINE])
    print(f"\nrun {run} (load average {os.getloadavg()[0]:.1f})")
    print(f"{'endpoint':32} {'median ms':>10} {'p95 ms':>10} {'ratio (median)':>15}")
    for name, times in results.items():
        median, p95 = _summary(times)
        if name in ratios:
            ratios[name].append(median / baseline)
        print(f"{name:32} {median:10.1f} {p95:10.1f} {median / baseline:15.2f}")
    one_answer, _ = _summary(results["asb /v1/entitlements"])
    timeline, _ = _summary(results[TIMELINE])
    print(f"timeline / one answer (median): {timeline / one_answer:.2f} (target ≤ 3)")


def _print_spread(ratios: dict[str, list[float]]) -> None:
    """Each endpoint's ratio to openfisca serve's /calculate median of the same run, over the runs."""
    print(f"\nratio to {BASELINE} (median of the same run), over {len(ratios[BASELINE])} runs")
    print(f"{'endpoint':32} {'median':>8} {'min':>8} {'max':>8} {'target':>8}")
    for name, values in ratios.items():
        target = f"≤ {TARGETS[name]:.1f}" if name in TARGETS else ""
        print(f"{name:32} {statistics.median(values):8.2f} {min(values):8.2f} {max(values):8.2f} {target:>8}")


def _born_by(family, on: date) -> bool:
    return all(person.birth_date <= on for person in family.persons())


def _timeline_body(family) -> dict:
    """The family at the timeline's start, its grades left to follow the age."""
    body = json.loads(family.model_dump_json(exclude_none=True))
    for child in body.get("children", []):
        child.pop("school_grade", None)
    return {"family": body, "date": TIMELINE_START.isoformat(), "years": TIMELINE_YEARS}


if __name__ == "__main__":
    main()
