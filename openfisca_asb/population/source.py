"""A population to run: a Parquet file or an in-memory table, read in chunks of whole families.

A chunk is the unit of work (one simulation, or a few for a large row group),
and the same chunks are used whether a run is single-process or on Dask, so
the sums are added in the same order and the results are identical.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy
import pyarrow as pa
import pyarrow.parquet as pq

from openfisca_asb.population.defaults import DEFAULT_CHUNK_FAMILIES
from openfisca_asb.population.schema import FAMILY, PopulationFileError, check_columns

METADATA_KEY = b"openfisca_asb.population"


@dataclass(frozen=True)
class Chunk:
    """Where one chunk's rows are: row groups of a file, or a row range of a table."""

    number: int
    row_groups: tuple[int, ...] = ()
    rows: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class PopulationInfo:
    families: int
    persons: int
    reference_date: date | None
    seed: int | None


def population_metadata(families: int, seed: int, reference_date: date) -> dict[bytes, bytes]:
    return {METADATA_KEY: json.dumps({"families": families, "seed": seed, "reference_date": reference_date.isoformat()}).encode()}


def _info(metadata: dict | None, families: int, persons: int) -> PopulationInfo:
    recorded = json.loads(metadata[METADATA_KEY]) if metadata and METADATA_KEY in metadata else {}
    reference = recorded.get("reference_date")
    return PopulationInfo(families, persons, date.fromisoformat(reference) if reference else None, recorded.get("seed"))


class FileSource:
    """A Parquet population file; each row group is a chunk (the generator writes whole families per group)."""

    def __init__(self, path):
        self.path = str(Path(path))
        try:
            self._file = pq.ParquetFile(self.path)
        except (OSError, pa.ArrowInvalid) as error:
            raise PopulationFileError(f"population file {self.path}: cannot be read as Parquet ({error})",
                                      f"befolkningsfil {self.path}: kan ikke leses som Parquet") from error
        check_columns(self._file.schema_arrow.names)
        self._check_row_groups()

    def _family_range(self, group: int) -> tuple[int, int]:
        family = self._file.read_row_group(group, columns=[FAMILY]).column(FAMILY).to_numpy()
        return (int(family[0]), int(family[-1])) if len(family) else (0, -1)

    def _check_row_groups(self) -> None:
        previous_last = None
        for group in range(self._file.num_row_groups):
            first, last = self._family_range(group)
            if previous_last is not None and first <= previous_last:
                raise PopulationFileError(
                    f"population file {self.path}: family {first} is split across row groups {group - 1} and {group}; "
                    "write each family within one row group (the generator does)",
                    f"befolkningsfil {self.path}: familie {first} er delt mellom radgruppe {group - 1} og {group}; "
                    "skriv hver familie i én radgruppe (som generatoren gjør)",
                )
            previous_last = last

    def info(self) -> PopulationInfo:
        metadata = self._file.schema_arrow.metadata
        families = sum(self._family_count(g) for g in range(self._file.num_row_groups))
        return _info(metadata, families, self._file.metadata.num_rows)

    def _family_count(self, group: int) -> int:
        family = self._file.read_row_group(group, columns=[FAMILY]).column(FAMILY).to_numpy()
        return int(numpy.count_nonzero(numpy.diff(family))) + 1 if len(family) else 0

    def chunks(self) -> list[Chunk]:
        return [Chunk(number=g, row_groups=(g,)) for g in range(self._file.num_row_groups)]

    def read(self, chunk: Chunk) -> pa.Table:
        return self._file.read_row_groups(list(chunk.row_groups))

    def locator(self):
        """What a Dask worker needs to open the same source: the path."""
        return self.path


class TableSource:
    """An in-memory population (the API's jobs): chunks of `chunk_families` families."""

    def __init__(self, table: pa.Table, chunk_families: int = DEFAULT_CHUNK_FAMILIES):
        check_columns(table.column_names)
        self.table = table
        family = table.column(FAMILY).to_numpy()
        starts = numpy.flatnonzero(numpy.concatenate([[True], family[1:] != family[:-1]])) if len(family) else numpy.array([], int)
        self._starts = starts
        self.chunk_families = chunk_families

    def info(self) -> PopulationInfo:
        return _info(self.table.schema.metadata, len(self._starts), self.table.num_rows)

    def chunks(self) -> list[Chunk]:
        bounds = [*self._starts[:: self.chunk_families].tolist(), self.table.num_rows]
        return [Chunk(number=i, rows=(bounds[i], bounds[i + 1])) for i in range(len(bounds) - 1)]

    def read(self, chunk: Chunk) -> pa.Table:
        start, stop = chunk.rows
        return self.table.slice(start, stop - start)

    def locator(self):
        return self


def open_source(population) -> FileSource | TableSource:
    """A path, a pyarrow Table or an already opened source."""
    if isinstance(population, (FileSource, TableSource)):
        return population
    if isinstance(population, pa.Table):
        return TableSource(population)
    return FileSource(population)


def split_families(table: pa.Table, families_per_part: int) -> list[pa.Table]:
    """A chunk's table in parts of at most `families_per_part` whole families (bounded memory)."""
    family = table.column(FAMILY).to_numpy()
    if not len(family):
        return []
    starts = numpy.flatnonzero(numpy.concatenate([[True], family[1:] != family[:-1]]))
    bounds = [*starts[::families_per_part].tolist(), len(family)]
    return [table.slice(bounds[i], bounds[i + 1] - bounds[i]) for i in range(len(bounds) - 1)]
