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
from openfisca_asb.facts.periods import training_by_month
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.row_dates import DAY_OF_MONTH_ASKED, YEARS_FROM_PERIOD

# Structural inputs the builder derives from the family's shape, when the model has them.
CAREGIVER_NUMBER = "caregiver_number"
SOLE_CAREGIVER_NUMBER = "sole_caregiver_number"
PERSON_ID = "person_id"  # each person's id, for a fact that names another person (pleiepenger_child)
# A fact naming a person, and the structural copy the rules read it through (named_child.py).
NAMED_PERSON_COPIES = {"pleiepenger_child": "pleiepenger_child_id"}
# A caregiver's training periods, month by month (variables/folketrygd/opplaeringspenger/training_days.py).
TRAINING_PERIODS_GIVEN = "opplaeringspenger_training_periods_given"
TRAINING_DAYS_DATED = "opplaeringspenger_training_days_dated"
TRAINING_WEEK_DATED = "opplaeringspenger_training_week_days_dated"
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


def first_numbers(variants) -> list[int]:
    """The `familie` number of each family when each is followed by its variants (one list per family)."""
    numbers, number = [], 0
    for family_variants in variants:
        numbers.append(number)
        number += 1 + len(family_variants)
    return numbers


def build_simulation(families, system, variants=(), years_from_period=(), days_asked=()) -> tuple[Simulation, list[PersonRow]]:
    """One simulation of `families`; with `variants` (one list per family), each family followed by its own.

    Family k is `familie` number `first_numbers(variants)[k]`, and its variant j (from 1) the number j after
    it: a copy of the family with one fact changed, written into the input columns rather than built as a
    new family. With `years_from_period` (whole years, one per family), family k's rows stand for the period
    computed that many years on (rules/row_dates.py; a timeline's dates in one run). With `days_asked` (one
    (month, day) per family, the month as the period computed, "2027-02"), family k's answer is for that day of
    that month (`day_of_month_asked`, set for that month alone).
    """
    variants = list(variants) or [[] for _ in families]
    if len(variants) != len(families):
        raise ValueError("one list of variants per family")
    first = first_numbers(variants)
    base_rows = person_rows(families)
    copies = Copies(base_rows, first, variants)
    builder = SimulationBuilder()
    builder.create_entities(system)
    builder.declare_person_entity("person", [f"{row.family}:{row.person.id}" for row in copies.rows])
    familie = builder.declare_entity("familie", [str(number) for number in range(len(copies.family_source))])
    builder.join_with_persons(
        familie,
        numpy.array([str(row.family) for row in copies.rows]),
        numpy.array([row.role for row in copies.rows]),
    )
    simulation = builder.build(system)
    _set_facts(simulation, system, base_rows, families, copies)
    _set_structure(simulation, system, base_rows, families, copies)
    _set_training_days(simulation, system, base_rows, copies, years_from_period)
    if any(years_from_period):
        years = numpy.array([years_from_period[row.family] for row in base_rows], dtype=int)
        simulation.set_input(YEARS_FROM_PERIOD, "ETERNITY", years[copies.person_source])
    for month in {month for month, day in days_asked if day != 1}:
        days = numpy.array([days_asked[row.family][1] if days_asked[row.family][0] == month else 1 for row in base_rows], dtype=int)
        simulation.set_input(DAY_OF_MONTH_ASKED, month, days[copies.person_source])
    return simulation, copies.rows


class Copies:
    """Where each family's copies (itself, then its variants) sit: for each row of the simulation, the
    family or person row of `families` it copies, and the cell each variant changes."""

    def __init__(self, base_rows, first, variants):
        self.variants = [(first[k] + j, variant) for k, family_variants in enumerate(variants)
                         for j, variant in enumerate(family_variants, start=1)]
        self.family_source = numpy.repeat(numpy.arange(len(first)), [1 + len(v) for v in variants])
        members = [[] for _ in first]
        for position, row in enumerate(base_rows):
            members[row.family].append(position)
        self.person_source = numpy.array(
            [position for k in range(len(first)) for _copy in range(1 + len(variants[k])) for position in members[k]], dtype=int)
        self.rows = [PersonRow(first[k] + copy, base_rows[position].role, base_rows[position].person)
                     for k in range(len(first)) for copy in range(1 + len(variants[k])) for position in members[k]]
        self._row_of = {(row.family, row.person.id): i for i, row in enumerate(self.rows)}

    def cell(self, number: int, person_id: str | None) -> int:
        """The cell of variant `number`'s changed fact: its family's, or its person's."""
        return number if person_id is None else self._row_of[(number, person_id)]


def _set_facts(simulation, system, base_rows, families, copies: Copies):
    given = {
        "family": [with_gate_answers(facts_given(family)) for family in families],
        "person": [with_gate_answers(facts_given(row.person)) for row in base_rows],
    }
    varied: dict[str, list] = {}
    for number, variant in copies.variants:
        varied.setdefault(variant.fact, []).append((number, variant))
    for fact in vocabulary().values():
        on_family = fact.holder == "family"
        values = [holder.get(fact.id) for holder in given["family" if on_family else "person"]]
        if fact.id not in varied and all(value is None for value in values):
            continue
        variable = system.variables[fact.id]
        column = _column(variable, values)[copies.family_source if on_family else copies.person_source]
        for number, variant in varied.get(fact.id, []):
            column[copies.cell(number, None if on_family else variant.person)] = _column(variable, [variant.value])[0]
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


def _set_structure(simulation, system, base_rows, families, copies: Copies):
    """Caregiver numbers from the families' shape; variants share their family's."""
    if CAREGIVER_NUMBER in system.variables:
        numbers = numpy.array([_caregiver_number(families[row.family], row.person) for row in base_rows], dtype=int)
        simulation.set_input(CAREGIVER_NUMBER, "ETERNITY", numbers[copies.person_source])
    if PERSON_ID in system.variables:
        ids = system.variables[PERSON_ID]
        simulation.set_input(PERSON_ID, "ETERNITY", numpy.array([row.person.id for row in base_rows], dtype=ids.dtype)[copies.person_source])
    for fact, copy in NAMED_PERSON_COPIES.items():
        if copy in system.variables:
            named = [getattr(row.person, fact, None) or "" for row in base_rows]
            simulation.set_input(copy, "ETERNITY", numpy.array(named, dtype=system.variables[copy].dtype)[copies.person_source])
    if SOLE_CAREGIVER_NUMBER in system.variables:
        numbers = numpy.array([_sole_caregiver_number(families[row.family], row) for row in base_rows], dtype=int)
        simulation.set_input(SOLE_CAREGIVER_NUMBER, "ETERNITY", numbers[copies.person_source])


def _set_training_days(simulation, system, base_rows, copies: Copies, years_from_period):
    """Each caregiver's training periods as each month's training weekdays and fewest weekdays in a training week,
    set for the months they reach: a row standing for its period's dates `n` years on reads month m's for month m
    + n years (rules/row_dates.py)."""
    if TRAINING_DAYS_DATED not in system.variables:
        return
    given = numpy.array([getattr(row.person, "training_periods", None) is not None for row in base_rows])
    if not given.any():
        return
    simulation.set_input(TRAINING_PERIODS_GIVEN, "ETERNITY", given[copies.person_source])
    days: dict[str, numpy.ndarray] = {}
    weeks: dict[str, numpy.ndarray] = {}
    for position, row in enumerate(base_rows):
        years = years_from_period[row.family] if years_from_period else 0
        for month, (count, fewest) in training_by_month(getattr(row.person, "training_periods", None) or []).items():
            at = f"{int(month[:4]) - years:04d}{month[4:]}"
            days.setdefault(at, numpy.zeros(len(base_rows), dtype=int))[position] = count
            weeks.setdefault(at, numpy.zeros(len(base_rows), dtype=int))[position] = fewest
    for month in days:
        simulation.set_input(TRAINING_DAYS_DATED, month, days[month][copies.person_source])
        simulation.set_input(TRAINING_WEEK_DATED, month, weeks[month][copies.person_source])


def _caregiver_number(family, person) -> int:
    ids = [caregiver.id for caregiver in family.caregivers]
    return ids.index(person.id) if person.id in ids else NOT_ALONE


def _sole_caregiver_number(family, row) -> int:
    sole = getattr(row.person, "sole_caregiver", None)
    if row.role != "child" or sole is None:
        return NOT_ALONE
    return [caregiver.id for caregiver in family.caregivers].index(sole)
