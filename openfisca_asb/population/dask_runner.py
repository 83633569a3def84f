"""A population run on Dask: chunks grouped into partitions, run on a dask.distributed cluster.

By default a LocalCluster on this machine (one single-threaded worker process
per core); or an existing scheduler given by address (its workers must be able
to read the population file at the same path). Each partition returns its
chunks' sums; the client adds them in chunk order, exactly as the single-process
runner does, so the results are identical.

A reform is sent to the workers as its definition (the YAML or Python text of
its file) and built there, so a drafter's own reform file works on any worker.
A partition that fails ends the run at once with the worker's error: the
other partitions are cancelled, and the error is raised as a
PopulationRunError naming the partition (no retries, no waiting).
"""

import logging
from datetime import date

from openfisca_asb.population import reforms
from openfisca_asb.population.chunk import run_chunk
from openfisca_asb.population.frame import Frames
from openfisca_asb.population.runner import RunResult, finish, plan_run
from openfisca_asb.population.source import DEFAULT_CHUNK_FAMILIES, Chunk, open_source
from openfisca_asb.system import baseline_system


def run_partition(locator, chunks: list[Chunk], settings, reform_spec, affected):
    """On a worker: open the source, load the reform, run the partition's chunks in order."""
    from openfisca_asb.population.chunk import ReformPlan

    source = open_source(locator)
    plan = None
    if reform_spec is not None:
        loaded = reforms.load(reform_spec)
        plan = ReformPlan(loaded.system, getattr(loaded, "pilot", None), affected)
    frames = Frames()
    return [run_chunk(source.read(chunk), settings, baseline_system(), plan, frames) for chunk in chunks]


def partition(chunks: list[Chunk], partitions: int) -> list[list[Chunk]]:
    """Contiguous groups of chunks, as even as possible (order kept)."""
    partitions = max(1, min(partitions, len(chunks)))
    size, extra = divmod(len(chunks), partitions)
    groups, start = [], 0
    for number in range(partitions):
        stop = start + size + (1 if number < extra else 0)
        groups.append(chunks[start:stop])
        start = stop
    return [group for group in groups if group]


# Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers; with it, the many short-lived
# numpy arrays of a simulation are returned to the system and fetched again, and one process
# ran about 2× slower (issue 20). The workers of our own cluster keep glibc's default.
NO_MALLOC_TRIM = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


def local_cluster(workers: int | None = None, processes: bool = True):
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(NO_MALLOC_TRIM):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=processes,
            dashboard_address=None, silence_logs=logging.ERROR,
        )


def run(population, on: date | None = None, reform=None, scheduler: str | None = None, partitions: int | None = None,
        chunk_families: int = DEFAULT_CHUNK_FAMILIES, cluster=None, progress=None, service_costs: dict | None = None) -> RunResult:
    """Run on Dask. `scheduler` is an address (e.g. tcp://host:8786); without it, `cluster` or a new LocalCluster."""
    from dask.distributed import Client, as_completed

    source = open_source(population)
    plan, on, loaded = plan_run(source, on, reform, chunk_families, service_costs)
    reform_spec = _reform_spec(reform, loaded)
    chunks = source.chunks()
    own_cluster = None
    if scheduler is None and cluster is None:
        own_cluster = cluster = local_cluster()
    client = Client(scheduler) if scheduler else Client(cluster)
    try:
        partitions = partitions or max(1, len(client.scheduler_info()["workers"]))
        groups = partition(chunks, partitions)
        affected = plan.reform.affected if plan.reform else None
        futures = [
            client.submit(run_partition, source.locator(), group, plan.settings, reform_spec, affected, pure=False, retries=0)
            for group in groups
        ]
        results = _gather(client, futures, as_completed, progress)
        ordered = [part for number in range(len(futures)) for part in results[number]]
    finally:
        client.close()
        if own_cluster is not None:
            own_cluster.close()
    return finish(ordered, source, on, loaded, plan)


def _reform_spec(reform, loaded):
    return reforms.portable(reform, loaded)


def _gather(client, futures, as_completed, progress) -> dict:
    """Each partition's sums by number; the first failure cancels the rest and ends the run with its error."""
    numbers = {future.key: number for number, future in enumerate(futures)}
    results = {}
    for future in as_completed(futures):
        if future.status != "finished":
            error = _failure(future)
            client.cancel(futures)
            failed = f"{numbers[future.key] + 1}"
            raise reforms.PopulationRunError(
                f"partition {failed} of {len(futures)} failed on a Dask worker: {type(error).__name__}: {error}",
                f"del {failed} av {len(futures)} feilet på en Dask-arbeider ({type(error).__name__})",
            ) from error
        results[numbers[future.key]] = future.result()
        if progress:
            progress(int(sum(part.scalar("families") for part in results[numbers[future.key]])))
    return results


def _failure(future) -> BaseException:
    try:
        return future.exception(timeout=5) or RuntimeError(f"the task ended as '{future.status}'")
    except Exception as error:  # the exception itself could not be fetched or unpickled
        return error
