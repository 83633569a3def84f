"""A right with two routes, one answered «don't know» (review s20 H1).

Barnekoordinator is for parents who «har eller venter barn med alvorlig sykdom, skade eller nedsatt
funksjonsevne», with a need for long-term and complex or coordinated services and other welfare services
(pbrl § 2-5 c): the expected child is one route, each living child another. Asked first whether they expect
such a child, a family that answers «vet ikke» must still be told, and asked, what settles it through the child
it has: its illness being serious, its services and the other welfare services. Until 0.18.0 the child's facts
were held back behind the expected child (none of them alone moves the right while the other route is open),
so the interview ended with the right open and only the «don't know» question named.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.examples import example_family

ON = date(2024, 9, 1)
EXPECTED = ("expects_child_with_serious_condition", None)
NORAS_ROUTE = {("has_serious_illness_injury_or_disability", "nora"), ("needs_long_term_complex_health_services", "nora"),
               ("needs_other_welfare_services", "nora")}


def _barnekoordinator(answer):
    return next(r for r in answer.benefits if r.benefit == "barnekoordinator")


def test_a_family_file_that_does_not_know_names_the_childs_route():
    family = example_family("child-diabetes").model_copy(update={"expects_child_with_serious_condition": "unknown"})
    named = {(m.fact, m.person) for m in _barnekoordinator(assemble(family, ON, "en")).missing_facts}
    assert NORAS_ROUTE <= named and EXPECTED in named


def test_the_interview_asks_the_childs_route_once_the_expected_child_is_dont_know():
    family = example_family("child-diabetes")
    unknown = {EXPECTED}
    # «Answer more questions» (depth all): Nora's facts are asked; a parent answering yes to each settles the right
    # (all four child conditions met: under 18, serious, complex services, other welfare services).
    asked = set()
    for _ in range(40):
        step = run_interview(family, ON, "en", unknown=unknown, depth="all")
        if not step.next:
            break
        asked |= {q.key for q in step.next}
        family = family.model_copy(update={"children": [
            child.model_copy(update={fact: "yes" for fact, person in NORAS_ROUTE if person == child.id and (fact, person) in asked})
            for child in family.children]})
        unknown |= {q.key for q in step.next if q.key not in NORAS_ROUTE}
    assert NORAS_ROUTE <= asked
    assert _barnekoordinator(step.answer).status == "entitled"


def test_the_application_packet_names_the_childs_route_too():
    # POST /v1/applications and `asb apply` with the same «don't know» as POST /v1/entitlements: the barnekoordinator
    # packet's open questions are the answer's (review s20 diff H4: the packet named only the expected child).
    from openfisca_asb.answer.packets import application_packets

    packets = application_packets(example_family("child-diabetes"), ON, "en", ["barnekoordinator"], unknown={EXPECTED})
    named = {(m.fact, m.person) for packet in packets.packets for right in packet.rights for m in right.missing_facts}
    assert NORAS_ROUTE <= named
