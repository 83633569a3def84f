"""A drafter's own reform file in population runs (issue 19, item 1): by path in the runner, the CLI and
on Dask workers (the reform's text is shipped and built there); a worker failure ends the run at once
with the worker's error."""

import os
import time
from textwrap import dedent

import numpy
import pytest

from openfisca_asb.cli import main
from openfisca_asb.population import dask_runner, runner
from openfisca_asb.population.reforms import PopulationRunError
from population_helpers import ON, ORDINARY_MONTHLY, write_in_groups

# ftrl § 6-4: the ordinary hjelpestønad rate is 14 748 kr a year in 2021 (population_helpers); the
# drafter's reform doubles it to 29 496, so an ordinary recipient gains 1 229 kr a month.
YAML_REFORM = dedent("""\
    id: my_double_hjelpestonad
    title: {nb: Dobbel hjelpestønad, en: Double hjelpestønad}
    summary: {nb: Dobbel sats., en: Double rate.}
    author: A drafter
    status: proposal
    legal_basis:
      - {title: "Folketrygdloven § 6-4", url: "https://lovdata.no/lov/1997-02-28-19/§6-4"}
    parameters:
      folketrygd.hjelpestonad.ordinary_yearly_rate:
        2021-01-01: {value: 29496, unit: currency-NOK}
    """)

# A structural reform that works in the process that loads it first and raises on any other: on a
# Dask worker it fails while the reform is built, as a broken reform would.
FAILING_ON_WORKERS = dedent("""\
    import os

    from openfisca_core.reforms import Reform

    LOADED_BY = os.environ.get("ASB_TEST_MAIN_PID")


    class FailsOnWorkers(Reform):
        metadata = {
            "id": "fails_on_workers",
            "title": {"nb": "Feiler på arbeidere", "en": "Fails on workers"},
            "summary": {"nb": "Test.", "en": "Test."},
            "author": "A test",
            "status": "proposal",
            "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
        }

        def apply(self):
            if str(os.getpid()) != LOADED_BY:
                raise RuntimeError("this reform cannot be built on a worker (test)")
    """)


@pytest.fixture
def reform_file(tmp_path):
    folder = tmp_path / "myreforms"
    folder.mkdir()
    path = folder / "my_double_hjelpestonad.yaml"
    path.write_text(YAML_REFORM, encoding="utf-8")
    return path


@pytest.fixture
def population_file(small_population, tmp_path):
    path = tmp_path / "population.parquet"
    write_in_groups(small_population, path, families_per_group=500)  # 4 chunks
    return path


def test_a_reform_file_runs_by_path(two_families, reform_file):
    result = runner.run(two_families, on=ON, reform=str(reform_file))
    assert result.reform.id == "my_double_hjelpestonad"
    nav = result.sums.scalar("reform.payer.nav") - result.sums.scalar("base.payer.nav")
    # Family 0 has sats 1 (+1 229); family 1 has sats 3, 4 × the ordinary rate (ftrl § 6-5): +4 916.
    assert nav == pytest.approx(ORDINARY_MONTHLY + 4 * ORDINARY_MONTHLY)


def test_an_unknown_path_or_a_bad_file_is_a_clear_error(tmp_path):
    with pytest.raises(PopulationRunError, match="cannot read the file"):
        runner.reforms.load(str(tmp_path / "nowhere.yaml"))
    with pytest.raises(PopulationRunError, match="unknown reform 'no_such_reform'"):
        runner.reforms.load("no_such_reform")


def test_the_cli_simulates_a_reform_file(population_file, reform_file, tmp_path, capsys):
    out = tmp_path / "results"
    assert main(["population", "simulate", str(population_file), "--reform", str(reform_file), "--date", ON.isoformat(),
                 "--out", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "reform my_double_hjelpestonad" in printed and "Scaled to Norway: ×" in printed
    assert (out / "report.html").is_file()


@pytest.fixture(scope="module")
def process_cluster():
    """Two worker processes: nothing is shared with this process but what is sent."""
    cluster = dask_runner.local_cluster(workers=2, processes=True)
    yield cluster
    cluster.close()


def test_a_reform_file_runs_on_worker_processes_as_in_one_process(population_file, reform_file, process_cluster):
    single = runner.run(population_file, on=ON, reform=str(reform_file))
    on_dask = dask_runner.run(population_file, on=ON, reform=str(reform_file), cluster=process_cluster, partitions=2)
    assert on_dask.reform.id == "my_double_hjelpestonad"
    for name in single.sums.totals:
        assert numpy.array_equal(single.sums.totals[name], on_dask.sums.totals[name]), name


def test_a_worker_failure_ends_the_run_with_the_workers_error_within_seconds(population_file, tmp_path, process_cluster, monkeypatch):
    path = tmp_path / "fails_on_workers.py"
    path.write_text(FAILING_ON_WORKERS, encoding="utf-8")
    monkeypatch.setenv("ASB_TEST_MAIN_PID", str(os.getpid()))
    started = time.monotonic()
    with pytest.raises(PopulationRunError) as caught:
        dask_runner.run(population_file, on=ON, reform=str(path), cluster=process_cluster, partitions=2)
    assert time.monotonic() - started < 60
    assert "failed on a Dask worker" in str(caught.value)
    assert "this reform cannot be built on a worker (test)" in str(caught.value)
