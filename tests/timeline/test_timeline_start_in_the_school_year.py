"""A timeline that starts on or after 1 August has the new grade in its first answer (review s19 H2's question).

Unlike age, which the model counts on the first day of the month, a grade is the school year's from 1 August itself
(rules/dates.py): a family's grade on 15 August is already the new one, so the change at 1 August is in the first
answer, not missed. Jonas (cerebral-palsy-large-assistance-need, born 2013-01-20, grade 6 in 2024–25 as the file
describes it on 2024-09-01) is in grade 7 in 2025–26 and grade 8 from 2026-08-01. SFO is for 1st–4th grade, and for
children with special needs 1st–7th (opplæringslova 2023 § 4-5, 1998 § 13-7 first ledd): his right ends on
2026-08-01.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_date, example_family

NAME = "cerebral-palsy-large-assistance-need"
TODAY = date(2026, 1, 1)


def _jonas_on(start: date):
    return family_moved(example_family(NAME), example_date(NAME), start)[0]


def _sfo_events(start: date):
    answer = timeline(_jonas_on(start), start, 1, "en", today=TODAY)
    return [(e.date, e.kind, [(t.kind, t.grade) for t in e.because]) for e in answer.events if e.benefit == "sfo"]


def test_before_the_school_year_the_timeline_ends_sfo_on_1_august():
    assert _sfo_events(date(2026, 7, 15)) == [("2026-08-01", "ends", [("new_grade", 8)])]


@pytest.mark.parametrize("start", [date(2026, 8, 1), date(2026, 8, 15)])
def test_from_1_august_on_the_first_answer_has_grade_8_and_no_sfo(start):
    assert _sfo_events(start) == []
    [sfo] = [right for right in assemble(_jonas_on(start), start, "en").benefits if right.benefit == "sfo"]
    assert sfo.status == "not_entitled"
