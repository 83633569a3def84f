"""A timeline under a reform or pilot from reforms/ (issue 21 [transitions]): the events after the reform's date
change as its rules say, those before it do not, and a pilot applies only in its kommuner and window.

Jonas (cerebral-palsy-large-assistance-need) lives in Stavanger (1103), has forhøyet hjelpestønad at sats 3 and
a need for BPA of 35 hours a week. The timelines run from 2025-06-01 for 2 years (to 2027-06-01).
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import pilot_dates
from openfisca_asb.drafting.loading import load_reform, load_reform_file
from openfisca_asb.facts.examples import example_family

START, YEARS, TODAY = date(2025, 6, 1), 2, date(2026, 11, 28)


def _timeline(name: str, reform_id: str | None):
    reform = None if reform_id is None else load_reform(reform_id)
    return timeline(example_family(name), START, YEARS, "en", today=TODAY, reform=reform)


def _key(event):
    return event.date, event.benefit, event.person, event.kind, event.status_after, event.amount_after


@pytest.fixture(scope="module")
def baseline():
    return _timeline("cerebral-palsy-large-assistance-need", None)


def test_a_raised_rate_is_an_amount_change_on_its_date(baseline):
    # raise_hjelpestonad: the ordinary yearly rate is 18 000 kr from 2026-01-01. Forhøyet hjelpestønad at sats 3 is
    # 4 times the ordinary rate (ftrl § 6-5 second ledd): 18 000 × 4 / 12 = 6 000 kr a month from that date. Under
    # the current rules nothing changes Jonas's forhøyet hjelpestønad on 2026-01-01.
    reformed = _timeline("cerebral-palsy-large-assistance-need", "raise_hjelpestonad")
    assert reformed.reform == "raise_hjelpestonad" and baseline.reform is None
    change = [e for e in reformed.events if e.benefit == "forhoyet_hjelpestonad"]
    assert [(e.date, e.kind, e.amount_after.value) for e in change] == [("2026-01-01", "amount_changes", 6000.0)]
    assert any(t.kind == "parameters" and "folketrygd.hjelpestonad.ordinary_yearly_rate" in t.parameters for t in change[0].because)
    assert not [e for e in baseline.events if e.benefit == "forhoyet_hjelpestonad"]
    assert any(note.code == "reform" for note in reformed.notes)


def test_events_before_the_reform_date_are_those_of_the_current_rules(baseline):
    reformed = _timeline("cerebral-palsy-large-assistance-need", "raise_hjelpestonad")
    assert [_key(e) for e in reformed.events if e.date < "2026-01-01"] == [_key(e) for e in baseline.events if e.date < "2026-01-01"]


def test_a_pilot_in_the_familys_kommune_changes_the_right_from_its_start(baseline):
    # bpa_threshold_pilot: in Stavanger from 2026-01-01, a right to BPA only from 40 hours a week (pbrl § 2-1 d has
    # 32). Jonas's 35 hours fall in the band of at least 25 hours where the right holds unless the kommune documents
    # that BPA is substantially costlier; that is not told, so the right is to be assessed from 2026-01-01.
    piloted = _timeline("cerebral-palsy-large-assistance-need", "bpa_threshold_pilot")
    bpa = [e for e in piloted.events if e.benefit == "bpa"]
    assert [(e.date, e.kind, e.status_before, e.status_after) for e in bpa] == [
        ("2026-01-01", "status_changes", "entitled", "to_be_assessed")]
    assert any("§ 2-1 d" in provision.citation for provision in bpa[0].provisions)
    assert not [e for e in baseline.events if e.benefit == "bpa"]
    assert [(n.code, n.date) for n in piloted.notes if n.code.startswith("pilot")] == [("pilot", "2026-01-01")]


def test_a_pilot_outside_the_familys_kommune_changes_nothing():
    # child-diabetes lives in kommune 3201, not in the pilot (1103 Stavanger, 0301 Oslo): the current rules apply.
    piloted = _timeline("child-diabetes", "bpa_threshold_pilot")
    assert [_key(e) for e in piloted.events] == [_key(e) for e in _timeline("child-diabetes", None).events]
    outside = [n for n in piloted.notes if n.code == "pilot_outside"]
    assert len(outside) == 1 and "3201" in outside[0].text


def test_a_pilots_window_gives_the_dates_it_starts_and_stops_applying():
    # The pilot runs 2026-01-01 to 2028-12-31: it applies from the first of January 2026 and no longer from
    # 2029-01-01, the first month after its last day; a family outside its kommuner gets neither date.
    pilot = load_reform("bpa_threshold_pilot")
    inside = pilot_dates(pilot, example_family("cerebral-palsy-large-assistance-need"))
    assert [(day, trigger.kind, trigger.on, trigger.parameters) for day, trigger in inside] == [
        (date(2026, 1, 1), "pilot_starts", date(2026, 1, 1), ("kommune.bpa.minimum_hours_per_week.right",)),
        (date(2029, 1, 1), "pilot_ends", date(2029, 1, 1), ("kommune.bpa.minimum_hours_per_week.right",))]
    assert pilot_dates(pilot, example_family("child-diabetes")) == []
    assert pilot_dates(load_reform("raise_hjelpestonad"), example_family("child-diabetes")) == []


AGE_LIMIT_REFORM = """
id: {id}
title: {{nb: "Aldersgrense for forhøyet hjelpestønad {age} år", en: "An age limit of {age} for forhøyet hjelpestønad"}}
summary: {{nb: "Test.", en: "Test."}}
author: tests
status: proposal
legal_basis:
  - title: Folketrygdloven § 6-5 første ledd
    url: "https://lovdata.no/lov/1997-02-28-19/§6-5"
parameters:
  folketrygd.hjelpestonad.forhoyet_age_limit:
    2025-01-01: {{value: {age}, unit: year}}
"""


@pytest.mark.parametrize("age, ends", [(18, "2027-03-01"), (17, "2026-03-01"), (16, "2025-03-01")])
def test_an_age_limit_moves_the_end_by_as_many_years(tmp_path, age, ends):
    # Sara (teenager-cancer), born 2009-02-14, has forhøyet hjelpestønad "under 18" (ftrl § 6-5 first ledd): it ends
    # from the model's month after her 18th birthday, 2027-03-01. A reform setting the limit to 17 or 16 from
    # 2025-01-01 ends it one or two years earlier, from the month after her 17th or 16th birthday.
    path = tmp_path / f"forhoyet_until_{age}.yaml"
    path.write_text(AGE_LIMIT_REFORM.format(id=path.stem, age=age), encoding="utf-8")
    answer = timeline(example_family("teenager-cancer"), date(2024, 9, 1), 4, "en", today=TODAY, reform=load_reform_file(path))
    assert [e.date for e in answer.events if e.benefit == "forhoyet_hjelpestonad" and e.kind == "ends"] == [ends]
