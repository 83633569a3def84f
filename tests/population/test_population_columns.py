"""Columns to numpy through Arrow's buffers, and one simulation frame refilled part after part (issue 20).

Engineering properties, not values of the law: a column read through its buffers, codes and
validity bitmap gives what reading it value by value gives (a null or an unknown name is the
variable's default, as in a family file), whatever the table's slicing and chunking; and a
frame refilled for another part computes what a freshly built simulation computes.
"""

from datetime import date

import numpy
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_asb.population import generator
from openfisca_asb.population.columnar import chunk_arrays
from openfisca_asb.population.frame import SimulationFrame, build_simulation
from openfisca_asb.population.schema import fact_columns
from openfisca_asb.system import baseline_system

# hjelpestønad, pleiepenger, omsorgspenger (its counts are memoised on the simulation), barnetilsyn, BPA
COMPUTED = {"hjelpestonad_status": "2026-03", "forhoyet_hjelpestonad_amount": "2026-03", "chapter_9_daily_rate": "2026-03",
            "omsorgspenger_status": "2026", "omsorgsdager_own_days": "2026", "barnetilsyn_amount": "2026-03", "bpa_status": "2026-03"}


@pytest.fixture(scope="module")
def from_file(tmp_path_factory) -> pa.Table:
    """A generated population as Parquet gives it back: choices dictionary-encoded, child facts null for caregivers."""
    path = tmp_path_factory.mktemp("columns") / "population.parquet"
    generator.write(path, 600, seed=5)
    return pq.read_table(path)


def _one_by_one(column: pa.ChunkedArray, variable, kind: str) -> list:
    """The reference: each value read as a Python object, a null or an unknown name → the variable's default."""
    default = variable.default_value
    if kind == "choice":
        names = [item.name for item in variable.possible_values]
        return [names.index(value) if value in names else default.index for value in column.to_pylist()]
    return [default if value is None else value for value in column.to_pylist()]


def _first_rows(table: pa.Table) -> list[int]:
    family = table.column("family").to_pylist()
    return [row for row in range(len(family)) if row == 0 or family[row] != family[row - 1]]


def _expected(table: pa.Table, name: str) -> numpy.ndarray:
    column = fact_columns()[name]
    values = _one_by_one(table.column(name), baseline_system().variables[name], column.kind)
    if column.holder == "family":
        values = [values[row] for row in _first_rows(table)]
    return numpy.asarray(values)


def _check_facts(table: pa.Table) -> None:
    arrays = chunk_arrays(table, baseline_system())
    kommuner = table.column("kommunenummer").to_pylist()
    assert arrays.kommunenummer.tolist() == [kommuner[row] for row in _first_rows(table)]
    assert arrays.is_child.tolist() == [role == "child" for role in table.column("role").to_pylist()]
    for name in table.column_names:
        if name in fact_columns() and fact_columns()[name].kind != "date":
            expected = _expected(table, name).astype(baseline_system().variables[name].dtype)  # as OpenFisca holds it
            assert arrays.facts[name][1].tolist() == expected.tolist(), name


def test_a_file_read_through_buffers_equals_reading_value_by_value(from_file):
    assert from_file.column("has_lasting_illness").null_count > 0  # the null path is exercised
    assert pa.types.is_dictionary(from_file.column("has_lasting_illness").type)
    _check_facts(from_file)


def test_a_slice_at_an_odd_row_and_a_table_of_several_chunks_read_the_same(from_file):
    # A slice starts inside a byte of the validity bitmap and inside the buffers (offset 3).
    starts = numpy.flatnonzero(numpy.diff(from_file.column("family").to_numpy())) + 1
    sliced = from_file.slice(int(starts[0]), int(starts[-1] - starts[0]))
    assert sliced.column("has_lasting_illness").chunks[0].offset > 0
    _check_facts(sliced)
    middle = int(starts[len(starts) // 2])
    chunked = pa.concat_tables([from_file.slice(0, middle), from_file.slice(middle)])
    assert chunked.column("has_lasting_illness").num_chunks == 2
    _check_facts(chunked)


def test_a_dictionary_in_another_order_with_an_unknown_name_and_nulls():
    # Dictionary ["yes", "bogus", "no"]: codes 0, 1, 2 and a null → yes, the default (unknown), no, the default.
    answers = pa.DictionaryArray.from_arrays(pa.array([0, 1, 2, None], pa.int8()), pa.array(["yes", "bogus", "no"]))
    table = pa.table({"family": [0, 0, 1, 1], "role": ["caregiver", "child", "caregiver", "child"],
                      "birth_date": pa.array([date(1980, 1, 1)] * 4, pa.date32()),
                      "has_lasting_illness": answers})
    variable = baseline_system().variables["has_lasting_illness"]
    names = [item.name for item in variable.possible_values]
    unknown = variable.default_value.index
    values = chunk_arrays(table, baseline_system()).facts["has_lasting_illness"][1]
    assert values.tolist() == [names.index("yes"), unknown, names.index("no"), unknown]
    assert values.dtype == numpy.int16


def _computed(simulation) -> dict:
    return {name: numpy.asarray(simulation.calculate(name, period)).tolist() for name, period in COMPUTED.items()}


def test_a_frame_refilled_for_another_part_computes_what_a_fresh_simulation_computes(from_file):
    system = baseline_system()
    starts = numpy.flatnonzero(numpy.diff(from_file.column("family").to_numpy())) + 1
    first, second = from_file.slice(0, int(starts[199])), from_file.slice(int(starts[199]))  # 200 families, then 400
    frame = SimulationFrame(system)
    frame.load(chunk_arrays(first, system))
    _computed(frame.simulation)
    assert "_omsorgspenger_counts" in vars(frame.simulation)  # the first part left a memo behind
    frame.clear()
    assert "_omsorgspenger_counts" not in vars(frame.simulation)
    arrays = chunk_arrays(second, system)
    reused = _computed(frame.load(arrays))
    assert reused == _computed(build_simulation(arrays, system))
    assert len(reused["hjelpestonad_status"]) == arrays.persons
