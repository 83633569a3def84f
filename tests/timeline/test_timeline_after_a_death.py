"""The timeline and the application plan after a child's death (ADR 0034).

Jonas, the only child of the cerebral-palsy family, dies on 15 October 2024, and his parents had received forhøyet
hjelpestønad for three years. His own rights and the rights to care for him end from 1 November 2024, the month
after (ftrl § 22-12 sjette ledd for a folketrygd benefit given per month, the model's reading for the rest);
§ 6-5 fjerde ledd: forhøyet hjelpestønad goes on at the same sats for November, December and January, and ends
from 1 February 2025. Nothing is to be applied for about his care after it.
"""

from datetime import date

import pytest

from openfisca_asb.answer.packets import application_packets
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family

DIED = date(2024, 10, 15)


@pytest.fixture(scope="module")
def family() -> Family:
    data = example_family("cerebral-palsy-large-assistance-need").model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": DIED.isoformat(), "forhoyet_hjelpestonad_received_three_years": "yes"}
    return Family.model_validate(data)


@pytest.fixture(scope="module")
def events(family):
    return timeline(family, date(2024, 9, 1), years=1, language="en").events


def test_the_childs_rights_end_the_month_after_the_death_because_of_it(events):
    november = [e for e in events if e.date == "2024-11-01" and e.person == "jonas"]
    assert november and all(e.kind == "ends" and [t.kind for t in e.because] == ["death"] for e in november)
    assert all(t.date == DIED.isoformat() for e in november for t in e.because)
    assert all(e.actions == [] for e in november)  # nothing to apply for, nothing takes the child's place


def test_forhoyet_hjelpestonad_ends_after_its_three_months(events):
    forhoyet = [e for e in events if e.benefit == "forhoyet_hjelpestonad"]
    assert [(e.date, e.kind, [t.kind for t in e.because]) for e in forhoyet] == [("2025-02-01", "ends", ["after_death"])]


def test_a_child_who_has_died_has_no_birthdays_after_it(events):
    assert not any(t.kind == "birthday" and t.person == "jonas" for e in events for t in e.because)


def test_no_packet_asks_about_the_care_of_the_only_child_after_the_death(family):
    # ADR 0034: a packet asks nothing about the care of a child who has died. Barnekoordinator's other route, a family
    # that "venter barn" (pbrl § 2-5 c), is not put to parents who have not said yes to it (review s24 caseworker M3):
    # no packet, no step, no document of the child who died.
    packets = application_packets(family, date(2024, 11, 1), "en")
    assert (packets.packets, packets.plan, packets.documents) == ([], [], [])


def test_a_family_that_says_it_expects_a_child_after_the_death_is_offered_the_barnekoordinator(family):
    # pbrl § 2-5 c: «foreldre som … venter barn» with a serious condition have the right; said yes, it is in the plan.
    expecting = family.model_copy(update={"expects_child_with_serious_condition": "yes"})
    packets = application_packets(expecting, date(2024, 11, 1), "en")
    assert [(step.benefit, right.status) for step in packets.plan for packet in packets.packets for right in packet.rights
            ] == [("barnekoordinator", "entitled")]



@pytest.mark.parametrize("died, start", [(date(2016, 5, 10), date(2018, 1, 1)), (date(2017, 9, 10), date(2017, 10, 1))])
def test_a_death_before_the_models_first_date_is_answered(died, start):
    # The model's law starts on 2017-10-01: a death before it brings no date to read the law on (review s17 diff H1:
    # a 500). Died 10 September 2017: forhøyet's three months are October to December, so it ends on 1 January 2018.
    data = example_family("cerebral-palsy-large-assistance-need").model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": died.isoformat(), "forhoyet_hjelpestonad_received_three_years": "yes"}
    events = timeline(Family.model_validate(data), start, years=1, language="en").events
    forhoyet = [(e.date, e.kind) for e in events if e.benefit == "forhoyet_hjelpestonad"]
    assert forhoyet == ([("2018-01-01", "ends")] if died.year == 2017 else [])


def test_the_days_end_on_the_new_year_after_the_death_and_the_brothers_last_year():
    # Nora dies on 15 October 2024; Olav, born 1 October 2012, turned 12 in 2024 and counts through that year (ftrl
    # § 9-5 tredje ledd). From 1 January 2025 no child is counted: the days end, for both causes.
    data = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": DIED.isoformat()}
    events = timeline(Family.model_validate(data), date(2024, 9, 1), years=1, language="en").events
    days = [e for e in events if e.benefit == "omsorgspenger" and e.date == "2025-01-01"]
    assert days and all(e.kind == "ends" for e in days)
    assert all(sorted((t.kind, t.person) for t in e.because) == [("age_limit", "olav"), ("year_after_death", "nora")] for e in days)


def test_with_a_brother_alive_no_packet_asks_about_the_sisters_care():
    # Nora (ill) dies on 15 October 2024; Olav lives and has no illness. From November nothing is applied for about
    # her care: not her rights, not pleiepenger's weeks after the death (they go on by themselves, ftrl § 9-10
    # fjerde ledd); what is left is what the family would apply for without her (review s17 diff M4).
    data = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": DIED.isoformat()}
    packets = application_packets(Family.model_validate(data), date(2024, 11, 1), "en")
    rights = [(right.benefit, right.person) for packet in packets.packets for right in packet.rights]
    assert rights and not any(person == "nora" or benefit == "pleiepenger" for benefit, person in rights)
