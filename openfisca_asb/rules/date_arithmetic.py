"""Calendar arithmetic on numpy date vectors, as NAV's code does it with java.time.

`plusMonths`/`plusYears` keep the day of the month and clamp it to the last day
of a shorter month (31 January + 1 month = 28 or 29 February; 29 February + 18
years = 28 February). Weekdays are Monday–Friday, the days pleiepenger are paid.
"""

import numpy

DAYS_A_WEEK = 5  # Monday–Friday: NAV pays pleiepenger and opplæringspenger for five days a week, none for a weekend


def add_months(days, months) -> numpy.ndarray:
    """Each date plus a number of calendar months, the day clamped to the month's end."""
    days = numpy.asarray(days, dtype="datetime64[D]")
    first_of_month = days.astype("datetime64[M]")
    offset = days - first_of_month.astype("datetime64[D]")
    target = first_of_month + numpy.asarray(months).astype("timedelta64[M]")
    last_day = (target + 1).astype("datetime64[D]") - 1
    return numpy.minimum(target.astype("datetime64[D]") + offset, last_day)


def add_years(days, years) -> numpy.ndarray:
    return add_months(days, numpy.asarray(years) * 12)


def weekdays_between(start, stop) -> numpy.ndarray:
    """Monday–Friday days from `start` up to but not including `stop`; 0 when stop ≤ start."""
    start = numpy.asarray(start, dtype="datetime64[D]")
    stop = numpy.asarray(stop, dtype="datetime64[D]")
    stop = numpy.maximum(stop, start)
    return numpy.busday_count(start, stop)
