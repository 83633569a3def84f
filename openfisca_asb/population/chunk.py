"""One chunk of families: baseline, reform (only what it changes), pilot selection, sums.

Reform and baseline run on the same arrays. Variables the reform does not
change are copied from the baseline simulation into the reform simulation, so
only the changed ones are computed twice. A pilot selects per family — reform
inside its kommuner and window, baseline outside — with numpy.where on the two
results, never a second code path.
"""

from dataclasses import dataclass
from datetime import date

import numpy

from openfisca_asb.population.columnar import ChunkArrays, chunk_arrays
from openfisca_asb.population.frame import Frames
from openfisca_asb.population import change_bounds, rate_caveats, unit_changes
from openfisca_asb.population.outputs import ENTITLED, TO_BE_ASSESSED, BenefitValues, benefit_outputs, holders, read_values
from openfisca_asb.population.schema import fact_columns
from openfisca_asb.population import service_costs
from openfisca_asb.population.source import split_families
from openfisca_asb.population.summary import CHANGE_EDGES, RunSums
from openfisca_asb.rules.status import STATUS_NAMES

N_STATUS = len(STATUS_NAMES)
AGE_BINS = 19  # 0–17, and 18 or older
PAYERS = ("nav", "kommune", "state_to_kommune", "other")
# The kommune's own cost of the services a child receives (wages net of grants and user
# payments, per year), as reported for toppfinansiering: part of the kommune's gross cost.
KOMMUNE_SERVICE_COST = "toppfinansiering_kommune_cost"


@dataclass(frozen=True)
class RunSettings:
    on: date
    part_families: int
    breakdowns: tuple[tuple[str, str], ...] = ()  # (benefit, choice fact): entitled holders counted per choice
    service_costs: tuple[tuple[str, float], ...] = ()  # drafter-set costs per hour for this run (service_costs.SETTABLE)

    @property
    def month(self) -> str:
        return f"{self.on.year:04d}-{self.on.month:02d}"

    @property
    def year(self) -> str:
        return f"{self.on.year:04d}"


@dataclass(frozen=True)
class ReformPlan:
    """What a chunk needs of a reform: its system, its pilot (or None), and the variables it changes."""

    system: object
    pilot: object | None
    affected: frozenset | None  # None: every variable


def run_chunk(table, settings: RunSettings, baseline, reform: ReformPlan | None, frames: Frames | None = None) -> RunSums:
    """The chunk's sums; `frames` (kept by the caller across chunks) saves building the simulations again."""
    frames = frames or Frames()
    sums = RunSums(chunks=1)
    for part in split_families(table, settings.part_families):
        try:
            _run_part(part, settings, baseline, reform, sums, frames)
        finally:
            frames.clear()  # the part's arrays are freed now, before the next part is read (bounded memory)
    return sums


def _run_part(table, settings, baseline, reform, sums, frames) -> None:
    arrays = chunk_arrays(table, baseline)
    outputs = benefit_outputs(settings.month, settings.year)
    simulation = frames.load(arrays, baseline)
    computed: dict = {}
    base = {o.id: read_values(simulation, o, arrays, computed, settings.on) for o in outputs}
    base_services = _service_cost(simulation, arrays, settings)
    base_care = _care_costs(simulation.tax_benefit_system, base, arrays, outputs, settings)
    _record_population(sums, arrays, simulation, settings)
    base_family = _record_side(sums, "base", outputs, base, base_services, arrays, settings, base_care)
    if reform is None:
        _record_kommuner(sums, arrays, base_family, None, outputs)
        return
    reformed, reform_services = _reform_values(simulation, frames.load(arrays, reform.system), arrays, outputs, base,
                                               base_services, settings, reform)
    reform_care = _care_costs(reform.system, reformed, arrays, outputs, settings)
    if reform.pilot is not None:
        in_pilot = _in_pilot(reform.pilot, arrays, settings.on)
        reform_care = {key: numpy.where(in_pilot, reform_care[key], base_care[key]) for key in reform_care}
    reform_family = _record_side(sums, "reform", outputs, reformed, reform_services, arrays, settings, reform_care)
    _record_changes(sums, outputs, base, reformed, base_family, reform_family, arrays)
    units = unit_changes.record(sums, outputs, base, reformed, arrays.families)
    _record_kommuner(sums, arrays, base_family, reform_family, outputs, units)


def _reform_values(base_simulation, simulation, arrays, outputs, base, base_services, settings, reform):
    if reform.affected is not None:
        _copy_unchanged(base_simulation, simulation, reform.affected)
    changed = lambda names: reform.affected is None or any(name in reform.affected for name in names)  # noqa: E731
    computed: dict = {}
    values = {
        o.id: read_values(simulation, o, arrays, computed, settings.on) if changed(o.variables()) else base[o.id]
        for o in outputs
    }
    services = _service_cost(simulation, arrays, settings) if changed([KOMMUNE_SERVICE_COST]) else base_services
    if reform.pilot is None:
        return values, services
    in_pilot = _in_pilot(reform.pilot, arrays, settings.on)
    values = {key: _select(in_pilot, values[key], base[key]) for key in values}
    return values, numpy.where(in_pilot, services, base_services)


def _copy_unchanged(source, target, affected) -> None:
    """Share the baseline's computed values of every variable the reform does not change."""
    for name, population in source.populations.items():
        for variable, holder in population._holders.items():
            if variable in affected or variable not in target.tax_benefit_system.variables:
                continue
            target_holder = target.populations[name].get_holder(variable)
            for period in holder.get_known_periods():
                target_holder.put_in_cache(holder.get_array(period), period)


def _in_pilot(pilot, arrays: ChunkArrays, on: date) -> numpy.ndarray:
    kommuner, inverse = numpy.unique(arrays.kommunenummer, return_inverse=True)
    applies = numpy.array([bool(pilot.applies(str(k), on)) for k in kommuner], dtype=bool)
    return applies[inverse] if len(kommuner) else numpy.zeros(arrays.families, dtype=bool)


def _select(in_pilot, reform: BenefitValues, base: BenefitValues) -> BenefitValues:
    inside = in_pilot[base.holder_family]
    return BenefitValues(
        base.holder_family,
        numpy.where(inside, reform.status, base.status),
        numpy.where(inside, reform.amount, base.amount),
        numpy.where(inside, reform.range_low, base.range_low),
        numpy.where(inside, reform.range_high, base.range_high),
        numpy.where(inside, reform.caveat, base.caveat),
    )


def _care_costs(system, values, arrays, outputs, settings) -> dict:
    """The kommune's yearly cost of avlastning, omsorgsstønad and BPA per family (service_costs.py)."""
    by_id = {o.id: o for o in outputs}
    rates = service_costs.rates(system, settings.on, dict(settings.service_costs))
    return service_costs.family_costs(values, arrays, lambda benefit: holders(by_id[benefit], arrays, system)[0], rates)


def _service_cost(simulation, arrays, settings) -> numpy.ndarray:
    """The kommune's yearly cost of services reported for toppfinansiering, per family (0 without the variable)."""
    if KOMMUNE_SERVICE_COST not in simulation.tax_benefit_system.variables:
        return numpy.zeros(arrays.families)
    cost = numpy.asarray(simulation.calculate(KOMMUNE_SERVICE_COST, settings.year), dtype=numpy.float64)
    return numpy.bincount(arrays.person_family, weights=cost, minlength=arrays.families)


def _record_population(sums, arrays, simulation, settings) -> None:
    sums.add("families", arrays.families)
    sums.add("persons", arrays.persons)
    sums.add("children", int(arrays.is_child.sum()))
    age = numpy.asarray(simulation.calculate("age", settings.month))[arrays.is_child]
    sums.add("children_by_age", numpy.bincount(numpy.clip(age, 0, AGE_BINS - 1), minlength=AGE_BINS))
    for benefit, fact in settings.breakdowns:
        _record_breakdown(sums, simulation, arrays, benefit, fact, settings)


def _record_breakdown(sums, simulation, arrays, benefit, fact, settings) -> None:
    outputs = {o.id: o for o in benefit_outputs(settings.month, settings.year)}[benefit]
    values = read_values(simulation, outputs, arrays, {}, settings.on)
    choice = arrays.facts.get(fact)
    choices = fact_columns()[fact].choices
    if choice is None:
        counts = numpy.zeros(len(choices))
    else:
        holders_choice = choice[1][holders(outputs, arrays, simulation.tax_benefit_system)[0]]
        counts = numpy.bincount(holders_choice[values.status == ENTITLED], minlength=len(choices))
    sums.add(f"base.{benefit}.entitled_by.{fact}", counts)


def _family_status(values: BenefitValues, families: int) -> numpy.ndarray:
    """The best status among each family's holders (-1 for a family without a holder)."""
    status = numpy.full(families, -1, dtype=numpy.int16)
    numpy.maximum.at(status, values.holder_family, values.status)
    return status


def _family_sum(values, holder_family, families) -> numpy.ndarray:
    return numpy.bincount(holder_family, weights=values, minlength=families)


def _payer(outputs) -> str:
    if outputs.benefit.payer_view:
        return "state_to_kommune"
    return outputs.benefit.sector if outputs.benefit.sector in ("nav", "kommune") else "other"


def _record_side(sums, side, outputs, values, services, arrays, settings, care=None) -> dict:
    """Counts and sums for one side (base or reform); returns per-family arrays for later steps."""
    families = arrays.families
    per_family = {"status": {}, "amount": {}, "payer": {p: numpy.zeros(families) for p in PAYERS}}
    household_total = numpy.zeros(families)
    for o in outputs:
        v = values[o.id]
        status = _family_status(v, families)
        per_family["status"][o.id] = status
        sums.add(f"{side}.{o.id}.families", numpy.bincount(status[status >= 0], minlength=N_STATUS))
        sums.add(f"{side}.{o.id}.holders", numpy.bincount(v.status, minlength=N_STATUS))
        sums.add(f"{side}.{o.id}.amount", v.amount.sum())
        sums.add(f"{side}.{o.id}.range_low", v.range_low.sum())
        sums.add(f"{side}.{o.id}.range_high", v.range_high.sum())
        sums.add(f"{side}.{o.id}.to_be_assessed_without_range", int(((v.status == TO_BE_ASSESSED) & (v.range_high == 0)).sum()))
        if not o.is_money:
            continue
        sums.add(f"{side}.{o.id}.caveats", numpy.bincount(v.caveat[v.shows_money], minlength=len(rate_caveats.CAVEATS)))
        monthly = _family_sum(v.amount, v.holder_family, families) / (12 if o.yearly else 1)
        per_family["amount"][o.id] = monthly
        per_family["payer"][_payer(o)] += monthly
        if not o.benefit.payer_view:
            household_total += monthly
    care_total = sum(care.values()) if care else numpy.zeros(families)
    per_family["payer"]["kommune"] = per_family["payer"]["kommune"] + (services + care_total) / 12
    for service, costs in (care or {}).items():
        sums.add(f"{side}.kommune_care.{service}", costs.sum())
        sums.add(f"{side}.kommune_care.{service}.families", int((costs > 0).sum()))
    per_family["household"] = household_total
    for payer, amounts in per_family["payer"].items():
        sums.add(f"{side}.payer.{payer}", amounts.sum())
    sums.add(f"{side}.kommune_services", services.sum())
    sums.add(f"{side}.kommune_services.families", int((services > 0).sum()))
    sums.add(f"{side}.household", household_total.sum())
    return per_family


def _record_changes(sums, outputs, base, reformed, base_family, reform_family, arrays) -> None:
    change = reform_family["household"] - base_family["household"]
    bracket = numpy.searchsorted(CHANGE_EDGES, change, side="right")
    sums.add("changes.count", numpy.bincount(bracket, minlength=len(CHANGE_EDGES) + 1))
    sums.add("changes.sum", numpy.bincount(bracket, weights=change, minlength=len(CHANGE_EDGES) + 1))
    sums.add("changes.winners", int((change > CHANGE_EDGES[4]).sum()))
    sums.add("changes.losers", int((change < CHANGE_EDGES[3]).sum()))
    sums.add("changes.gain", change[change > 0].sum())
    sums.add("changes.loss", change[change < 0].sum())
    if len(change):
        sums.largest["changes.largest_gain"] = float(change.max())
        sums.smallest["changes.largest_loss"] = float(change.min())
    bounds = _record_change_bounds(sums, outputs, base, reformed, arrays.families)
    # Families with a change or a bound, per (bracket, bound); one whose amounts are all equal is unchanged for sure.
    moved = (change != 0) | (bounds != change_bounds.EXACT)
    sums.add("changes.bounds", numpy.bincount(bracket[moved] * len(change_bounds.BOUNDS) + bounds[moved],
                                              minlength=(len(CHANGE_EDGES) + 1) * len(change_bounds.BOUNDS)))
    for o in outputs:
        before, after = base_family["status"][o.id], reform_family["status"][o.id]
        held = before >= 0
        sums.add(f"transitions.{o.id}", numpy.bincount(before[held] * N_STATUS + after[held], minlength=N_STATUS**2))
        if o.id in base_family["amount"]:
            difference = reform_family["amount"][o.id] - base_family["amount"][o.id]
            sums.add(f"changes.{o.id}.gaining", int((difference > CHANGE_EDGES[4]).sum()))
            sums.add(f"changes.{o.id}.losing", int((difference < CHANGE_EDGES[3]).sum()))


def _record_change_bounds(sums, outputs, base, reformed, families) -> numpy.ndarray:
    """Each money benefit's holders counted by the bound of their change, and each family's bound of the change
    in what it gets (change_bounds.py: a right with no amount on one side)."""
    per_family = numpy.zeros(families, dtype=numpy.int8)
    for o in outputs:
        if not o.is_money:
            continue
        bounds = change_bounds.holder_bounds(base[o.id].status, reformed[o.id].status)
        sums.add(f"changes.{o.id}.bounds", numpy.bincount(bounds, minlength=len(change_bounds.BOUNDS)))
        if not o.benefit.payer_view:
            per_family |= change_bounds.family_bounds(bounds, base[o.id].holder_family, families)
    return per_family


def kommune_columns(outputs, with_reform: bool) -> tuple[str, ...]:
    columns = ["families", "children"]
    sides = ("base", "reform") if with_reform else ("base",)
    for side in sides:
        columns += [f"{side}.{payer}" for payer in PAYERS] + [f"{side}.household"]
        columns += [f"{side}.{o.id}.entitled_families" for o in outputs]
    if with_reform:
        columns += ["winners", "losers", "net_change"]
        # holders who get more or fewer days or hours, and the change in that unit (unit_changes.py)
        columns += [f"{o.id}.{figure}" for o in outputs if o.counts_units for figure in ("gaining", "losing", "change")]
    return tuple(columns)


def _record_kommuner(sums, arrays, base_family, reform_family, outputs, units=None) -> None:
    kommuner, inverse = numpy.unique(arrays.kommunenummer, return_inverse=True)
    children = numpy.bincount(arrays.person_family[arrays.is_child], minlength=arrays.families)
    rows = [numpy.ones(arrays.families), children]
    for family in (base_family, reform_family):
        if family is None:
            continue
        rows += [family["payer"][payer] for payer in PAYERS] + [family["household"]]
        rows += [(family["status"][o.id] == ENTITLED).astype(float) for o in outputs]
    if reform_family is not None:
        change = reform_family["household"] - base_family["household"]
        rows += [(change > CHANGE_EDGES[4]).astype(float), (change < CHANGE_EDGES[3]).astype(float), change]
        rows += [figure for o in outputs if o.counts_units for figure in units[o.id]]
    per_kommune = numpy.vstack([numpy.bincount(inverse, weights=row, minlength=len(kommuner)) for row in rows])
    sums.kommune_columns = kommune_columns(outputs, reform_family is not None)
    for column, kommune in enumerate(kommuner):
        sums.kommuner[str(kommune)] = per_kommune[:, column].copy()
