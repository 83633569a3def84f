"""A grade given for one day, moved to another (rules/dates.py `grade_moved`, facts/described_date.py, ADR 0030).

Expected grades are hand-worked from opplæringslova § 2-1: school start in August of the calendar year the child
turns six, one grade up each 1 August; a school year runs from August.
"""

from datetime import date

import pytest

from openfisca_asb.facts.described_date import described_grade_problems, family_moved
from openfisca_asb.facts.examples import example_date, example_file, example_names, examples_date
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.dates import grade_fits_age, grade_moved

DESCRIBED = date(2024, 9, 1)  # school year 2024–25


@pytest.mark.parametrize(("grade", "born", "on", "expected"), [
    # Born 2017-02-11, turned 6 in 2023: grade 2 in 2024–25; 2026–27 is two 1 Augusts later: grade 4.
    (2, date(2017, 2, 11), date(2027, 3, 1), 4),
    # The same school year: unchanged, on 31 July 2025 too.
    (2, date(2017, 2, 11), date(2025, 7, 31), 2),
    # A year behind the age (born 2012, age's grade 7 in 2024–25, given 6) stays a year behind: 2027–28 is grade 9.
    (6, date(2012, 10, 1), date(2027, 9, 1), 9),
    # Going back: 2021–22 is three school years earlier.
    (6, date(2012, 10, 1), date(2021, 9, 1), 3),
    # Grade 0 (not at school yet) for a child born 2019 (turns 6 in 2025): 1st grade from August 2025.
    (0, date(2019, 5, 1), date(2025, 8, 1), 1),
    # A grade 0 for a four-year-old (born 2020) stays 0 until the year the child turns six (2026).
    (0, date(2020, 5, 1), date(2025, 9, 1), 0),
    # A pupil a year ahead of the age (born 2020, turns 6 in 2026, given 1st grade in 2024–25) is in 2nd grade a year
    # later: a pupil moves one grade a year, not with the age's grade (which is 0 for that child in both years).
    (1, date(2020, 5, 1), date(2025, 9, 1), 2),
    # Going back past the 1st grade: not at school (0), not a negative grade.
    (2, date(2017, 2, 11), date(2022, 9, 1), 0),
    # Vg3 is grade 13 (the fact's coding): a year later the pupil is past it and has no grade.
    (13, date(2006, 3, 1), date(2025, 9, 1), None),
])
def test_a_grade_moves_one_up_each_first_of_august(grade, born, on, expected):
    assert grade_moved(grade, born, DESCRIBED, on) == expected


def _family(**child) -> Family:
    return Family.model_validate({"children": [{"id": "ida", "birth_date": "2017-02-11", **child}]})


def test_a_family_without_a_described_day_is_left_as_given():
    family = _family(school_grade=2)
    assert family_moved(family, None, date(2027, 9, 1)) == (family, None)


def test_only_given_grades_move_and_the_line_names_them():
    family = Family.model_validate({"children": [{"id": "ida", "birth_date": "2017-02-11", "school_grade": 2},
                                                 {"id": "per", "birth_date": "2018-06-01"}]})
    moved, said = family_moved(family, DESCRIBED, date(2027, 9, 1))
    assert [child.school_grade for child in moved.children] == [5, None]  # per's grade follows the age (ADR 0026)
    assert said.text("en") == ("The grade given for ida moves one grade up each 1 August. "
                               "The family is described on 2024-09-01; on 2027-09-01: ida grade 5.")
    assert said.text("nb") == ("Trinnet som er oppgitt for ida, flyttes ett trinn opp hver 1. august. "
                               "Familien er beskrevet 2024-09-01; 2027-09-01: ida 5. trinn.")


def test_every_example_says_the_one_day_the_examples_describe():
    assert {example_date(name) for name in example_names()} == {examples_date()} == {DESCRIBED}
    assert example_file("child-diabetes").unknown == []


def test_a_pupil_moves_one_grade_each_first_of_august_between():
    # Born 2010-03-01: 1st grade from August 2016, so 2nd grade on 2018-01-01 (school year 2017–18). The 1 Augusts
    # 2018, 2019, 2020, 2021, 2022, 2023 and 2024 lie before 2024-09-01: seven, 2 + 7 = grade 9.
    assert grade_moved(2, date(2010, 3, 1), date(2018, 1, 1), date(2024, 9, 1)) == 9


def test_a_grade_the_child_cannot_be_in_on_the_day_described_is_refused_before_it_moves():
    # The review's case: ida born 2017-02-11 was 11 months old on 2018-01-01; school start is August 2023 (§ 2-1):
    # not at school, and two grades either way of that is no grade at all (a one-year-old is in no 2nd grade).
    assert not grade_fits_age(2, date(2017, 2, 11), date(2018, 1, 1))
    assert grade_fits_age(0, date(2017, 2, 11), date(2018, 1, 1))
    [problem] = described_grade_problems(_family(school_grade=2), date(2018, 1, 1), "family_date")
    assert problem.field == "family.children.0.school_grade"
    assert "family_date 2018-01-01" in problem.nb and "trinn 2" in problem.nb and "ikke begynt på skolen" in problem.nb
    assert "family_date 2018-01-01" in problem.en and "grade 2" in problem.en


def test_a_child_not_at_school_on_the_date_asked_is_said_so_and_several_children_in_the_plural():
    # Born 2017-02-11 and 2016-06-01, grades 2 and 3 in 2024–25; on 2017-10-01 neither is at school (school start
    # August 2023 and 2022, § 2-1): not «trinn 0».
    family = Family.model_validate({"children": [{"id": "ida", "birth_date": "2017-02-11", "school_grade": 2},
                                                 {"id": "per", "birth_date": "2016-06-01", "school_grade": 3}]})
    said = family_moved(family, DESCRIBED, date(2017, 10, 1))[1]
    assert said.text("nb") == ("Trinnene som er oppgitt for ida og per, flyttes ett trinn ned for hver 1. august tilbake i tid. "
                               "Familien er beskrevet 2024-09-01; 2017-10-01: ida har ikke begynt på skolen, per har ikke begynt "
                               "på skolen.")
    assert said.parts() == {"family_date": "2024-09-01", "date": "2017-10-01",
                            "children": [{"child": "ida", "grade_given": 2, "grade": 0}, {"child": "per", "grade_given": 3, "grade": 0}]}


# Review s15, finding 10: b, born 2018-03-01, turns six in 2024 and starts school in August 2024 (§ 2-1).
B_BORN = date(2018, 3, 1)


def _b(grade: int) -> Family:
    return Family.model_validate({"children": [{"id": "b", "birth_date": B_BORN.isoformat(), "school_grade": grade}]})


def test_a_date_asked_before_the_day_described_says_the_grade_moved_down():
    # Grade 1 for 2026-09-01 (school year 2026–27), asked on 2025-03-01 (2024–25): two 1 Augusts back (2025 and
    # 2026), 1 − 2 below the 1st grade: not at school yet. The sentence says «ned», not «opp».
    said = family_moved(_b(1), date(2026, 9, 1), date(2025, 3, 1))[1]
    assert said.text("nb") == ("Trinnet som er oppgitt for b, flyttes ett trinn ned for hver 1. august tilbake i tid. "
                               "Familien er beskrevet 2026-09-01; 2025-03-01: b har ikke begynt på skolen.")
    assert said.text("en") == ("The grade given for b moves one grade down for each 1 August back in time. "
                               "The family is described on 2026-09-01; on 2025-03-01: b has not started school.")


def test_a_date_asked_after_the_day_described_says_the_grade_moved_up():
    # The other way: grade 1 for 2025-03-01 (2024–25), asked on 2026-09-01 (2026–27): two 1 Augusts on, grade 3.
    said = family_moved(_b(1), date(2025, 3, 1), date(2026, 9, 1))[1]
    assert said.text("nb") == ("Trinnet som er oppgitt for b, flyttes ett trinn opp hver 1. august. "
                               "Familien er beskrevet 2025-03-01; 2026-09-01: b 3. trinn.")
    assert said.text("en") == ("The grade given for b moves one grade up each 1 August. "
                               "The family is described on 2025-03-01; on 2026-09-01: b grade 3.")
