"""The timeline's status at an event date is the one answer for that date (issue 21 [transitions]).

For generated start dates and example families, every event's status and amount after it
equal what `assemble` answers for the event's date, for the family aged by hand: the same
facts, each child's grade worked out here from the school year (school start in August of
the year the child turns 6, opplæringslova 1998 § 2-1 third ledd), not by the timeline's code.
An event dated on a birthday (a right with an age limit that applies by the day, such as
pleiepenger for «barn under 18 år», ftrl § 9-10 first ledd) is the answer on the birthday itself,
which counts that age on the day asked (ADR 0037, addendum 0.18.0); every other event date is a
first of a month.
"""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.rules.dates import LAST_DATE

FIRST_START, LAST_START = date(2018, 1, 1), date(2026, 6, 30)


def _by_hand(family, on: date):
    """Each child in grade (school year's first calendar year) − (birth year) − 5, none before school or past 13."""
    school_year = on.year if on.month >= 8 else on.year - 1
    children = []
    for child in family.children:
        grade = school_year - child.birth_date.year - 5
        grade = 0 if grade < 0 else grade
        children.append(child.model_copy(update={"school_grade": grade if grade <= 13 else None}))
    return family.model_copy(update={"children": children})


def _without_grades(name: str):
    family = example_family(name)
    return family.model_copy(update={"children": [c.model_copy(update={"school_grade": None}) for c in family.children]})


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(example_names())), days=st.integers(0, (LAST_START - FIRST_START).days),
       years=st.integers(1, 3))
def test_every_event_agrees_with_one_answer_on_its_date(name, days, years):
    family = _without_grades(name)
    start = FIRST_START + timedelta(days=days)
    born = [person.birth_date for person in family.persons()]
    start = max(start, max(born) + timedelta(days=1))
    if start > LAST_DATE:
        return
    answer = timeline(family, start, years, "en")
    for event_date in sorted({event.date for event in answer.events}):
        on = date.fromisoformat(event_date)
        single = {(r.benefit, r.person): r for r in assemble(_by_hand(family, on), on, "en").benefits}
        for event in (e for e in answer.events if e.date == event_date):
            right = single[(event.benefit, event.person)]
            assert (event.status_after, event.amount_after) == (right.status, right.amount), (name, start, event_date, event.benefit)
