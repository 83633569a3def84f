"""What the kommune's own services cost it: avlastning, omsorgsstønad and BPA, hours × cost per hour.

For each family entitled to the service (status *entitled*; for avlastning and omsorgsstønad also
*to be assessed*, see Service), the
kommune's yearly cost is hours a week × 52 × the cost per hour in
parameters/kommune/service_costs/. Hours are the family's own facts where the population has
them (BPA: `bpa_assistance_hours_per_week` of the child; omsorgsstønad: `care_hours_per_week`
of the caregiver) and the drafter's assumption for avlastning (no hours fact). The costs per
hour are drafter-set (no national figure was found): 0 until set, when nothing is counted and
the report says so. They can also be set per run (RunSettings.service_costs).

Children whose services the kommune already reports for toppfinansiering (direct wage costs)
are left out of BPA's hour cost: those wages are that cost, counted once.
"""

from dataclasses import dataclass

import numpy

from openfisca_asb.population.outputs import ENTITLED, TO_BE_ASSESSED

WEEKS_PER_YEAR = 52
PARAMETERS = "kommune.service_costs"
TOPPFINANSIERING_WAGES = "toppfinansiering_direct_wage_costs"


@dataclass(frozen=True)
class Service:
    benefit: str
    hours_fact: str | None  # the holder's hours a week; None: the drafter's assumed hours parameter
    cost_parameter: str
    hours_parameter: str | None = None
    # Avlastning and omsorgsstønad are "to be assessed" when their conditions hold: the kommune decides
    # how much, not whether the heavy care work is there. Their cost counts those families too (an
    # upper estimate: it assumes each of them gets the service); BPA counts only a right found.
    counts_to_be_assessed: bool = False


SERVICES = (
    Service("avlastning", None, "avlastning_cost_per_hour", "avlastning_hours_per_week", counts_to_be_assessed=True),
    Service("omsorgsstonad", "care_hours_per_week", "omsorgsstonad_cost_per_hour", counts_to_be_assessed=True),
    Service("bpa", "bpa_assistance_hours_per_week", "bpa_cost_per_hour"),
)
SETTABLE = tuple(sorted({s.cost_parameter for s in SERVICES} | {s.hours_parameter for s in SERVICES if s.hours_parameter}))
HOURS_IN_A_WEEK = 168
# A run's cost per hour at most: a hundred times what an hour of BPA or avlastning costs a kommune today (some
# hundred kroner). Beyond it the sums stop meaning anything; an infinite or huge one made the report all «nan».
MOST_COST_PER_HOUR = 100_000
MOST = {name: HOURS_IN_A_WEEK if name.endswith("_hours_per_week") else MOST_COST_PER_HOUR for name in SETTABLE}


def rates(system, on, overrides: dict | None = None) -> dict[str, float]:
    """The costs per hour (and assumed hours) on `on`: the parameters, or the run's own values."""
    node = system.parameters(on.isoformat())
    found = {}
    for name in SETTABLE:
        found[name] = float((overrides or {}).get(name, _parameter(node, name)))
    return found


def _parameter(node, name: str) -> float:
    for part in PARAMETERS.split("."):
        node = node[part]
    return node[name]


def family_costs(values: dict, arrays, holders_of, rates: dict) -> dict[str, numpy.ndarray]:
    """Per service, the kommune's yearly cost per family (zeros where nothing is entitled or the rate is 0).
    `values`: benefit id → BenefitValues; `holders_of(benefit)`: the holders' entity indices."""
    costs = {}
    for service in SERVICES:
        per_family = numpy.zeros(arrays.families)
        cost_per_hour = rates[service.cost_parameter]
        if service.benefit in values and cost_per_hour > 0:
            benefit = values[service.benefit]
            entitled = (benefit.status == ENTITLED) | (service.counts_to_be_assessed & (benefit.status == TO_BE_ASSESSED))
            hours = _hours(service, arrays, holders_of(service.benefit), rates)
            if service.benefit == "bpa":
                hours = numpy.where(_reported_wages(arrays, holders_of("bpa")) > 0, 0.0, hours)
            yearly = numpy.where(entitled, hours, 0.0) * WEEKS_PER_YEAR * cost_per_hour
            per_family = numpy.bincount(benefit.holder_family, weights=yearly, minlength=arrays.families)
        costs[service.benefit] = per_family
    return costs


def _hours(service: Service, arrays, index, rates) -> numpy.ndarray:
    if service.hours_fact is None:
        return numpy.full(len(index), rates[service.hours_parameter])
    fact = arrays.facts.get(service.hours_fact)
    if fact is None:
        return numpy.zeros(len(index))
    hours = numpy.asarray(fact[1], dtype=numpy.float64)[index]
    return numpy.where(hours > 0, hours, 0.0)  # a fact not given (the default, -1) counts no hours


def _reported_wages(arrays, index) -> numpy.ndarray:
    fact = arrays.facts.get(TOPPFINANSIERING_WAGES)
    return numpy.zeros(len(index)) if fact is None else numpy.asarray(fact[1], dtype=numpy.float64)[index]
