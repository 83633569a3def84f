"""Benchmark of population runs, measured in one run (issue 6, item 6).

    .venv/bin/python bench/population.py            # 100 000 and 1 000 000 families
    .venv/bin/python bench/population.py --sizes 20000
    .venv/bin/python bench/population.py --scheduler --sizes 1000000   # one process against two Dask workers

For each size, in a fresh child process (so peak memory is that run's own):
  * the full pipeline — every catalogue benefit for one month, read from Parquet in
    chunks of 50 000 families, summed into cost, statuses and the per-kommune table;
  * the same month for a representative subset of rules, once through OpenFisca and
    once as hand-written numpy on the same arrays (the floor), with both results
    checked equal (CPU time, per chunk the median of three passes). The subset: hjelpestønad (ftrl § 6-4: three conditions, yearly
    rate / 12 in whole kroner), forhøyet hjelpestønad (§ 6-5: conditions, 2/4/6 ×
    the ordinary rate by the decided sats — or NAV's published monthly amount per sats
    while it matches the ordinary rate — replacing the ordinary amount) and the
    pleiepenger daily rate (§ 9-15: income capped at 6G, / 260, whole kroner);
  * a reform comparison (raise_hjelpestonad from reforms/) against one baseline run.
Prints families per second (wall time, and CPU time of the process: on a shared machine the
wall time swings with the other processes' load), peak memory (ru_maxrss) and the ratios.

With --scheduler: per size, the baseline month in one process against the same run through
`--scheduler ADDRESS` on a cluster started as a user would start it — `dask scheduler` and two
`dask worker` processes (one thread each) on loopback — and checks the two give identical sums.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy

ON = date(2026, 3, 1)  # after raise_hjelpestonad takes effect
REFORM = "raise_hjelpestonad"


def _floor(arrays, law) -> dict:
    """The subset of rules by hand, on the chunk's arrays."""
    yes = 2  # FactAnswer: no, unknown, yes
    facts = {name: values for name, (_, values) in arrays.facts.items()}
    born = facts["birth_date"]
    first = numpy.datetime64(ON, "D")
    years = first.astype("datetime64[Y]").astype(int) - born.astype("datetime64[Y]").astype(int)
    age = years - (_month_day(first) < _month_day(born))
    ordinary_met = (facts["has_lasting_illness"] == yes) & (facts["has_private_care_arrangement"] == yes) & (facts["needs_extra_supervision_and_care"] == yes)
    sats = facts["hjelpestonad_decided_sats"]  # not_decided, sats_1…sats_4
    multiplier = numpy.select([sats == 2, sats == 3, sats == 4], [2.0, 4.0, 6.0], 0.0)
    forhoyet = ordinary_met & (age < 18) & (facts["has_substantially_greater_care_need"] == yes) & (facts["stay_at_home_helped_by_allowance"] == yes) & (multiplier > 0)
    monthly = numpy.floor(law["ordinary_yearly_rate"] / 12 + 0.5)
    # NAV publishes the monthly amount per sats (2 527 / 5 054 / 7 580 with 1 263 a month); it is paid
    # while the ordinary rate in force is the one that table was published with.
    published = law["published_monthly"]
    if published["sats_1"] > 0 and abs(12 * published["sats_1"] - law["ordinary_yearly_rate"]) < 0.5:
        by_sats = numpy.select([sats == 2, sats == 3, sats == 4], [published["sats_2"], published["sats_3"], published["sats_4"]], 0.0)
        forhoyet_monthly = numpy.where(by_sats > 0, by_sats, numpy.floor(multiplier * law["ordinary_yearly_rate"] / 12 + 0.5))
    else:
        forhoyet_monthly = numpy.floor(multiplier * law["ordinary_yearly_rate"] / 12 + 0.5)
    income = facts["yearly_income"].astype(numpy.float64)
    basis = numpy.minimum(numpy.maximum(income, 0), 6 * law["grunnbelop"])
    return {
        "hjelpestonad_amount": numpy.where(ordinary_met & ~forhoyet, monthly, 0.0),
        "forhoyet_hjelpestonad_amount": numpy.where(forhoyet, forhoyet_monthly, 0.0),
        "chapter_9_daily_rate": numpy.where(income >= 0, numpy.floor(basis / 260 + 0.5), 0.0),
    }


def _month_day(days):
    """Month and day as one sortable number (14 March → 314): birthdays compare across leap years."""
    months = days.astype("datetime64[M]")
    return (months.astype(int) % 12 + 1) * 100 + (days - months.astype("datetime64[D]")).astype(int) + 1


# The subset takes a tenth of a second a chunk: measured in CPU time (no Parquet thread runs then),
# the median of a few passes, so one pass delayed by another process's load does not decide the ratio.
SUBSET_REPEATS = 3


def _child(size: int, path: str) -> dict:
    from openfisca_asb.population import runner
    from openfisca_asb.population.columnar import chunk_arrays
    from openfisca_asb.population.frame import SimulationFrame
    from openfisca_asb.population.source import open_source
    from openfisca_asb.system import baseline_system

    system = baseline_system()
    month = f"{ON.year}-{ON.month:02d}"
    parameters = system.parameters(ON.isoformat())
    hjelpestonad = parameters.folketrygd.hjelpestonad
    law = {"ordinary_yearly_rate": float(hjelpestonad.ordinary_yearly_rate),
           "published_monthly": {name: float(hjelpestonad.forhoyet_published_monthly_rate[name]) for name in ("sats_1", "sats_2", "sats_3", "sats_4")},
           "grunnbelop": float(parameters.folketrygd.grunnbelop)}
    runner.run(path, on=ON)  # warm-up: parameters, caches (for both systems)
    runner.run(path, on=ON, reform=REFORM)
    started, cpu_started = time.perf_counter(), time.process_time()
    baseline = runner.run(path, on=ON)
    full_seconds, full_cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    started = time.perf_counter()
    runner.run(path, on=ON, reform=REFORM)
    reform_seconds = time.perf_counter() - started
    source = open_source(path)
    openfisca_seconds = floor_seconds = 0.0
    mismatches = 0
    frame = SimulationFrame(system)  # as the runner: one simulation, refilled chunk after chunk
    for chunk in source.chunks():
        arrays = chunk_arrays(source.read(chunk), system)
        through_openfisca, by_hand_seconds = [], []
        for _ in range(SUBSET_REPEATS):
            started = time.process_time()
            simulation = frame.load(arrays)
            modelled = {name: numpy.asarray(simulation.calculate(name, month)) for name in ("hjelpestonad_amount", "forhoyet_hjelpestonad_amount", "chapter_9_daily_rate")}
            frame.clear()
            through_openfisca.append(time.process_time() - started)
            started = time.process_time()
            by_hand = _floor(arrays, law)
            by_hand_seconds.append(time.process_time() - started)
        openfisca_seconds += statistics.median(through_openfisca)
        floor_seconds += statistics.median(by_hand_seconds)
        mismatches += sum(int((modelled[name] != by_hand[name]).sum()) for name in by_hand)
    return {
        "families": int(baseline.sums.scalar("families")),
        "full_seconds": full_seconds,
        "full_cpu_seconds": full_cpu_seconds,
        "reform_seconds": reform_seconds,
        "subset_openfisca_seconds": openfisca_seconds,
        "subset_floor_seconds": floor_seconds,
        "subset_mismatches": mismatches,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _measure(size: int, folder: Path) -> dict:
    from openfisca_asb.population.generator import write

    path = folder / f"population-{size}.parquet"
    started = time.perf_counter()
    write(path, size, seed=1)
    generate_seconds = time.perf_counter() - started
    output = subprocess.run([sys.executable, __file__, "--child", str(size), str(path)], check=True, capture_output=True, text=True)
    figures = json.loads(output.stdout.strip().splitlines()[-1])
    figures["generate_seconds"] = generate_seconds
    return figures


def _print(figures: dict) -> None:
    n = figures["families"]
    full_fps, cpu_fps = n / figures["full_seconds"], n / figures["full_cpu_seconds"]
    subset_fps, floor_fps = n / figures["subset_openfisca_seconds"], n / figures["subset_floor_seconds"]
    print(f"\n{n:,} families".replace(",", " "))
    print(f"  generate (Parquet)            {figures['generate_seconds']:7.2f} s")
    print(f"  all benefits for one month    {figures['full_seconds']:7.2f} s   {full_fps:12,.0f} families/s  (issue 20 target ≥ 250 000 per core at 1 M)".replace(",", " "))
    print(f"    CPU time (all threads)      {figures['full_cpu_seconds']:7.2f} s   {cpu_fps:12,.0f} families/s  (on a shared machine: read this)".replace(",", " "))
    print(f"  subset through OpenFisca      {figures['subset_openfisca_seconds']:7.2f} s   {subset_fps:12,.0f} families/s  (CPU time)".replace(",", " "))
    print(f"  subset by hand (the floor)    {figures['subset_floor_seconds']:7.2f} s   {floor_fps:12,.0f} families/s  (CPU time)".replace(",", " "))
    print(f"  subset: OpenFisca / floor speed   {subset_fps / floor_fps:6.3f}  (target ≥ 0.5; values differing: {figures['subset_mismatches']})")
    print(f"  all benefits / floor speed        {cpu_fps / floor_fps:6.3f}  (CPU time)")
    print(f"  reform comparison / baseline      {figures['reform_seconds'] / figures['full_seconds']:6.2f}×  (target ≤ 1.2)")
    print(f"  peak memory (max RSS)         {figures['peak_rss_mib']:7.0f} MiB  (target ≤ 1024)")


WARM_UP_BELOW = 500_000  # larger runs are long enough that loading the system once is negligible


def _scheduler_figures(size: int, folder: Path, workers: int = 2) -> dict:
    """One process against `workers` Dask worker processes behind a `dask scheduler`, same file."""
    import os
    import signal
    import socket

    from dask.distributed import Client

    from openfisca_asb.population import dask_runner, runner
    from openfisca_asb.population.generator import write

    path = folder / f"population-{size}.parquet"
    write(path, size, seed=1)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped: still stop the cluster (finally below)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address, dask = f"tcp://127.0.0.1:{port}", str(Path(sys.executable).parent / "dask")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)]
    try:
        processes += [subprocess.Popen([dask, "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1",
                                        "--no-dashboard"], **quiet) for _ in range(workers)]
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=5) as client:
                    if len(client.scheduler_info()["workers"]) >= workers:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{workers} workers did not start within 120 s")
            time.sleep(0.5)
        if size < WARM_UP_BELOW:
            runner.run(path, on=ON)  # warm-up, as for the other figures
        started = time.perf_counter()
        single = runner.run(path, on=ON)
        single_seconds = time.perf_counter() - started
        if size < WARM_UP_BELOW:
            dask_runner.run(path, on=ON, scheduler=address)  # warm-up on the workers
        started = time.perf_counter()
        remote = dask_runner.run(path, on=ON, scheduler=address)
        remote_seconds = time.perf_counter() - started
    finally:
        for process in reversed(processes):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    identical = all(numpy.array_equal(single.sums.totals[name], remote.sums.totals[name]) for name in single.sums.totals)
    return {"families": size, "single_seconds": single_seconds, "workers": workers, "dask_seconds": remote_seconds,
            "identical": identical}


def _print_scheduler(figures: dict) -> None:
    n = figures["families"]
    print(f"\n{n:,} families, baseline month".replace(",", " "))
    print(f"  one process                   {figures['single_seconds']:7.2f} s   {n / figures['single_seconds']:12,.0f} families/s".replace(",", " "))
    print(f"  {figures['workers']} Dask workers (--scheduler) {figures['dask_seconds']:7.2f} s   {n / figures['dask_seconds']:12,.0f} families/s".replace(",", " "))
    print(f"  speed-up                          {figures['single_seconds'] / figures['dask_seconds']:6.2f}×  (sums identical: {figures['identical']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--scheduler", action="store_true", help="compare one process with two Dask workers behind a scheduler")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(_child(int(arguments.child[0]), arguments.child[1])))
        return
    with tempfile.TemporaryDirectory() as folder:
        for size in arguments.sizes:
            if arguments.scheduler:
                _print_scheduler(_scheduler_figures(size, Path(folder)))
            else:
                _print(_measure(size, Path(folder)))


if __name__ == "__main__":
    main()
