"""Sums over the children a caregiver has alone (aleneomsorg), vectorised.

Each child carries `child_sole_caregiver_number` (-1 when no caregiver has it alone; variables/common/sole_care.py)
and each caregiver its `caregiver_number` (set by the situation builder). A child whose parents have agreed delt bosted
(barneloven § 36, `has_delt_bosted`) lives with both: it is summed apart, for every caregiver of its family alike.
"""

import numpy

from openfisca_asb.rules.tristate import FactAnswer


def sum_over_children_in_sole_care(person, period, weights) -> numpy.ndarray:
    """For each person, the sum of `weights` over the family's children whose sole caregiver is that person.

    One bincount over (family, caregiver number) keys: no loop over persons. A child with no
    sole caregiver, and every caregiver row's own weight, add nothing.
    """
    sole = person("child_sole_caregiver_number", period)
    own = person("caregiver_number", period)
    is_child = person("is_child", period)
    weights = numpy.where(is_child * (sole >= 0), numpy.asarray(weights, dtype=numpy.float64), 0.0)
    family = person.simulation.populations["familie"].members_entity_id
    slots = int(max(sole.max(initial=0), own.max(initial=0))) + 1
    keys = family * slots + numpy.maximum(sole, 0)
    totals = numpy.bincount(keys, weights=weights, minlength=(int(family.max(initial=0)) + 1) * slots)
    mine = totals[family * slots + numpy.clip(own, 0, slots - 1)]
    return numpy.where(person("is_caregiver", period), mine, 0.0)


def sums_alone_and_in_delt_bosted(person, period, weights) -> tuple[numpy.ndarray, numpy.ndarray]:
    """For each caregiver: (the sum of `weights` over the children in that caregiver's sole care without delt bosted,
    the sum over the family's children with delt bosted). A delt bosted child lives with both parents, so no sole
    caregiver decides it; an only caregiver's «yes» to sole care does not make it hers alone."""
    delt_bosted = person("is_child", period) * (person("has_delt_bosted", period) == FactAnswer.yes)
    weights = numpy.asarray(weights, dtype=numpy.float64)
    alone = sum_over_children_in_sole_care(person, period, numpy.where(delt_bosted, 0.0, weights))
    familie = person.simulation.populations["familie"]
    shared = familie.project(familie.sum(numpy.where(delt_bosted, weights, 0.0)))
    return alone, numpy.where(person("is_caregiver", period), shared, 0.0)
