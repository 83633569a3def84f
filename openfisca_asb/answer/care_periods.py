"""Pleiepenger graded per period inside the month, and opplæringspenger training days as dated
periods (issue 14 item 10, ADR 0021).

NAV cuts the claimed period at every knekkpunkt, tilsyn, nattevåk and beredskap
among them (KnekkpunktUtleder.finnKnekkpunkter), grades each piece on its own
(BeregnGrader) and pays Monday–Friday (Helger.fjern removes weekends; public
holidays are not removed) — navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981.

Here the month asked is cut at every boundary of the children's care periods that lies in it:
a period may run across months (a hospital stay from 15 December to 9 January), and
each month counts the part of it inside that month, as NAV's uttak cuts a
søknadsperiode at every knekkpunkt.
Each piece is the family with that piece's facts (tilsyn hours a day × 5 as the
weekly figure, and the nattevåk/beredskap answer), and all pieces are computed in
one vectorised simulation by the whole model, so a piece is graded, refused and
explained exactly as a month with those facts would be. Days outside every period
keep the family-level facts. The month's amount is the sum over the pieces of
weekdays with a right × the graded daily amount in whole kroner — the rounding
amount.py uses; NAV's rounding of the graded daily amount is not established.

A caregiver's training periods give the opplæringspenger training days of the month
asked (the weekdays of their parts inside it); each period with a day in the month is
listed, clipped to the month, with its days and amount, a training day counted in full
as the model does. A period with no day in the month asked is not listed for it.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import numpy
from openfisca_core.periods import period as openfisca_period

from openfisca_asb.answer import models as out
from openfisca_asb.facts.family import TRAINING_DAYS
from openfisca_asb.facts.periods import CarePeriod, DatedPeriod, month_of
from openfisca_asb.facts.situation import build_simulation
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.status import Status

BENEFIT = "pleiepenger"
TRAINING_BENEFIT = "opplaeringspenger"
GRADE = "pleiepenger_grade"
DAILY_RATE = "chapter_9_daily_rate"
WEEKDAYS_WITH_RIGHT = "pleiepenger_weekdays"
DAYS_A_WEEK = 5  # tilsyn a day × 5 is the weekly figure: the same share of 37.5 h as of 7.5 h (FULL_DAG)
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Piece:
    """Days of the month over which every child's facts stay the same."""

    first_day: date
    last_day: date
    periods: dict[str, CarePeriod]  # child id → the care period covering the piece


def has_care_periods(family) -> bool:
    return any(child.care_periods for child in family.children)


def pieces(family, on: date) -> list[Piece]:
    """The month of `on` cut at every care period's first day and at the day after its last, each cut kept inside
    the month: a period that runs into the month from before, or on after it, is clipped to the month, and one with
    no day in it cuts nothing (review s22 caseworker H2, M2)."""
    first, last = month_of(on)
    cuts = {first, last + ONE_DAY}
    for child in family.children:
        for period in child.care_periods or []:
            cuts |= {_inside(period.first_day, first, last + ONE_DAY), _inside(period.last_day + ONE_DAY, first, last + ONE_DAY)}
    ordered = sorted(cuts)
    return [Piece(start, stop - ONE_DAY, _covering(family, start)) for start, stop in zip(ordered, ordered[1:])]


def _inside(day: date, first: date, stop: date) -> date:
    """`day` moved into the month: not before its first day, not after the day after its last (`stop`)."""
    return min(max(day, first), stop)


def _covering(family, day: date) -> dict[str, CarePeriod]:
    return {
        child.id: period
        for child in family.children
        for period in child.care_periods or []
        if period.first_day <= day <= period.last_day
    }


def piece_family(family, piece: Piece):
    """The family with each child's facts for the piece."""
    children = [child.model_copy(update=_facts(piece.periods.get(child.id))) for child in family.children]
    return family.model_copy(update={"children": children})


def _facts(period: CarePeriod | None) -> dict:
    if period is None:
        return {}
    facts = {}
    if period.supervision_hours_per_day is not None:
        facts["established_supervision_hours_per_week"] = period.supervision_hours_per_day * DAYS_A_WEEK
    if period.night_watch_or_standby is not None:
        facts["needs_night_watch_or_standby"] = "yes" if period.night_watch_or_standby else "no"
    return facts


def graded_periods(family, on: date, system, benefit, text) -> dict[str, list[out.PeriodResult]]:
    """Each caregiver's pieces of the month with weekdays, grade, reason and amount; `text` puts a
    catalogue text in the answer's language."""
    cut = pieces(family, on)
    simulation, rows = build_simulation([piece_family(family, piece) for piece in cut], system,
                                        days_asked=[(f"{on:%Y-%m}", piece.first_day.day) for piece in cut])  # judged by the day
    month = openfisca_period(f"{on:%Y-%m}")
    names = (benefit.variables.status, benefit.variables.reason, GRADE, DAILY_RATE, WEEKDAYS_WITH_RIGHT)
    values = {name: _decoded(simulation.calculate(name, month)) for name in names}
    position = {(row.family, row.person.id): i for i, row in enumerate(rows)}
    first_day = month_of(on)[0]
    graded = {}
    for caregiver in family.caregivers:
        results = []
        for number, piece in enumerate(cut):
            at = position[(number, caregiver.id)]
            row = {name: values[name][at] for name in names}
            result = _piece_result(piece, row, benefit, first_day, text)
            if result.weekdays:
                results.append(result)
        graded[caregiver.id] = results
    return graded


def _decoded(values) -> numpy.ndarray:
    return values.decode_to_str() if hasattr(values, "decode_to_str") else numpy.asarray(values)


def _piece_result(piece: Piece, row: dict, benefit, first_day: date, text) -> out.PeriodResult:
    names = benefit.variables
    entitled = row[names.status] == Status.entitled.name
    grade = float(row[GRADE]) if entitled else 0.0
    weekdays = _weekdays_with_right(piece, first_day, int(row[WEEKDAYS_WITH_RIGHT]))
    # As amount.py: the graded daily amount in whole kroner (half up), times the weekdays.
    daily = float(whole_kroner(float(row[DAILY_RATE]) * grade / 100))
    code = str(row[names.reason])
    return out.PeriodResult(
        first_day=piece.first_day.isoformat(),
        last_day=piece.last_day.isoformat(),
        weekdays=weekdays,
        status=str(row[names.status]),
        grade=grade,
        reason=out.Reason(code=code, text=text(benefit.reasons[code])),
        amount=daily * weekdays,
        part_of=[_given(period, child) for child, period in piece.periods.items()] or None,
    )


def _given(period: DatedPeriod, child: str | None = None) -> out.GivenPeriod:
    """The period as given, whole."""
    return out.GivenPeriod(child=child, first_day=period.first_day.isoformat(), last_day=period.last_day.isoformat())


def _weekdays_with_right(piece: Piece, first_day: date, weekdays_in_month: int) -> int:
    """Weekdays of the piece that have a right: the right runs from the month's first day to the child's
    18th birthday or the end of the period after a death, so it covers the month's first weekdays."""
    stop = numpy.busday_offset(numpy.datetime64(first_day, "D"), weekdays_in_month, roll="forward")
    return _weekdays(numpy.datetime64(piece.first_day, "D"), min(numpy.datetime64(piece.last_day + ONE_DAY, "D"), stop))


def _weekdays(start, stop) -> int:
    """Monday–Friday days from `start` up to, not including, `stop`."""
    return int(numpy.busday_count(start, stop)) if stop > start else 0


def in_month(period: DatedPeriod, on: date) -> DatedPeriod | None:
    """The part of `period` inside the month of `on`; None when it has no day in it."""
    first, last = month_of(on)
    if period.last_day < first or period.first_day > last:
        return None
    return DatedPeriod(first_day=max(period.first_day, first), last_day=min(period.last_day, last))


def _weekdays_in_month(period: DatedPeriod, on: date) -> int:
    part = in_month(period, on)
    return 0 if part is None else _weekdays(part.first_day, part.last_day + ONE_DAY)


def training_days_in_month(periods: list[DatedPeriod], on: date) -> int:
    """The weekdays of a caregiver's training periods (which do not overlap) in the month of `on`."""
    return sum(_weekdays_in_month(period, on) for period in periods)


def for_month(family, on: date):
    """The family with each caregiver's training days in the month of `on` counted from their training periods."""
    if all(caregiver.training_periods is None for caregiver in family.caregivers):
        return family
    caregivers = [
        caregiver if caregiver.training_periods is None
        else caregiver.model_copy(update={TRAINING_DAYS: float(training_days_in_month(caregiver.training_periods, on))})
        for caregiver in family.caregivers
    ]
    return family.model_copy(update={"caregivers": caregivers})


def training_periods(periods: list[DatedPeriod], on: date, entitled: bool, daily_rate: float, reason: out.Reason,
                     status: str) -> list[out.PeriodResult]:
    """A caregiver's training periods in the month, each clipped to it (one with no day in it is left out): each
    weekday a full day at the daily rate when entitled."""
    results = []
    for period in sorted(periods, key=lambda p: p.first_day):
        part = in_month(period, on)
        if part is None:
            continue
        weekdays = _weekdays(part.first_day, part.last_day + ONE_DAY)
        results.append(out.PeriodResult(
            first_day=part.first_day.isoformat(), last_day=part.last_day.isoformat(), weekdays=weekdays, status=status,
            grade=100.0 if entitled else 0.0, reason=reason, amount=daily_rate * weekdays if entitled else 0.0,
            part_of=[_given(period)],
        ))
    return results


def month_amount(periods: list[out.PeriodResult]) -> float:
    """The month's amount: the sum of the pieces' amounts."""
    return float(sum(period.amount for period in periods))
