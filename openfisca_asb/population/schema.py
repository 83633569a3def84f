"""The columns of a population file, and the checks a file must pass.

One row per person, ordered by `family`; within a family the caregivers come
first, then the children. Every fact of the vocabulary may be a column (a null
is a fact not given, as in a family file); family facts are repeated on every
row of the family and read from its first row. Choice facts are stored as their
names (e.g. "yes", "sats_2"), so a file does not depend on enum order.
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_asb.facts.description import fact_kind
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.system import baseline_system

FAMILY = "family"
ROLE = "role"
SOLE_CAREGIVER = "sole_caregiver"
ROLES = ("caregiver", "child")
STRUCTURE = (FAMILY, ROLE, SOLE_CAREGIVER)
KOMMUNENUMMER_PATTERN = r"^\d{4}$"


class PopulationFileError(ValueError):
    """A population file or table that cannot be run; the message names the column, in English and bokmål."""

    def __init__(self, en: str, nb: str):
        super().__init__(en)
        self.nb = nb

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else str(self)


@dataclass(frozen=True)
class FactColumn:
    name: str
    holder: str  # child, caregiver, person or family
    kind: str  # choice, number, integer, date, text
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None


def _kind(variable) -> str:
    kind = fact_kind(variable)
    return "choice" if kind == "answer" else kind  # in a column, yes/no/unknown is a choice of three


@lru_cache(maxsize=1)
def fact_columns() -> dict[str, FactColumn]:
    """Every vocabulary fact as a column description, typed from the model's variable; not `sole_caregiver`, which a
    population file gives as a structure column (the caregiver's number in the family, not an id)."""
    system = baseline_system()
    columns = {}
    for fact in vocabulary().values():
        if fact.id in STRUCTURE:
            continue
        variable = system.variables[fact.id]
        kind = _kind(variable)
        choices = tuple(item.name for item in variable.possible_values) if kind == "choice" else ()
        pattern = KOMMUNENUMMER_PATTERN if fact.id == "kommunenummer" else fact.pattern
        columns[fact.id] = FactColumn(fact.id, fact.holder, kind, choices, fact.minimum, fact.maximum, pattern)
    return columns


def check_columns(names: list[str]) -> None:
    """Structure columns present, no column the vocabulary does not know."""
    missing = [name for name in (FAMILY, ROLE, "birth_date") if name not in names]
    if missing:
        raise PopulationFileError(f"population file: missing column(s) {', '.join(missing)}",
                                  f"befolkningsfil: kolonner mangler: {', '.join(missing)}")
    unknown = sorted(set(names) - set(STRUCTURE) - set(fact_columns()))
    if unknown:
        raise PopulationFileError(f"population file: unknown column(s) {', '.join(unknown)} (not in the fact vocabulary)",
                                  f"befolkningsfil: ukjente kolonner {', '.join(unknown)} (ikke i faktaordlisten)")


def check_table(table: pa.Table) -> None:
    """Values within the vocabulary's ranges and choices, families in order: one chunk at a time."""
    check_columns(table.column_names)
    _check_structure(table)
    for name in table.column_names:
        if name in fact_columns():
            _check_values(table, fact_columns()[name])


def _first_bad(mask) -> int:
    return int(numpy.flatnonzero(numpy.asarray(mask))[0])


def _check_structure(table: pa.Table) -> None:
    family = table.column(FAMILY).to_numpy()
    if len(family) and numpy.any(numpy.diff(family) < 0):
        row = _first_bad(numpy.diff(family) < 0) + 1
        raise PopulationFileError(f"population file: column 'family' must be in ascending order (row {row})",
                                  f"befolkningsfil: kolonnen 'family' må være i stigende rekkefølge (rad {row})")
    roles = pc.cast(table.column(ROLE), pa.string()).to_numpy(zero_copy_only=False)
    unknown = ~numpy.isin(roles, ROLES)
    if unknown.any():
        raise PopulationFileError(f"population file: column 'role' must be 'caregiver' or 'child' (row {_first_bad(unknown)})",
                                  f"befolkningsfil: kolonnen 'role' må være 'caregiver' eller 'child' (rad {_first_bad(unknown)})")
    is_child = roles == "child"
    same_family = numpy.concatenate([[False], family[1:] == family[:-1]])
    caregiver_after_child = same_family & ~is_child & numpy.concatenate([[False], is_child[:-1]])
    if caregiver_after_child.any():
        row = _first_bad(caregiver_after_child)
        raise PopulationFileError(f"population file: within a family, caregivers must come before children (row {row})",
                                  f"befolkningsfil: i en familie må omsorgspersonene komme før barna (rad {row})")
    if table.column("birth_date").null_count:
        raise PopulationFileError("population file: column 'birth_date' has empty values; every person needs one",
                                  "befolkningsfil: kolonnen 'birth_date' har tomme verdier; hver person må ha en")


def _check_values(table: pa.Table, column: FactColumn) -> None:
    values = table.column(column.name)
    if column.kind == "choice":
        names = pc.cast(values, pa.string())
        bad = pc.and_(pc.is_valid(names), pc.invert(pc.is_in(names, value_set=pa.array(column.choices))))
        if pc.any(bad).as_py():
            raise PopulationFileError(
                f"population file: column '{column.name}' has a value outside {list(column.choices)} (row {_first_bad(bad)})",
                f"befolkningsfil: kolonnen '{column.name}' har en verdi utenfor {list(column.choices)} (rad {_first_bad(bad)})",
            )
    elif column.kind in ("number", "integer"):
        low = column.minimum if column.minimum is not None else -numpy.inf
        high = column.maximum if column.maximum is not None else numpy.inf
        numbers = pc.cast(values, pa.float64())
        bad = pc.fill_null(pc.or_(pc.less(numbers, low), pc.greater(numbers, high)), False)
        if pc.any(bad).as_py():
            raise PopulationFileError(f"population file: column '{column.name}' must be between {low:g} and {high:g} (row {_first_bad(bad)})",
                                      f"befolkningsfil: kolonnen '{column.name}' må være mellom {low:g} og {high:g} (rad {_first_bad(bad)})")
    elif column.kind == "text" and column.pattern:
        bad = pc.invert(pc.fill_null(pc.match_substring_regex(pc.cast(values, pa.string()), column.pattern), True))
        if pc.any(bad).as_py():
            raise PopulationFileError(f"population file: column '{column.name}' must match {column.pattern} (row {_first_bad(bad)})",
                                      f"befolkningsfil: kolonnen '{column.name}' må passe mønsteret {column.pattern} (rad {_first_bad(bad)})")
