"""At school start SFO gets its own «Gjør», not PPT's (review s23 L5).

SFO is the kommune's offer (opplæringslova § 4-5; 1998 law § 13-7), applied for at the kommune, often through the
school, by the kommune's own deadline, with the child's special needs described (the catalogue's how to apply). PPT's
sakkyndig vurdering and the school's decisions are for the teaching, assistance, adaptation and transport: their
advice stays with those rights. The toddler in the examples, Ella, born 2023-03-15, starts school on 2029-08-01 (the
August of the year she turns 6, opplæringslova § 2-2).
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family

TODAY = date(2026, 11, 28)
SCHOOL_START = "2029-08-01"


@pytest.fixture(scope="module", params=["nb", "en"])
def answer(request):
    family = example_family("toddler-cerebral-palsy-barnehage")
    children = [child.model_copy(update={"school_grade": None}) for child in family.children]
    return timeline(family.model_copy(update={"children": children}), date(2026, 12, 1), 5, request.param, today=TODAY)


def _start(answer, benefit: str):
    (event,) = [e for e in answer.events if e.benefit == benefit and e.kind == "starts" and e.date == SCHOOL_START]
    return event


def test_sfo_at_school_start_says_to_apply_for_a_place_at_the_kommune_not_to_ask_ppt(answer):
    (action,) = _start(answer, "sfo").actions
    assert action.text.startswith(("Søk om SFO-plass hos kommunen", "Apply for an SFO place with the municipality"))
    assert "henvisning til PPT" not in action.text and "referral to PPT" not in action.text
    # the kommune's own deadline is the time limit; the day before school starts is not (no act_by)
    assert action.act_by is None
    assert action.lead_time.startswith(("Kommunens søknadsfrist for SFO", "The municipality's SFO application deadline"))
    assert [p.citation for p in action.provisions] == ["Opplæringslova § 4-5"]


def test_school_transport_at_school_start_keeps_the_ppt_advice(answer):
    texts = [action.text for action in _start(answer, "skoleskyss").actions]
    assert any("henvisning til PPT" in text or "referral to PPT" in text for text in texts)
