"""Soak: mixed traffic against a fresh `asb serve` for minutes, watching errors, latency and memory.

Four clients (by default) send, in turn and without pause: an example family's
entitlements, an explanation, a reform comparison, a small reform validation, a small
population run (started and read back), and hostile requests (each expected to be refused
with its 4xx). Every `--every` seconds it prints the requests so far, the errors (any
response other than the one expected, or a failed connection), the 50th and 99th
percentile response times of that interval, and the server's resident memory (RSS).
RSS should be flat once warmed up.

    .venv/bin/python bench/soak.py [--clients 4] [--seconds 300] [--every 30]

A benchmark, not a test (tests/robustness/test_soak.py runs it for a few seconds and
asserts only that it ran without errors); its last figures are in bench/README.md.
"""

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the loopback-server helper the tests use too
from local_server import asb_serve, free_port  # noqa: E402

from openfisca_asb.facts.examples import example_family, example_names  # noqa: E402
from openfisca_asb.version import MODEL_VERSION  # noqa: E402

ASKED = "2024-09-01"
COMPARED = "2026-03-01"
# The server's own limits: every client is on loopback, so the per-address rate limit is off.
SERVER_ENV = {"ASB_RATE_LIMIT_PER_MINUTE": "0"}
START_SECONDS = 180


def _families() -> list[dict]:
    return [example_family(name).model_dump(mode="json", exclude_none=True) for name in example_names()]


def _requests(families: list[dict]) -> list[tuple[str, str, object, tuple[int, ...]]]:
    """(name, path, body or raw bytes, expected statuses) for one round of mixed traffic."""
    family = families[0]
    axes = {"persons": {"a": {}}, "axes": [[{"name": "yearly_income", "count": 10**7, "min": 0, "max": 1, "period": "2024"}]]}
    return [
        *[("entitlements", "/v1/entitlements", {"family": f, "date": ASKED}, (200,)) for f in families],
        ("explain", "/v1/explain/hjelpestonad", {"family": family, "date": ASKED}, (200,)),
        ("compare", "/v1/compare", {"reform": "raise_hjelpestonad", "families": families[:3], "date": COMPARED}, (200,)),
        ("validate", "/v1/reforms/validate", {"reform": "raise_hjelpestonad", "population_size": 5}, (200,)),
        ("population", "/v1/population/runs", {"families": 20, "seed": 3}, (202, 429)),
        ("hostile: axes", "/calculate", axes, (413,)),
        ("hostile: nesting", "/trace", b'{"persons": ' + b"[" * 900 + b"]" * 900 + b"}", (422,)),
        ("hostile: NaN", "/v1/entitlements", b'{"family": {"caregivers": [{"id": "m", "birth_date": "1985-02-01", "yearly_income": NaN}]}}', (422,)),
        ("hostile: duplicate key", "/v1/entitlements", b'{"date": "2024-09-01", "date": "2024-09-02", "family": {}}', (422,)),
        ("hostile: not JSON", "/v1/compare", b"reform=raise_hjelpestonad", (415,)),
        ("hostile: paths", "/v1/compare", {"reform_definition": {"parameters": {f"x{i}": {"2026-01-01": 1} for i in range(500)}},
                                          "family": family, "date": COMPARED}, (422,)),
    ]


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times: list[float] = []  # this interval's
        self.requests = self.errors = 0
        self.examples: list[str] = []

    def add(self, seconds: float, ok: bool, what: str) -> None:
        with self.lock:
            self.requests += 1
            self.times.append(seconds)
            if not ok:
                self.errors += 1
                if len(self.examples) < 5:
                    self.examples.append(what)

    def interval(self) -> tuple[int, int, list[float]]:
        with self.lock:
            times, self.times = sorted(self.times), []
            return self.requests, self.errors, times


def _percentile(times: list[float], share: float) -> float:
    return times[min(len(times) - 1, int(share * len(times)))] if times else float("nan")


def _client(url: str, requests, tally: Tally, stop: threading.Event, offset: int) -> None:
    with httpx.Client(base_url=url, timeout=120) as client:
        for name, path, body, expected in itertools.islice(itertools.cycle(requests), offset, None):
            if stop.is_set():
                return
            content = body if isinstance(body, bytes) else json.dumps(body).encode()
            content_type = "text/plain" if name == "hostile: not JSON" else "application/json"
            started = time.perf_counter()
            try:
                response = client.post(path, content=content, headers={"content-type": content_type})
                ok = response.status_code in expected
                what = f"{name}: {response.status_code}"
                if ok and name == "population" and response.status_code == 202:
                    job = client.get(f"/v1/population/runs/{response.json()['id']}")
                    ok, what = job.status_code == 200, f"{name} (read back): {job.status_code}"
            except httpx.HTTPError as error:
                ok, what = False, f"{name}: {type(error).__name__}"
            tally.add(time.perf_counter() - started, ok, what)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _start_server() -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(asb_serve(port), env={**os.environ, **SERVER_ENV}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("soak: the server did not start")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--clients", type=int, default=4)
    options.add_argument("--seconds", type=float, default=300)
    options.add_argument("--every", type=float, default=30, help="seconds between reports")
    arguments = options.parse_args()
    process, url = _start_server()
    try:
        return _soak(url, process.pid, arguments)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _soak(url: str, pid: int, arguments) -> int:
    requests = _requests(_families())
    print(f"soak: {arguments.clients} clients, {arguments.seconds:g} s, model {MODEL_VERSION}, CPython {platform.python_version()}, "
          f"{os.cpu_count()} CPUs; RSS at start {_rss_mb(pid):.0f} MB", flush=True)
    tally, stop = Tally(), threading.Event()
    clients = [threading.Thread(target=_client, args=(url, requests, tally, stop, number * 3), daemon=True)
               for number in range(arguments.clients)]
    started = time.monotonic()
    for client in clients:
        client.start()
    print(f"{'time':>6} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'RSS MB':>7}", flush=True)
    while (elapsed := time.monotonic() - started) < arguments.seconds:
        time.sleep(min(arguments.every, arguments.seconds - elapsed))
        count, errors, times = tally.interval()
        print(f"{time.monotonic() - started:>5.0f}s {count:>9} {errors:>7} {_percentile(times, 0.5) * 1000:>8.0f} "
              f"{_percentile(times, 0.99) * 1000:>8.0f} {_rss_mb(pid):>7.0f}", flush=True)
    stop.set()
    for client in clients:
        client.join(timeout=120)
    healthy = httpx.get(f"{url}/healthz", timeout=10).status_code == 200
    print(f"done: {tally.requests} requests, {tally.errors} errors, server {'healthy' if healthy else 'NOT healthy'}"
          + (f"; e.g. {', '.join(tally.examples)}" if tally.examples else ""), flush=True)
    return 0 if tally.errors == 0 and healthy else 1


if __name__ == "__main__":
    sys.exit(main())
