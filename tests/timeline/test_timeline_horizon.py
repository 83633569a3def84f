"""How far a timeline looks (answer/timeline_dates.py `horizon`): `years` from its start, never past the youngest
ill child's 19th birthday (review s15, finding 5: a child already past 19 was said to turn 19 on the start date)."""

from datetime import date

from openfisca_asb.answer.timeline_dates import horizon
from openfisca_asb.answer.timeline_notes import horizon_notes
from openfisca_asb.facts.family import Family


def _family(birth_date: str) -> Family:
    return Family.model_validate({"children": [{"id": "b", "birth_date": birth_date, "has_lasting_illness": "yes"}]})


def test_the_timeline_stops_at_the_youngest_ill_childs_19th_birthday():
    # Born 2009-02-14: 19 on 2028-02-14, before 2024-09-01 + 5 years.
    span = horizon(_family("2009-02-14"), date(2024, 9, 1), 5)
    assert (span.end, span.cut_by) == (date(2028, 2, 14), "nineteenth_birthday")


def test_a_child_already_19_at_the_start_is_said_to_be_so_not_to_turn_19_then():
    # Born 2005-01-01: 19 on 2024-01-01, before the start 2025-03-01; the timeline shows the start only.
    span = horizon(_family("2005-01-01"), date(2025, 3, 1), 5)
    assert (span.end, span.cut_by) == (date(2025, 3, 1), "past_nineteen")
    [note] = [n for n in horizon_notes(span, 1, date(2025, 3, 1), "nb") if n.code == "past_nineteen"]
    assert note.text == "Det yngste syke barnet (b) er allerede 19 år 1. mars 2025, så tidslinjen viser bare den datoen."
