"""Reductions over a family's members with one role (the children, the caregivers), in one pass.

openfisca-core's `GroupPopulation.max(array, role=…)` compares the object array of
member roles with the role on every call, then loops over member positions (one
fancy-indexing pass per position: eight for a family of eight). Here the role mask is
computed once per population and reused, and the reduction is one pass over the members
(`numpy.maximum.reduceat` over the members sorted by group, `numpy.bincount`). Each function returns what openfisca-core's own returns — same values,
same dtype — so a formula may use either; `tests/unit/test_members.py` checks that.
"""

import numpy

_CACHE = "_asb_members"  # on the group population: what it was made from, and what was made


def _cached(group) -> dict:
    """Per group population, reset when its members or their roles are replaced."""
    source = (group.members_role, group.members_entity_id)
    cached = getattr(group, _CACHE, None)
    if cached is None or cached[0][0] is not source[0] or cached[0][1] is not source[1]:
        cached = (source, {})
        setattr(group, _CACHE, cached)
    return cached[1]


def role_mask(group, role) -> numpy.ndarray:
    """Per member: whether it has `role` (openfisca-core's `members.has_role`), computed once per population."""
    cache = _cached(group)
    if role.key not in cache:
        cache[role.key] = numpy.asarray(group.members.has_role(role), dtype=bool)
    return cache[role.key]


def _member_order(group) -> tuple:
    """The members sorted by group, where each group's run starts, and which groups have a member."""
    cache = _cached(group)
    if "order" not in cache:
        order = numpy.argsort(group.members_entity_id, kind="stable")
        sizes = numpy.bincount(group.members_entity_id, minlength=group.count)
        starts = numpy.concatenate([[0], numpy.cumsum(sizes)[:-1]])
        cache["order"] = (order, starts[sizes > 0], sizes > 0)
    return cache["order"]


def max_over_role(group, array, role) -> numpy.ndarray:
    """The largest of `array` over each group's members with `role`; -inf where it has none (float64, as `group.max`)."""
    order, starts, populated = _member_order(group)
    filtered = numpy.where(role_mask(group, role), array, -numpy.inf)[order]
    result = numpy.full(group.count, -numpy.inf)
    if len(filtered):
        result[populated] = numpy.maximum.reduceat(filtered, starts)  # a NaN member gives NaN, as in openfisca-core
    return result


def any_over_role(group, array, role) -> numpy.ndarray:
    """Whether the sum of `array` over each group's members with `role` is above 0 (as `group.any`, which is that)."""
    return sum_over_role(group, array, role) > 0


def count_with_role(group, role) -> numpy.ndarray:
    """How many members of each group have `role` (float64, as `group.nb_persons(role)`)."""
    return numpy.bincount(group.members_entity_id, weights=role_mask(group, role), minlength=group.count)


def sum_over_role(group, array, role) -> numpy.ndarray:
    """The sum of `array` over each group's members with `role` (float64, as `group.sum(array, role=…)`)."""
    mask = role_mask(group, role)
    return numpy.bincount(group.members_entity_id[mask], weights=array[mask], minlength=group.count)
