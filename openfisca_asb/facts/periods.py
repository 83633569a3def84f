"""Dated periods, given by a caseworker (issue 14 item 10, ADR 0021).

A child's care periods carry the tilsyn (hours a day) and the nattevåk/beredskap
answer that hold from one day to another; days outside every period keep the
child's family-level facts. A caregiver's training periods give the opplæringspenger
training days as dates. They are optional: leaving them out gives the
family-level answer. A period may run across months, inside the dates the model
covers: each month counts the part of it inside that month, as NAV's uttak cuts a
søknadsperiode at every knekkpunkt (review s22 caseworker M2). The texts here are
their vocabulary, in bokmål and English.
"""

from datetime import date, timedelta
from typing import Annotated

import numpy
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from openfisca_asb.facts.json_values import number_only
from openfisca_asb.rules.date_arithmetic import DAYS_A_WEEK
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, date_problem, iso_date_only, range_text

MAX_PERIODS = 31  # bounds the input: a person's periods, one a day of a month at most

# A day counts for at most 7.5 hours of tilsyn (the model caps it, as NAV's FULL_DAG); 24 bounds the input.
HOURS_IN_A_DAY = 24


def _inside_the_model(day: date) -> date:
    """A period's day inside the dates the model covers, else refused naming the range (as a date asked is)."""
    problem = date_problem(day)
    if problem is not None:
        raise PydanticCustomError("date_outside_model_range", "{en}", {"en": problem.en, "nb": problem.nb,
                                                                        "first": FIRST_DATE.isoformat(), "last": LAST_DATE.isoformat()})
    return day


Day = Annotated[date, BeforeValidator(iso_date_only)]
DayInTheModel = Annotated[date, BeforeValidator(iso_date_only), AfterValidator(_inside_the_model)]


def _described(nb: str, en: str, help_nb: str | None = None, help_en: str | None = None, unit: str | None = None) -> dict:
    extra = {"question_nb": nb, "question_en": en}
    if unit:
        extra["unit"] = unit
    if help_nb:
        extra.update(help_nb=help_nb, help_en=help_en)
    return {"description": f"{en} ({nb})", "json_schema_extra": extra}


class DatedPeriod(BaseModel):
    """From one day to another, both days included."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first_day: Day = Field(**_described("Første dag i perioden", "First day of the period"))
    last_day: Day = Field(**_described("Siste dag i perioden (tas med)", "Last day of the period (included)"))

    @model_validator(mode="after")
    def _in_order(self):
        if self.last_day < self.first_day:
            raise PydanticCustomError(
                "period_order", "last_day {last} is before first_day {first}",
                {"last": self.last_day.isoformat(), "first": self.first_day.isoformat(),
                 "nb": f"siste dag {self.last_day} er før første dag {self.first_day}"},
            )
        return self


class CaseworkerPeriod(DatedPeriod):
    """A period a caseworker gives: it may run across months, inside the dates the model covers (the timeline's own
    periods, past them, are plain `DatedPeriod`s)."""

    first_day: DayInTheModel = Field(**_described(f"Første dag i perioden ({range_text('nb')})",
                                                  f"First day of the period ({range_text('en')})"))
    last_day: DayInTheModel = Field(**_described(f"Siste dag i perioden, tas med ({range_text('nb')})",
                                                 f"Last day of the period, included ({range_text('en')})"))


class CarePeriod(CaseworkerPeriod):
    """Tilsyn and nattevåk/beredskap for a child from one day to another, both days included."""

    supervision_hours_per_day: Annotated[
        float, Field(ge=0, le=HOURS_IN_A_DAY, allow_inf_nan=False), BeforeValidator(number_only),
    ] | None = Field(
        default=None,
        **_described(
            "Etablert tilsyn i perioden: timer per dag barnet har fast tilsyn av andre",
            "Established supervision in the period: hours a day the child is supervised by others",
            "Tom: barnets svar om timer i uken gjelder. En dag teller høyst 7,5 timer; under 10 % av 7,5 timer ses bort fra.",
            "Empty: the child's answer in hours a week applies. A day counts for at most 7.5 hours; less than 10 % of 7.5 hours is disregarded.",
            unit="hours per day",
        ),
    )
    # true or false only: pydantic would otherwise read the texts 'on', 'y' or '1' as true, without a word.
    night_watch_or_standby: StrictBool | None = Field(
        default=None,
        **_described(
            "Nattevåk eller beredskap i perioden",
            "Night watch or standby in the period",
            "Ja: tilsynet i perioden trekkes ikke fra (folketrygdloven § 9-11). Tom: barnets svar gjelder.",
            "Yes: the supervision in the period is not deducted (National Insurance Act § 9-11). Empty: the child's answer applies.",
        ),
    )


# Said in the help of both kinds of period: what a period across months gives the month asked.
ACROSS_MONTHS = (
    "En periode kan gå over flere måneder: svaret for en måned regner bare dagene i den måneden, og viser bare de "
    "delene av periodene som ligger i den. En periode uten dager i måneden gir ingenting for den måneden.",
    "A period may run across months: the answer for a month counts only the days in that month, and shows only the "
    "parts of the periods that lie in it. A period with no day in the month gives nothing for that month.",
)

CARE_PERIODS = _described(
    "For saksbehandlere – perioder med eget tilsyn eller nattevåk/beredskap (pleiepenger)",
    "For caseworkers – periods with their own supervision or night watch/standby (pleiepenger)",
    "Måneden deles ved hver periodegrense, og graden regnes for hver del. Perioder kan ikke overlappe. " + ACROSS_MONTHS[0],
    "The month is cut at every period boundary and the grade is computed for each piece. Periods may not overlap. " + ACROSS_MONTHS[1],
)


TRAINING_PERIODS = _described(
    "For saksbehandlere – opplæringsdager som perioder, med nødvendig reisetid (opplæringspenger)",
    "For caseworkers – training days as periods, including necessary travel time (training allowance)",
    "Hverdagene (mandag–fredag) i periodene er opplæringsdagene. Oppgi enten periodene eller antall dager i måneden. "
    "Perioder kan ikke overlappe. " + ACROSS_MONTHS[0],
    "The weekdays (Monday–Friday) of the periods are the training days. Give either the periods or the number of days "
    "in the month. Periods may not overlap. " + ACROSS_MONTHS[1],
)


def no_overlaps(periods: list[DatedPeriod] | None) -> list[DatedPeriod] | None:
    """A person's periods, refused when two of them share a day."""
    ordered = sorted(periods or [], key=lambda p: p.first_day)
    for before, after in zip(ordered, ordered[1:]):
        if after.first_day <= before.last_day:
            raise PydanticCustomError(
                "periods_overlap", "periods overlap: {a} and {b}",
                {"a": f"{before.first_day}–{before.last_day}", "b": f"{after.first_day}–{after.last_day}",
                 "nb": f"periodene overlapper: {before.first_day}–{before.last_day} og {after.first_day}–{after.last_day}"},
            )
    return periods


def month_of(on: date) -> tuple[date, date]:
    """The first and last day of the month of `on`."""
    first = on.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def weekdays_of(periods: list[DatedPeriod]) -> int:
    """Monday–Friday days in the periods (which do not overlap)."""
    return sum(int(numpy.busday_count(p.first_day, p.last_day + timedelta(days=1))) for p in periods)


def training_by_month(periods: list[DatedPeriod]) -> dict[str, tuple[int, int]]:
    """For each month (`YYYY-MM`) a caregiver's training periods reach with a weekday: its training weekdays, and the
    fewest training weekdays in a Monday–Friday week that holds one of them (the week counted whole, into the months
    beside: a course from Thursday 30 October to Tuesday 4 November is two days a week in either month)."""
    days = [day for period in periods for day in _days(period) if day.weekday() < DAYS_A_WEEK]
    by_week: dict[date, int] = {}
    for day in days:
        monday = day - timedelta(days=day.weekday())
        by_week[monday] = by_week.get(monday, 0) + 1
    months: dict[str, tuple[int, int]] = {}
    for day in days:
        count, fewest = months.get(f"{day:%Y-%m}", (0, DAYS_A_WEEK))
        months[f"{day:%Y-%m}"] = (count + 1, min(fewest, by_week[day - timedelta(days=day.weekday())]))
    return months


def _days(period: DatedPeriod):
    day = period.first_day
    while day <= period.last_day:
        yield day
        day += timedelta(days=1)
