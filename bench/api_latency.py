"""API latency: our /calculate and /v1/entitlements against `openfisca serve`'s /calculate.

One run, same machine, both servers on loopback, the same example families.
Prints the median and p95 per endpoint and the ratios to `openfisca serve`.
Targets: our /calculate not slower than openfisca serve's; /v1/entitlements
(which also explains: conditions, missing facts, single-fact variants) within 1.5×;
/v1/timeline over 5 years within 3× one /v1/entitlements (issue 21), printed as its own ratio.

    .venv/bin/python bench/api_latency.py [--requests 200]
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

from openfisca_asb.facts.examples import example_family, example_names
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the loopback-server helper the tests use too
from local_server import BIN, asb_serve, free_port, running_server  # noqa: E402
from openfisca_asb.facts.situation_json import situation

ON = date(2024, 9, 1)
TIMELINE_START = date(2020, 9, 1)  # 5 years inside the model's dates (to 2027-12-31)
TIMELINE_YEARS = 5
UNLIMITED = {**os.environ, "ASB_RATE_LIMIT_PER_MINUTE": "0"}  # one client on loopback: the rate limit would refuse it


def _time(client: httpx.Client, url: str, bodies: list[dict], requests: int) -> list[float]:
    for body in bodies:  # warm-up: caches, first traces
        client.post(url, json=body).raise_for_status()
    times = []
    for number in range(requests):
        body = bodies[number % len(bodies)]
        start = time.perf_counter()
        client.post(url, json=body).raise_for_status()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    requests = parser.parse_args().requests
    families = [example_family(name) for name in example_names()]
    situations = [situation(family, ON) for family in families]
    entitlement_bodies = [
        {"family": json.loads(family.model_dump_json(exclude_none=True)), "date": ON.isoformat()} for family in families
    ]
    timeline_bodies = [_timeline_body(family) for family in families if _born_by(family, TIMELINE_START)]
    theirs_port, ours_port = free_port(), free_port()
    theirs_cmd = [str(BIN / "openfisca"), "serve", "--country-package", "openfisca_asb", "--port", str(theirs_port), "--workers", "1"]
    with running_server(theirs_cmd, theirs_port, ready_path="/spec") as theirs, \
            running_server(asb_serve(ours_port), ours_port, env=UNLIMITED) as ours, httpx.Client(timeout=300) as client:  # a timeline answers many dates
        results = {
            "openfisca serve /calculate": _time(client, f"{theirs}/calculate", situations, requests),
            "asb /calculate": _time(client, f"{ours}/calculate", situations, requests),
            "asb /v1/entitlements": _time(client, f"{ours}/v1/entitlements", entitlement_bodies, requests),
            f"asb /v1/timeline ({TIMELINE_YEARS} years)": _time(client, f"{ours}/v1/timeline", timeline_bodies, max(1, requests // 10)),
        }
    baseline, _ = _summary(results["openfisca serve /calculate"])
    print(f"{len(families)} example families, {requests} requests per endpoint, sequential, loopback")
    print(f"{'endpoint':32} {'median ms':>10} {'p95 ms':>10} {'ratio (median)':>15}")
    for name, times in results.items():
        median, p95 = _summary(times)
        print(f"{name:32} {median:10.1f} {p95:10.1f} {median / baseline:15.2f}")
    one_answer, _ = _summary(results["asb /v1/entitlements"])
    timeline, _ = _summary(results[f"asb /v1/timeline ({TIMELINE_YEARS} years)"])
    print(f"timeline / one answer (median): {timeline / one_answer:.2f} (target ≤ 3)")


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
