"""A timeline that starts in the month of an 18th birthday, before, on or after the day (review s19 H2).

The model counts age on the first day of the month (the `age` variable), so the timeline's first answer, for any
day in February 2027, still counts Sara (teenager-cancer, born 2009-02-14) as 17; the first answer that counts her
18 is 2027-03-01's. The rights that end at 18:
- pleiepenger, for the care of «barn under 18 år» (ftrl § 9-10 first ledd), judged by the day: the last day under 18
  is 2027-02-13, so the right changes on 2027-02-14 (ADR 0037);
- the companion on patient travel, needing no documented need «Når barn under 18 år følges på reisen» (helsenorge),
  judged trip by trip: ends on 2027-02-14;
- forhøyet hjelpestønad, for a child under 18 (§ 6-5), given per month: it stops at the end of the month the right
  falls away (§ 22-12 sjette ledd), so it is paid through February and ends on 2027-03-01.
A change is never dated before the timeline's first day: from 2027-02-20, the two rights judged by the day are dated
2027-02-20, with the birthday, 2027-02-14, as the cause and in a note.
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


@pytest.mark.parametrize(("start", "by_the_day"), [
    (date(2027, 2, 1), "2027-02-14"),  # the 1st of the month: the birthday is ahead, the law's date
    (date(2027, 2, 14), "2027-02-14"),  # on the birthday: the law's date is the first day
    (date(2027, 2, 20), "2027-02-20"),  # six days after: no date before the first day, so the first day
])
def test_the_18th_birthday_changes_the_rights_from_a_start_in_its_month(start, by_the_day):
    answer = _sara_from(start)
    cause = [("birthday", "sara", 18, BIRTHDAY)]
    for right in BY_THE_DAY:
        assert _dated(answer, *right) == (by_the_day, cause), right
    # § 22-12 sjette ledd: paid through February, whatever day in it the timeline starts.
    assert _dated(answer, *MONTHLY) == ("2027-03-01", cause)


def test_a_start_after_the_birthday_says_when_the_change_happened():
    [note] = [note for note in _sara_from(date(2027, 2, 20)).notes if note.code == "birthday_before_start"]
    assert note.date == "2027-02-20"
    assert note.text == ("The change in Care benefit for a sick child (pleiepenger) and Patient travel with a companion for a "
                         "child happened on the birthday, 2027-02-14, when sara turned 18. The timeline starts later, on "
                         "2027-02-20, and shows the change that day.")


@pytest.mark.parametrize("start", [date(2027, 2, 1), date(2027, 2, 14)])
def test_a_start_on_or_before_the_birthday_has_no_such_note(start):
    assert [note for note in _sara_from(start).notes if note.code == "birthday_before_start"] == []


def test_from_the_next_month_the_first_answer_already_counts_the_age():
    # On 2027-03-01 the model counts Sara 18: the three rights have ended or changed in the first answer already.
    rights = {right[0] for right in [*BY_THE_DAY, MONTHLY]}
    assert [(e.date, e.benefit) for e in _sara_from(date(2027, 3, 1)).events if e.benefit in rights] == []
