"""A timeline that starts in the month of an 18th birthday, before, on or after the day (review s19 H2; ADR 0037).

Sara (teenager-cancer) is born 2009-02-14. The rights that end at 18:
- pleiepenger, for the care of «barn under 18 år» (ftrl § 9-10 first ledd), judged by the day: the last day under 18
  is 2027-02-13, so the right changes on 2027-02-14 (ADR 0037);
- the companion on patient travel, needing no documented need «Når barn under 18 år følges på reisen» (helsenorge),
  judged trip by trip: ends on 2027-02-14;
- forhøyet hjelpestønad, for a child under 18 (§ 6-5), given per month: it stops at the end of the month the right
  falls away (§ 22-12 sjette ledd), so it is paid through February and ends on 2027-03-01.
The timeline's first answer counts the two rights judged by the day on its own day (`age_on_the_day`, 0.18.0): from
2027-02-14 or 2027-02-20 it already shows them changed, so no event is dated before or on its first day for them.
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.examples import example_date, example_family

TODAY = date(2026, 11, 29)
BIRTHDAY = "2027-02-14"
BY_THE_DAY = [("pleiepenger", "mor", "status_changes"), ("pleiepenger", "far", "status_changes"),
              ("pasientreiser_ledsager", "sara", "ends")]
MONTHLY = ("forhoyet_hjelpestonad", "sara", "ends")


def _sara_from(start: date):
    """teenager-cancer from `start` for a year (cut at Sara's 19th birthday, 2028-02-14), its grades moved there."""
    family = family_moved(example_family("teenager-cancer"), example_date("teenager-cancer"), start)[0]
    return timeline(family, start, 1, "en", today=TODAY)


def _dated(answer, benefit: str, person: str, kind: str):
    """The date of the one event of that kind for the right and person, and its causes."""
    found = [e for e in answer.events if (e.benefit, e.person, e.kind) == (benefit, person, kind)]
    assert len(found) == 1, f"{benefit}/{person}/{kind}: {[(e.date, e.benefit, e.person, e.kind) for e in answer.events]}"
    return found[0].date, [(t.kind, t.person, t.age, t.date) for t in found[0].because]


def test_from_the_1st_of_the_month_the_rights_judged_by_the_day_change_on_the_birthday():
    answer = _sara_from(date(2027, 2, 1))
    cause = [("birthday", "sara", 18, BIRTHDAY)]
    for right in BY_THE_DAY:
        assert _dated(answer, *right) == (BIRTHDAY, cause), right
    # § 22-12 sjette ledd: paid through February.
    assert _dated(answer, *MONTHLY) == ("2027-03-01", cause)


@pytest.mark.parametrize("start", [date(2027, 2, 14), date(2027, 2, 20)])
def test_from_the_birthday_on_the_first_answer_has_the_rights_judged_by_the_day_changed(start):
    answer = _sara_from(start)
    # Sara is 18 on the first day: the first answer already counts it for pleiepenger and the companion, and only
    # forhøyet hjelpestønad, given per month, changes later, from the 1st of the next month (§ 22-12 sjette ledd).
    rights = {right[0] for right in BY_THE_DAY}
    assert [(e.date, e.benefit) for e in answer.events if e.benefit in rights] == []
    assert _dated(answer, *MONTHLY) == ("2027-03-01", [("birthday", "sara", 18, BIRTHDAY)])


def test_from_the_next_month_the_first_answer_already_counts_the_age():
    # On 2027-03-01 the model counts Sara 18: the three rights have ended or changed in the first answer already.
    rights = {right[0] for right in [*BY_THE_DAY, MONTHLY]}
    assert [(e.date, e.benefit) for e in _sara_from(date(2027, 3, 1)).events if e.benefit in rights] == []
