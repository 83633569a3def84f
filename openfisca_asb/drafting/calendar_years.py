"""A reform's value that a right counted per calendar year reaches later (or earlier) than its date.

Some rights are counted per calendar year: the omsorgsdager of a year (ftrl § 9-6), the leave days
for a sick child that follow them (aml § 12-9), the state's toppfinansiering for the tilskudd year.
Their variables are computed per year and read their parameters on one day of the year: 1 January
(the quota for the year is known at its start), or 31 December (omsorgsopptjening, earned for the
year). A value dated 1 July therefore reaches such a right only from the next 1 January, or counts
for the whole year it falls in. Comparing or validating on 1 September of that year would show no
change, and a cut would pass with no one worse off (review s21 drafter H1).

Which variables are yearly and which parameters they read is read from the model's own trace
(facts/dependencies.py: each variable's `definition_period` and the day each parameter is read), for
the reformed system, so a structural reform's own formulas count too.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.rules.dates import FIRST_DATE, PROJECTION_HORIZON
from openfisca_asb.rules.texts import Text


@dataclass(frozen=True)
class CalendarYearChange:
    path: str
    start: date  # the day the reform's value is dated
    effective: date  # the first day the model applies it to the rights below
    rights: tuple[str, ...]  # catalogue ids of the rights counted per calendar year that read it

    @property
    def later(self) -> bool:
        """The model applies the value after its date (read on 1 January), not before it (read on 31 December)."""
        return self.effective > self.start


COUNTED_PER_YEAR = Text(
    nb="{rights} {verb} per kalenderår: en verdi fra {start} får virkning i modellen fra {effective} ({path}).",
    en="{rights} {verb} counted per calendar year: a value from {start} takes effect in the model from {effective} ({path}).",
)
VERB = {"nb": ("regnes", "regnes"), "en": ("is", "are")}
AND = {"nb": "og", "en": "and"}


def calendar_year_changes(reform) -> list[CalendarYearChange]:
    """Each value the reform dates on another day than 1 January that a right counted per calendar year reads,
    with the day the model applies it from."""
    found = []
    for change in reform.parameter_changes:
        if (change.start.month, change.start.day) == (1, 1):
            continue
        readers = _yearly_readers(reform.system, change.start, change.path)
        for day, rights in sorted(readers.items()):
            found.append(CalendarYearChange(change.path, change.start, _effective(change.start, day), tuple(rights)))
    return found


def warnings(changes: list[CalendarYearChange], language: str, on: date | None = None) -> list[str]:
    """One line per value; with `on`, only the values dated on or before it that the model does not apply yet."""
    shown = [change for change in changes if on is None or change.start <= on < change.effective]
    return [warning(change, language) for change in shown]


def warning(change: CalendarYearChange, language: str) -> str:
    names = [catalogue()[right].name.in_language(language) for right in change.rights]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {AND[language]} {names[-1]}"
    return COUNTED_PER_YEAR.in_language(language).format(
        rights=listed, verb=VERB[language][len(names) > 1], start=change.start, effective=change.effective, path=change.path)


def _yearly_readers(system, start: date, path: str) -> dict[str, list[str]]:
    """Day of the year read ('01-01' or '12-31') → the rights whose yearly variables read `path` on it."""
    on = min(max(start, FIRST_DATE), PROJECTION_HORIZON)
    graph = dependency_graph(system, f"{on.year:04d}-{on.month:02d}", f"{on.year:04d}")
    found: dict[str, list[str]] = {}
    for benefit in catalogue().values():
        names = benefit.variables.names() + [condition.variable for condition in benefit.conditions]
        days = {day[5:] for name in names for parameter, day, yearly in graph.parameters_below(name)
                if yearly and _reads(parameter, path) and day[5:] in ("01-01", "12-31")}
        for day in days:
            found.setdefault(day, []).append(benefit.id)
    return found


def _reads(parameter: str, path: str) -> bool:
    return parameter == path or path.startswith(parameter + ".")


def _effective(start: date, day_read: str) -> date:
    """Read on 1 January: from the next 1 January; read on 31 December: from the 1 January of its own year."""
    return date(start.year + 1, 1, 1) if day_read == "01-01" else date(start.year, 1, 1)
