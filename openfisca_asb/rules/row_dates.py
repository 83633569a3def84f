"""The dates a simulation's row stands for: its period's, or a whole number of years away.

An answer's rows all stand for the period computed (`years_from_period` 0). A timeline answers
dates a whole number of years apart in one OpenFisca period (ADR 0015): a row with `n` stands
for the same month `n` years on (a negative `n`: earlier; the timeline's rows are all at or
below the period). Every formula that reads the period as a calendar date (an age, a weekday
count, a death before the month's end) reads it here, per row, so the row's own dates are
used; a period's place in the calendar (its month of the year, the months of its year) is the
same for every row, the years being whole. A row also says the day of the month its answer is asked
for (`day_of_month_asked`, 1 unless set), read only by an age limit judged by the day. Days are counted here rather than with DAY-period
variables, which cost about 40 times more.
"""

import numpy

YEARS_FROM_PERIOD = "years_from_period"
DAY_OF_MONTH_ASKED = "day_of_month_asked"


def years_from_period(population, period) -> numpy.ndarray:
    """Per member of `population` (persons or families), the whole years its row's dates lie from `period`'s.
    A family's are its members' (all the same; every family has its caregivers as members)."""
    if population.entity.is_person:
        return population(YEARS_FROM_PERIOD, period)
    return population.max(population.members(YEARS_FROM_PERIOD, period))


def first_day(population, period) -> numpy.ndarray:
    """Per member, the first day of `period` (a month or a year: the first of a month) on the row's own dates."""
    return _month_on_row(population, period, period.start.date).astype("datetime64[D]")


def day_asked(person, period) -> numpy.ndarray:
    """Per person, the day of `period`'s first month the row's answer is asked for (`day_of_month_asked`), on the
    row's own dates; the month's last day where the day does not exist in it (29 February on a year apart)."""
    asked = first_day(person, period) + (person(DAY_OF_MONTH_ASKED, period.first_month) - 1).astype("timedelta64[D]")
    return numpy.minimum(asked, last_day(person, period.first_month))


def last_day(population, period) -> numpy.ndarray:
    """Per member, the last day of `period` (a month's or a year's last day, February's on a leap year too)."""
    return (_month_on_row(population, period, period.stop.date) + 1).astype("datetime64[D]") - 1


def calendar_year(population, period) -> numpy.ndarray:
    """Per member, the calendar year `period` starts in, on the row's own dates."""
    return period.start.year + years_from_period(population, period)


def weekdays_in(population, period) -> numpy.ndarray:
    """Per member, the Monday–Friday days in `period` on the row's own dates: NAV pays pleiepenger and
    sykepenger for five days a week."""
    return numpy.busday_count(first_day(population, period), last_day(population, period) + 1)


def _month_on_row(population, period, day) -> numpy.ndarray:
    """Per member, the month of `day` (a day of `period`) on the row's own dates."""
    return numpy.datetime64(day, "M") + 12 * years_from_period(population, period).astype("timedelta64[M]")
