"""A chunk of the population → one OpenFisca simulation, straight from columns.

The same simulation `situation.build_simulation` builds from pydantic families,
without the per-person Python objects: persons and families are declared from
arrays, facts are set as whole columns. A null is a fact not given and keeps
the variable's default (unknown / not given), as in a family file.
"""

from dataclasses import dataclass

import numpy
import pyarrow as pa
import pyarrow.compute as pc
from openfisca_core.simulations import Simulation

from openfisca_asb.population.schema import FAMILY, ROLE, SOLE_CAREGIVER, fact_columns
from openfisca_asb.facts.situation import CAREGIVER_NUMBER, NOT_ALONE, SOLE_CAREGIVER_NUMBER


@dataclass
class ChunkArrays:
    """One chunk's structure and facts as numpy arrays: built once, used by every simulation of the chunk."""

    families: int
    person_family: numpy.ndarray  # local family index (0…families-1) per person
    family_start: numpy.ndarray  # first person row of each family
    is_child: numpy.ndarray
    family_ids: numpy.ndarray  # the file's family numbers
    kommunenummer: numpy.ndarray  # per family, str
    facts: dict  # variable name → (entity key, numpy array)
    structure: dict  # structural inputs (caregiver numbers)

    @property
    def persons(self) -> int:
        return len(self.person_family)


def chunk_arrays(table: pa.Table, system) -> ChunkArrays:
    family_ids_per_person = table.column(FAMILY).to_numpy()
    new_family = numpy.concatenate([[True], family_ids_per_person[1:] != family_ids_per_person[:-1]])
    family_start = numpy.flatnonzero(new_family)
    person_family = numpy.cumsum(new_family) - 1
    is_child = pc.equal(pc.cast(table.column(ROLE), pa.string()), "child").to_numpy(zero_copy_only=False)
    facts = {}
    for name in table.column_names:
        if name in fact_columns():
            column = fact_columns()[name]
            values = _values(table.column(name), system.variables[name], column.kind)
            on_family = column.holder == "family"
            facts[name] = ("familie" if on_family else "person", values[family_start] if on_family else values)
    kommune = facts.get("kommunenummer", ("familie", numpy.full(len(family_start), "", dtype=object)))[1]
    return ChunkArrays(
        families=len(family_start),
        person_family=person_family,
        family_start=family_start,
        is_child=is_child,
        family_ids=family_ids_per_person[family_start],
        kommunenummer=numpy.asarray(kommune).astype(str),
        facts=facts,
        structure=_structure(table, person_family, family_start, is_child),
    )


def _values(column: pa.ChunkedArray, variable, kind: str) -> numpy.ndarray:
    default = variable.default_value
    if kind == "choice":
        names = pa.array([item.name for item in variable.possible_values])
        parts = [_choice_indices(chunk, names, default.index) for chunk in column.chunks]
        return numpy.concatenate(parts) if parts else numpy.zeros(0, dtype=numpy.int16)
    if kind == "date":
        filled = pc.fill_null(column, pa.scalar(default, pa.date32()))
        return filled.to_numpy().astype("datetime64[D]")
    if kind == "text":
        return numpy.asarray(pc.fill_null(pc.cast(column, pa.string()), default).to_numpy(zero_copy_only=False)).astype(str)
    dtype = numpy.float32 if kind == "number" else numpy.int32
    return pc.fill_null(column, default).to_numpy().astype(dtype)


def _choice_indices(chunk: pa.Array, names: pa.Array, default: int) -> numpy.ndarray:
    """The enum index of each stored name; a null or a name the variable does not know → `default`.

    A dictionary-encoded column (as the generator writes, and Parquet keeps) is decoded through
    its dictionary: the few names are looked up once, the rows are integer codes into them.
    """
    if not pa.types.is_dictionary(chunk.type):
        return pc.fill_null(pc.index_in(pc.cast(chunk, pa.string()), value_set=names), default).to_numpy().astype(numpy.int16)
    known = pc.fill_null(pc.index_in(pc.cast(chunk.dictionary, pa.string()), value_set=names), default)
    lookup = numpy.append(known.to_numpy().astype(numpy.int16), numpy.int16(default))  # code -1 (a null row) → default
    codes = pc.fill_null(chunk.indices.cast(pa.int32()), -1).to_numpy()
    return lookup[codes]


def _structure(table, person_family, family_start, is_child) -> dict:
    position = numpy.arange(len(person_family)) - family_start[person_family]
    caregiver_number = numpy.where(is_child, NOT_ALONE, position)
    if SOLE_CAREGIVER in table.column_names:
        sole = pc.fill_null(table.column(SOLE_CAREGIVER), NOT_ALONE).to_numpy().astype(numpy.int32)
        sole = numpy.where(is_child, sole, NOT_ALONE)
    else:
        sole = numpy.full(len(person_family), NOT_ALONE, dtype=numpy.int32)
    return {CAREGIVER_NUMBER: caregiver_number, SOLE_CAREGIVER_NUMBER: sole}


def build_simulation(arrays: ChunkArrays, system) -> Simulation:
    populations = system.instantiate_entities()
    persons, familie = populations["person"], populations["familie"]
    persons.count, persons.ids = arrays.persons, numpy.arange(arrays.persons)
    familie.count, familie.ids = arrays.families, numpy.arange(arrays.families)
    familie.members_entity_id = arrays.person_family
    caregiver, child = familie.entity.flattened_roles
    familie.members_role = numpy.where(arrays.is_child, child, caregiver)
    simulation = Simulation(system, populations)
    for name, (_, values) in arrays.facts.items():
        simulation.set_input(name, "ETERNITY", values)
    for name, values in arrays.structure.items():
        if name in system.variables:
            simulation.set_input(name, "ETERNITY", values)
    return simulation
