"""Pleiepenger after a child's death end on the day the continuation ends (review s20 M6).

Ftrl § 9-10 fjerde ledd: «Dersom barnet dør i stønadsperioden, ytes det pleiepenger i opptil 30 stønadsdager (seks
uker)», three months for one who has had full pleiepenger for at least three years. Sara (teenager-cancer) dies on
Saturday 10 October 2026: six weeks on is Saturday 21 November, so the stønadsdager are the 30 weekdays from Monday
12 October to Friday 20 November. Asked on 20 November the parents still have a right; asked on Monday 23 November
it has ended — unless they had full pleiepenger for three years, which would give three months (to 10 January 2027).
Until 0.18.0 the answer counted the whole month, so on 29 November it still said «Du har rett».
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_date, example_family

DIED = date(2026, 10, 10)


def _pleiepenger(on: date, three_years: str | None):
    family = family_moved(example_family("teenager-cancer"), example_date("teenager-cancer"), on)[0]
    family = family.model_copy(update={
        "children": [child.model_copy(update={"date_of_death": DIED}) for child in family.children],
        "caregivers": [caregiver.model_copy(update={"pleiepenger_received_full_three_years": three_years})
                       for caregiver in family.caregivers]})
    return next(r for r in assemble(family, on, "en").benefits if (r.benefit, r.person) == ("pleiepenger", "mor"))


@pytest.mark.parametrize("on", [date(2026, 11, 2), date(2026, 11, 20)])
def test_within_the_six_weeks_the_right_holds(on):
    assert _pleiepenger(on, "no").status == "entitled"


@pytest.mark.parametrize("on", [date(2026, 11, 23), date(2026, 11, 29)])
def test_after_the_last_stonadsdag_the_right_has_ended(on):
    result = _pleiepenger(on, "no")
    assert result.status == "not_entitled"
    assert result.reason.code == "right_after_death_ended"


def test_after_six_weeks_three_years_of_full_pleiepenger_decide():
    assert _pleiepenger(date(2026, 11, 23), None).status == "missing_information"
    assert _pleiepenger(date(2026, 11, 23), "yes").status == "entitled"


def test_while_three_years_are_open_the_range_reaches_what_yes_would_give():
    # The highest amount reads the open answer the favourable way: three months' stønadsdager, as «yes» gives them
    # (review s20 diff H2: the range counted six weeks at both ends, against its own «what would change it»).
    result = _pleiepenger(date(2026, 11, 23), None)
    yes = next(c for c in result.changes if (c.fact, c.value) == ("pleiepenger_received_full_three_years", "yes"))
    assert result.range.max == yes.new_amount.value > result.range.min


def test_the_timeline_ends_them_the_day_after_the_six_weeks():
    # The same family's timeline from 15 October 2026: six weeks after Saturday 10 October is Saturday 21 November, so
    # the right has ended on Sunday 22 November — the day the timeline dates it, as the answer judges it (it was dated
    # 1 December, the month after).
    from openfisca_asb.answer.timeline import timeline

    on = date(2026, 10, 15)
    family = family_moved(example_family("teenager-cancer"), example_date("teenager-cancer"), on)[0]
    family = family.model_copy(update={
        "children": [child.model_copy(update={"date_of_death": DIED}) for child in family.children],
        "caregivers": [caregiver.model_copy(update={"pleiepenger_received_full_three_years": "no"}) for caregiver in family.caregivers]})
    ends = [e for e in timeline(family, on, 1, "en").events if (e.benefit, e.person) == ("pleiepenger", "mor")]
    assert [(e.date, e.kind, [t.kind for t in e.because]) for e in ends] == [("2026-11-22", "ends", ["after_death"])]
