"""A run's results as sums that add up chunk by chunk.

Every figure is a count or a sum (float64), or a largest/smallest value, so a
run is the chunks' sums added in chunk order — the same order whether the
chunks ran in one process or on Dask, which makes both results identical.
"""

from dataclasses import dataclass, field

import numpy

# Change per family (kroner per month, reform − baseline) is counted in these brackets.
CHANGE_EDGES = (-5000.0, -1000.0, -100.0, -0.5, 0.5, 100.0, 1000.0, 5000.0)
CHANGE_LABELS = {
    "en": ("lose more than 5 000", "lose 1 000–5 000", "lose 100–1 000", "lose under 100", "no change",
           "gain under 100", "gain 100–1 000", "gain 1 000–5 000", "gain more than 5 000"),
    "nb": ("taper over 5 000", "taper 1 000–5 000", "taper 100–1 000", "taper under 100", "ingen endring",
           "vinner under 100", "vinner 100–1 000", "vinner 1 000–5 000", "vinner over 5 000"),
}


@dataclass
class RunSums:
    totals: dict[str, numpy.ndarray] = field(default_factory=dict)
    kommuner: dict[str, numpy.ndarray] = field(default_factory=dict)
    kommune_columns: tuple[str, ...] = ()
    largest: dict[str, float] = field(default_factory=dict)
    smallest: dict[str, float] = field(default_factory=dict)
    chunks: int = 0

    def add(self, name: str, value) -> None:
        value = numpy.asarray(value, dtype=numpy.float64)
        self.totals[name] = self.totals[name] + value if name in self.totals else value.copy()

    def total(self, name: str, default=0.0):
        return self.totals.get(name, numpy.asarray(default, dtype=numpy.float64))

    def scalar(self, name: str) -> float:
        return float(self.total(name))


def combine(parts: list[RunSums]) -> RunSums:
    """The sums of several chunks, added in the order given."""
    result = RunSums()
    for part in parts:
        _add_into(result, part)
    return result


def _add_into(result: RunSums, part: RunSums) -> None:
    for name, value in part.totals.items():
        result.add(name, value)
    if part.kommune_columns:
        if result.kommune_columns and result.kommune_columns != part.kommune_columns:
            raise ValueError("population run: chunks disagree on the per-kommune columns")
        result.kommune_columns = part.kommune_columns
    for kommune, values in part.kommuner.items():
        result.kommuner[kommune] = result.kommuner[kommune] + values if kommune in result.kommuner else values.copy()
    for name, value in part.largest.items():
        result.largest[name] = max(result.largest.get(name, value), value)
    for name, value in part.smallest.items():
        result.smallest[name] = min(result.smallest.get(name, value), value)
    result.chunks += part.chunks
