"""A school grade the family has not given is the grade by age (ADR 0026).

Opplæringslova § 2-1 (1998 and 2023): school starts, as a rule («til vanleg»), in August of the calendar
year the child turns six, one grade up each August — the rule the timeline already moves grades on by
(`timeline_dates.grade_on`). An answer takes that grade for a child whose grade is not given, rather than
leaving SFO, barnehage and school rights waiting on a question the birth date answers for most children,
and says so at each condition that reads it: a delayed or early school start (§ 2-1, decided by the
kommune) is the family's to tell.
"""

from datetime import date

from openfisca_asb.answer.timeline_dates import grade_on
from openfisca_asb.rules.dates import LAST_SCHOOL_GRADE, grades_a_year_either_way
from openfisca_asb.rules.grade_words import GRADE, NOT_STARTED
from openfisca_asb.rules.texts import Text

SCHOOL_GRADE = "school_grade"
ASSUMED = Text(
    nb="trinnet er regnet ut fra alderen: {grades} (skolestart i august det året barnet fyller 6). Begynte barnet "
       "senere eller tidligere, oppgi trinnet",
    en="the grade is worked out from the age: {grades} (school start in August of the year the child turns 6). If the "
       "child started later or earlier, give the grade",
)


def grades_by_age(family, on: date) -> dict[str, int]:
    """Child id → the grade by age on `on`, for each child of school age or younger whose grade is not given."""
    grades = {child.id: grade_on(child, on, on) for child in family.children if getattr(child, SCHOOL_GRADE, None) is None}
    return {child: grade for child, grade in grades.items() if grade is not None}


def grades_to_tell(family, on: date, grades: dict[str, int]) -> dict[str, int]:
    """The grades by age the answer tells the family it assumed: a child's where a school start a year early or late
    (§ 2-1) would put it in another grade on `on` — from August of the year it turns five. A younger child is at no
    school whatever its start, so «has not started school; if the child started later or earlier, give the grade»
    would tell its parents nothing (review s20, a four-month-old)."""
    born = {child.id: child.birth_date for child in family.children}
    return {child: grade for child, grade in grades.items() if len(grades_a_year_either_way(born[child], on)) > 1}


def grades_to_try(family, on: date, by_age: dict[str, int]) -> dict[tuple[str, str], list[int]]:
    """(school_grade, child id) → the grades "what would change it" tries: for a grade worked out from the age
    (`by_age`, as `grades_by_age` gave them), those the child would be in had it started school a year early, at
    six or a year late (§ 2-1) — not sample grades a child of its age cannot be in, which the family step would
    refuse. A grade the family gave is the child's: no other is tried, since no family can act on «were the child
    in 4th grade» (review s20 L8)."""
    return {(SCHOOL_GRADE, child.id): [grade for grade in grades_a_year_either_way(child.birth_date, on)
                                       if grade <= LAST_SCHOOL_GRADE] if child.id in by_age else []
            for child in family.children if child.birth_date <= on}


def with_grades(family, grades: dict[str, int]):
    """The family with each child in `grades` given that grade; every other child as it is (a grade given is
    kept as given, even for a date the family step would refuse it on)."""
    if not grades:
        return family
    children = [child.model_copy(update={SCHOOL_GRADE: grades[child.id]}) if child.id in grades else child
                for child in family.children]
    return family.model_copy(update={"children": children})


def assumed_text(grades: dict[str, int], language: str) -> str:
    """What the answer says at a condition that read grades by age."""
    listed = [(GRADE if grade else NOT_STARTED).in_language(language).format(child=child, grade=grade)
              for child, grade in grades.items()]
    return ASSUMED.in_language(language).format(grades=", ".join(listed))
