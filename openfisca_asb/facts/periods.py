"""Dated periods inside a month, given by a caseworker (issue 14 item 10, ADR 0021).

A child's care periods carry the tilsyn (hours a day) and the nattevåk/beredskap
answer that hold from one day to another; days outside every period keep the
child's family-level facts. A caregiver's training periods give the opplæringspenger
training days as dates. They are optional: leaving them out gives the
family-level answer. The texts here are their vocabulary, in bokmål and English.
"""

from datetime import date, timedelta
from typing import Annotated

import numpy
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from openfisca_asb.facts.json_values import number_only
from openfisca_asb.rules.dates import DateProblem, iso_date_only

MAX_PERIODS = 31  # at most one a day in a month

# A day counts for at most 7.5 hours of tilsyn (the model caps it, as NAV's FULL_DAG); 24 bounds the input.
HOURS_IN_A_DAY = 24


Day = Annotated[date, BeforeValidator(iso_date_only)]


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


class CarePeriod(DatedPeriod):
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


CARE_PERIODS = _described(
    "For saksbehandlere – perioder i måneden med eget tilsyn eller nattevåk/beredskap (pleiepenger)",
    "For caseworkers – periods in the month with their own supervision or night watch/standby (pleiepenger)",
    "Måneden deles ved hver periodegrense, og graden regnes for hver del. Perioder kan ikke overlappe og må ligge i måneden det spørres om.",
    "The month is cut at every period boundary and the grade is computed for each piece. Periods may not overlap and must lie in the month asked.",
)


TRAINING_PERIODS = _described(
    "For saksbehandlere – opplæringsdager i måneden som perioder, med nødvendig reisetid (opplæringspenger)",
    "For caseworkers – training days in the month as periods, including necessary travel time (training allowance)",
    "Hverdagene (mandag–fredag) i periodene er opplæringsdagene. Oppgi enten periodene eller antall dager. "
    "Perioder kan ikke overlappe og må ligge i måneden det spørres om.",
    "The weekdays (Monday–Friday) of the periods are the training days. Give either the periods or the number of days. "
    "Periods may not overlap and must lie in the month asked.",
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


def periods_outside_month(family, on: date, where: str = "family") -> list[DateProblem]:
    """Care and training periods with a day outside the month asked: the answer is for that month only."""
    first, last = month_of(on)
    problems = []
    for holders, kind, name in (("children", "care_periods", "child"), ("caregivers", "training_periods", "caregiver")):
        for number, person in enumerate(getattr(family, holders)):
            for index, period in enumerate(getattr(person, kind, None) or []):
                if first <= period.first_day and period.last_day <= last:
                    continue
                field = f"{where}.{holders}.{number}.{kind}.{index}"
                problems.append(DateProblem(
                    field,
                    f"{field}: {name} '{person.id}': period {period.first_day}–{period.last_day} is not inside the month asked ({first:%Y-%m})",
                    f"{field}: {NB_HOLDER[name]} '{person.id}': perioden {period.first_day}–{period.last_day} ligger ikke i måneden det spørres om ({first:%Y-%m})",
                ))
    return problems


NB_HOLDER = {"child": "barn", "caregiver": "omsorgsperson"}


def weekdays_of(periods: list[DatedPeriod]) -> int:
    """Monday–Friday days in the periods (which do not overlap)."""
    return sum(int(numpy.busday_count(p.first_day, p.last_day + timedelta(days=1))) for p in periods)
