"""A right whose age limit applies by the day changes on the birthday itself (review s16d portal #3).

Pleiepenger are for a member caring for «barn under 18 år» (ftrl § 9-10 first ledd) and are paid per weekday
(§ 9-15): from the 18th birthday they rest on the third ledd's exception alone. The companion on patient travel
needs no documented need «Når barn under 18 år følges på reisen» (helsenorge, pasientreiseforskriften § 17), judged
trip by trip. Forhøyet hjelpestønad is a monthly benefit for a child under 18 (§ 6-5 first ledd), which stops at
the end of the month the right falls away (§ 22-12): it still ends from the first of the next month.
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import Trigger, event_day
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family
from openfisca_asb.system import baseline_system

TODAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def sara():
    # teenager-cancer: Sara, born 2009-02-14, turns 18 on 2027-02-14; the model counts that age from 2027-03-01.
    # The review's case: from 2026-11-29, 2 years (cut at her 19th birthday, 2028-02-14).
    return timeline(example_family("teenager-cancer"), date(2026, 11, 29), 2, "en", today=TODAY)


def _one(answer, **where):
    found = [e for e in answer.events if all(getattr(e, key) == value for key, value in where.items())]
    assert len(found) == 1, f"{where}: {[(e.date, e.benefit, e.person, e.kind) for e in answer.events]}"
    return found[0]


def test_pleiepenger_change_on_the_18th_birthday_and_the_action_is_due_the_day_before(sara):
    # § 9-10 first ledd, "under 18 år": the last day under 18 is 2027-02-13, so the right changes on 2027-02-14,
    # and the advice to seek the third ledd's exception is due the day before, 2027-02-13.
    for parent in ("mor", "far"):
        change = _one(sara, benefit="pleiepenger", person=parent, kind="status_changes")
        assert (change.date, change.status_before) == ("2027-02-14", "entitled")
        assert [(t.kind, t.person, t.age, t.date) for t in change.because] == [("birthday", "sara", 18, "2027-02-14")]
        assert [action.act_by for action in change.actions] == ["2027-02-13"]


def test_the_companion_for_a_child_ends_on_the_18th_birthday(sara):
    # helsenorge: the need is not documented for a child under 18; on a trip from 2027-02-14 it must be.
    ends = _one(sara, benefit="pasientreiser_ledsager", person="sara", kind="ends")
    assert ends.date == "2027-02-14" and [t.date for t in ends.because] == ["2027-02-14"]


def test_forhoyet_hjelpestonad_still_ends_from_the_first_of_the_next_month(sara):
    # § 6-5 first ledd "under 18 år", a monthly benefit (§ 22-12): paid through February 2027, ends 2027-03-01;
    # the cause is still the birthday, 2027-02-14.
    ends = _one(sara, benefit="forhoyet_hjelpestonad", person="sara", kind="ends")
    assert ends.date == "2027-03-01" and [(t.kind, t.date) for t in ends.because] == [("birthday", "2027-02-14")]


def test_events_stay_in_date_order(sara):
    # The birthday-dated changes (2027-02-14) come before forhøyet's 2027-03-01, though worked out on that date.
    dates = [event.date for event in sara.events]
    assert dates == sorted(dates) and dates.index("2027-02-14") < dates.index("2027-03-01")


def test_the_month_start_note_names_the_rights_dated_by_the_birthday(sara):
    [note] = [note for note in sara.notes if note.code == "month_start"]
    assert "Care benefit for a sick child (pleiepenger)" in note.text and "Patient travel with a companion" in note.text
    assert "forhøyet" not in note.text and "birthday itself" in note.text


def test_only_the_birthday_that_reaches_the_limit_dates_a_caregivers_right():
    # A caregiver's pleiepenger (limit 18, § 9-10 first ledd) with two children's birthdays in February 2027: the
    # 18th birthday (2027-02-14) dates the change, a sibling's 6th (2027-02-20) does not. A monthly right
    # (forhøyet hjelpestønad, no day rule) keeps the month start, 2027-03-01.
    because = [Trigger("birthday", date(2027, 2, 14), "sara", age=18), Trigger("birthday", date(2027, 2, 20), "per", age=6)]
    on, system = date(2027, 3, 1), baseline_system()
    assert event_day(catalogue()["pleiepenger"], "status_changes", because, system, on) == date(2027, 2, 14)
    assert event_day(catalogue()["forhoyet_hjelpestonad"], "ends", because, system, on) == on
    # An amount change keeps the month start: the amount is the month's.
    assert event_day(catalogue()["pleiepenger"], "amount_changes", because, system, on) == on
