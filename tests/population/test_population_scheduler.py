"""`asb population simulate --scheduler ADDRESS` against a cluster started as a user would (issue 19,
item 6): `dask scheduler` and two `dask worker` processes on loopback, stopped after the test."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy
import pytest

from local_server import free_port
from openfisca_asb.cli import main
from openfisca_asb.population import dask_runner, runner
from population_helpers import ON, write_in_groups

DASK = str(Path(sys.executable).parent / "dask")
START_TIMEOUT = 60  # seconds for the scheduler and both workers to come up


def _start(arguments: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen([DASK, *arguments], stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # its own session: the worker's nanny and its child too
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    started = [_start(["scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
                      folder / "scheduler.log")]
    try:
        for number in (1, 2):
            started.append(_start(["worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1",
                                   "--no-dashboard", "--death-timeout", "30"], folder / f"worker{number}.log"))
        _wait_for_workers(address, 2, started, folder)
        yield address
    finally:
        for process in reversed(started):
            _stop(process)


def _wait_for_workers(address: str, count: int, processes, folder: Path) -> None:
    from dask.distributed import Client

    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if any(process.poll() is not None for process in processes):
            logs = "\n".join(path.read_text(errors="replace")[-2000:] for path in sorted(folder.glob("*.log")))
            pytest.fail(f"a dask process ended early:\n{logs}")
        try:
            with Client(address, timeout=5) as client:
                if len(client.scheduler_info()["workers"]) >= count:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"the scheduler at {address} did not get {count} workers within {START_TIMEOUT} s")


def test_a_run_on_an_existing_scheduler_with_two_workers_equals_one_process(scheduler, small_population, tmp_path):
    path = tmp_path / "population.parquet"
    write_in_groups(small_population, path, families_per_group=500)
    single = runner.run(path, on=ON)
    remote = dask_runner.run(path, on=ON, scheduler=scheduler)
    for name in single.sums.totals:
        assert numpy.array_equal(single.sums.totals[name], remote.sums.totals[name]), name


def test_the_cli_runs_on_the_scheduler(scheduler, small_population, tmp_path, capsys):
    path = tmp_path / "population.parquet"
    write_in_groups(small_population, path, families_per_group=500)
    assert main(["population", "simulate", str(path), "--scheduler", scheduler, "--reform", "raise_hjelpestonad",
                 "--date", "2026-03-01", "--out", str(tmp_path / "out"), "--lang", "en"]) == 0
    assert "reform raise_hjelpestonad" in capsys.readouterr().out
