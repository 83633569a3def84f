"""How much a timeline computes, known before it runs: the persons times the dates evaluated (review s22 H1).

A timeline answers the whole family on every date something may change (timeline_dates.py), all in one
simulation, so its running time grows with persons × dates: a family of 4 caregivers and 10 children born in
different months, over 19 years, is 190 dates × 14 persons and held the one compute thread for half a minute.
The dates are counted before anything is computed, so a service can refuse a timeline too large for it and
name the most years that fit.
"""

from datetime import date

from openfisca_asb.answer.timeline_dates import evaluation_dates, horizon
from openfisca_asb.rules.dates import years_later
from openfisca_asb.system import baseline_system


def dates_to_evaluate(family, start: date, years: int, reform=None, system=None) -> list[date]:
    """The start and every date after it that the timeline of `years` would answer the family on."""
    system = system or baseline_system()
    return [start, *evaluation_dates(family, system, horizon(family, start, years), reform)]


def persons(family) -> int:
    return len(family.caregivers) + len(family.children)


def most_years_within(family, start: date, dates: list[date], years: int, limit: int) -> int:
    """The most years, fewer than `years`, whose dates times the family's persons are at most `limit`; 0 if none.
    A shorter timeline evaluates the same dates up to its end (its horizon only ends sooner)."""
    for fewer in range(years - 1, 0, -1):
        end = years_later(start, fewer)
        if persons(family) * sum(1 for day in dates if day <= end) <= limit:
            return fewer
    return 0
