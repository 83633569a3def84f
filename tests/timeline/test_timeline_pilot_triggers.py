"""A Trial Act pilot that starts or stops applying to the family is a cause of its own in the timeline (issue 21
[transitions]): "pilot_starts" and "pilot_ends", naming the pilot, not the generic "new rates or rules".

A pilot applies only to a family in its kommuner and inside its window (forsøksloven § 3; reforms/README); the model
reads each month from its first day, so the pilot answers a month whose first day lies in its window. Jonas
(cerebral-palsy-large-assistance-need) lives in Stavanger (1103), needs 35 hours of BPA a week and has forhøyet
hjelpestønad at sats 3. child-diabetes lives in kommune 3201, in no pilot here.
"""

from datetime import date
from pathlib import Path

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import pilot_dates
from openfisca_asb.drafting.loading import load_reform, load_reform_file
from openfisca_asb.facts.examples import example_family

TODAY = date(2026, 11, 28)
THRESHOLD_PILOT = Path(__file__).parents[2] / "reforms" / "bpa_threshold_pilot.yaml"
BPA_RIGHT = "kommune.bpa.minimum_hours_per_week.right"
ORDINARY_RATE = "folketrygd.hjelpestonad.ordinary_yearly_rate"

HJELPESTONAD_PILOT = """
id: {id}
title: {{nb: "Forsøk: høyere hjelpestønad", en: "Pilot: a higher assistance allowance"}}
summary: {{nb: "Test.", en: "Test."}}
author: tests
status: pilot
legal_basis:
  - title: Folketrygdloven § 6-4 andre ledd
    url: "https://lovdata.no/lov/1997-02-28-19/§6-4"
pilot:
  kommuner: {{"1103": Stavanger}}
  start: 2026-03-01
  end: 2026-06-30
  legal_basis:
    - title: Forsøksloven § 3
      url: "https://lovdata.no/lov/1992-06-26-87/§3"
parameters:
  folketrygd.hjelpestonad.ordinary_yearly_rate:
    {dated}: {{value: 18000, unit: currency-NOK}}
"""


def _threshold_pilot(tmp_path, start: str, end: str):
    """bpa_threshold_pilot (the right to BPA only from 40 hours a week, in Stavanger and Oslo) in a shorter window."""
    text = THRESHOLD_PILOT.read_text(encoding="utf-8").replace("id: bpa_threshold_pilot", "id: short_pilot")
    text = text.replace("start: 2026-01-01", f"start: {start}").replace("end: 2028-12-31", f"end: {end}")
    path = tmp_path / "short_pilot.yaml"
    path.write_text(text, encoding="utf-8")
    return load_reform_file(path)


def _events(name: str, reform, language: str = "en", start: date = date(2025, 10, 1)):
    return timeline(example_family(name), start, 1, language, today=TODAY, reform=reform).events


def _pilot_triggers(events):
    return [(e.date, e.benefit, t.kind, t.date) for e in events for t in e.because if t.kind.startswith("pilot")]


def test_a_pilot_starting_and_ending_inside_the_horizon_is_named_as_the_cause(tmp_path):
    # The pilot runs 2026-01-01 to 2026-06-30. The model reads 2026-01-01 inside it and 2025-12-01 not: it starts
    # applying on 2026-01-01. It reads 2026-06-01 inside and 2026-07-01 (after the last day) not: it stops on
    # 2026-07-01, the first of the month after its last day. With 40 hours instead of pbrl § 2-1 d's 32, Jonas's 35
    # hours fall in the band where BPA is to be assessed (from 25 hours); with 32 again, he has the right.
    pilot = _threshold_pilot(tmp_path, "2026-01-01", "2026-06-30")
    bpa = [e for e in _events("cerebral-palsy-large-assistance-need", pilot) if e.benefit == "bpa"]
    assert [(e.date, e.status_before, e.status_after) for e in bpa] == [
        ("2026-01-01", "entitled", "to_be_assessed"), ("2026-07-01", "to_be_assessed", "entitled")]
    starts, ends = (next(t for t in e.because if t.kind.startswith("pilot")) for e in bpa)
    assert (starts.kind, starts.date, starts.parameters) == ("pilot_starts", "2026-01-01", [BPA_RIGHT])
    # The law's date of an end is the first day the pilot no longer applies: the day after its last, 2026-06-30.
    assert (ends.kind, ends.date, ends.parameters) == ("pilot_ends", "2026-07-01", [BPA_RIGHT])
    title = "Pilot: a right to BPA only from 40 hours a week (not allowed)"
    # Its last day in words, as the answers say dates (review s21 diff L7).
    assert starts.text == f"The pilot '{title}' starts to apply to the family and lasts through 30 June 2026"
    assert ends.text == f"The pilot '{title}' stops applying to the family after its last day, 30 June 2026; the current rules apply again"
    # The value the pilot sets from its first day is that day's pilot, not also "new rates or rules".
    assert not [t for e in bpa for t in e.because if t.kind == "parameters" and BPA_RIGHT in t.parameters]


def test_the_pilots_triggers_in_bokmal_name_its_bokmal_title(tmp_path):
    pilot = _threshold_pilot(tmp_path, "2026-01-01", "2026-06-30")
    texts = [t.text for e in _events("cerebral-palsy-large-assistance-need", pilot, "nb") for t in e.because
             if t.kind.startswith("pilot")]
    title = "Forsøk: BPA-rett først fra 40 timer per uke (ikke tillatt)"
    assert texts == [f"Forsøket «{title}» begynner å gjelde for familien og varer til og med 30. juni 2026",
                     f"Forsøket «{title}» slutter å gjelde for familien etter siste dag, 30. juni 2026; dagens regler gjelder igjen"]


def test_a_pilot_from_mid_month_applies_from_the_next_month(tmp_path):
    # 2026-01-15 to 2026-06-15: 2026-01-01 is before the start, so the model first reads the pilot on 2026-02-01 (as
    # a birthday on the 14th shows from the 1st of the next month); 2026-06-01 is inside, 2026-07-01 after the last
    # day. The triggers keep the law's dates: the first day, 2026-01-15, and the day after the last, 2026-06-16.
    pilot = _threshold_pilot(tmp_path, "2026-01-15", "2026-06-15")
    assert _pilot_triggers(_events("cerebral-palsy-large-assistance-need", pilot)) == [
        ("2026-02-01", "bpa", "pilot_starts", "2026-01-15"), ("2026-07-01", "bpa", "pilot_ends", "2026-06-16")]


@pytest.mark.parametrize("dated", ["2026-03-01", "2025-01-01"])
def test_an_amount_the_pilot_changes_is_attributed_to_it_on_both_boundaries(tmp_path, dated):
    # The pilot raises the ordinary hjelpestønad to 18 000 kr a year in Stavanger from 2026-03-01 to 2026-06-30.
    # Forhøyet hjelpestønad at sats 3 is 4 times the ordinary rate (ftrl § 6-5 second ledd): 18 000 × 4 / 12 = 6 000 kr
    # a month inside the pilot. Outside it, under the current rates, NAV's published sats 3 of 5 054 kr a month (the
    # 2023 table, used while the ordinary monthly rate is its sats 1, 15 161 / 12 → 1 263 kr: forhoyet_published_monthly_rate.yaml).
    # A value dated before the window (2025-01-01) changes the amount only when the pilot starts applying, as one
    # dated on its first day does. No other cause: nothing else happens on 1 March or 1 July to this right.
    path = tmp_path / "higher_hjelpestonad_pilot.yaml"
    path.write_text(HJELPESTONAD_PILOT.format(id=path.stem, dated=dated), encoding="utf-8")
    events = [e for e in _events("cerebral-palsy-large-assistance-need", load_reform_file(path))
              if e.benefit == "forhoyet_hjelpestonad"]
    assert [(e.date, e.kind, e.amount_before.value, e.amount_after.value) for e in events] == [
        ("2026-03-01", "amount_changes", 5054.0, 6000.0), ("2026-07-01", "amount_changes", 6000.0, 5054.0)]
    assert [[(t.kind, t.parameters) for t in e.because] for e in events] == [
        [("pilot_starts", [ORDINARY_RATE])], [("pilot_ends", [ORDINARY_RATE])]]


def test_a_family_outside_the_pilots_kommuner_gets_neither(tmp_path):
    # child-diabetes lives in 3201, not in Stavanger (1103) or Oslo (0301): the pilot never applies to it.
    pilot = _threshold_pilot(tmp_path, "2026-01-01", "2026-06-30")
    assert pilot_dates(pilot, example_family("child-diabetes")) == []
    assert _pilot_triggers(_events("child-diabetes", pilot)) == []


def test_a_reform_everywhere_gets_neither():
    # raise_hjelpestonad is no pilot: its 18 000 kr from 2026-01-01 is a dated value, "parameters", for every family.
    # The new calendar year of the same date is no cause: forhøyet hjelpestønad is given by the month (ftrl § 6-5), with
    # no yearly quota to start again (review s21 caseworker L4).
    reform = load_reform("raise_hjelpestonad")
    assert pilot_dates(reform, example_family("cerebral-palsy-large-assistance-need")) == []
    events = _events("cerebral-palsy-large-assistance-need", reform)
    assert _pilot_triggers(events) == []
    change = next(e for e in events if e.benefit == "forhoyet_hjelpestonad")
    assert [(t.kind, t.parameters) for t in change.because] == [("parameters", [ORDINARY_RATE])]
