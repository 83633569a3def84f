"""Pleiepenger graded per period inside the month, and opplæringspenger training days as dated
periods (issue 14 item 10, ADR 0021).

NAV cuts the claimed period at every knekkpunkt, tilsyn, nattevåk and beredskap
among them (KnekkpunktUtleder.finnKnekkpunkter), grades each piece on its own
(BeregnGrader) and pays Monday–Friday (Helger.fjern removes weekends; public
holidays are not removed) — navikt/pleiepenger-barn-uttak @ b476489b8b3103b7b53df66f621177dcfc887981.

Here the month asked is cut at every boundary of the children's care periods, and of the
caregivers' training periods, that lies in it: a period may run across months (a hospital stay from 15 December to 9 January), and
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
as the model does. A period with no day in the month asked is not listed for it, and a month
none of them reaches has no opplæringspenger (review s23 caseworker M2).

A day paid as opplæringspenger is not paid as pleiepenger too (pleiepenger/training_days.py,
review s23 caseworker H2): each piece counts the caregiver's training days in it, and a
caregiver whose training periods reach the month has her pleiepenger listed piece by piece,
the training days as a piece of 0 kr that says why. A count of training days given without
dates is laid on the month's first weekdays. Pieces another caregiver's period cut, alike in
all else, are listed as one.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy
from openfisca_core.periods import period as openfisca_period

from openfisca_asb.answer import models as out
from openfisca_asb.facts.family import TRAINING_DAYS
from openfisca_asb.facts.periods import CarePeriod, DatedPeriod, month_of
from openfisca_asb.facts.situation import build_simulation
from openfisca_asb.rules.date_arithmetic import DAYS_A_WEEK
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.status import Status

BENEFIT = "pleiepenger"
TRAINING_BENEFIT = "opplaeringspenger"
GRADE = "pleiepenger_grade"
DAILY_RATE = "chapter_9_daily_rate"
WEEKDAYS_WITH_RIGHT = "pleiepenger_weekdays"
TRAINING_TAKEN_OUT = "pleiepenger_training_days"  # the caregiver's days paid as opplæringspenger
PAID_AS_TRAINING = "paid_as_opplaeringspenger"  # pleiepenger's reason for days paid as opplæringspenger
NO_RULE = "none"  # a reason code: no rule bound, said only of a settled amount
SETTLED_AMOUNT = (Status.entitled.name, Status.to_be_assessed.name)  # where the answer says `none` (assembler._reason)
# The month's refusals a care period's tilsyn and nattevåk/beredskap can lift (grade.py `_refusal`: the rest below 20 %,
# with tilsyn above 80 % or not). NAV grades each piece on its own (BeregnGrader): a piece with a right is paid though
# the family-level facts refuse the rest of the month (review of 0.22.0, caseworker L3).
REFUSED_ON_SUPERVISION = ("supervision_above_80_percent", "below_20_percent_floor")
PAID_FOR_PERIODS = "paid_for_the_periods_with_a_right"  # pleiepenger's reason for such a month
SUPERVISION_CONDITION = "pleiepenger_condition_supervision"  # the condition those refusals fail, met in the parts paid
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Piece:
    """Days of the month over which every child's facts, and every caregiver's training, stay the same."""

    first_day: date
    last_day: date
    periods: dict[str, CarePeriod]  # child id → the care period covering the piece
    training: dict[str, DatedPeriod] = field(default_factory=dict)  # caregiver id → the training period covering it


def has_care_periods(family) -> bool:
    return any(child.care_periods for child in family.children)


def graded_by_period(family, person_id: str, on: date) -> bool:
    """Whether a caregiver's pleiepenger are listed piece by piece: where care periods are given, or her training
    periods have a weekday in the month (their days are taken out of her pleiepenger: review s23 caseworker H2)."""
    own = next((c.training_periods for c in family.caregivers if c.id == person_id), None)
    return has_care_periods(family) or own is not None and training_days_in_month(own, on) > 0


def pieces(family, on: date) -> list[Piece]:
    """The month of `on` cut at every care and training period's first day and at the day after its last, each cut
    kept inside the month: a period that runs into the month from before, or on after it, is clipped to the month,
    and one with no day in it cuts nothing (review s22 caseworker H2, M2)."""
    first, last = month_of(on)
    cuts = {first, last + ONE_DAY}
    for period in _cutting(family):
        cuts |= {_inside(period.first_day, first, last + ONE_DAY), _inside(period.last_day + ONE_DAY, first, last + ONE_DAY)}
    ordered = sorted(cuts)
    return [Piece(start, stop - ONE_DAY, _covering(family, start), _training(family, start))
            for start, stop in zip(ordered, ordered[1:])]


def _cutting(family):
    """The periods that cut the month: the children's care periods and the caregivers' training periods."""
    for child in family.children:
        yield from child.care_periods or []
    for caregiver in family.caregivers:
        yield from caregiver.training_periods or []


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


def _training(family, day: date) -> dict[str, DatedPeriod]:
    return {
        caregiver.id: period
        for caregiver in family.caregivers
        for period in caregiver.training_periods or []
        if period.first_day <= day <= period.last_day
    }


def piece_family(family, piece: Piece, counted: dict[str, int] | None = None):
    """The family with each child's facts for the piece, and each caregiver's training in it: her training periods
    clipped to the piece, or her share of a number of days given without dates (`counted`: caregiver id → days).
    A week the cut splits counts its days in the piece only, so a share the periods give can be lower in a piece
    than in the month, never below a whole day of five: the 20 % floor holds (opplaeringspenger/training_days.py)."""
    children = [child.model_copy(update=_facts(piece.periods.get(child.id))) for child in family.children]
    counted = counted or {}
    caregivers = [_caregiver_in(caregiver, piece, counted) for caregiver in family.caregivers]
    return family.model_copy(update={"children": children, "caregivers": caregivers})


def _caregiver_in(caregiver, piece: Piece, counted: dict[str, int]):
    if caregiver.training_periods is not None:
        inside = [DatedPeriod(first_day=max(p.first_day, piece.first_day), last_day=min(p.last_day, piece.last_day))
                  for p in caregiver.training_periods if _meet(p, piece)]
        return caregiver.model_copy(update={"training_periods": inside, TRAINING_DAYS: None})
    if caregiver.id in counted:
        return caregiver.model_copy(update={TRAINING_DAYS: float(counted[caregiver.id])})
    return caregiver


def _meet(period: DatedPeriod, piece: Piece) -> bool:
    return period.first_day <= piece.last_day and period.last_day >= piece.first_day


def counted_in_pieces(family, cut: list[Piece]) -> dict[str, list[int]]:
    """For each caregiver who gave a number of training days without dates, the days in each piece: laid on the
    month's first weekdays on (as timeline_causes holds a number still), since the days are not known."""
    return {caregiver.id: _first_weekdays(max(int(getattr(caregiver, TRAINING_DAYS)), 0), cut)
            for caregiver in family.caregivers
            if caregiver.training_periods is None and getattr(caregiver, TRAINING_DAYS, None) is not None}


def _first_weekdays(count: int, cut: list[Piece]) -> list[int]:
    """`count` days laid on the pieces' weekdays from the first piece on."""
    taken = []
    for piece in cut:
        taken.append(min(count, _weekdays(piece.first_day, piece.last_day + ONE_DAY)))
        count -= taken[-1]
    return taken


def _facts(period: CarePeriod | None) -> dict:
    if period is None:
        return {}
    facts = {}
    if period.supervision_hours_per_day is not None:
        # Tilsyn a day × 5 is the weekly figure: the same share of 37.5 h as of 7.5 h (FULL_DAG).
        facts["established_supervision_hours_per_week"] = period.supervision_hours_per_day * DAYS_A_WEEK
    if period.night_watch_or_standby is not None:
        facts["needs_night_watch_or_standby"] = "yes" if period.night_watch_or_standby else "no"
    return facts


def graded_periods(family, on: date, system, benefit, text) -> dict[str, list[out.PeriodResult]]:
    """Each caregiver's pieces of the month with weekdays, grade, reason and amount; `text` puts a
    catalogue text in the answer's language. Pieces alike but for their days (cut by another's period) are one."""
    cut = pieces(family, on)
    counted = counted_in_pieces(family, cut)
    families = [piece_family(family, piece, {caregiver: days[number] for caregiver, days in counted.items()})
                for number, piece in enumerate(cut)]
    simulation, rows = build_simulation(families, system,
                                        days_asked=[(f"{on:%Y-%m}", piece.first_day.day) for piece in cut])  # judged by the day
    month = openfisca_period(f"{on:%Y-%m}")
    names = (benefit.variables.status, benefit.variables.reason, GRADE, DAILY_RATE, WEEKDAYS_WITH_RIGHT, TRAINING_TAKEN_OUT)
    values = {name: _decoded(simulation.calculate(name, month)) for name in names}
    position = {(row.family, row.person.id): i for i, row in enumerate(rows)}
    first_day = month_of(on)[0]
    graded = {}
    for caregiver in family.caregivers:
        results = []
        for number, piece in enumerate(cut):
            at = position[(number, caregiver.id)]
            row = {name: values[name][at] for name in names}
            result = _piece_result(piece, row, benefit, first_day, text, caregiver.id)
            if result.weekdays:
                results.append(result)
        graded[caregiver.id] = _merged(results)
    return graded


def _decoded(values) -> numpy.ndarray:
    return values.decode_to_str() if hasattr(values, "decode_to_str") else numpy.asarray(values)


def _piece_result(piece: Piece, row: dict, benefit, first_day: date, text, caregiver: str) -> out.PeriodResult:
    """The piece for a caregiver: its weekdays with a right, paid less those paid as opplæringspenger
    (pleiepenger/training_days.py); a piece whose every such day is a training day gives no pleiepenger, and says why."""
    names = benefit.variables
    status, code = str(row[names.status]), str(row[names.reason])
    weekdays = _weekdays_with_right(piece, first_day, int(row[WEEKDAYS_WITH_RIGHT]))
    paid = max(weekdays - int(row[TRAINING_TAKEN_OUT]), 0)
    if status == Status.entitled.name and weekdays and not paid:
        status, code = Status.not_entitled.name, PAID_AS_TRAINING
    grade = float(row[GRADE]) if status == Status.entitled.name else 0.0
    # As amount.py: the graded daily amount in whole kroner (half up), times the weekdays paid.
    daily = float(whole_kroner(float(row[DAILY_RATE]) * grade / 100))
    given = [_given(period, child) for child, period in piece.periods.items()]
    if caregiver in piece.training:
        given.append(_given(piece.training[caregiver]))
    return out.PeriodResult(
        first_day=piece.first_day.isoformat(),
        last_day=piece.last_day.isoformat(),
        weekdays=weekdays,
        status=status,
        grade=grade,
        reason=out.Reason(code=code, text=text(benefit.reasons[code])),
        amount=daily * paid,
        part_of=given or None,
    )


def _merged(results: list[out.PeriodResult]) -> list[out.PeriodResult]:
    """Pieces next to each other alike in status, grade, reason and the periods they are part of, as one piece: a cut
    another caregiver's training period made changes nothing of this caregiver's."""
    merged: list[out.PeriodResult] = []
    for result in results:
        if merged and _alike(merged[-1], result):
            last = merged[-1]
            merged[-1] = last.model_copy(update={"last_day": result.last_day, "weekdays": last.weekdays + result.weekdays,
                                                 "amount": last.amount + result.amount})
        else:
            merged.append(result)
    return merged


def _alike(one: out.PeriodResult, other: out.PeriodResult) -> bool:
    def code(piece):
        return piece.reason.code if piece.reason else None
    return (one.status, one.grade, code(one), one.part_of) == (other.status, other.grade, code(other), other.part_of)


def said_why(periods: list[out.PeriodResult], refusal: out.Reason | None) -> list[out.PeriodResult]:
    """The pieces as a settled answer may word them: "no rule bound" (`none`) is said only of a settled amount, so a
    piece refused without a rule of its own carries the month's refusal (`refusal`), and one still open no reason
    (review s23 caseworker M4). The pieces differ only in facts no such condition reads (the children's tilsyn and
    nattevåk, the caregiver's training days): a piece refused so is refused for the month's reason."""
    return [period if period.reason is None or period.reason.code != NO_RULE or period.status in SETTLED_AMOUNT
            else period.model_copy(update={"reason": refusal if period.status == Status.not_entitled.name else None})
            for period in periods]


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
    """The weekdays of a caregiver's training periods (which do not overlap) in the month of `on`: the count
    facts/periods.training_by_month gives the month, taken here by whole periods, since a timeline reads it on each of
    its dates and the day-by-day count, which also finds each week's days, takes some 30 ms for 31 long periods."""
    return sum(_weekdays_in_month(period, on) for period in periods)


def for_month(family, on: date):
    """The family with each caregiver's training days in the month of `on` counted from their training periods. Where
    periods are given the rules never read this number (`opplaeringspenger_training_days` reads the days the situation
    builder dates month by month; leaving it out moved no answer or question of the families tried, review s23 diff
    L5): it is kept so that a caregiver who gave periods has given the fact, for whatever reads the family's facts."""
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


def some_piece_paid(periods: list[out.PeriodResult]) -> bool:
    """Whether a piece of the month is granted with an amount: the whole model gave its facts a right."""
    return any(period.status == Status.entitled.name and period.amount > 0 for period in periods)


def month_amount(periods: list[out.PeriodResult]) -> float:
    """The month's amount: the sum of the pieces' amounts."""
    return float(sum(period.amount for period in periods))
