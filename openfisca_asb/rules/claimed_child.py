"""Which child a caregiver's pleiepenger claim is for, read through the family (variables/folketrygd/pleiepenger/
named_child.py; review s22 caseworker H1): the named child's row, a value read on it, and a sum over the caregivers
whose claims may be for the same child.
"""

import numpy

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import role_mask, sum_over_role
from openfisca_asb.rules.named_person import named_rows


def named_child_row(person, period) -> numpy.ndarray:
    """Per person: the row of the child of the same family whose id the person's `pleiepenger_child` names (read through
    its structural copy `pleiepenger_child_id`); -1 when none is named (the family file refuses an id that is not one of the family's children)."""
    return named_rows(person, period, "pleiepenger_child_id", Familie.CHILD)


def for_the_named_child(person, period, child_values, otherwise) -> numpy.ndarray:
    """Per person: `child_values` (an array over all persons) read on the child the person names, else `otherwise`."""
    rows = named_child_row(person, period)
    return numpy.where(rows >= 0, numpy.asarray(child_values)[numpy.maximum(rows, 0)], otherwise)


def shared_sum(person, period, values) -> numpy.ndarray:
    """Per person: the sum of `values` over the family's *other* caregivers whose claim may be for the same child:
    those who name the same child, and those who name none (their claim may be for any child)."""
    familie = person.simulation.populations["familie"]
    rows = named_child_row(person, period)
    caregiver = role_mask(familie, Familie.CAREGIVER)
    values = numpy.where(caregiver, values, 0)
    every = familie.project(sum_over_role(familie, values, Familie.CAREGIVER))
    unnamed = familie.project(sum_over_role(familie, numpy.where(rows < 0, values, 0), Familie.CAREGIVER))
    named = rows >= 0
    per_child = numpy.bincount(rows[named], weights=values[named], minlength=person.count)
    total = numpy.where(named, unnamed + per_child[numpy.maximum(rows, 0)], every)
    return total - values
