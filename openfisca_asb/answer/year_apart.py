"""Dates a whole number of years apart, answered in one OpenFisca period (ADR 0015).

OpenFisca computes one period at a time, so every date a timeline answers costs
all of a period's formulas. Dates in the same month of the year are answered
together: the latest one's period is computed, each earlier date's family as rows
`years_from_period` below it, whose formulas read their own dates (rules/row_dates.py).
That holds only where the law is the same on both dates: no parameter a formula
read, at the instant it read it, and no variable computed may take a new value or
a new formula between the period's date and the row's. A run records what its
formulas read (`LawRead`); a date for which something moved is answered again at
its own period (the assembler's `assemble_on_dates`).
"""

import calendar
from bisect import bisect_right
from datetime import date, timedelta

from openfisca_core import periods
from openfisca_core.parameters import ParameterNodeAtInstant

from openfisca_asb.parameter_tree import dated_values, find, walk
from openfisca_asb.rules.dates import FIRST_DATE

# Holiday pay counts the months of its year from the model's first month (October 2017), a date not shifted per
# row: from 2018 on, all of a year's months count, for the period and for every row below it.
EARLIEST_SHARED = date(FIRST_DATE.year + 1, 1, 1)
FROM_THE_START = "0001-01-01"  # openfisca-core's start of a formula named without a date


def shared_periods(dates: list[date], system) -> list[date]:
    """For each date, the date whose period answers it: the latest date in the same month of the year with
    nothing in the law of `system` taking a new value in between (the law a date reads on its own day; what
    its formulas read on other days is checked after the run, `LawRead`); before EARLIEST_SHARED its own."""
    changes = sorted(_law_changes(system))
    periods: dict[date, date] = {}
    for month in {on.month for on in dates}:
        base = None
        for on in sorted({on for on in dates if on.month == month}, reverse=True):
            if base is None or on < EARLIEST_SHARED or _changes_between(changes, on, base):
                base = on
            periods[on] = base
    return [periods[on] for on in dates]


def _law_changes(system) -> set[date]:
    """Every day a parameter of `system` takes a value, a variable a formula, or a variable ends."""
    found = {day for _, day in dated_values(system.parameters)}
    return found.union(*(_formula_changes(variable) for variable in system.variables.values()))


def _changes_between(changes: list[date], low: date, high: date) -> bool:
    """Whether some day of the sorted `changes` lies in (low, high]."""
    return bisect_right(changes, high) > bisect_right(changes, low)


class LawRead:
    """What a simulation's formulas read of the law: each parameter by name with the day it was read on, and
    (from the simulation itself) the periods each variable with formulas was computed for. A traced simulation
    is not supported: the recording takes the place of openfisca-core's tracing of parameters."""

    def __init__(self, simulation):
        self.simulation = simulation
        self.parameters: set[tuple[str, date]] = set()
        self._changes: dict[str, tuple[date, ...] | None] = {}
        system = simulation.tax_benefit_system

        def parameters_at(instant):
            return _Recording(system.get_parameters_at_instant(instant), _day(instant), self.parameters)

        def run_formula(variable, population, period):
            """openfisca-core's `Simulation._run_formula`, the formula given the recording parameters."""
            formula = variable.get_formula(period)
            if formula is None:
                return None
            if formula.__code__.co_argcount == 2:
                return formula(population, period)
            return formula(population, period, parameters_at)

        simulation._run_formula = run_formula

    def moved_for(self, shifts) -> set[int]:
        """The `shifts` (whole years, may be negative) for which something read so far is not the same that many
        years from the day it was read on."""
        read = self._read()
        return {years for years in set(shifts) if years and any(_moves(changes, day, years) for changes, day in read)}

    def _read(self) -> list[tuple[tuple[date, ...] | None, date]]:
        """(the days it takes new values, the day read) for every parameter and dated formula the run read."""
        system = self.simulation.tax_benefit_system
        for name, _ in self.parameters:
            if name not in self._changes:
                self._changes[name] = _parameter_changes(system, name)
        read = [(self._changes[name], day) for name, day in self.parameters]
        return read + [(changes, period.start.date)
                       for population in self.simulation.populations.values()
                       for holder in population._holders.values() if (changes := _formula_changes(holder.variable))
                       for period in holder.get_known_periods() if period.unit != periods.DateUnit.ETERNITY]


class _Recording:
    """A node of the parameters at one instant that notes, by name, each value a formula takes from it."""

    __slots__ = ("_node", "_day", "_reads")

    def __init__(self, node, day: date, reads: set):
        self._node, self._day, self._reads = node, day, reads

    def __getattr__(self, key):
        if key.startswith("_"):  # the node's own attributes (its children, its name): the whole node is read
            return self._whole(getattr(self._node, key))
        return self._child(key, getattr(self._node, key))

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._child(key, self._node[key])
        return self._whole(self._node[key])  # fancy indexing by a vector reads the node's children

    def __iter__(self):
        return iter(self._whole(self._node))

    def _whole(self, value):
        self._reads.add((self._node._name, self._day))
        return value

    def _child(self, key: str, child):
        if isinstance(child, ParameterNodeAtInstant):
            return _Recording(child, self._day, self._reads)
        self._reads.add((f"{self._node._name}.{key}" if self._node._name else key, self._day))
        return child


def _day(instant) -> date:
    if isinstance(instant, periods.Period):
        return instant.start.date
    if isinstance(instant, periods.Instant):
        return instant.date
    return periods.instant(instant).date


def _parameter_changes(system, name: str) -> tuple[date, ...] | None:
    """The days the parameters at `name` (a leaf, or every leaf below a node) take a value; None if not found or
    if a leaf keeps its values elsewhere than in a list of dated values (a scale's brackets): unknown moves."""
    node = find(system.parameters, name) if name else system.parameters
    if node is None or any(_is_leaf(each) and not hasattr(each, "values_list") for each in walk(node)):
        return None
    return tuple(day for _, day in dated_values(node))


def _is_leaf(node) -> bool:
    return getattr(node, "children", None) is None


def _formula_changes(variable) -> tuple[date, ...]:
    """The days the variable takes a formula (none for one formula from the start of time), and the day after
    its end (it gives its default from then)."""
    starts = tuple(date.fromisoformat(start) for start in variable.formulas.keys() if start != FROM_THE_START)
    return starts + ((date.fromisoformat(str(variable.end)) + timedelta(days=1),) if variable.end else ())


def _moves(changes: tuple[date, ...] | None, day: date, years: int) -> bool:
    """Whether something changes between `day` and the same day `years` on (or back); unknown names move."""
    if changes is None:
        return True
    other = _years_on(day, years)
    low, high = min(day, other), max(day, other)
    return any(low < change <= high for change in changes)


def _years_on(day: date, years: int) -> date:
    """The same day `years` on; a month's last day (a period's end) gives the other month's last day."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, day.month, last if at_month_end else min(day.day, last))
