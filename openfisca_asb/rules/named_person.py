"""A person of the same family whose id a text fact names: the child a pleiepenger claim is for (claimed_child.py), the
caregiver a child lives with alone (variables/common/sole_care.py)."""

import numpy

from openfisca_asb.rules.members import role_mask


def named_rows(person, period, naming_variable: str, role) -> numpy.ndarray:
    """Per person: the row of the person in `role` of the same family whose id `naming_variable` names; -1 where it
    names none (or no such person)."""
    rows = numpy.full(person.count, -1)
    named = person(naming_variable, period)
    naming = numpy.flatnonzero(named != named.dtype.type(""))
    if not len(naming):
        return rows
    familie = person.simulation.populations["familie"]
    family = familie.members_entity_id
    ids = person("person_id", period)
    in_role = {(family[row], ids[row]): row for row in numpy.flatnonzero(role_mask(familie, role))}
    for row in naming:
        rows[row] = in_role.get((family[row], named[row]), -1)
    return rows
