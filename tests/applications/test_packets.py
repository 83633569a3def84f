"""Application packets for every example family (issue 18 [portal]).

Checked: every right the family is entitled to or should be assessed for is in
exactly one packet and in the plan; every pre-filled fact is the family's own
answer; each document is listed once; the plan puts a right after those it depends on;
a packet asks the family only what it can give and what matters for it, once (issue 17).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble, assemble_many
from openfisca_asb.answer.packets import APPLY_STATUSES, application_packets
from openfisca_asb.catalogue import catalogue
from openfisca_asb.catalogue.agencies import AGENCY_TEXT
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.gates import gate_answering
from openfisca_asb.facts.vocabulary import vocabulary

ON = date(2024, 9, 1)


@pytest.fixture(scope="module", params=example_names())
def example(request):
    family = example_family(request.param)
    return family, application_packets(family, ON, "nb"), assemble_many([family], ON, "nb", with_variants=True)[0]


def test_every_right_to_apply_for_is_in_exactly_one_packet_and_in_the_plan(example):
    """In the plan unless the family says it is already granted (review s21 M10: tests/applications/test_packets_already_granted.py)."""
    _, packets, answer = example
    wanted = sorted((r.benefit, r.person) for r in answer.benefits if r.status in APPLY_STATUSES)
    in_packets = sorted((r.benefit, r.person) for p in packets.packets for r in p.rights)
    assert in_packets == wanted
    granted = {(r.benefit, r.person) for p in packets.packets for r in p.rights if r.already_granted}
    assert sorted((s.benefit, s.person) for s in packets.plan) == [right for right in wanted if right not in granted]


def test_every_prefilled_fact_is_the_familys_own_answer(example):
    """Told by the family, or (ADR 0014, 0026) the "no" of a gate the family answered, under the gate's question;
    never a "don't know", which is nothing to pre-fill (ADR 0038)."""
    family, packets, _ = example
    told = family.model_dump(mode="json", exclude_none=True)
    by_person = {p["id"]: p for p in [*told["caregivers"], *told["children"]]}
    persons = {p.id: p for p in family.persons()}
    for packet in packets.packets:
        for right in packet.rights:
            for fact in right.known_facts:
                assert fact.value != "unknown", (right.benefit, fact)
                source = told if fact.person is None else by_person[fact.person]
                if fact.fact in source:
                    assert source[fact.fact] == fact.value, (right.benefit, fact)
                    continue
                value, gate = gate_answering(family if fact.person is None else persons[fact.person], fact.fact)
                assert source[gate] == "no" and fact.value == value, (right.benefit, fact)
                assert fact.question == vocabulary()[gate].question.nb, (right.benefit, fact)
            for question in right.missing_facts:  # not told, or told "don't know" and marked so (ADR 0038)
                source = told if question.person is None else by_person[question.person]
                assert source.get(question.fact) in (None, "unknown"), (right.benefit, question)
                assert question.answered_unknown == (source.get(question.fact) == "unknown"), (right.benefit, question)


def test_a_packet_asks_only_what_settles_or_changes_the_right_and_the_family_can_give(example):
    """Not a caseworker's fact (the vocabulary's `audience`), not the deciding agency's own decision (`decided_by`),
    and only what the answer names as missing for the right or as changing it alone; each once."""
    _, packets, answer = example
    results = {(r.benefit, r.person): r for r in answer.benefits}
    for packet in packets.packets:
        for right in packet.rights:
            result = results[(right.benefit, right.person)]
            named = {(m.fact, m.person) for m in result.missing_facts} | {(c.fact, c.person) for c in result.changes}
            for question in right.missing_facts:
                fact = vocabulary()[question.fact]
                assert (question.fact, question.person) in named, (right.benefit, question)
                assert fact.audience == "family" and fact.decided_by != packet.agency, (right.benefit, question)
        asked = [(q.fact, q.person) for q in packet.missing_facts]
        assert len(asked) == len(set(asked)), packet.agency


def _asked(family, on=ON, benefits=None):
    packets = application_packets(family, on, "en", benefits)
    return {(q.fact, q.person) for p in packets.packets for q in p.missing_facts}


def test_granted_pleiepenger_for_a_living_child_do_not_ask_about_a_death():
    # ftrl § 9-10 fjerde ledd (pleiepenger after the child's death, longer after three years of full pleiepenger)
    # is a branch a living child's family never takes; the activity and refund facts are a caseworker's (§ 9-15).
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1985-03-10", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 600000, "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "ida", "birth_date": "2016-06-01", "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0}]})
    packets = application_packets(family, date(2025, 6, 10), "en", ["pleiepenger"])
    assert [r.status for p in packets.packets for r in p.rights] == ["entitled"]
    asked = _asked(family, date(2025, 6, 10), ["pleiepenger"])
    assert not {("date_of_death", "ida"), ("pleiepenger_received_full_three_years", "mor"),
                ("employer_refund_claim_yearly", "mor"), ("activity_1_normal_hours_per_week", "mor")} & asked


def test_two_parents_are_not_asked_about_sole_care_nor_about_bpa_from_67():
    # Sole care (ftrl § 9-6 andre ledd, barnetilsyn § 15-10) is read from has_sole_care only where the family lists
    # one caregiver (ADR 0027); BPA granted before 67 (pbrl § 2-1 d) matters only from 67 — nobody here is.
    asked = {fact for fact, _ in _asked(example_family("child-diabetes"))}
    assert not {"has_sole_care", "bpa_granted_before_67"} & asked


def test_nav_is_not_asked_its_own_decision():
    # The hjelpestønad sats (ftrl § 6-4) and the extra days for a chronically ill child (§ 9-6) are NAV's own
    # decisions: a NAV packet does not ask the family for them.
    packets = application_packets(example_family("child-diabetes"), ON, "en")
    nav = next(p for p in packets.packets if p.agency == "nav")
    assert not {"hjelpestonad_decided_sats", "omsorgspenger_chronic_illness_accepted"} & {q.fact for q in nav.missing_facts}


def test_documents_are_listed_once_and_every_use_points_to_one(example):
    _, packets, _ = example
    ids = [d.id for d in packets.documents]
    assert len(ids) == len(set(ids))
    for packet in packets.packets:
        assert len(packet.documents) == len(set(packet.documents))
        assert set(packet.documents) <= set(ids)
        for right in packet.rights:
            for use in right.documents:
                assert right.benefit in next(d for d in packets.documents if d.id == use.id).used_by


def test_packets_are_grouped_by_the_agency_in_the_catalogue(example):
    _, packets, _ = example
    agencies = [p.agency for p in packets.packets]
    assert len(agencies) == len(set(agencies))
    for packet in packets.packets:
        for right in packet.rights:
            benefit = catalogue()[right.benefit]
            assert packet.agency == (benefit.application.channel.agency if benefit.application else benefit.contact)
            assert right.channel.described == (benefit.application is not None)
            assert right.decided_by == benefit.agency.nb


def test_the_plan_puts_each_right_after_those_it_depends_on(example):
    _, packets, _ = example
    seen: set[str] = set()
    for step in packets.plan:
        assert set(step.after) <= seen, step
        seen.add(step.benefit)


def test_omsorgsstonad_comes_after_hjelpestonad_with_the_reason_from_the_catalogue():
    # ftrl § 6-4 last ledd: apply for hjelpestønad first; the kommune may take it into account.
    packets = application_packets(example_family("school-child-autism-single-parent"), ON, "en")
    order = [s.benefit for s in packets.plan]
    assert order.index("hjelpestonad") < order.index("omsorgsstonad")
    step = next(s for s in packets.plan if s.benefit == "omsorgsstonad")
    assert step.after == ["hjelpestonad"] and "first" in step.reasons[0]


def test_one_medical_summary_serves_several_applications_and_the_family_says_it_has_the_expert_assessment():
    packets = application_packets(example_family("school-child-autism-single-parent"), ON, "en")
    documents = {d.id: d for d in packets.documents}
    assert {"avlastning", "bpa", "omsorgsstonad"} <= set(documents["medical_summary"].used_by)
    # has_sakkyndig_vurdering: yes in the example family
    assert documents["sakkyndig_vurdering"].family_says_has is True
    assert documents["care_diary"].family_says_has is None


def test_pleiepenger_packet_carries_the_verified_form_number_and_the_back_payment_rule():
    # Research note 0.1: pleiepenger is NAV 09-11.05 (navikt brevkoder), not 09-35.01; ftrl § 22-13 tredje ledd: 3 months.
    packets = application_packets(example_family("teenager-cancer"), ON, "en")
    right = next(r for p in packets.packets for r in p.rights if r.benefit == "pleiepenger")
    assert right.channel.form_number == "NAV 09-11.05" and right.channel.verified
    assert right.back_payment.months == 3 and "22-13" in right.back_payment.provision.title
    assert right.complaint.weeks == 6


def test_kommune_channels_say_they_are_not_verified():
    packets = application_packets(example_family("school-child-autism-single-parent"), ON, "nb")
    kommune = next(p for p in packets.packets if p.agency == "kommune_services")
    assert all(r.channel.described and not r.channel.verified and r.channel.note for r in kommune.rights)
    # pbrl § 7-5: 4 weeks for kommune health and care decisions
    assert {r.complaint.weeks for r in kommune.rights} == {4}


def test_a_benefit_filter_keeps_only_those_rights():
    packets = application_packets(example_family("teenager-cancer"), ON, "nb", ["pleiepenger"])
    assert {r.benefit for p in packets.packets for r in p.rights} == {"pleiepenger"}


# Rights with no application block, on purpose: the family does not apply to an agency.
# fritak_egenandel_barn: no application and no decision (the place of treatment must not charge; Helfo's scheme);
# toppfinansiering: the kommune applies to Helsedirektoratet, not the family.
WITHOUT_CHANNEL = {"fritak_egenandel_barn", "toppfinansiering"}


def test_every_family_right_has_its_application_described_except_those_without_a_channel():
    undescribed = {benefit_id for benefit_id, benefit in catalogue().items() if benefit.application is None}
    assert undescribed == WITHOUT_CHANNEL


def test_every_packet_names_a_stable_agency_id_also_where_no_application_is_described(example):
    # Review s11: a right without an application block was grouped under an id made from the entry's sentence
    # ("not_described:behandlingsstedet-helfo-…"), which a portal cannot map. The id is now one of the agencies in
    # catalogue/agencies.py; the sentence stays, as the right's `decided_by`.
    _, packets, _ = example
    for packet in packets.packets:
        assert packet.agency in AGENCY_TEXT, packet.agency
        undescribed = {r.benefit for r in packet.rights if not r.channel.described}
        assert undescribed <= WITHOUT_CHANNEL, packet.agency


def test_the_user_fee_exemption_is_at_the_place_of_treatment_and_says_there_is_no_application():
    # The catalogue entry (folketrygdloven kapittel 5; Helsedirektoratet, "Helsetjenester som er gratis for alle"):
    # children under 16 pay no user fee; automatic, no application; the place of treatment must not charge it.
    packets = application_packets(example_family("school-child-autism-single-parent"), ON, "en", ["fritak_egenandel_barn"])
    [packet] = packets.packets
    [right] = packet.rights
    assert packet.agency == "place_of_treatment" and packet.agency_text == "The place of treatment"
    assert right.decided_by == "The place of treatment; Helfo runs the user-fee scheme"
    assert not right.channel.described and right.channel.note.startswith("You do not need to apply.")
    assert [(s.agency, s.agency_text) for s in packets.plan] == [("place_of_treatment", "The place of treatment")]


def test_the_answer_and_the_packet_name_the_same_documents():
    # One list of documents per right (review s16d portal #5): the card and the packet name the same ones, in the
    # same words (documents.yaml), the packet's conditions said after each name on the card.
    family, on = example_family("child-diabetes"), date(2024, 9, 1)
    answer = {(r.benefit, r.person): r for r in assemble(family, on, "nb").benefits}
    packets = application_packets(family, on, "nb")
    names = {document.id: document.name for document in packets.documents}
    # A right already granted needs no documents in the packet: no application is made (review s21 M10).
    for right in (right for packet in packets.packets for right in packet.rights if not right.already_granted):
        card = answer[(right.benefit, right.person)].documents
        assert len(card) == len(right.documents), right.benefit
        assert all(text.startswith(names[use.id]) for text, use in zip(card, right.documents)), right.benefit


def test_each_photo_is_the_one_its_right_asks_for():
    # Review s20 page #8: the companion card listed «Foto av barnet (passfoto til parkeringstillatelsen)». The parking
    # permit asks for a passport photo (research note more-rights.md 4.2); the companion card carries a photo of the
    # child, which kommuner do not all require to be a passport photo (4.3): one document each.
    def named(benefit):
        return [use.id for use in catalogue()[benefit].application.documents]
    assert "child_passport_photo" in named("parkeringstillatelse") and "child_photo" not in named("parkeringstillatelse")
    assert "child_photo" in named("ledsagerbevis") and "child_passport_photo" not in named("ledsagerbevis")
    card = [text.nb for text in catalogue()["ledsagerbevis"].document_texts()]
    assert "Foto av barnet til ledsagerbeviset, der ansiktet synes tydelig" in card
    assert not any("parkeringstillatelse" in text for text in card)


def test_the_plan_names_each_document_as_the_card_does():
    # Review s20 page #18: the plan printed «(Hvis kommunen allerede gir hjelp) [Valgfri]», the card «(hvis kommunen
    # allerede gir hjelp) (valgfri)». One form: the plan's text is the card's, word for word.
    family, on = example_family("child-diabetes"), date(2024, 9, 1)
    answer = {(r.benefit, r.person): r for r in assemble(family, on, "nb").benefits}
    packets = application_packets(family, on, "nb")
    # A right already granted needs no documents in the packet: no application is made (review s21 M10).
    for right in (right for packet in packets.packets for right in packet.rights if not right.already_granted):
        assert [use.text for use in right.documents] == answer[(right.benefit, right.person)].documents, right.benefit
    hjelpestonad = next(right for packet in packets.packets for right in packet.rights if right.benefit == "hjelpestonad")
    assert hjelpestonad.documents[-1].text.endswith("(hvis kommunen allerede gir hjelp) (valgfri)")
