"""The grade taken by age is told only where the child may have started school (review s20 page #14: a four-month-old
was told «liv har ikke begynt på skolen … Begynte barnet senere eller tidligere, oppgi trinnet»).

Opplæringslova § 2-1: school starts in August of the calendar year the child turns six; the kommune may let a child
start a year early or late. So from August of the year a child turns five another grade is possible, and the answer
says which grade it took (answer/grades_by_age.py `grades_to_tell`); before that the child is at no school whatever
its start, and the answer still takes grade 0 for the barnehage and school rights, silently.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family


def _family(birth_date: str) -> Family:
    return Family.model_validate({"kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
                                  "children": [{"id": "barn", "birth_date": birth_date, "has_lasting_illness": "yes"}]})


def _told(family: Family, on: date) -> set[tuple[str, int]]:
    """(child, grade) the answer says it took by age, at any condition."""
    answer = assemble(family, on, "nb")
    return {(g.child, g.grade) for r in answer.benefits for c in r.conditions for g in c.assumed_grades or ()}


def _status(family: Family, on: date, benefit: str) -> str:
    return next(r.status for r in assemble(family, on, "nb").benefits if r.benefit == benefit and r.person == "barn")


def test_an_infant_is_not_told_it_has_not_started_school():
    # Born 10 May 2024, four months old on 1 September 2024: it turns six in 2030, five in 2029, so even a year
    # early it starts in August 2029. No note, though the rights still take grade 0 (SFO is for pupils: refused).
    family = _family("2024-05-10")
    assert _told(family, date(2024, 9, 1)) == set()
    assert _status(family, date(2024, 9, 1), "sfo") == "not_entitled"


def test_a_child_is_told_from_august_of_the_year_it_turns_five():
    # Born 1 March 2019: turns five in 2024, so a year early it would start 1st grade in August 2024. On 1 September
    # 2024 the grade by age (0: school at six, August 2025) is told; on 1 June 2024 no start had come yet.
    family = _family("2019-03-01")
    assert _told(family, date(2024, 9, 1)) == {("barn", 0)}
    assert _told(family, date(2024, 6, 1)) == set()


def test_a_pupil_is_still_told_its_grade():
    # Born 11 February 2017: turned six in 2023, 2nd grade in 2024/25; a year either way 1st or 3rd.
    assert _told(_family("2017-02-11"), date(2024, 9, 1)) == {("barn", 2)}
