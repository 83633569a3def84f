"""Dask (issue 6, item 3): partitions on a local cluster give exactly the single-process result."""

import os

import numpy
import pytest

from openfisca_asb.population import dask_runner, runner
from openfisca_asb.population.source import TableSource
from population_helpers import ON, write_in_groups


@pytest.fixture(scope="module")
def cluster():
    cluster = dask_runner.local_cluster(workers=2, processes=False)
    yield cluster
    cluster.close()


def _assert_identical(a, b):
    assert a.sums.totals.keys() == b.sums.totals.keys()
    for name in a.sums.totals:
        assert numpy.array_equal(a.sums.totals[name], b.sums.totals[name]), name
    assert a.sums.kommuner.keys() == b.sums.kommuner.keys()
    for kommune in a.sums.kommuner:
        assert numpy.array_equal(a.sums.kommuner[kommune], b.sums.kommuner[kommune]), kommune
    assert (a.sums.largest, a.sums.smallest) == (b.sums.largest, b.sums.smallest)


def test_file_partitions_on_dask_equal_one_process(small_population, tmp_path, cluster):
    path = tmp_path / "population.parquet"
    write_in_groups(small_population, path, families_per_group=400)  # 5 row groups → 5 chunks
    single = runner.run(path, on=ON)
    on_dask = dask_runner.run(path, on=ON, cluster=cluster, partitions=2)
    assert on_dask.sums.chunks == single.sums.chunks == 5
    _assert_identical(single, on_dask)


def test_reform_on_dask_equals_one_process(small_population, cluster):
    from test_population_reform import Loaded

    source = TableSource(small_population, chunk_families=700)
    _assert_identical(runner.run(source, on=ON, reform=Loaded()), dask_runner.run(source, on=ON, reform=Loaded(), cluster=cluster, partitions=2))


def test_partitions_keep_chunk_order():
    chunks = list(range(7))
    assert dask_runner.partition(chunks, 3) == [[0, 1, 2], [3, 4], [5, 6]]
    assert dask_runner.partition(chunks, 20) == [[c] for c in chunks]


def test_our_cluster_workers_keep_the_default_malloc_trim_threshold():
    # Issue 20: the nanny's MALLOC_TRIM_THRESHOLD_=65536 made workers about 2× slower; local_cluster unsets it.
    from dask.distributed import Client

    cluster = dask_runner.local_cluster(workers=1)
    try:
        with Client(cluster) as client:
            assert set(client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
    finally:
        cluster.close()
