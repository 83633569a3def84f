"""The role-filtered reductions of openfisca_asb/rules/members.py give what openfisca-core's own give.

Formulas use them instead of `familie.max(array, role=…)` and the like (issue 20: one pass over the
members instead of one per member position), so each must return the same values and dtype as the
openfisca-core method it replaces — on families of one to nine members, some without a child or
without a caregiver, with members not sorted by family, and with NaN among the values.
"""

import numpy
import pytest
from openfisca_core.simulations import Simulation

from openfisca_asb.rules.entities import Familie
from openfisca_asb.rules.members import any_over_role, count_with_role, max_over_role, role_mask, sum_over_role
from openfisca_asb.system import baseline_system

ROLES = (Familie.CHILD, Familie.CAREGIVER)


@pytest.fixture(scope="module")
def familie():
    random = numpy.random.default_rng(20)
    sizes = random.integers(1, 10, size=300)
    person_family = random.permutation(numpy.repeat(numpy.arange(len(sizes)), sizes))
    populations = baseline_system().instantiate_entities()
    persons, group = populations["person"], populations["familie"]
    persons.count, persons.ids = len(person_family), numpy.arange(len(person_family))
    group.count, group.ids = len(sizes), numpy.arange(len(sizes))
    group.members_entity_id = person_family
    caregiver, child = group.entity.flattened_roles
    group.members_role = numpy.where(random.random(len(person_family)) < 0.5, child, caregiver)
    Simulation(baseline_system(), populations)
    return group


def _arrays(size):
    random = numpy.random.default_rng(7)
    with_nan = random.normal(size=size)
    with_nan[::17] = numpy.nan
    return {
        "int16": random.integers(-1, 3, size=size).astype(numpy.int16),
        "float32": random.normal(size=size).astype(numpy.float32),
        "float64 with NaN": with_nan,
        "bool": random.random(size) < 0.3,
    }


def _same(ours, theirs):
    assert ours.dtype == theirs.dtype
    numpy.testing.assert_array_equal(ours, theirs)


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.key)
def test_max_any_sum_and_count_equal_openfisca_cores(familie, role):
    assert (familie.nb_persons(role) == 0).any(), "the data must hold a family without this role"
    for array in _arrays(familie.members.count).values():
        _same(max_over_role(familie, array, role), familie.max(array, role=role))
        _same(any_over_role(familie, array, role), familie.any(array, role=role))
        _same(sum_over_role(familie, array, role), familie.sum(array, role=role))
    _same(count_with_role(familie, role), familie.nb_persons(role))


def test_the_role_mask_is_made_once_and_follows_new_roles(familie):
    first = role_mask(familie, Familie.CHILD)
    numpy.testing.assert_array_equal(first, familie.members.has_role(Familie.CHILD))
    assert role_mask(familie, Familie.CHILD) is first
    saved = familie.members_role
    try:
        caregiver, _ = familie.entity.flattened_roles
        familie.members_role = numpy.full(len(saved), caregiver, dtype=object)
        assert not role_mask(familie, Familie.CHILD).any()
    finally:
        familie.members_role = saved
