"""A population run in one process: chunk after chunk, bounded memory, sums added in order.

    result = run("population.parquet", on=date(2024, 5, 1), reform="some-reform-id")

The same chunks, settings and reform plan serve the Dask runner (dask_runner.py),
so both give identical results.
"""

from dataclasses import dataclass
from datetime import date

import numpy

from openfisca_asb.population import reforms, service_costs
from openfisca_asb.population.calibration import load_targets
from openfisca_asb.population.chunk import KOMMUNE_SERVICE_COST, ReformPlan, RunSettings, run_chunk
from openfisca_asb.population.frame import Frames
from openfisca_asb.population.outputs import benefit_outputs
from openfisca_asb.population.reform_diff import affected_variables
from openfisca_asb.population.source import DEFAULT_CHUNK_FAMILIES, PopulationInfo, open_source
from openfisca_asb.population.summary import RunSums, combine
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION, parameter_set_hash

PROBE_FAMILIES = 8  # the first families of the population are the probe for a reform's changed variables


@dataclass
class RunResult:
    sums: RunSums
    population: PopulationInfo
    on: date
    reform: reforms.ReformInfo | None
    changed_variables: int | None  # how many variables the reform recomputes (None: all)
    model_version: str = MODEL_VERSION
    parameter_set_hash: str = ""
    service_rates: dict | None = None  # the kommune's costs per hour (and assumed hours) the run used


@dataclass(frozen=True)
class RunPlan:
    """Everything a chunk needs, built once per run (and sent to Dask workers)."""

    settings: RunSettings
    reform: ReformPlan | None


def plan_run(source, on: date | None, reform, chunk_families: int, service_costs: dict | None = None) -> tuple[RunPlan, date, object]:
    info = source.info()
    on = on or info.reference_date or date.today()
    loaded = reforms.load(reform)
    settings = RunSettings(on=on, part_families=chunk_families, breakdowns=load_targets().breakdowns(),
                           service_costs=_checked_service_costs(service_costs))
    if loaded is None:
        return RunPlan(settings, None), on, None
    chunks = source.chunks()
    probe = _probe(source.read(chunks[0])) if chunks else None
    affected = None
    if probe is not None and probe.num_rows:
        requests = [(name, o.period) for o in benefit_outputs(settings.month, settings.year) for name in o.variables()]
        requests += [(KOMMUNE_SERVICE_COST, settings.year)] if KOMMUNE_SERVICE_COST in loaded.system.variables else []
        affected = affected_variables(baseline_system(), loaded.system, probe, requests)
    return RunPlan(settings, ReformPlan(loaded.system, getattr(loaded, "pilot", None), affected)), on, loaded


def _checked_service_costs(costs: dict | None) -> tuple[tuple[str, float], ...]:
    """The drafter's costs per hour for this run, by parameter name (service_costs.SETTABLE), each a finite number
    from 0 to its most (service_costs.MOST: kroner an hour, or the hours in a week)."""
    from openfisca_asb.population.service_costs import MOST, SETTABLE

    checked = []
    for name, value in sorted((costs or {}).items()):
        if name not in SETTABLE:
            raise reforms.PopulationRunError(f"unknown service cost '{name}'; known: {', '.join(SETTABLE)}",
                                             f"ukjent tjenestekostnad '{name}'; kjente: {', '.join(SETTABLE)}")
        if not 0 <= value <= MOST[name]:  # also refuses NaN and infinity
            raise reforms.PopulationRunError(f"service cost '{name}' must be from 0 to {MOST[name]} (got {value})",
                                             f"tjenestekostnaden '{name}' må være fra 0 til {MOST[name]} (fikk {value})")
        checked.append((name, float(value)))
    return tuple(checked)


def _probe(table):
    """The first PROBE_FAMILIES whole families of a chunk."""
    family = table.column("family").to_numpy()
    starts = numpy.flatnonzero(numpy.concatenate([[True], family[1:] != family[:-1]]))
    stop = starts[PROBE_FAMILIES] if len(starts) > PROBE_FAMILIES else len(family)
    return table.slice(0, int(stop))


def run(population, on: date | None = None, reform=None, chunk_families: int = DEFAULT_CHUNK_FAMILIES, progress=None,
        service_costs: dict | None = None) -> RunResult:
    """Run every chunk in this process. `progress(families)` is called after each chunk; `service_costs`
    sets the kommune's costs per hour for this run (service_costs.py)."""
    source = open_source(population)
    plan, on, loaded = plan_run(source, on, reform, chunk_families, service_costs)
    parts, frames = [], Frames()
    for chunk in source.chunks():
        table = source.read(chunk)
        parts.append(run_chunk(table, plan.settings, baseline_system(), plan.reform, frames))
        if progress:
            progress(int(parts[-1].scalar("families")))
    return finish(parts, source, on, loaded, plan)


def finish(parts, source, on, loaded, plan) -> RunResult:
    affected = plan.reform.affected if plan.reform else None
    return RunResult(
        sums=combine(parts),
        population=source.info(),
        on=on,
        reform=reforms.describe(loaded),
        changed_variables=len(affected) if affected is not None else None,
        parameter_set_hash=parameter_set_hash(),
        service_rates=service_costs.rates(baseline_system(), on, dict(plan.settings.service_costs)),
    )
