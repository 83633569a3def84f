"""Which child a caregiver's pleiepenger claim is for, read through the family (variables/folketrygd/pleiepenger/
named_child.py; review s22 caseworker H1): the named child's row, a value read on it, and a sum over the caregivers
whose claims may be for the same child. And which child her opplæringspenger are for, which need not be the same child.
"""

import numpy

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import role_mask, sum_over_role
from openfisca_asb.rules.named_person import named_rows
from openfisca_asb.rules.tristate import NOT_MET, index


def named_child_row(person, period) -> numpy.ndarray:
    """Per person: the row of the child of the same family whose id the person's `pleiepenger_child` names (read through
    its structural copy `pleiepenger_child_id`); -1 when none is named (the family file refuses an id that is not one of the family's children)."""
    return named_rows(person, period, "pleiepenger_child_id", Familie.CHILD)


def claim_child_row(person, period) -> numpy.ndarray:
    """Per person: the row of the child the caregiver's claim is for where the answers tell (review s24 page M2, L9):
    the named child, or with none named the family's only child not answered as not needing continuous supervision
    and care (a claim can only be for that child); -1 where several may need care and none is named, or for a child."""
    familie = person.simulation.populations["familie"]
    care = index(familie.members("pleiepenger_child_condition_continuous_care", period))
    named = named_child_row(person, period)
    claimed = numpy.where(named >= 0, named, _only_possible_row(person, care != NOT_MET))
    return numpy.where(role_mask(familie, Familie.CAREGIVER), claimed, -1)


def training_child_row(person, period) -> numpy.ndarray:
    """Per person: the row of the child the caregiver's opplæringspenger are for where the answers tell: the family's
    only living child not answered as without a disability or long-term illness (ftrl § 9-14 første ledd: training to
    care for «et barn» with one; no child is named for them); -1 where several may be, or for a child. Not the
    pleiepenger claim's child: the training may be for a sibling."""
    familie = person.simulation.populations["familie"]
    alive = index(familie.members("child_alive", period)) != NOT_MET
    ill = index(familie.members("opplaeringspenger_child_condition_illness", period)) != NOT_MET
    return numpy.where(role_mask(familie, Familie.CAREGIVER), _only_possible_row(person, alive * ill), -1)


def _only_possible_row(person, possible) -> numpy.ndarray:
    """Per person: the row of the only child of the person's family for whom `possible` (an array over all persons)
    holds; -1 where none or several do."""
    familie = person.simulation.populations["familie"]
    possible = possible * role_mask(familie, Familie.CHILD)
    only_one = familie.project(sum_over_role(familie, possible, Familie.CHILD)) == 1
    # With one possible child in a family, the sum of (row + 1) over its possible children is that child's row + 1.
    rows_plus_one = numpy.where(possible, numpy.arange(person.count) + 1, 0)
    only_row = familie.project(sum_over_role(familie, rows_plus_one, Familie.CHILD)).astype(int) - 1
    return numpy.where(only_one, only_row, -1)


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
