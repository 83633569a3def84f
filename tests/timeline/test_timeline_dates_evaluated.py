"""The `dates_evaluated` note (answer/timeline_notes.py `horizon_notes`): how many dates the rights are worked out
on, in the singular for one (review s15b: «på 1 datoer» / "on 1 dates" for a child already 19)."""

from datetime import date

from openfisca_asb.answer.timeline_dates import horizon
from openfisca_asb.answer.timeline_notes import horizon_notes
from openfisca_asb.facts.family import Family

START = date(2025, 3, 1)


def _dates_note(count: int, language: str) -> str:
    # Born 2005-01-01 and ill: 19 on 2024-01-01, before the start, so the timeline is its start date only.
    family = Family.model_validate({"children": [{"id": "b", "birth_date": "2005-01-01", "has_lasting_illness": "yes"}]})
    [note] = [note for note in horizon_notes(horizon(family, START, 5), count, START, language) if note.code == "dates_evaluated"]
    return note.text


def test_one_date_in_the_singular():
    assert _dates_note(1, "nb") == "Rettighetene er regnet ut på 1 dato, den første i tidslinjen."
    assert _dates_note(1, "en") == "The rights are worked out on 1 date, the first of the timeline."


def test_two_dates_in_the_plural():
    assert _dates_note(2, "nb").startswith("Rettighetene er regnet ut på 2 datoer der noe i loven eller familien endres")
    assert _dates_note(2, "en").startswith("The rights are worked out on 2 dates where something in the law")
