"""The kommuner of 2024, their names and their children 0–17 on 1 January (data/kommuner.csv: SSB
table 07459 via FHI's csdata; NLOD 2.0 / MIT, see data/README.md). The one kommune table: the
family model checks a kommunenummer against it, the answer names the kommune from it, and the
population generator places families by it. It holds no websites (ADR 0020). The numbers of
2020–2023 no longer in use and the 2024 numbers they became (data/kommunenummer_2020_2023.csv,
the same csdata commit) read an older vedtak's number as the kommune's of 2024 (ADR 0020 addendum).

    from openfisca_asb.facts.kommuner import kommune_name, kommune_table
    kommune_name("0301")                  # "Oslo-Oslove" (the name as the source gives it); None if unknown
    numbers_in_2024("5401")               # ("5501",): the number of 2020–2023 became Tromsø's 5501
    numbers_before_2024("1580")           # ("1507",): Haram was part of 1507 Ålesund until 31 December 2023
    table = kommune_table()
    table.year_for(date(2025, 6, 1))      # 2025: the newest year on or before the date
    table.children(2025)["0301"]          # children 0–17 in Oslo on 1 January 2025
    table.shares(2025)                    # (numbers, each kommune's share of Norway's children)
"""

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy

DATA_FILE = Path(__file__).resolve().parent / "data" / "kommuner.csv"
# The numbers of 2020–2023 not in use from 1 January 2024, and the 2024 numbers they became (data/README.md).
EARLIER_NUMBERS_FILE = Path(__file__).resolve().parent / "data" / "kommunenummer_2020_2023.csv"
NEW_NUMBERS_FROM = date(2024, 1, 1)
ATTRIBUTION = (
    "SSB, tabell 07459 (folkemengde 1. januar), i kommunegrenser fra 2024 samlet av Folkehelseinstituttets csdata; "
    "NLOD 2.0 / MIT"
)
ATTRIBUTION_EN = (
    "Statistics Norway (SSB), table 07459 (population on 1 January), in 2024 kommune borders as collected by "
    "Folkehelseinstituttet's csdata; NLOD 2.0 / MIT"
)


@dataclass(frozen=True)
class KommuneTable:
    numbers: tuple[str, ...]
    names: tuple[str, ...]
    years: tuple[int, ...]
    population_by_year: dict[int, numpy.ndarray]
    children_by_year: dict[int, numpy.ndarray]

    def year_for(self, on: date | None) -> int:
        """The year whose 1 January figures hold on `on`: that year, or the newest one before it
        (the oldest year for a date before every year in the file)."""
        if on is None:
            return self.years[-1]
        earlier = [year for year in self.years if year <= on.year]
        return earlier[-1] if earlier else self.years[0]

    def children(self, year: int) -> dict[str, int]:
        return dict(zip(self.numbers, (int(v) for v in self.children_by_year[year])))

    def national_children(self, year: int) -> int:
        return int(self.children_by_year[year].sum())

    def shares(self, year: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        counts = self.children_by_year[year].astype(float)
        return numpy.array(self.numbers), counts / counts.sum()


@lru_cache(maxsize=1)
def kommune_table() -> KommuneTable:
    with open(DATA_FILE, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    years = sorted(int(column.rsplit("_", 1)[1]) for column in rows[0] if column.startswith("children_0_17_"))
    return KommuneTable(
        numbers=tuple(row["kommunenummer"] for row in rows),
        names=tuple(row["name"] for row in rows),
        years=tuple(years),
        population_by_year={y: numpy.array([int(row[f"population_{y}"]) for row in rows]) for y in years},
        children_by_year={y: numpy.array([int(row[f"children_0_17_{y}"]) for row in rows]) for y in years},
    )


@lru_cache(maxsize=1)
def kommune_names() -> dict[str, str]:
    table = kommune_table()
    return dict(zip(table.numbers, table.names))


def kommune_name(number: str | None) -> str | None:
    """The kommune's name as data/kommuner.csv gives it, or None for a number that is not one of the 357."""
    return kommune_names().get(number) if number else None


@lru_cache(maxsize=1)
def _renumbered() -> tuple[tuple[str, str], ...]:
    """(number of 2020–2023, number of 2024) for each number no longer in use from 1 January 2024."""
    with open(EARLIER_NUMBERS_FILE, encoding="utf-8", newline="") as file:
        return tuple((row["kommunenummer_2020_2023"], row["kommunenummer_2024"]) for row in csv.DictReader(file))


def numbers_in_2024(earlier: str | None) -> tuple[str, ...]:
    """The 2024 numbers a number of 2020–2023 no longer in use became: one, or two where the kommune was split
    (1507 → 1508 Ålesund, 1580 Haram); none for any other number."""
    return tuple(new for old, new in _renumbered() if old == earlier)


def numbers_before_2024(number: str | None) -> tuple[str, ...]:
    """The numbers of 2020–2023 that became this 2024 number; none where the number did not change."""
    return tuple(old for old, new in _renumbered() if new == number)
