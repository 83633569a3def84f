"""From validated families to one vectorised OpenFisca simulation.

Every family becomes one `familie` group; its caregivers come first, then its
children. Facts become input arrays, so a thousand families cost about as much
as one. Facts left out keep the variable's default (unknown / not given), except
a follower whose group gate is answered "no" (facts/gates.py): it takes the gate's "no".
"""

from dataclasses import dataclass

import numpy
from openfisca_core.simulations import Simulation, SimulationBuilder

from openfisca_asb.facts.description import fact_kind
from openfisca_asb.facts.gates import facts_given, with_gate_answers
from openfisca_asb.facts.vocabulary import vocabulary

# Structural inputs the builder derives from the family's shape, when the model has them.
CAREGIVER_NUMBER = "caregiver_number"
SOLE_CAREGIVER_NUMBER = "sole_caregiver_number"
NOT_ALONE = -1


@dataclass(frozen=True)
class PersonRow:
    family: int
    role: str  # "caregiver" or "child"
    person: object  # the pydantic Caregiver or Child


def person_rows(families) -> list[PersonRow]:
    return [
        PersonRow(number, role, person)
        for number, family in enumerate(families)
        for role, persons in (("caregiver", family.caregivers), ("child", family.children))
        for person in persons
    ]


def build_simulation(families, system, variants=()) -> tuple[Simulation, list[PersonRow]]:
    """One simulation of `families`; with `variants`, of one family followed by its variants.

    Variant k (from 1) is family k: a copy of the family with one fact changed,
    written into the tiled input columns rather than built as a new family.
    """
    copies = 1 + len(variants)
    if variants and len(families) != 1:
        raise ValueError("variants are of one family")
    base_rows = person_rows(families)
    rows = [PersonRow(copy, row.role, row.person) for copy in range(copies) for row in base_rows] if variants else base_rows
    family_count = len(families) * copies
    builder = SimulationBuilder()
    builder.create_entities(system)
    builder.declare_person_entity("person", [f"{row.family}:{row.person.id}" for row in rows])
    familie = builder.declare_entity("familie", [str(number) for number in range(family_count)])
    builder.join_with_persons(
        familie,
        numpy.array([str(row.family) for row in rows]),
        numpy.array([row.role for row in rows]),
    )
    simulation = builder.build(system)
    _set_facts(simulation, system, base_rows, families, variants)
    _set_structure(simulation, system, base_rows, families, copies)
    return simulation, rows


def _set_facts(simulation, system, base_rows, families, variants):
    given = {
        "family": [with_gate_answers(facts_given(family)) for family in families],
        "person": [with_gate_answers(facts_given(row.person)) for row in base_rows],
    }
    varied: dict[str, list] = {}  # fact → (family number, variant) of its variants, in order
    for number, variant in enumerate(variants, start=1):
        varied.setdefault(variant.fact, []).append((number, variant))
    position = {row.person.id: i for i, row in enumerate(base_rows)}
    for fact in vocabulary().values():
        on_family = fact.holder == "family"
        values = [holder.get(fact.id) for holder in given["family" if on_family else "person"]]
        if fact.id not in varied and all(value is None for value in values):
            continue
        variable = system.variables[fact.id]
        column = numpy.tile(_column(variable, values), 1 + len(variants))
        for number, variant in varied.get(fact.id, ()):
            cell = number if on_family else number * len(base_rows) + position[variant.person]
            column[cell] = _column(variable, [variant.value])[0]
        simulation.set_input(fact.id, "ETERNITY", column)


def _column(variable, values):
    default = variable.default_value
    kind = fact_kind(variable)
    if kind in ("answer", "choice"):
        members = variable.possible_values
        return numpy.array([members[v].index if v is not None else default.index for v in values], dtype=numpy.int16)
    if kind == "date":
        return numpy.array([v if v is not None else default for v in values], dtype="datetime64[D]")
    return numpy.array([v if v is not None else default for v in values], dtype=variable.dtype)


def _set_structure(simulation, system, base_rows, families, copies):
    """Caregiver numbers from the families' shape; variants share it, so it is tiled."""
    if CAREGIVER_NUMBER in system.variables:
        numbers = [_caregiver_number(families[row.family], row.person) for row in base_rows]
        simulation.set_input(CAREGIVER_NUMBER, "ETERNITY", numpy.tile(numbers, copies))
    if SOLE_CAREGIVER_NUMBER in system.variables:
        numbers = [_sole_caregiver_number(families[row.family], row) for row in base_rows]
        simulation.set_input(SOLE_CAREGIVER_NUMBER, "ETERNITY", numpy.tile(numbers, copies))


def _caregiver_number(family, person) -> int:
    ids = [caregiver.id for caregiver in family.caregivers]
    return ids.index(person.id) if person.id in ids else NOT_ALONE


def _sole_caregiver_number(family, row) -> int:
    sole = getattr(row.person, "sole_caregiver", None)
    if row.role != "child" or sole is None:
        return NOT_ALONE
    return [caregiver.id for caregiver in family.caregivers].index(sole)
