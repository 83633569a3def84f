"""What of the family's own moved a right between two dates of a timeline (review s21 caseworker M3, L4).

Between two dates the children grow older and a caregiver's training periods pass, while the calendar and the law
move on. To tell them apart, the later date is answered once more with the family held still: each child as old as
on the earlier date (the age on the first of the month, which the model counts a month by, and the age it turns in
the calendar year), and each caregiver's training days as many as in the earlier month; where more than one of these
moved, each is also held still alone. What holding the family still undoes, the family's own facts moved; what is
left between the earlier answer and the held one, the calendar and the law (timeline.py names those).

Care periods (pleiepenger, ADR 0021) are not held still: their pieces cannot be carried into another month's
weekdays, so a change they bring is left to the calendar's causes, as before.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import numpy

from openfisca_asb.answer.care_periods import training_days_in_month
from openfisca_asb.answer.timeline_dates import Trigger
from openfisca_asb.facts.family import has_died
from openfisca_asb.facts.periods import DatedPeriod, month_of
from openfisca_asb.parameter_tree import find, value_at
from openfisca_asb.rules.dates import years_later

# Age limits that run to the end of the calendar year the child turns the age (ftrl § 9-5 third ledd; aml § 12-9
# reads the same limits): a right bound by them ends on 1 January, because of the child's age, not the new year.
CALENDAR_YEAR_AGE_LIMITS = "folketrygd.omsorgspenger.age_limit"
LAST_DAY = (12, 31)  # a birthday still ahead on any first of a month of the year (held still: timeline_causes)


@dataclass(frozen=True)
class OwnChange:
    """One of the family's own clocks that moved between two dates: a child's age, or a caregiver's training days."""

    kind: str  # "age" | "training"
    person: str


def own_changes(family, since: date, on: date) -> list[OwnChange]:
    """The children whose age or age in the calendar year moved from `since` to `on`, and the caregivers whose training
    periods give another number of training days in the month of `on` than in that of `since`."""
    ages = [OwnChange("age", child.id) for child in family.children if _aged(child, since, on)]
    training = [OwnChange("training", caregiver.id) for caregiver in family.caregivers
                if caregiver.training_periods is not None
                and training_days_in_month(caregiver.training_periods, since) != training_days_in_month(caregiver.training_periods, on)]
    return ages + training


def held_still(family, since: date, on: date, changes: list[OwnChange]):
    """The family to answer on `on` with `changes` undone: those children as old as on `since`, those caregivers with
    as many training days in the month of `on` as they had in that of `since`."""
    aged = {change.person for change in changes if change.kind == "age"}
    trained = {change.person for change in changes if change.kind == "training"}
    children = [child.model_copy(update={"birth_date": _born_as_old(child.birth_date, since, on)}) if child.id in aged
                else child for child in family.children]
    caregivers = [caregiver.model_copy(update={"training_periods": _first_weekdays(
                      training_days_in_month(caregiver.training_periods, since), on)}) if caregiver.id in trained
                  else caregiver for caregiver in family.caregivers]
    return family.model_copy(update={"children": children, "caregivers": caregivers})


def own_triggers(change: OwnChange, family, triggers: list[Trigger], benefit, system, since: date,
                 on: date) -> list[Trigger]:
    """What to name for a change of the family's own that moved a right. A child's age: for a right bound by the
    calendar-year age limits, the limit passed in the year that ended; else the child's birthday shown on the date;
    else, on 1 January, the age the child turns in the new year (a rule that counts that age, as ftrl § 20-8 første
    ledd bokstav a's «barn som ikke fyller 6 år innen året er omme»). Training days: the periods that are over, or
    that begin, between the two months."""
    if change.kind == "training":
        caregiver = next(c for c in family.caregivers if c.id == change.person)
        return _periods_passed(caregiver, since, on)
    limits = [t for t in age_limits_passed(family, triggers, benefit, change.person, system, on) if t.person == change.person]
    birthdays = [t for t in triggers if t.kind == "birthday" and t.person == change.person]
    if limits or birthdays or on.year == since.year:
        return limits or birthdays
    child = next(c for c in family.children if c.id == change.person)
    return [Trigger("year_age", date(on.year, 1, 1), child.id, age=on.year - child.birth_date.year)]


def age_limits_passed(family, triggers: list[Trigger], benefit, person: str | None, system, on: date) -> list[Trigger]:
    """On 1 January, for a right bound by the calendar-year age limits: the children (a child's right: that child)
    who turned such a limit in the year that ended, as the cause in place of the new year (ftrl § 9-5 third ledd)."""
    if not any(t.kind == "new_year" for t in triggers) or not _is_rate_of(benefit, CALENDAR_YEAR_AGE_LIMITS):
        return []
    node = find(system.parameters, CALENDAR_YEAR_AGE_LIMITS)
    limits = {int(value_at(limit, on.isoformat())) for limit in node.children.values()}
    children = [child for child in family.children if (benefit.holder != "child" or child.id == person)
                and not has_died(child, on)]
    return [Trigger("age_limit", on, child.id, age=on.year - 1 - child.birth_date.year)
            for child in children if on.year - 1 - child.birth_date.year in limits]


def _is_rate_of(benefit, name: str) -> bool:
    return any(name == rate or name.startswith(rate + ".") for rate in benefit.rate_parameters)


def _aged(child, since: date, on: date) -> bool:
    """Whether a child born by the month of `since`, alive on `on`, is another age on `on`, or on the day before its
    month (the age a benefit given per month counts), or turns another age in its calendar year."""
    first = since.replace(day=1)
    if child.birth_date > first or has_died(child, on):
        return False
    before, before_on = first - timedelta(days=1), on.replace(day=1) - timedelta(days=1)
    return (since.year != on.year or _age_on(child.birth_date, first) != _age_on(child.birth_date, on)
            or _age_on(child.birth_date, before) != _age_on(child.birth_date, before_on))


def _age_on(born: date, day: date) -> int:
    years = day.year - born.year
    return years - (years_later(born, years) > day)


def _born_as_old(born: date, since: date, on: date) -> date:
    """A birth date that makes the child, on `on` (a first of a month), as old as it was on the first of the month
    of `since`, and as old in `on`'s calendar year as in that of `since`: the same birth year moved as many years, and
    a birthday before, on or after the first of `on`'s month as it was to the first of `since`'s — so the age on the
    day before the month (a benefit given per month's) is held too, except across a new year, where the calendar
    year's age is kept instead."""
    year = born.year + on.year - since.year
    birthday, first = (born.month, born.day), (on.month, 1)
    if birthday == (since.month, 1):  # turned the age on the first of the month of `since`
        return _day(year, *first)
    if birthday < (since.month, 1):  # the birthday was past by the day before the month of `since`
        return _day(year, *min(birthday, _day_before(year, on.month)))
    return _day(year, *(birthday if birthday > first else LAST_DAY))


def _day_before(year: int, month: int) -> tuple[int, int]:
    """The last day of the month before `month` in `year`, as (month, day); in January its 1st, not to leave the year."""
    if month == 1:
        return (1, 1)
    last = date(year, month, 1) - timedelta(days=1)
    return (last.month, last.day)


def _day(year: int, month: int, day: int) -> date:
    """The day, 29 February as 28 February in a year without it (as the model counts birthdays)."""
    return years_later(date(2000, month, day), year - 2000)


def _first_weekdays(days: int, on: date) -> list[DatedPeriod]:
    """`days` training days in the month of `on`, its first weekdays on; none for none."""
    if days == 0:
        return []
    first = numpy.busday_offset(numpy.datetime64(on.replace(day=1), "D"), 0, roll="forward")
    last = numpy.busday_offset(first, days - 1, roll="forward")
    return [DatedPeriod(first_day=first.item(), last_day=min(last.item(), month_of(on)[1]))]


def _periods_passed(caregiver, since: date, on: date) -> list[Trigger]:
    """The caregiver's training periods that ended from the month of `since` up to `on` (dated the day after their
    last), and those that begin after the month of `since`, in the month of `on` (dated their first day)."""
    first, last = month_of(since)[0], month_of(on)[1]
    found = []
    for period in sorted(caregiver.training_periods, key=lambda p: p.first_day):
        if first <= period.last_day < on:
            found.append(Trigger("period_ends", period.last_day + timedelta(days=1), caregiver.id,
                                 first_day=period.first_day, last_day=period.last_day))
        elif month_of(since)[1] < period.first_day <= last:
            found.append(Trigger("period_starts", period.first_day, caregiver.id,
                                 first_day=period.first_day, last_day=period.last_day))
    return found


@dataclass(frozen=True)
class HeldAnswers:
    """A later date's rights with the family held still (`still`: every change undone), and, where more than one of
    the family's own clocks moved, with each held still alone (`alone`), each keyed by (benefit, person)."""

    changes: list[OwnChange]
    still: dict
    alone: dict  # OwnChange → {(benefit, person): right}; empty for one change


def families_held(family, since: date, on: date, changes: list[OwnChange]) -> list:
    """The families to answer on `on`: every change held still, then each alone where there are more than one."""
    if not changes:
        return []
    singles = [[change] for change in changes] if len(changes) > 1 else []
    return [held_still(family, since, on, held) for held in [changes, *singles]]


def held_answers(changes: list[OwnChange], answers: list) -> HeldAnswers | None:
    """`answers` to `families_held`'s families, read back; None where nothing of the family's own moved."""
    if not changes:
        return None
    keyed = [{(row.benefit, row.person): row for row in rights} for rights in answers]
    return HeldAnswers(changes, keyed[0], dict(zip(changes, keyed[1:])))
