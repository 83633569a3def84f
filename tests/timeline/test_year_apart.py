"""Dates a whole number of years apart answered in one period (ADR 0015, answer/year_apart.py).

The timeline answers dates in the same month of the year at the latest one's period, the others'
families as rows `years_from_period` below it. That must change no answer: every example family's timeline
equals the one answered date by date, from today (the law unchanged ahead: the dates share periods)
and from 2020 (a new grunnbeløp every 1 May: the dates are answered again at their own periods).
"""

from datetime import date

import numpy
import pytest
from openfisca_core.periods import period

import openfisca_asb.answer.assembler as assembler
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.year_apart import LawRead, _moves, shared_periods
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.situation import build_simulation
from openfisca_asb.rules.row_dates import first_day, last_day, weekdays_in
from openfisca_asb.system import baseline_system

TODAY = date(2026, 11, 28)


def _date_by_date(monkeypatch):
    monkeypatch.setattr(assembler, "shared_periods", lambda dates, system: list(dates))


@pytest.mark.parametrize("start", [date(2026, 12, 1), date(2020, 6, 1)])
@pytest.mark.parametrize("name", sorted(example_names()))
def test_sharing_periods_changes_no_event(name, start, monkeypatch):
    family = example_family(name)
    family = family.model_copy(update={"children": [c.model_copy(update={"school_grade": None}) for c in family.children]})
    start = max(start, date(family.children[0].birth_date.year + 1, 1, 1)) if family.children else start
    shared = timeline(family, start, 5, "en", today=TODAY)
    _date_by_date(monkeypatch)
    assert timeline(family, start, 5, "en", today=TODAY) == shared


def test_dates_share_the_latest_period_of_their_month_where_the_law_is_unchanged():
    # The model's law takes no new value after 1 July 2026 (barnetilsyn's new rules), so the Januaries of
    # 2027–2029 share 2029's period. A new grunnbeløp on 1 May 2026 parts January 2025 and January 2027, and
    # one every May parts August 2018 and August 2027. December 2017 is answered alone: holiday pay counts a
    # year's months from the model's first month (2017-10-01), a date that is not moved per row.
    dates = [date(2026, 12, 1), date(2027, 1, 1), date(2028, 1, 1), date(2027, 8, 1), date(2017, 12, 1), date(2029, 1, 1),
             date(2018, 8, 1), date(2025, 1, 1)]
    assert shared_periods(dates, baseline_system()) == [
        date(2026, 12, 1), date(2029, 1, 1), date(2029, 1, 1), date(2027, 8, 1), date(2017, 12, 1), date(2029, 1, 1),
        date(2018, 8, 1), date(2025, 1, 1)]


def _simulation(years):
    family = example_family("child-diabetes")
    simulation, rows = build_simulation([family] * len(years), baseline_system(), years_from_period=years)
    return simulation, rows


def test_a_row_years_below_counts_its_own_calendar():
    # February 2028 has 29 days (a leap year), 21 of them weekdays (1 February 2028 is a Tuesday);
    # February 2027 has 28, 20 weekdays. A row one year below the period 2028-02 stands for 2027-02.
    simulation, rows = _simulation([0, -1])
    persons = simulation.persons
    february = period("2028-02")
    family_of = numpy.array([row.family for row in rows])
    assert set(first_day(persons, february)[family_of == 1].astype(str)) == {"2027-02-01"}
    assert set(last_day(persons, february)[family_of == 0].astype(str)) == {"2028-02-29"}
    assert set(last_day(persons, february)[family_of == 1].astype(str)) == {"2027-02-28"}
    assert set(weekdays_in(persons, february)[family_of == 0]) == {21}
    assert set(weekdays_in(persons, february)[family_of == 1]) == {20}


def test_the_law_read_is_checked_for_new_values_in_between():
    # The grunnbeløp takes a new value every 1 May (2025-05-01 and 2026-05-01 among them): a chapter-9 daily
    # rate (capped at 6 G) read at June 2026 is not the same law three years earlier; nothing of the model's
    # law changes between 2029 and 2031 (its last values carry on).
    simulation, _ = _simulation([0, -3])
    law = LawRead(simulation)
    simulation.calculate("chapter_9_daily_rate", period("2026-06"))
    assert law.moved_for([0, -3]) == {-3}
    future, _ = _simulation([0, -2])
    law = LawRead(future)
    future.calculate("chapter_9_daily_rate", period("2031-06"))
    assert law.moved_for([0, -2]) == set()


def test_a_new_formula_in_between_moves_the_law():
    # barnetilsyn_child_within_main_rule has a formula from 1 July 2026 (the new chapter-15 rules): computed
    # for 2027-01, it is not the same law one year earlier (2026-01, the old formula), though it is two
    # years later.
    simulation, _ = _simulation([0])
    law = LawRead(simulation)
    simulation.calculate("barnetilsyn_child_within_main_rule", period("2027-01"))
    dated = [(changes, day) for changes, day in law._read() if date(2026, 7, 1) in (changes or ()) and day == date(2027, 1, 1)]
    assert dated
    assert any(_moves(changes, day, -1) for changes, day in dated)
    assert not any(_moves(changes, day, 2) for changes, day in dated)


def _rights(families, dates):
    return [[(r.benefit, r.person, r.status, r.amount, r.range, r.conditions) for r in rights]
            for rights in assembler.assemble_on_dates(families, dates, "en")]


@pytest.mark.parametrize("died", [None, date(2028, 7, 20)])
def test_weekday_amounts_and_a_death_are_counted_on_each_rows_own_dates(died, monkeypatch):
    # Pleiepenger are paid per weekday (ftrl § 9-10; NAV's k9-sak counts Monday–Friday): August has 22
    # weekdays in 2027, 23 in 2028 and 2029, 21 in 2030 and 2031, and February 2028 (a leap year) 21 against
    # 20 in 2027. After a child's death they go on for six weeks or three months (ftrl § 9-10 fourth ledd),
    # counted from 20 July 2028 into August 2028. Sara, born 2015 here, is under 18 on every date. Every
    # right's status, amount and conditions on each date equal those answered date by date.
    family = example_family("teenager-cancer")
    children = [c.model_copy(update={"birth_date": date(2015, 2, 14), "school_grade": None, "date_of_death": died})
                for c in family.children]
    family = family.model_copy(update={"children": children})
    dates = [date(2027, 8, 1), date(2028, 8, 1), date(2029, 8, 1), date(2031, 8, 1), date(2027, 2, 1), date(2028, 2, 1)]
    shared = _rights([family] * len(dates), dates)
    assert any(benefit == "pleiepenger" and amount is not None and amount.value > 0
               for rights in shared for benefit, _, _, amount, _, _ in rights)
    _date_by_date(monkeypatch)
    assert _rights([family] * len(dates), dates) == shared


def test_a_date_whose_law_moved_is_answered_again_at_its_own_period(monkeypatch):
    # Where the check after the run finds the law moved for a shift, those dates are answered again in a
    # second simulation at their own periods, with the same answers as date by date.
    family = example_family("child-diabetes")
    dates = [date(2027, 1, 1), date(2029, 1, 1), date(2031, 1, 1)]
    runs = []
    build = assembler.build_simulation
    monkeypatch.setattr(assembler, "build_simulation", lambda *args, **kwargs: runs.append(kwargs) or build(*args, **kwargs))
    monkeypatch.setattr(LawRead, "moved_for", lambda self, shifts: {-4} & set(shifts))
    moved = _rights([family] * 3, dates)
    assert [run["years_from_period"] for run in runs] == [[-4, -2, 0], [0]]
    _date_by_date(monkeypatch)
    assert _rights([family] * 3, dates) == moved


@pytest.mark.parametrize("reform_id", ["raise_hjelpestonad", "bpa_threshold_pilot", "pleiepenger_cap_7g"])
def test_sharing_periods_under_a_reform_or_pilot_changes_no_event(reform_id, monkeypatch):
    # Under a reform each date is answered by the rules that apply to the family on it (a pilot: its kommuner
    # and window), each set of rules in its own run: sharing a period must change nothing there either.
    family = example_family("cerebral-palsy-large-assistance-need")
    shared = timeline(family, date(2026, 12, 1), 5, "en", today=TODAY, reform=load_reform(reform_id))
    _date_by_date(monkeypatch)
    assert timeline(family, date(2026, 12, 1), 5, "en", today=TODAY, reform=load_reform(reform_id)) == shared
