"""The `grade_from_age` note (answer/timeline_notes.py `grade_notes`): said of a child whose grade the timeline works
out from the age only where the child is at school on one of its dates. A grade follows the age: school start in
August of the year the child turns 6 (opplæringslova § 2-1), one grade up each 1 August, none past 13th grade
(review s15b: a 20-year-old was given the note)."""

from datetime import date

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_notes import grade_notes
from openfisca_asb.facts.family import Family


def _family(*birth_dates: str, school_grade: int | None = None) -> Family:
    children = [{"id": f"b{number}", "birth_date": born} for number, born in enumerate(birth_dates, start=1)]
    if school_grade is not None:
        children[0]["school_grade"] = school_grade
    return Family.model_validate({"children": children})


def _derived(family: Family, *dates: date) -> list[str]:
    return [note.text for note in grade_notes(family, list(dates), "en") if note.code == "grade_from_age"]


def test_a_pupil_has_the_note():
    # Born 2012-03-01: school start August 2018, so 2025/26 is grade 8.
    assert _derived(_family("2012-03-01"), date(2025, 9, 1)) == [
        "The grade of b1 is worked out from the age: school start in August of the year the child turns 6, one grade "
        "up each 1 August. A delayed or early school start is not modelled."]


def test_a_20_year_old_has_none():
    # Born 2005-06-01: school start August 2011, 13th grade in 2023/24; on 2025-09-01 and 2026-08-01 past it.
    assert _derived(_family("2005-06-01"), date(2025, 9, 1), date(2026, 8, 1)) == []


def test_a_pupil_in_13th_grade_on_the_first_date_only_has_the_note():
    # Born 2005-03-01: 13th grade in 2023/24 (2011 + 12), so on 2024-06-01; none from 2024-08-01.
    assert len(_derived(_family("2005-03-01"), date(2024, 6, 1), date(2024, 8, 1))) == 1


def test_a_child_not_at_school_before_the_end_has_none():
    # Born 2024-01-01: school start August 2030, after both dates.
    assert _derived(_family("2024-01-01"), date(2025, 9, 1), date(2026, 8, 1)) == []


def test_a_child_starting_school_inside_the_timeline_has_the_note():
    # Born 2020-03-01: school start August 2026, on the second date.
    assert len(_derived(_family("2020-03-01"), date(2025, 9, 1), date(2026, 8, 1))) == 1


def test_only_the_children_at_school_are_named():
    # b1 born 2012-03-01 is in grade 8 on 2025-09-01; b2 born 2004-01-01 finished 13th grade in June 2023.
    [text] = _derived(_family("2012-03-01", "2004-01-01"), date(2025, 9, 1))
    assert text.startswith("The grade of b1 is worked out")


def test_the_timeline_of_an_ill_20_year_old_has_no_grade_note():
    # Born 2005-06-01 and ill: 19 on 2024-06-01, so the timeline from 2025-09-01 is that date only, past 13th grade.
    family = Family.model_validate({"children": [{"id": "b", "birth_date": "2005-06-01", "has_lasting_illness": "yes"}]})
    answer = timeline(family, date(2025, 9, 1), 5, "en", today=date(2025, 9, 1))
    assert answer.dates_evaluated == ["2025-09-01"]
    assert "grade_from_age" not in [note.code for note in answer.notes]
