"""Load: POST /v1/entitlements under concurrent users, with locust, headless, on loopback,
with micro-batching on and off (issue 20, target 2).

Starts two servers as a user does (`asb serve [--workers N]`, each on a free loopback port):
one as configured (micro-batching on), one with ASB_MAX_BATCH_SIZE=1 (off). Then, for each
run, for each number of users, it loads one and then the other (so both see the same
moment of the machine's load): each user posts the example families in turn, with no
pause between requests. After a warm-up (not counted) it measures for the given time.
It prints, per number of users and mode, requests per second, the 50th and 99th percentile
response times (exact, from every request) and the errors, as the median and min–max of
the runs; then the ratios the issue's target 2 asks for.

    .venv/bin/python bench/load.py [--users 1 4 16] [--seconds 20] [--runs 3] [--workers 1]
    .venv/bin/python bench/load.py --host http://127.0.0.1:8000 --users 4   # a running server, as it is

A benchmark, not a test: its last figures are in bench/README.md.
"""

import argparse
import itertools
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

import gevent
from locust import HttpUser, constant, task
from locust.env import Environment

from openfisca_asb.facts.examples import example_family, example_names
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the loopback-server helper the tests use too
from local_server import free_port  # noqa: E402
from openfisca_asb.version import MODEL_VERSION

ASKED = "2024-09-01"
ENDPOINT = "/v1/entitlements"


def _bodies() -> list[dict]:
    families = [example_family(name).model_dump(mode="json", exclude_none=True) for name in example_names()]
    return [{"family": family, "date": ASKED} for family in families]


class Portal(HttpUser):
    """A portal asking about the example families, one after another."""

    wait_time = constant(0)
    bodies: list[dict] = []

    def on_start(self):
        self.next_body = itertools.cycle(self.bodies).__next__

    @task
    def entitlements(self):
        self.client.post(ENDPOINT, json=self.next_body(), name=ENDPOINT)


class Recorder:
    """Every request's time and outcome, while recording is on."""

    def __init__(self):
        self.recording, self.times, self.errors = False, [], 0

    def __call__(self, response_time, exception=None, response=None, **_):
        if not self.recording:
            return
        self.times.append(response_time)
        if exception is not None or response is None or response.status_code != 200:
            self.errors += 1



BATCHING = {"on": {}, "off": {"ASB_MAX_BATCH_SIZE": "1"}}  # "on": the settings' defaults


@contextmanager
def _asb_serve(workers: int, environment: dict):
    port = free_port()
    command = [str(Path(sys.executable).with_name("asb")), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]
    # Many users on one address: the rate limit (every POST, review s22 hardening H1) would refuse the load measured.
    unlimited = {**os.environ, "ASB_RATE_LIMIT_PER_MINUTE": "0", **environment}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=unlimited)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    import requests  # locust's own HTTP client

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            time.sleep(0.3)
    raise RuntimeError(f"the server at {url} did not start")


def _percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    return ordered[max(0, math.ceil(len(ordered) * share) - 1)]


def run(url: str, users: int, seconds: float, warm_up: float) -> dict:
    Portal.bodies = _bodies()
    recorder = Recorder()
    environment = Environment(user_classes=[Portal], host=url)
    environment.events.request.add_listener(recorder)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    gevent.sleep(0.1)
    while runner.user_count < users:
        gevent.sleep(0.1)
    gevent.sleep(warm_up)  # not counted
    recorder.recording = True
    started = time.perf_counter()
    gevent.sleep(seconds)
    recorder.recording = False
    elapsed = time.perf_counter() - started
    runner.quit()
    ordered = sorted(recorder.times) or [math.nan]
    return {
        "requests_per_second": len(recorder.times) / elapsed,
        "p50": statistics.median(ordered),
        "p99": _percentile(ordered, 0.99),
        "errors": recorder.errors,
    }


def _spread(values: list[float], form: str) -> str:
    """The median of the runs, and their min–max when there are several."""
    middle = form.format(statistics.median(values))
    return middle if len(values) == 1 else f"{middle} ({form.format(min(values))}–{form.format(max(values))})"


def _load_average() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def _report(results: dict, users: list[int], modes: list[str]) -> None:
    print(f"{'users':>5}  {'batching':8}  {'requests/s':22}  {'p50 ms':22}  {'p99 ms':22}  errors")
    for count in users:
        for mode in modes:
            runs = results[(count, mode)]
            print(f"{count:>5}  {mode:8}  {_spread([r['requests_per_second'] for r in runs], '{:.1f}'):22}  "
                  f"{_spread([r['p50'] for r in runs], '{:.0f}'):22}  {_spread([r['p99'] for r in runs], '{:.0f}'):22}  "
                  f"{sum(r['errors'] for r in runs)}")
    single = [results[(1, mode)] for mode in modes if (1, mode) in results]
    for count in users:
        if count == 1:
            continue
        if set(modes) == {"on", "off"}:
            ratios = [on["requests_per_second"] / off["requests_per_second"]
                      for on, off in zip(results[(count, "on")], results[(count, "off")])]
            print(f"{count} users: throughput on / off {_spread(ratios, '{:.2f}')}")
        if single:
            reference = statistics.median(r["p50"] for runs in single for r in runs)
            for mode in modes:
                ratios = [r["p99"] / reference for r in results[(count, mode)]]
                print(f"{count} users, batching {mode}: p99 / single-user p50 {_spread(ratios, '{:.1f}')} (target ≤ 3)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1, help="asb serve --workers")
    parser.add_argument("--batching", nargs="+", choices=sorted(BATCHING), default=["on", "off"])
    parser.add_argument("--warm-up", type=float, default=5.0, help="seconds of load before each measurement")
    parser.add_argument("--host", help="a running server to load (as it is configured) instead of starting `asb serve`")
    arguments = parser.parse_args()
    modes = ["as configured"] if arguments.host else arguments.batching
    results = {(count, mode): [] for count in arguments.users for mode in modes}
    print(f"POST {ENDPOINT}: {arguments.seconds:g} s per run, {arguments.runs} runs, asb serve --workers "
          f"{arguments.workers}, model {MODEL_VERSION}, {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, load average {_load_average()} at start")
    with ExitStack() as servers:
        urls = {mode: arguments.host if arguments.host else servers.enter_context(_asb_serve(arguments.workers, BATCHING[mode]))
                for mode in modes}
        for _run in range(arguments.runs):
            for count in arguments.users:
                for mode in modes:  # alternating: each mode at nearly the same moment of the machine's load
                    results[(count, mode)].append(run(urls[mode], count, arguments.seconds, arguments.warm_up))
    print(f"load average {_load_average()} at end (the machine may be shared: read ratios, not times)")
    _report(results, arguments.users, modes)
    return 1 if any(r["errors"] for runs in results.values() for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
