"""What changes next: a family's rights over the coming years, and when to act (issue 21 [transitions]).

The family is aged to every date where something in the law or the family
changes (timeline_dates.py), and the one assembler answers all those dates in
one vectorised simulation, each date as an extra family (`assemble_on_dates`).
Two answers in a row are compared right by right: a right that starts, ends, or
changes status or amount is an event, with the date, what caused it, the
provisions whose conditions changed, and what to do before it.
"""

from dataclasses import dataclass, replace
from datetime import date

from openfisca_asb.answer.date_words import MONTHS, format_date
from openfisca_asb.answer.assembler import assemble_on_dates
from openfisca_asb.answer.citations import LegalReference
from openfisca_asb.answer.per_system import benefit_stale_rates, condition_reference
from openfisca_asb.answer.scope import by_scope
from openfisca_asb.answer.timeline_actions import actions_for
from openfisca_asb.answer.timeline_causes import (HeldAnswers, age_limits_passed, families_held, held_answers,
                                                  own_changes, own_triggers)
from openfisca_asb.answer.care_periods import BENEFIT as GRADED_BY_PERIOD
from openfisca_asb.answer.timeline_amounts import amount_change_text
from openfisca_asb.answer.timeline_dates import (CARE_KINDS, DEATH_KINDS, DEFAULT_YEARS, RULE_KINDS, TRAINING_KINDS, Trigger,
                                                 evaluation_dates, event_day, family_on, horizon)
from openfisca_asb.answer.timeline_models import PerDay, Timeline, TimelineEvent, TimelineTrigger
from openfisca_asb.answer.timeline_after_death import after_death_notes
from openfisca_asb.answer.timeline_notes import (grade_notes, horizon_notes, not_modelled_notes,
                                                 reform_notes)
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.periods import DatedPeriod, month_of, weekdays_of
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.parameter_tree import find, value_at
from openfisca_asb.rules.dates import LAST_DATE
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.rules.texts import AND, Text, opening_a_sentence
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION, parameter_set_hash

AGE_FACTS = {"birth_date", "school_grade"}  # the timeline moves these itself
GRADE_KINDS = ("school_start", "new_grade")  # the family's change: its grade
# Facts whose absence is an answer (a child's date of death): not a fact told that a right rests on.
ABSENT_MEANS_FACTS = {fact.id for fact in vocabulary().values() if fact.absent_means is not None}

EVENT_TEXT = {
    "starts": Text(nb="{name}: starter – {after}", en="{name}: starts – {after}"),
    "ends": Text(nb="{name}: slutter", en="{name}: ends"),
    "status_changes": Text(nb="{name}: endres fra «{before}» til «{after}»", en="{name}: changes from '{before}' to '{after}'"),
}
PER_DAY_EVENT = Text(nb="{name}: beløpet per dag endres fra {before} til {after}",
                     en="{name}: the amount per day changes from {before} to {after}")
PER_DAY = Text(
    nb="NAV betaler per virkedag, mandag–fredag (folketrygdloven § 9-15): beløpet per dag er dagsatsen – grunnlaget, "
       "høyst 6G, delt på 260 – ganger graden. Beløpet for en måned er beløpet per dag ganger dagene som betales i "
       "måneden, og følger antall virkedager ({month_before}: {before} × {days_before} dager = {amount_before}; "
       "{month_after}: {after} × {days_after} dager = {amount_after}).",
    en="NAV pays per weekday, Monday to Friday (National Insurance Act § 9-15): the amount per day is the daily rate – "
       "the basis, at most 6G, divided by 260 – times the grade. A month's amount is the amount per day times the days "
       "paid in the month, and follows the number of weekdays ({month_before}: {before} × {days_before} days = "
       "{amount_before}; {month_after}: {after} × {days_after} days = {amount_after}).",
)


def _care_period(nb_end: str, en_end: str) -> Text:
    """A child's care period (its own tilsyn or nattevåk/beredskap) as a cause, with what it does in the month."""
    return Text(nb="Perioden for {person} fra {first_day} til {last_day} (eget tilsyn, nattevåk eller beredskap) " + nb_end,
                en="The period for {person} from {first_day} to {last_day} (its own supervision, night watch or standby) "
                   + en_end)


TRIGGER_TEXT = {
    "birthday": Text(nb="{person} fyller {age} år", en="{person} turns {age}"),
    "school_start": Text(nb="{person} begynner på skolen", en="{person} starts school"),
    "new_grade": Text(nb="{person} begynner på {grade}. trinn", en="{person} starts grade {grade}"),
    "new_year": Text(nb="Nytt kalenderår: årlige kvoter telles på nytt", en="A new calendar year: yearly quotas start again"),
    "age_limit": Text(nb="{person} fylte {age} år i {year}, og retten gjelder til og med kalenderåret barnet fyller {age} år",
                      en="{person} turned {age} in {year}, and the right lasts through the calendar year the child turns {age}"),
    "year_age": Text(nb="{person} fyller {age} år i {year}, og regelen regner med alderen barnet fyller i løpet av kalenderåret",
                     en="{person} turns {age} in {year}, and the rule counts the age the child turns during the calendar year"),
    # A training period's trigger is dated the day after its last day, or its first day.
    "period_ends": Text(nb="Opplæringsperioden fra {first_day} til {last_day} er over",
                        en="The training period from {first_day} to {last_day} is over"),
    "period_starts": Text(nb="Opplæringsperioden fra {first_day} til {last_day} begynner",
                          en="The training period from {first_day} to {last_day} begins"),
    # A child's care period: the months it is counted in (timeline_dates.py).
    "care_period_starts": _care_period("begynner", "begins"),
    "care_period_goes_on": _care_period("varer hele måneden", "lasts the whole month"),
    "care_period_ends": _care_period("slutter i måneden", "ends in the month"),
    "care_period_over": _care_period("er over", "is over"),
    "parameters": Text(nb="Nye satser eller regler gjelder", en="New rates or rules apply"),
    "rates_not_found": Text(nb="Satsene ble justert, men modellen har ikke funnet de nye satsene; den som gir retten, "
                               "avgjør med satsene som gjelder", en="The rates were adjusted, but the model has not found "
                               "the new rates; whoever grants the right decides with the rates in force"),
    # A death's trigger dates the death itself; the date evaluated is the first of a month after it (ADR 0034).
    "death": Text(nb="{person} døde: det barnet hadde rett til, og retten til omsorg for barnet, faller bort fra "
                     "måneden etter", en="{person} died: the child's own rights, and the rights to care for the child, "
                     "end from the month after"),
    "after_death": Text(nb="Tiden loven gir etter at {person} døde, er over",
                        en="The time the law gives after {person} died is over"),
    "year_after_death": Text(nb="{person} døde: fra det nye året regner årets dager og opptjening for omsorgen ikke "
                                "lenger med barnet", en="{person} died: from the new year, the year's days and credit for "
                                "the care no longer count the child"),
    # The trigger's date is the pilot's first day, or the first day after its last (the current rules again).
    "pilot_starts": Text(nb="Forsøket «{pilot}» begynner å gjelde for familien og varer til og med {last_day}",
                         en="The pilot '{pilot}' starts to apply to the family and lasts through {last_day}"),
    "pilot_ends": Text(nb="Forsøket «{pilot}» slutter å gjelde for familien etter siste dag, {last_day}; dagens regler gjelder igjen",
                       en="The pilot '{pilot}' stops applying to the family after its last day, {last_day}; the current rules "
                          "apply again"),
}
WHILE = {
    "child": Text(nb="barnets sykdom og behov for omsorg", en="the child's illness and need for care"),
    "caregiver": Text(nb="omsorgspersonenes arbeid og inntekt", en="the caregivers' work and income"),
    "family": Text(nb="familiens situasjon", en="the family's situation"),
}
CONDITION = Text(nb="Gjelder hvis {facts} er som nå.", en="Holds if {facts} stay as now.")


def timeline(family, start: date, years: int = DEFAULT_YEARS, language: str = "nb", system=None,
             today: date | None = None, reform=None) -> Timeline:
    """The events in `family`'s rights from `start`, for `years` (cut at the youngest ill child's 19th birthday;
    past the model's last date, on the law and rates of that date). Under `reform` (a loaded reform or pilot),
    each date is answered by its rules where it applies to the family on that date (a pilot: inside its kommuner
    and window), else by the baseline."""
    system = system or baseline_system()
    span = horizon(family, start, years)
    triggers = evaluation_dates(family, system, span, reform)
    dates = [start, *triggers]
    aged = [family_on(family, start, on) for on in dates]
    # Where a grade changes, the date twice: the family aged to it, and with its grades as the day before
    # (compared in the same month). Elsewhere the two are the same family.
    regraded = [number for number in range(1, len(dates)) if aged[number] != aged[number - 1]]
    # And the family with its grades as the day before held still (ages, training days), to tell what of its own
    # moved a right from what the calendar and the law did (timeline_causes.py).
    changes = [own_changes(aged[n - 1], dates[n - 1], dates[n]) for n in range(1, len(dates))]
    held = [families_held(aged[n - 1], dates[n - 1], dates[n], changes[n - 1]) for n in range(1, len(dates))]
    answers = _rights_on_dates(
        [*aged, *(aged[n - 1] for n in regraded), *(family for families in held for family in families)],
        [*dates, *(dates[n] for n in regraded), *(dates[n] for n, families in enumerate(held, 1) for _ in families)],
        language, system, reform)
    answered = answers[:len(dates)]
    before_regrading = dict(zip(regraded, answers[len(dates):len(dates) + len(regraded)]))
    unchanged = [before_regrading.get(number, answered[number]) for number in range(1, len(dates))]
    held_answered = _split(answers[len(dates) + len(regraded):], [len(families) for families in held])
    reader = _EventReader(family, system, language, start)
    # In date order: a change dated on a birthday (`event_day`) comes before those of the month start it shows from.
    events = sorted((
        event
        for before, same_month, after, since, on, own, held_rights in zip(answered, unchanged, answered[1:], dates,
                                                                           dates[1:], changes, held_answered)
        for event in reader.events(before, same_month, after, since, on, triggers[on],
                                   _rules_on(reform, family, since, system), _rules_on(reform, family, on, system),
                                   held_answers(own, held_rights))
    ), key=lambda event: event.date)
    notes = [*reform_notes(reform, family, language), *horizon_notes(span, len(dates), today or date.today(), language),
             *grade_notes(family, dates, language),
             *not_modelled_notes(family, span, language), *after_death_notes(family, events, system, language)]
    return Timeline(
        model_version=MODEL_VERSION, parameter_set_hash=parameter_set_hash(), language=language,
        reform=None if reform is None else reform.id,
        from_date=start.isoformat(), to_date=span.end.isoformat(), years=years,
        dates_evaluated=[on.isoformat() for on in dates], events=events, notes=notes,
    )


def _split(items: list, sizes: list[int]) -> list[list]:
    """`items` cut into consecutive lists of `sizes`."""
    ends = [sum(sizes[:number + 1]) for number in range(len(sizes))]
    return [items[end - size:end] for end, size in zip(ends, sizes)]


def _applies(reform, family, on: date) -> bool:
    """Whether the reform's rules answer the family on `on` (a pilot: inside its kommuner and window)."""
    return reform is not None and reform.applies(getattr(family, "kommunenummer", None), on)


def _rules_on(reform, family, on: date, baseline):
    """The system whose rules answer the family on `on`."""
    return reform.system if _applies(reform, family, on) else baseline


def _rights_on_dates(families, dates, language: str, system, reform) -> list:
    """Each family's rights on its date: those the reform applies to in one run on its rules, the rest in one
    run on the baseline."""
    if reform is None:
        return assemble_on_dates(families, dates, language, system)
    pairs = list(zip(families, dates))
    return by_scope(
        [_applies(reform, family, on) for family, on in pairs], pairs,
        lambda inside: assemble_on_dates(*zip(*inside), language, reform.system, reform.catalogue_overrides()),
        lambda outside: assemble_on_dates(*zip(*outside), language, system),
    )


class _EventReader:
    """Compares two answers in a row, right by right, and says what changed and what to do."""

    def __init__(self, family, system, language: str, start: date):
        self.family, self.language = family, language
        self.graph = dependency_graph(system, f"{start.year:04d}-{start.month:02d}", f"{start.year:04d}")

    def events(self, before, same_month, after, since: date, on: date, triggers: list[Trigger], system_since,
               system, held: HeldAnswers | None = None) -> list[TimelineEvent]:
        """Status changes from `since` to `on`, and amount changes caused by the family or by new values of
        the right's rates, each read under the rules that answer the family on its date (`system_since`, `system`:
        they differ where a pilot starts or stops applying). `same_month` is the family with its grades as they
        were, on this date: what differs from it was caused by the grade, what differs between it and `before` by
        the date (age, the year, the law). Comparing amounts in the same month keeps a daily rate paid for the month's weekdays from changing by itself;
        between the two dates, an amount the same per weekday was moved by the month's weekdays alone, not by the date.
        `held`: the rights on `on` with the family's own clocks held still, which tell what of the date moved a right."""
        previous = {(row.benefit, row.person): row for row in before}
        unchanged = {(row.benefit, row.person): row for row in same_month}
        found = []
        for row in after:
            key = (row.benefit, row.person)
            old, middle = previous.get(key), unchanged.get(key)
            if old is None or middle is None:
                continue
            benefit = catalogue()[row.benefit]
            rates = _changed_rates(triggers, benefit, system, since, on, system_since)
            by_family = middle.status != row.status or _amount_changed(middle, row)
            by_date = old.status != middle.status or (
                _amount_may_move(triggers, benefit, row.person, rates) and _amount_changed(old, middle)
                and not _same_per_weekday(old, middle, since, on))
            kind = _status_kind(old, row) or ("amount_changes" if by_family or by_date else None)
            if kind is not None:
                moved = _MovedRight(old, middle, since, on, kind, by_family, by_date, rates)
                because = (self._singled_out(benefit, key, moved, triggers, held, system)
                           or self._as_before(benefit, row.person, moved, triggers, system))
                day = event_day(benefit, kind, because, system, on) if old.status != middle.status else on
                found.append(self._event(kind, old, row, since, day, because, system))
        return found

    def _singled_out(self, benefit, key, moved: "_MovedRight", triggers: list[Trigger], held, system) -> list[Trigger]:
        """The triggers that moved the right (review s21 caseworker M3, L4): the grade, where the family's change alone
        moved it; the family's own clocks (a child's age, a training period), where holding them still undoes the
        change; the calendar and the law, where a change is left with the family held still. Each of the family's
        clocks is named only where holding it still alone undoes the change (all of them where none does alone). None
        where nothing is singled out."""
        person, since, on = key[1], moved.since, moved.on
        still = held.still.get(key) if held is not None and moved.by_date else None
        by_own = still is not None and _differs(still, moved.middle)
        by_calendar = moved.by_date if still is None else _differs(moved.old, still, since, on)
        grades = [t for t in triggers if t.kind in GRADE_KINDS and _concerns(t, benefit, person)] if moved.by_family else []
        own = [t for change in (self._own_moved(benefit, key, moved.middle, held) if by_own else [])
               for t in own_triggers(change, self.family, triggers, benefit, system, since, on)]
        calendar = _calendar_causes(triggers, benefit, person, moved, system) if by_calendar else []
        return _death_ends([*grades, *own, *calendar], moved.kind == "ends")

    def _own_moved(self, benefit, key, middle, held) -> list:
        """The family's own changes (a child's right: that child's age) that moved the right: each whose holding still
        alone undoes the change, or all of them where none does alone."""
        changes = [change for change in held.changes if benefit.holder != "child" or change.person == key[1]]
        alone = [change for change in changes
                 if key in held.alone.get(change, {}) and _differs(held.alone[change][key], middle)]
        return alone or changes

    def _as_before(self, benefit, person, moved: "_MovedRight", triggers: list[Trigger], system) -> list[Trigger]:
        """The causes where none is singled out: the model's missing rates for a status the date changed, else the
        date's triggers that may have moved it (`_causes`)."""
        ages = age_limits_passed(self.family, triggers, benefit, person, system, moved.on) if moved.by_date else []
        gap = _rates_not_found(benefit, system, moved.since, moved.on) if _by_the_rates(moved) else ()
        if gap:
            return [Trigger("rates_not_found", moved.on, parameters=gap)]
        return _causes(_with_deaths(ages, triggers) if ages else triggers, benefit, person, moved.rates,
                       moved.by_family, moved.by_date, ends=moved.kind == "ends")

    def _event(self, kind: str, old, new, since: date, on: date, because: list[Trigger], system) -> TimelineEvent:
        """The event on `on`: the date evaluated, or the birthday a right judged by the day ends on (`event_day`)."""
        benefit = catalogue()[new.benefit]
        condition = self._condition(benefit) if kind != "ends" else None
        per_day = self._per_day(old, new, since, on) if kind == "amount_changes" else None
        if per_day:
            text = self._text(PER_DAY_EVENT).format(name=new.name, before=kroner_text(per_day.before), after=kroner_text(per_day.after))
        elif kind == "amount_changes":
            text = amount_change_text(new.name, old, new, self.language)
        else:
            text = self._text(EVENT_TEXT[kind]).format(name=new.name, before=old.status_text, after=new.status_text)
        return TimelineEvent(
            date=on.isoformat(), kind=kind, benefit=new.benefit, name=new.name, person=new.person,
            status_before=old.status, status_after=new.status, status_text=new.status_text,
            amount_before=old.amount, amount_after=new.amount, per_day=per_day, range_after=new.range, text=text,
            because=[self._trigger(trigger) for trigger in because],
            provisions=_provisions(old, new, system, on, self.language),
            conditional=condition is not None, condition=condition,
            assumes_law_of=LAST_DATE.isoformat() if on > LAST_DATE else None,
            actions=actions_for(benefit, kind, new.status, on, because, self.language),
        )

    def _text(self, text: Text) -> str:
        return text.in_language(self.language)

    def _per_day(self, old, new, since: date, on: date) -> PerDay | None:
        """For a right paid per day whose amount per day changed: the amounts per day and the days paid, so the
        change reads like with like (a new G raises the daily rate, a month with fewer weekdays can still pay less)."""
        if old.per_day is None or new.per_day is None or old.per_day == new.per_day:
            return None
        months = MONTHS[self.language]
        text = self._text(PER_DAY).format(
            month_before=f"{months[since.month - 1]} {since.year}", before=kroner_text(old.per_day), days_before=old.days_paid,
            amount_before=kroner_text(old.amount.value), month_after=f"{months[on.month - 1]} {on.year}",
            after=kroner_text(new.per_day), days_after=new.days_paid, amount_after=kroner_text(new.amount.value))
        return PerDay(before=old.per_day, after=new.per_day, days_before=old.days_paid, days_after=new.days_paid, text=text)

    def _trigger(self, trigger: Trigger) -> TimelineTrigger:
        text = opening_a_sentence(self._text(TRIGGER_TEXT[trigger.kind]).format(
            person=trigger.person, age=trigger.age, grade=trigger.grade,
            year=trigger.on.year - (trigger.kind == "age_limit"),  # an age limit passed in the year that ended
            pilot=trigger.pilot and self._text(trigger.pilot), last_day=self._day(trigger.last_day),
            first_day=self._day(trigger.first_day)))
        return TimelineTrigger(kind=trigger.kind, date=trigger.on.isoformat(), person=trigger.person, age=trigger.age,
                               grade=trigger.grade, parameters=list(trigger.parameters), text=text)

    def _day(self, day: date | None) -> str | None:
        """A date in a trigger's text in words, as the answers say dates («13. mars 2025», "13 March 2025")."""
        return day and format_date(day.isoformat(), self.language)

    def _condition(self, benefit) -> str | None:
        """'Holds if …' naming the kinds of facts told that the right rests on, besides age and grade."""
        holders = []
        for fact_id in sorted(self.graph.facts_below(benefit.variables.status) - AGE_FACTS - ABSENT_MEANS_FACTS):
            holder = _told_by(self.family, fact_id)
            if holder is not None and holder not in holders:
                holders.append(holder)
        if not holders:
            return None
        kinds = self._text(AND).join(self._text(WHILE[holder]) for holder in ("child", "caregiver", "family") if holder in holders)
        return self._text(CONDITION).format(facts=kinds)


@dataclass(frozen=True)
class _MovedRight:
    """A right's answers on the two dates (`middle`: on the later date, the family with its grades as before) and
    what the comparison found: the event's kind, whether the family's change (the grade) or the date moved it, and
    the right's rates that took a new value on the date."""

    old: object
    middle: object
    since: date
    on: date
    kind: str
    by_family: bool
    by_date: bool
    rates: tuple[str, ...]


def _differs(before, after, since: date | None = None, on: date | None = None) -> bool:
    """Whether two answers of a right differ in status, or in amount other than by their months' weekdays (two dates
    given: `_same_per_weekday`)."""
    if before.status != after.status:
        return True
    return _amount_changed(before, after) and not (since and on and _same_per_weekday(before, after, since, on))


def _concerns(trigger: Trigger, benefit, person: str | None) -> bool:
    """Whether the trigger can concern the right: a child's right looks only at that child."""
    return trigger.person is None or benefit.holder != "child" or trigger.person == person


def _by_the_rates(moved: _MovedRight) -> bool:
    """Whether a gap in the model's rates may be what changed the status: the date, not the family, changed it."""
    return moved.kind == "status_changes" and moved.by_date and not moved.by_family


def _calendar_causes(triggers: list[Trigger], benefit, person: str | None, moved: _MovedRight, system) -> list[Trigger]:
    """What the calendar and the law brought: the model's missing rates, for a status the date changed (ADR 0009);
    else the rules that moved the right's rates, each naming its own (the date's rules where none of its rates
    moved), a pilot starting or stopping, a child's death, a child's care period counted in the month (pleiepenger:
    then the date's rules only where they moved the right's rates); and the new year only for a right counted by the
    calendar year none of whose rates moved — a yearly quota starting again — never for a right counted by the month."""
    gap = _rates_not_found(benefit, system, moved.since, moved.on) if _by_the_rates(moved) else ()
    if gap:
        return [Trigger("rates_not_found", moved.on, parameters=gap)]
    care = _care_periods(triggers, benefit)
    kept = []
    for trigger in (t for t in triggers if _concerns(t, benefit, person)):
        if trigger.kind in DEATH_KINDS or trigger in care:
            kept.append(trigger)
        elif trigger.kind in RULE_KINDS:
            own = tuple(name for name in moved.rates if name in trigger.parameters)
            if own or not (moved.rates or care):
                kept.append(replace(trigger, parameters=own or trigger.parameters))
        elif trigger.kind == "new_year" and benefit.period == "year" and not moved.rates:
            kept.append(trigger)
    return kept


def _care_periods(triggers: list[Trigger], benefit) -> list[Trigger]:
    """The care periods (a child's) counted in the date's month, for the right they grade (pleiepenger, ADR 0021)."""
    return [trigger for trigger in triggers if trigger.kind in CARE_KINDS and benefit.id == GRADED_BY_PERIOD]


def _death_ends(found: list[Trigger], ends: bool) -> list[Trigger]:
    """A right that ends on a date a child's death brings ends because of the death (and a calendar-year age limit
    another child passed), not the date's other events."""
    if ends and any(trigger.kind in DEATH_KINDS for trigger in found):
        return [trigger for trigger in found if trigger.kind in (*DEATH_KINDS, "age_limit")]
    return found


def _status_kind(old, new) -> str | None:
    if old.status == new.status:
        return None
    if old.status == "not_entitled":
        return "starts"
    return "ends" if new.status == "not_entitled" else "status_changes"


def _amount_changed(old, new) -> bool:
    return (old.amount, old.range) != (new.amount, new.range)


def _weekdays_in_month(on: date) -> int:
    """Monday–Friday days in the month of `on`, as the model counts a month's weekdays (rules/row_dates.py)."""
    first, last = month_of(on)
    return weekdays_of([DatedPeriod(first_day=first, last_day=last)])


def _monthly_kroner(row) -> tuple[float, ...] | None:
    """A right's amount, or the ends of its range, when it is kroner a month."""
    shown = row.amount or row.range
    if shown is None or shown.unit != "NOK" or shown.period != "month":
        return None
    return (row.amount.value,) if row.amount is not None else (row.range.min, row.range.max)


def _same_per_weekday(old, new, since: date, on: date) -> bool:
    """Whether two monthly amounts differ only as their months' weekdays do (21 against 22): a daily rate paid for
    each weekday (pleiepenger, ftrl § 9-15; NAV pays five days a week) that the date did not change. Such a change
    comes with the calendar every month, whatever the date brings (a new G below the 6G cap moves no daily rate)."""
    before, after = _monthly_kroner(old), _monthly_kroner(new)
    days_before, days_after = _weekdays_in_month(since), _weekdays_in_month(on)
    if before is None or after is None or len(before) != len(after) or days_before == days_after:
        return False
    return all(round(b * days_after, 2) == round(a * days_before, 2) for b, a in zip(before, after))


def _changed_rates(triggers: list[Trigger], benefit, system, since: date, on: date, system_since=None) -> tuple[str, ...]:
    """The right's rate parameters, or the parameters below a rate node (a table of bands), that take a new value
    on the date, or that a pilot starting or stopping sets, other than the one they had on `since` (a value dated
    anew but the same, as some yearly rates re-stated on 1 January, changed nothing). `system_since` answers the
    family on `since` when other rules than `system` do (a pilot's boundary)."""
    dated = {name for trigger in triggers if trigger.kind in RULE_KINDS for name in trigger.parameters}
    return tuple(sorted(name for name in dated
                        if _is_rate_of(benefit, name) and _value_moved(system, name, since, on, system_since)))


def _is_rate_of(benefit, name: str) -> bool:
    """Whether the parameter `name` is one of the right's rate parameters or lies below one that is a node."""
    return any(name == rate or name.startswith(rate + ".") for rate in benefit.rate_parameters)


def _value_moved(system, name: str, since: date, on: date, system_since=None) -> bool:
    """Whether the parameter `name` (or, for a node or a scale, any parameter below it) has another value on `on`
    than on `since`, compared by value, each read under the rules that answer the family on its date (`system_since`
    on `since`, where a pilot starts or stops applying; else `system`). One the rules do not have (a pilot's own,
    read under the baseline) counts as moved: the date brought other rules."""
    old, new = find((system_since or system).parameters, name), find(system.parameters, name)
    return old is None or new is None or value_at(old, since.isoformat()) != value_at(new, on.isoformat())


def _rates_not_found(benefit, system, since: date, on: date) -> tuple[str, ...]:
    """The right's rates adjusted on a known date between `since` and `on` whose new values the model has not found
    (ADR 0009): a change the date brings then is the model's gap in the rates, not the law's (review s16d portal #2)."""
    before = {stale.parameter for stale in benefit_stale_rates(system, tuple(benefit.rate_parameters), since)}
    return tuple(sorted(stale.parameter for stale in benefit_stale_rates(system, tuple(benefit.rate_parameters), on)
                        if stale.parameter not in before or stale.adjusted_on > since.isoformat()))


def _amount_may_move(triggers: list[Trigger], benefit, person: str | None, rates) -> bool:
    """Whether the date itself can move the amount: new values of its rates, the birthday of the child whose right it
    is, or a training period of the caregiver whose right it is that begins or is over (a caregiver's daily rate,
    paid for the month's weekdays, moves from month to month by itself), or a child's care period counted in the month
    for pleiepenger."""
    own = {"child": ("birthday",), "caregiver": TRAINING_KINDS}.get(benefit.holder, ())
    return bool(rates) or any(t.kind in own and t.person == person for t in triggers) or bool(_care_periods(triggers, benefit))


def _causes(triggers: list[Trigger], benefit, person: str | None, rates, by_family: bool, by_date: bool,
            ends: bool = False) -> list[Trigger]:
    """What caused the change. The grade is a fact of the family: when the family's change alone moves the answer,
    its school start or new grade. Age and the calendar come with the date: when the date alone moves it, a
    birthday, the new year, new rates or rules, a pilot starting or stopping, a child's death; where the right's
    rates moved, only the rules that moved them, each naming its own. A right that ends on a date a child's death
    brings ends because of the death (and a calendar-year age limit another child passed), not the date's other
    events. A child's right looks only at that child; pleiepenger at the care periods counted in the date's month
    (then the date's rules only where they moved its rates). All of the date's triggers when none is singled out."""
    care = _care_periods(triggers, benefit)
    kept = []
    for trigger in triggers:
        if trigger.person is not None and benefit.holder == "child" and trigger.person != person:
            continue
        if trigger.kind in ("school_start", "new_grade"):
            if by_family:
                kept.append(trigger)
        elif by_date and (trigger.kind in ("birthday", "new_year", "age_limit", *DEATH_KINDS) or trigger in care):
            kept.append(trigger)
        elif by_date and trigger.kind in RULE_KINDS:
            own = tuple(name for name in rates if name in trigger.parameters)
            if own or not (rates or care):
                kept.append(replace(trigger, parameters=own or trigger.parameters))
    if ends and any(trigger.kind in DEATH_KINDS for trigger in kept):
        kept = [trigger for trigger in kept if trigger.kind in (*DEATH_KINDS, "age_limit")]
    return kept or triggers


def _with_deaths(ages: list[Trigger], triggers: list[Trigger]) -> list[Trigger]:
    """The age limits passed, as the new year's cause, and a child's death the date brings too."""
    return [*ages, *(trigger for trigger in triggers if trigger.kind in DEATH_KINDS)]


def _provisions(old, new, system, on: date, language: str) -> list[LegalReference]:
    """The references (in force on `on`, each with its window in `language`) of the conditions whose outcome
    changed; the right's first legal basis when none did."""
    outcomes = dict(old.conditions)
    found = []
    for variable, outcome in new.conditions:
        reference = condition_reference(system, variable, on, language) if outcomes.get(variable) != outcome else None
        if reference is not None and reference not in found:
            found.append(reference)
    if not found:
        found.append(LegalReference(citation=new.legal_basis.title, url=str(new.legal_basis.url)))
    return found


def _told_by(family, fact_id: str) -> str | None:
    """Whose fact it is ("child", "caregiver" or "family"), when the family told it; None when not told."""
    fact = vocabulary().get(fact_id)
    if fact is None:
        return None
    if fact.holder == "family":
        return "family" if getattr(family, fact_id, None) is not None else None
    for role, persons in (("child", family.children), ("caregiver", family.caregivers)):
        if fact.holder in (role, "person") and any(getattr(person, fact_id, None) is not None for person in persons):
            return role
    return None
