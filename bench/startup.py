"""Start-up: how long from process start until the first answer (issue 20, item 4).

Each figure is the wall time from starting a new process, measured `--runs` times
(median, and the spread min–max):
- `asb --help`: the command line itself;
- `asb entitlements FILE`: until the table of one example family is printed;
- `asb serve`: until `/healthz` answers, and until the first family's answer arrives.
Targets: entitlements ≤ 0.6 s; /healthz ≤ 1 s; first family ≤ 1.2 s.

    .venv/bin/python bench/startup.py [--runs 3]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "tests"))  # the loopback-server helper the tests use too
from local_server import BIN, asb_serve, free_port  # noqa: E402

FAMILY = REPOSITORY / "examples" / "child-diabetes.yaml"
DATE = "2024-09-01"
TARGETS = {"asb entitlements FILE": 0.6, "asb serve: /healthz": 1.0, "asb serve: first family": 1.2}


def _command(arguments: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "asb"), *arguments], check=True, stdout=subprocess.DEVNULL, cwd=REPOSITORY)
    return time.perf_counter() - start


def _serve() -> tuple[float, float]:
    """(seconds until /healthz answers, seconds until the first family's answer) from process start."""
    port = free_port()
    body = {"family": _family(), "date": DATE}
    start = time.perf_counter()
    process = subprocess.Popen(asb_serve(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPOSITORY)
    base = f"http://127.0.0.1:{port}"
    try:
        healthy = _first_answer(lambda: httpx.get(f"{base}/healthz", timeout=5), process) - start
        httpx.post(f"{base}/v1/entitlements", json=body, timeout=60).raise_for_status()
        return healthy, time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=15)


def _first_answer(request, process, timeout: float = 120) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"asb serve stopped with exit code {process.returncode}")
        try:
            if request().status_code == 200:
                return time.perf_counter()
        except httpx.TransportError:
            time.sleep(0.01)
    raise RuntimeError("asb serve did not answer /healthz in time")


def _family() -> dict:
    import json

    from openfisca_asb.facts.family_file import read_family

    return json.loads(read_family(FAMILY).model_dump_json(exclude_none=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    results: dict[str, list[float]] = {name: [] for name in ("asb --help", *TARGETS)}
    for _ in range(runs):
        results["asb --help"].append(_command(["--help"]))
        results["asb entitlements FILE"].append(_command(["entitlements", str(FAMILY), "--date", DATE]))
        healthy, first = _serve()
        results["asb serve: /healthz"].append(healthy)
        results["asb serve: first family"].append(first)
    print(f"{runs} runs, wall time from process start, seconds")
    print(f"{'what':26} {'median':>8} {'min':>8} {'max':>8} {'target':>8}")
    for name, times in results.items():
        target = f"{TARGETS[name]:.1f}" if name in TARGETS else "-"
        print(f"{name:26} {statistics.median(times):8.2f} {min(times):8.2f} {max(times):8.2f} {target:>8}")


if __name__ == "__main__":
    main()
