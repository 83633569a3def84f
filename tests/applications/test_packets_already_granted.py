"""A right the family says is already granted needs no new application (review s21 caseworker M10).

The answer that means «already granted» is declared once per right, in its catalogue entry
(`application.already_granted`). Such a right stays in its agency's packet, marked and with its complaint route,
but the plan leaves it out, and so do the documents to gather.

- Hjelpestønad (ftrl § 6-4) and forhøyet hjelpestønad (§ 6-5) are one NAV decision on one form (NAV 06-04.04):
  a decided sats 1 grants the ordinary allowance, sats 2, 3 or 4 the increased one, which needs the ordinary
  allowance's conditions (§ 6-5 first ledd), so it grants both.
- Omsorgspenger (§ 9-6 second and fourth ledd): NAV accepts a chronically ill child for the extra days once per
  child (NAV 09-06.05); the ordinary days need no application (§ 9-8: the employer pays). Something is still to
  send NAV while a child with needs is not accepted, while a parent is temporarily alone (§ 9-6 third ledd,
  NAV 09-06.07), and
  for a frilanser or self-employed parent, who claims the days from NAV (§ 9-9, NAV 09-35.01).
- Forhøyet hjelpestønad for a child who lives at home less than half the time: «Hvis barnet bor mindre enn
  halvparten av tiden hjemme, kan satsen for forhøyet hjelpestønad bli redusert» (nav.no), so the answer is «Må
  vurderes», and a member must tell NAV of changes that matter to a benefit (ftrl § 21-3). The plan keeps the right as
  a step that says what to tell NAV, with no application to make (review s21 diff M10).
- The entitlements card says the same as the plan (ADR 0042, review s21 diff L15).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.cli.apply import render_plan
from openfisca_asb.facts.examples import example_family

ON = date(2024, 9, 1)
GRANTED = {"nb": "Innvilget – ingen ny søknad", "en": "Already granted – no new application"}


def _with_child(name: str, **answers):
    family = example_family(name)
    return family.model_copy(update={"children": [family.children[0].model_copy(update=answers), *family.children[1:]]})


def _with_caregiver(family, caregiver_id: str, **answers):
    return family.model_copy(update={"caregivers": [c.model_copy(update=answers) if c.id == caregiver_id else c
                                                    for c in family.caregivers]})


def _rights(packets) -> dict:
    return {(r.benefit, r.person): r for p in packets.packets for r in p.rights}


def _planned(packets) -> set:
    return {(s.benefit, s.person) for s in packets.plan}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_sats_nav_has_granted_marks_both_allowances_and_leaves_them_out_of_the_plan(language):
    # The example family: NAV has granted forhøyet hjelpestønad at sats 3 (hjelpestonad_decided_sats: sats_3).
    packets = application_packets(example_family("cerebral-palsy-large-assistance-need"), ON, language)
    rights = _rights(packets)
    for benefit in ("hjelpestonad", "forhoyet_hjelpestonad"):
        right = rights[(benefit, "jonas")]
        assert (right.already_granted, right.already_granted_text) == (True, GRANTED[language]), benefit
        assert (benefit, "jonas") not in _planned(packets)
        # Nothing to gather and no back-payment for an application not made; the complaint route stays
        # (ftrl § 21-12: 6 weeks), for a sats the family thinks too low.
        assert (right.documents, right.back_payment) == ([], None), benefit
        assert right.complaint.weeks == 6, benefit
        assert all(benefit not in document.used_by for document in packets.documents)
    # Omsorgsstønad comes after hjelpestønad only while hjelpestønad is still to apply for (ftrl § 6-4 last ledd).
    assert all(step.after == [] for step in packets.plan if step.benefit == "omsorgsstonad")


def test_the_ordinary_sats_leaves_the_increased_allowance_to_apply_for():
    # Sats 1 is the ordinary rate (§ 6-4); the increased allowance (§ 6-5) is not decided.
    packets = application_packets(_with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats="sats_1"), ON, "en")
    rights = _rights(packets)
    assert rights[("hjelpestonad", "jonas")].already_granted
    assert not rights[("forhoyet_hjelpestonad", "jonas")].already_granted
    assert rights[("forhoyet_hjelpestonad", "jonas")].already_granted_text is None
    step = next(s for s in packets.plan if s.benefit == "forhoyet_hjelpestonad")
    assert step.after == [] and step.reasons == []  # hjelpestønad is no step of this plan


@pytest.mark.parametrize(("sats", "unknown"), [("not_decided", set()), (None, set()), (None, {("hjelpestonad_decided_sats", "jonas")})])
def test_no_decided_sats_leaves_both_allowances_in_the_plan(sats, unknown):
    # Not decided, not told, or «Vet ikke» (held in the request's `unknown`, ADR 0038): nothing says NAV has decided.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=sats)
    packets = application_packets(family, ON, "en", unknown=unknown)
    assert {("hjelpestonad", "jonas"), ("forhoyet_hjelpestonad", "jonas")} <= _planned(packets)
    assert not any(r.already_granted for r in _rights(packets).values())


def test_extra_days_accepted_for_the_ill_child_leave_an_employee_nothing_to_apply_for():
    # Nora's extra days are accepted; her brother Olav has no illness (his gate is «no»): nothing to apply for him.
    # Mor is an employee; far is a frilanser, who claims his days from NAV (§ 9-9), so his stays in the plan.
    packets = application_packets(example_family("child-diabetes"), ON, "en")
    rights = _rights(packets)
    assert rights[("omsorgspenger", "mor")].already_granted and ("omsorgspenger", "mor") not in _planned(packets)
    assert not rights[("omsorgspenger", "far")].already_granted and ("omsorgspenger", "far") in _planned(packets)


def test_a_parent_temporarily_alone_still_applies_to_nav():
    # § 9-6 third ledd: being temporarily alone with the care is decided by NAV on application (NAV 09-06.07).
    family = _with_caregiver(example_family("child-diabetes"), "mor", omsorgspenger_temporarily_alone="yes")
    packets = application_packets(family, ON, "en")
    assert not _rights(packets)[("omsorgspenger", "mor")].already_granted
    assert ("omsorgspenger", "mor") in _planned(packets)


@pytest.mark.parametrize("answer", ["no", "unknown", None])
def test_an_ill_child_not_yet_accepted_keeps_the_extra_days_to_apply_for(answer):
    # Olav now has a lasting illness too, and NAV has not accepted him (or the family does not know, or did not say).
    family = example_family("child-diabetes")
    olav = family.children[1].model_copy(update={"has_illness_or_extra_needs": "yes", "omsorgspenger_chronic_illness_accepted": answer})
    family = family.model_copy(update={"children": [family.children[0], olav]})
    packets = application_packets(family, ON, "en")
    assert not _rights(packets)[("omsorgspenger", "mor")].already_granted
    assert ("omsorgspenger", "mor") in _planned(packets)


def test_the_cli_plan_lists_granted_rights_apart_without_a_step():
    packets = application_packets(example_family("cerebral-palsy-large-assistance-need"), ON, "nb")
    text = render_plan(packets)
    steps, granted = text.split("Rettigheter dere allerede har fått")
    assert "Hjelpestønad (jonas)" not in steps and "Forhøyet hjelpestønad (jonas)" not in steps
    assert "- Hjelpestønad (jonas) – Innvilget – ingen ny søknad" in granted
    assert "- Forhøyet hjelpestønad (jonas) – Innvilget – ingen ny søknad" in granted
    assert "Klage: Klag til NAV-enheten som fattet vedtaket innen 6 uker" in granted


def test_a_plan_with_only_granted_rights_says_there_is_nothing_to_apply_for_and_lists_them():
    packets = application_packets(example_family("cerebral-palsy-large-assistance-need"), ON, "en", ["hjelpestonad"])
    assert packets.plan == [] and packets.documents == []
    assert render_plan(packets).splitlines()[2:5] == [
        "No rights to apply for from the facts given.", "", "Rights you already have"]
    assert render_plan(packets).splitlines()[5] == "- Assistance allowance (hjelpestønad) (jonas) – Already granted – no new application"


TELL_NAV = {"nb": "NAV har innvilget en sats, men barnet bor hjemme mindre enn halvparten av tiden",
            "en": "NAV has granted a rate, but the child lives at home less than half the time"}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_granted_sats_for_a_child_at_home_less_than_half_the_time_is_a_step_that_says_to_tell_nav(language):
    # Jonas has sats 3 (the example) and lives at home less than half the time: the answer is «Må vurderes» (NAV may
    # reduce the sats, nav.no), so the plan does not call it granted; it is a step that tells the family to tell NAV
    # (ftrl § 21-3), with nothing to apply for, no documents and no back-payment.
    family = _with_child("cerebral-palsy-large-assistance-need", lives_at_home_at_least_half_the_time="no")
    packets = application_packets(family, ON, language)
    right = _rights(packets)[("forhoyet_hjelpestonad", "jonas")]
    assert right.status == "to_be_assessed" and not right.already_granted
    assert right.to_tell_text.startswith(TELL_NAV[language]) and "21-3" in right.to_tell_text
    assert ("forhoyet_hjelpestonad", "jonas") in _planned(packets)
    assert (right.documents, right.back_payment) == ([], None)
    # The ordinary allowance's decision is not in question: still granted, no step.
    assert _rights(packets)[("hjelpestonad", "jonas")].already_granted


def test_the_cli_plan_says_what_to_tell_nav_in_place_of_how_to_apply():
    family = _with_child("cerebral-palsy-large-assistance-need", lives_at_home_at_least_half_the_time="no")
    text = render_plan(application_packets(family, ON, "nb"))
    steps, granted = text.split("Rettigheter dere allerede har fått")
    step = steps[steps.index("Forhøyet hjelpestønad (jonas) – Må vurderes"):].split("\n\n")[0]
    assert f"   Ingen ny søknad: {TELL_NAV['nb']}" in step
    assert "Slik søker dere" not in step
    assert "Forhøyet hjelpestønad (jonas)" not in granted


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_card_says_what_the_plan_says_of_a_granted_right(language):
    # ADR 0042's gap (review s21 diff L15): the card still said «Søk på nav.no …» for a sats NAV has granted.
    answer = assemble(example_family("cerebral-palsy-large-assistance-need"), ON, language)
    forhoyet = next(r for r in answer.benefits if (r.benefit, r.person) == ("forhoyet_hjelpestonad", "jonas"))
    assert forhoyet.already_granted
    assert forhoyet.how_to_apply.text == {"nb": "Dere har svart at dette allerede er innvilget. Dere trenger ikke søke på nytt.",
                                          "en": "You have said this is already granted. You need not apply again."}[language]
    assert forhoyet.how_to_apply.url is None and forhoyet.documents == []  # nothing to send, as in the packet
    assert "to_tell" not in forhoyet.model_dump()
    # A right not granted keeps its own words on how to apply.
    omsorgsstonad = next(r for r in answer.benefits if r.benefit == "omsorgsstonad" and r.person == "mor")
    assert not omsorgsstonad.already_granted and omsorgsstonad.how_to_apply.text.startswith(("Send søknad", "Apply to"))
    at_home_less = _with_child("cerebral-palsy-large-assistance-need", lives_at_home_at_least_half_the_time="no")
    told = next(r for r in assemble(at_home_less, ON, language).benefits if r.benefit == "forhoyet_hjelpestonad")
    assert not told.already_granted and told.how_to_apply.text == told.to_tell
    assert told.to_tell.startswith(TELL_NAV[language])
