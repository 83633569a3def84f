"""The dates a family's rights may change on, and the family aged to each (issue 21 [transitions]).

The model counts a person's age on the first day of each month and computes a
month at a time, so every date evaluated is the first of a month: a birthday on
the 14th shows from the 1st of the next month; a benefit given per month counts
the age on the day before the month (§ 22-12 sjette ledd), so a birthday on the
1st shows in it from the 1st of the next month too. This holds also for a timeline that starts
between the 1st and the birthday or after it in that month (its first answer still
counts the old age). A right judged by the day under an age limit ("under 18 år":
the catalogue's `ends_on_the_birthday`) no longer holds from the birthday itself,
and its change is dated that day (`event_day`); the answer counts its age on the day
asked, so a timeline that starts on or after the birthday has the change in its
first answer. A grade is the school year's from 1 August itself, so a timeline
that starts on or after it already has the new grade in its first answer. The
dates evaluated are the children's birthdays, 1 January (yearly quotas count by
calendar year), 1 August when a child starts school or changes grade (the school
year), the first day on which a parameter of the model takes a new value, under
a Trial Act pilot, the first days it starts and stops applying to the family,
the first of the month a caregiver's training period begins in and of the month
after its last day (the months its training days are counted in), the first of each
month where a child's care period (pleiepenger) begins, first fills a whole month,
ends, and of the month after it (the months its days are counted in: a period may run
across months, review s22 caseworker M2), and after a
child's death the month its own rights end in and the months what the law
continues ends in (ADR 0034). A child who has died has no birthdays or grades after it.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from openfisca_asb.facts.family import has_died
from openfisca_asb.parameter_tree import dated_values, find, value_at
from openfisca_asb.rules.date_arithmetic import add_months
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, SCHOOL_YEAR_STARTS_IN_MONTH, expected_school_grade, grade_moved, years_later
from openfisca_asb.rules.texts import Text

DEFAULT_YEARS = 5
MAX_YEARS = 19
END_AGE = 19  # the timeline stops at the youngest ill child's 19th birthday
ILL = "yes"


@dataclass(frozen=True)
class Trigger:
    """What happens on a date: a birthday, school start, a new grade, a new year, new parameter values, a pilot
    that starts or stops applying to the family; and, named as an event's cause (timeline_causes.py), the age a
    child turns in a new calendar year and a training period that begins or is over."""

    kind: str  # birthday | school_start | new_grade | new_year | age_limit (a calendar-year age limit passed) | parameters
    #            | pilot_starts | pilot_ends | death (the month after a child's death) | after_death (what continues ends)
    #            | year_after_death (the next 1 January) | year_age (the age a child turns in the new year)
    #            | period_starts | period_ends (a caregiver's training period: its first day, the day after its last)
    #            | care_period_starts | care_period_goes_on | care_period_ends | care_period_over (a child's care period:
    #              its first day, the first of the next month it fills whole, its last day, the day after its last)
    on: date  # the law's date (a birthday; a pilot's first day, or the day after its last); the date evaluated is the
    #           first of that month or the next
    person: str | None = None
    age: int | None = None
    grade: int | None = None
    parameters: tuple[str, ...] = ()
    pilot: Text | None = None  # a pilot's title
    last_day: date | None = None  # a pilot's last day, a training or care period's last day
    first_day: date | None = None  # a training or care period's first day


RULE_KINDS = ("parameters", "pilot_starts", "pilot_ends")  # the date brings other rules or rates
DEATH_KINDS = ("death", "after_death", "year_after_death")  # a child's death ends or changes the right (ADR 0034)
TRAINING_KINDS = ("period_starts", "period_ends")  # a caregiver's training period begins or is over
# A child's care period begins, fills a month, ends or is over: it moves the pleiepenger of that month.
CARE_KINDS = ("care_period_starts", "care_period_goes_on", "care_period_ends", "care_period_over")


@dataclass(frozen=True)
class Horizon:
    start: date
    end: date
    cut_by: str | None  # None, "nineteenth_birthday", or "past_nineteen" (the youngest ill child is 19 at the start)
    cut_person: str | None = None

    @property
    def past_model_dates(self) -> bool:
        """Whether the timeline runs past the model's last date, on the law and rates of that date."""
        return self.end > LAST_DATE


def first_of_month_from(day: date) -> date:
    """The first day of a month on or after `day`: the first month the model counts it in."""
    if day.day == 1:
        return day
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def event_day(benefit, kind: str, because: list[Trigger], system, on: date) -> date:
    """The date of a change the model shows from `on`: `on`, except where the date changed the status of a right
    judged by the day under an age limit (`ends_on_the_birthday`, e.g. pleiepenger for «barn under 18 år», ftrl
    § 9-10 første ledd) and a child's birthday among the causes reaches that limit. Then the birthday, the first day
    the right no longer holds (review s16d portal #3); for a caregiver's right and two children reaching the limit
    in the month, the later birthday. The answer before counts that age on its own day (`age_on_the_day`), so the
    birthday comes after it: a timeline that starts on or after the birthday has the change in its first answer
    (ADR 0037, addendum 0.18.0)."""
    if not benefit.birthday_limits() or kind not in ("ends", "status_changes"):
        return on
    limits = {int(value_at(find(system.parameters, path), on.isoformat())) for path in benefit.birthday_limits()}
    birthday = max((trigger.on for trigger in because if trigger.kind == "birthday" and trigger.age in limits), default=on)
    return birthday


def horizon(family, start: date, years: int) -> Horizon:
    """From `start`, `years` on, but never past the youngest ill child's 19th birthday. Past the model's last date
    the law and rates of that date are taken to continue (`past_model_dates`): the ages and the calendar move on."""
    living = [child for child in family.children if not has_died(child, start)]
    ill = [child for child in living if getattr(child, "has_lasting_illness", None) == ILL] or living
    end, cut_by, cut_person = years_later(start, years), None, None
    if ill:
        youngest = max(ill, key=lambda child: child.birth_date)
        nineteenth = years_later(youngest.birth_date, END_AGE)
        if nineteenth <= start:
            end, cut_by, cut_person = start, "past_nineteen", youngest.id
        elif nineteenth < end:
            end, cut_by, cut_person = nineteenth, "nineteenth_birthday", youngest.id
    return Horizon(start, end, cut_by, cut_person)


def grade_on(child, start: date, on: date) -> int | None:
    """The child's grade on `on`: a given grade moves up each 1 August, one not given follows the age
    (school start in August of the year the child turns six). Past 13th grade: none."""
    if child.birth_date > on:
        return None
    given = getattr(child, "school_grade", None)
    return grade_moved(expected_school_grade(child.birth_date, start) if given is None else given, child.birth_date, start, on)


def family_on(family, start: date, on: date):
    """The family as it will be on `on`: the same facts, each child's grade moved on."""
    children = [child.model_copy(update={"school_grade": grade_on(child, start, on)}) for child in family.children]
    return family.model_copy(update={"children": children})


def _birthdays(family, span: Horizon) -> list[tuple[date, Trigger]]:
    found = []
    for child in family.children:
        for age in range(1, END_AGE + 1):
            birthday = years_later(child.birth_date, age)
            # The start's answer counts the age on the first of its month: a birthday after that day, one in the
            # start's month on or before the start too, first shows on the first of the next month (review s19 H2).
            # A monthly benefit counts the age on the day before the month (§ 22-12 sjette ledd): a birthday on the
            # 1st shows in it from the first of the next month, so that date is evaluated too (review s24 M1).
            for shows_from in sorted({first_of_month_from(birthday), first_of_month_from(birthday + timedelta(days=1))}):
                if span.start < shows_from and birthday <= span.end and not has_died(child, birthday):
                    found.append((shows_from, Trigger("birthday", birthday, child.id, age=age)))
    return found


def _school_years(family, span: Horizon) -> list[tuple[date, Trigger]]:
    found = []
    for year in range(span.start.year, span.end.year + 1):
        day = date(year, SCHOOL_YEAR_STARTS_IN_MONTH, 1)
        if not span.start < day <= span.end:
            continue
        for child in (child for child in family.children if not has_died(child, day)):
            before, after = grade_on(child, span.start, date(year, 7, 31)), grade_on(child, span.start, day)
            if after is not None and after != before:
                kind = "school_start" if after == 1 and not before else "new_grade"
                found.append((day, Trigger(kind, day, child.id, grade=after)))
    return found


def _deaths(family, system, span: Horizon) -> list[tuple[date, Trigger]]:
    """After a child's death: the first month its own rights are ended in (the month after the death: ftrl § 22-12
    sjette ledd for a folketrygd benefit given per month, the model's reading for the rest), the day after each
    period pleiepenger continue — six weeks and three months (ftrl § 9-10 fjerde ledd), judged by the day as the
    answer judges them — the first month after forhøyet hjelpestønad's three months (§ 6-5 fjerde ledd), and the
    next 1 January, from which the yearly rights for the child's care no longer count the child."""
    found = []
    for child in family.children:
        died = getattr(child, "date_of_death", None)
        if died is None:
            continue
        if _months_later(died, 12) <= span.start:
            continue  # every date it brings is past (the next 1 January, the law's three months at most)
        law = system.get_parameters_at_instant(max(died, FIRST_DATE).isoformat()).folketrygd
        weeks, months = int(law.pleiepenger.after_death.benefit_weeks), int(law.pleiepenger.after_death.long_receipt_months)
        month_of_death = died.replace(day=1)
        days = {_months_later(month_of_death, 1): "death"}
        for last_day in (died + timedelta(weeks=weeks), _months_later(died, months)):
            days.setdefault(last_day + timedelta(days=1), "after_death")  # pleiepenger end by the day (ADR 0037)
        days.setdefault(_months_later(month_of_death, int(law.hjelpestonad.continuation_after_death.months_paid) + 1), "after_death")
        days.setdefault(date(died.year + 1, 1, 1), "year_after_death")
        found += [(day, Trigger(kind, died, child.id)) for day, kind in days.items() if span.start < day <= span.end]
    return found


def _months_later(day: date, months: int) -> date:
    """The same day `months` calendar months on, clamped to the month's end (rules/date_arithmetic.py)."""
    return add_months(day, months).item()


def _new_years(span: Horizon) -> list[tuple[date, Trigger]]:
    return [(date(year, 1, 1), Trigger("new_year", date(year, 1, 1)))
            for year in range(span.start.year + 1, span.end.year + 1)]


def _parameter_changes(systems, span: Horizon, pilots: list[tuple[date, Trigger]]) -> list[tuple[date, Trigger]]:
    """Each first of a month on which some parameter takes a new value in one of the `systems` (the model reads a
    month's first day). A value the pilot sets, dated on a day the pilot starts or stops applying to the family, is
    that day's pilot trigger: not named twice."""
    changed: dict[date, set[str]] = {}
    for system in systems:
        for node, starts in dated_values(system.parameters):
            day = first_of_month_from(starts)
            if span.start < day <= span.end:
                changed.setdefault(day, set()).add(node.name)
    for day, trigger in pilots:
        changed[day] = changed.get(day, set()) - set(trigger.parameters)
    return [(day, Trigger("parameters", day, parameters=tuple(sorted(names)))) for day, names in changed.items() if names]


def pilot_dates(reform, family) -> list[tuple[date, Trigger]]:
    """The firsts of a month on which a pilot starts or stops applying to the family (the model reads a month's first
    day), each with its trigger: the pilot's first day, or the day after its last, with the parameters the reform
    sets. A pilot applies inside its kommuner and window only; a reform everywhere, so it has no such date."""
    if reform is None or reform.pilot is None:
        return []
    pilot, kommune = reform.pilot, getattr(family, "kommunenummer", None)
    names = tuple(sorted({override.path for override in getattr(reform, "overrides", ())}))
    found = []
    for kind, boundary in (("pilot_starts", pilot.start), ("pilot_ends", pilot.end + timedelta(days=1))):
        day = first_of_month_from(boundary)
        if reform.applies(kommune, day) != reform.applies(kommune, _first_of_month_before(day)):
            found.append((day, Trigger(kind, boundary, parameters=names, pilot=reform.metadata.title, last_day=pilot.end)))
    return found


def _first_of_month_before(day: date) -> date:
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


def evaluation_dates(family, system, span: Horizon, reform=None) -> dict[date, list[Trigger]]:
    """Every date after the start to evaluate, with what happens on it, in order. Under a reform or pilot, the
    dates its parameters take new values and those a pilot starts or stops applying to the family are added."""
    systems = [system] if reform is None else [system, reform.system]
    pilot = [(day, trigger) for day, trigger in pilot_dates(reform, family) if span.start < day <= span.end]
    dates: dict[date, list[Trigger]] = {}
    for day, trigger in [*_birthdays(family, span), *_school_years(family, span), *_new_years(span),
                         *_parameter_changes(systems, span, pilot), *pilot, *_deaths(family, system, span),
                         *_training_months(family, span), *_care_months(family, span)]:
        if day <= span.end:
            dates.setdefault(day, []).append(trigger)
    return dict(sorted(dates.items()))


def _training_months(family, span: Horizon) -> list[tuple[date, Trigger]]:
    """The first of the month each caregiver's training period begins in (dated its first day), and of the month after
    its last day (dated the day after it), inside the horizon: a right paid for training days (opplæringspenger)
    counts them by the month, so the change shows in those months, not at the next date something else brings
    (review s21 diff L7)."""
    found = []
    for caregiver in family.caregivers:
        for period in getattr(caregiver, "training_periods", None) or []:
            parts = {"first_day": period.first_day, "last_day": period.last_day}
            after = period.last_day + timedelta(days=1)
            found += [(period.first_day.replace(day=1), Trigger("period_starts", period.first_day, caregiver.id, **parts)),
                      (first_of_month_from(after), Trigger("period_ends", after, caregiver.id, **parts))]
    return [(day, trigger) for day, trigger in found if span.start < day]


def _care_months(family, span: Horizon) -> list[tuple[date, Trigger]]:
    """The firsts of the months in which a child's care period can move the pleiepenger against the month before,
    inside the horizon: the month it begins in (dated its first day), the next month when the period fills it whole,
    the month of its last day when it began in an earlier one (dated its last day), and the month after it (dated
    the day after its last). A month the period fills like the one before pays the same per weekday."""
    found = []
    for child in family.children:
        for period in child.care_periods or []:
            parts = {"first_day": period.first_day, "last_day": period.last_day}
            start, end = period.first_day.replace(day=1), period.last_day.replace(day=1)
            after = period.last_day + timedelta(days=1)
            following = first_of_month_from(start + timedelta(days=1))
            found.append((start, Trigger("care_period_starts", period.first_day, child.id, **parts)))
            if following < end:
                found.append((following, Trigger("care_period_goes_on", following, child.id, **parts)))
            if end > start:
                found.append((end, Trigger("care_period_ends", period.last_day, child.id, **parts)))
            found.append((first_of_month_from(after), Trigger("care_period_over", after, child.id, **parts)))
    return [(day, trigger) for day, trigger in found if span.start < day]
