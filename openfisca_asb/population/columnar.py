"""A chunk of the population → numpy arrays, one per fact, for one OpenFisca simulation (frame.py).

The same simulation `situation.build_simulation` builds from pydantic families,
without the per-person Python objects: persons and families are declared from
arrays, facts are set as whole columns. A null is a fact not given and keeps
the variable's default (unknown / not given), as in a family file.

Columns reach numpy through Arrow's buffers: a number column without nulls is
a view of Arrow's memory (no copy), a choice column's integer codes are looked
up in its dictionary once per column (the few names, not the rows), a null is
found in the validity bitmap. No Arrow compute kernel runs over the rows of a
number or choice column.
"""

from dataclasses import dataclass

import numpy
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_asb.population.schema import FAMILY, ROLE, ROLES, SOLE_CAREGIVER, fact_columns
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
    facts: dict  # variable name → (entity key, numpy array; a choice as its enum indices)
    structure: dict  # structural inputs (caregiver numbers)

    @property
    def persons(self) -> int:
        return len(self.person_family)


def chunk_arrays(table: pa.Table, system) -> ChunkArrays:
    family_ids_per_person = _column(table.column(FAMILY), lambda chunk: _number(chunk, 0, numpy.int64))
    new_family = numpy.concatenate([[True], family_ids_per_person[1:] != family_ids_per_person[:-1]])
    family_start = numpy.flatnonzero(new_family)
    person_family = numpy.cumsum(new_family) - 1
    is_child = _column(table.column(ROLE), lambda chunk: _choice(chunk, ROLES, 0)) == ROLES.index("child")
    facts = {}
    for name in table.column_names:
        if name in fact_columns():
            column = fact_columns()[name]
            on_family = column.holder == "family"
            values = _values(table.column(name), system.variables[name], column.kind, family_start if on_family else None)
            facts[name] = ("familie" if on_family else "person", values)
    kommune = numpy.full(len(family_start), "")
    if "kommunenummer" in facts:  # as text (the fact itself is held as the variable's bytes)
        kommune = _text(table.column("kommunenummer").take(family_start), "", str)
    return ChunkArrays(
        families=len(family_start),
        person_family=person_family,
        family_start=family_start,
        is_child=is_child,
        family_ids=family_ids_per_person[family_start],
        kommunenummer=kommune,
        facts=facts,
        structure=_structure(table, person_family, family_start, is_child),
    )


def _values(column: pa.ChunkedArray, variable, kind: str, rows: numpy.ndarray | None) -> numpy.ndarray:
    """The column as the variable's values, `rows` only (all rows when None); a null → the variable's default."""
    default = variable.default_value
    if kind == "text":  # only the rows asked, each distinct text converted once (to the variable's dtype)
        return _text(column if rows is None else column.take(rows), default, variable.dtype)
    if kind == "choice":
        names = tuple(item.name for item in variable.possible_values)
        values = _column(column, lambda chunk: _choice(chunk, names, default.index))
    elif kind == "date":
        values = pc.fill_null(column, pa.scalar(default, pa.date32())).to_numpy().astype("datetime64[D]")
    else:
        dtype = numpy.float32 if kind == "number" else numpy.int32
        values = _column(column, lambda chunk: _number(chunk, default, dtype))
    return values if rows is None else values[rows]


def _column(column: pa.ChunkedArray, decode) -> numpy.ndarray:
    parts = [decode(chunk) for chunk in column.chunks]
    if len(parts) == 1:
        return parts[0]
    return numpy.concatenate(parts) if parts else decode(pa.array([], column.type))


def _number(chunk: pa.Array, default, dtype) -> numpy.ndarray:
    """As `dtype`, `default` where null: a read-only view of Arrow's buffer when it has no null and the type matches."""
    if not (pa.types.is_integer(chunk.type) or pa.types.is_floating(chunk.type)):
        return pc.fill_null(chunk, default).to_numpy(zero_copy_only=False).astype(dtype)
    values = _buffer(chunk).astype(dtype, copy=False)
    valid = _validity(chunk)
    return values if valid is None else numpy.where(valid.view(bool), values, numpy.asarray(default, dtype))


def _choice(chunk: pa.Array, names: tuple[str, ...], default: int) -> numpy.ndarray:
    """The enum index (int16) of each stored name; a null or a name the variable does not know → `default`.

    A dictionary-encoded column (as the generator writes, and Parquet keeps) is decoded through
    its dictionary: the few names are looked up once, the rows are integer codes into them.
    """
    value_set = pa.array(names, pa.string())
    if not pa.types.is_dictionary(chunk.type):
        return pc.fill_null(pc.index_in(pc.cast(chunk, pa.string()), value_set=value_set), default).to_numpy().astype(numpy.int16)
    known = pc.fill_null(pc.index_in(pc.cast(chunk.dictionary, pa.string()), value_set=value_set), default)
    lookup = known.to_numpy().astype(numpy.int16)
    codes = _buffer(chunk.indices)
    if numpy.array_equal(lookup, numpy.arange(len(lookup))):  # the dictionary lists the names in the enum's order
        indices = codes.astype(numpy.int16)
    else:  # what lies under a null may be any code: clipped here, replaced below
        indices = lookup.take(codes, mode="clip") if len(lookup) else numpy.full(len(codes), default, numpy.int16)
    valid = _validity(chunk.indices)
    if valid is None:
        return indices
    # default where null, by arithmetic: a masked copy branches on every row, and child facts
    # alternate with their caregivers' nulls row by row (several times slower)
    return numpy.int16(default) + (indices - numpy.int16(default)) * valid


def _text(column: pa.ChunkedArray, default: str, dtype) -> numpy.ndarray:
    """As `dtype` (numpy str, or bytes for a variable with a maximum length), each distinct text converted once."""
    encoded = pc.dictionary_encode(pc.fill_null(pc.cast(column, pa.string()), default)).combine_chunks()
    texts = numpy.asarray(encoded.dictionary.to_pylist(), dtype=str).astype(dtype)
    return texts[_buffer(encoded.indices)] if len(encoded) else numpy.zeros(0, dtype=dtype)


def _buffer(array: pa.Array) -> numpy.ndarray:
    """A read-only view of a fixed-width array's values (whatever lies under a null: see `_validity`)."""
    dtype = numpy.dtype(array.type.to_pandas_dtype())
    data = array.buffers()[1]
    if data is None:
        return numpy.zeros(len(array), dtype)
    return numpy.frombuffer(data, dtype, len(array), array.offset * dtype.itemsize)


def _validity(array: pa.Array) -> numpy.ndarray | None:
    """1 where the array has a value, 0 where it is null (uint8, its validity bitmap unpacked); None without nulls."""
    if array.null_count == 0:
        return None
    bits = numpy.frombuffer(array.buffers()[0], numpy.uint8)
    return numpy.unpackbits(bits, count=array.offset + len(array), bitorder="little")[array.offset:]


def _structure(table, person_family, family_start, is_child) -> dict:
    position = numpy.arange(len(person_family)) - family_start[person_family]
    caregiver_number = numpy.where(is_child, NOT_ALONE, position)
    if SOLE_CAREGIVER in table.column_names:
        sole = _column(table.column(SOLE_CAREGIVER), lambda chunk: _number(chunk, NOT_ALONE, numpy.int32))
        sole = numpy.where(is_child, sole, NOT_ALONE)
    else:
        sole = numpy.full(len(person_family), NOT_ALONE, dtype=numpy.int32)
    return {CAREGIVER_NUMBER: caregiver_number, SOLE_CAREGIVER_NUMBER: sole}
