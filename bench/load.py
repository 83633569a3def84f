"""Load: POST /v1/entitlements under concurrent users, with locust, headless, on loopback.

Starts the server as a user does (`asb serve`, on a free loopback port), then runs
locust in this process: each user posts the example families in turn, with no pause
between requests. After a warm-up (every family once per user, not counted) it measures
for the given time and prints requests per second, the 50th, 95th and 99th percentile
response times (exact, from every request) and the number of errors (target 0).

    .venv/bin/python bench/load.py [--users 4] [--seconds 60] [--host http://127.0.0.1:8000]

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
from contextlib import contextmanager, nullcontext
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



@contextmanager
def _asb_serve():
    port = free_port()
    command = [str(Path(sys.executable).with_name("asb")), "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def run(url: str, users: int, seconds: float) -> dict:
    Portal.bodies = _bodies()
    recorder = Recorder()
    environment = Environment(user_classes=[Portal], host=url)
    environment.events.request.add_listener(recorder)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    gevent.sleep(0.1)
    while runner.user_count < users:
        gevent.sleep(0.1)
    gevent.sleep(max(5.0, len(Portal.bodies) * 0.5))  # warm-up, not counted
    recorder.recording = True
    started = time.perf_counter()
    gevent.sleep(seconds)
    recorder.recording = False
    elapsed = time.perf_counter() - started
    runner.quit()
    ordered = sorted(recorder.times)
    return {
        "requests": len(ordered),
        "requests_per_second": len(ordered) / elapsed,
        "p50": statistics.median(ordered),
        "p95": _percentile(ordered, 0.95),
        "p99": _percentile(ordered, 0.99),
        "errors": recorder.errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--host", help="a running server to load instead of starting `asb serve`")
    arguments = parser.parse_args()
    with nullcontext(arguments.host) if arguments.host else _asb_serve() as url:
        result = run(url, arguments.users, arguments.seconds)
    print(f"POST {ENDPOINT}: {arguments.users} users, {arguments.seconds:g} s, model {MODEL_VERSION}, "
          f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs")
    print(f"requests        {result['requests']}")
    print(f"requests/s      {result['requests_per_second']:.1f}")
    print(f"p50 / p95 / p99 {result['p50']:.0f} / {result['p95']:.0f} / {result['p99']:.0f} ms")
    print(f"errors          {result['errors']} (target 0)")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
