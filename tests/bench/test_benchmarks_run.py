"""Every benchmark of issues 20 and 21 runs at a tiny size, so that they cannot rot; nothing here asserts on time."""

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script, arguments, prints", [
    ("startup.py", ["--runs", "1"], ["asb entitlements FILE", "asb serve: first family"]),
    ("api_latency.py", ["--requests", "2", "--runs", "1"],
     ["openfisca serve /calculate", "asb /v1/entitlements", "asb /v1/facts/needed", "asb /v1/explain/{benefit}", "over 1 runs"]),
    ("timeline.py", ["--runs", "1", "--years", "1", "--families", "child-diabetes"], ["child-diabetes", "median over 1 families"]),
    ("population.py", ["--sizes", "2000"], ["all benefits for one month", "subset: OpenFisca / floor speed", "peak memory"]),
    ("load.py", ["--users", "1", "2", "--seconds", "1", "--runs", "1", "--warm-up", "0.5"],
     ["2 users: throughput on / off", "2 users, batching on: p99 / single-user p50"]),
])
def test_a_benchmark_runs_and_prints_its_figures(script, arguments, prints):
    run = subprocess.run([sys.executable, str(BENCH / script), *arguments], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    for line in prints:
        assert line in run.stdout, run.stdout
