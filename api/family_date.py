"""`family_date`: the day a request's family describes, its grades moved to the date asked (ADR 0030).

A portal that stored a family's facts on one day, or the page with a family opened from a file or typed on
another day, gives that day as `family_date`; each school grade given then moves one grade up each 1 August
to the date asked (down, going back: `grade_moved` moves both ways, so a `family_date` after the date asked is
taken too), and the answer says so in the sentence `asb` prints (`GradesMoved.text`). Nobody in the family can
be born after the day it describes: that is a 422 naming the person's birth date and `family_date`.
"""

from datetime import date

from openfisca_asb.answer.models import MovedGrades
from openfisca_asb.facts.described_date import BornAfterDescribed, GradesMoved, born_after_described, family_moved

FIELD = "family_date"
DESCRIPTION = (
    "The day the family's facts describe (ADR 0030), e.g. the day a portal stored them or the `date` of a family "
    "file; same range as `date`. Given, each school_grade is taken as the grade on that day and moved one grade up "
    "each 1 August to the date asked (down, when family_date is after it), before the other checks; a grade that cannot be the child's on family_date (the age check of the date asked, "
    "two grades either way) is refused first. The answer says so in `grades_moved` (the timeline in a note "
    "`grades_moved`; an answer of /v1/entitlements and /v1/interview also in `moved_grades`). Nobody in the family may be born after it. "
    "Left out, each school_grade is the grade on the date asked.")


def born_after_family_date(family, described: date | None, where: str = "family") -> list[BornAfterDescribed]:
    """Each person of the family born after `described` (none when it is not given), named by `family_date`."""
    return born_after_described(family, described, FIELD, where)


def family_asked(family, described: date | None, on: date, language: str):
    """(the family on the date asked, the sentence saying which grades moved, or None)."""
    moved, said = family_moved(family, described, on)
    return moved, said_in(said, language)


def answer_moved(answer, said: GradesMoved | None, language: str):
    """An answer (Entitlements) with the sentence and its parts (`moved_grades`): `said` is `family_moved`'s own."""
    return answer.model_copy(update={"grades_moved": said_in(said, language),
                                     "moved_grades": None if said is None else MovedGrades.model_validate(said.parts())})


def said_in(said: GradesMoved | None, language: str) -> str | None:
    return None if said is None else said.text(language)
