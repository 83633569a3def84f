"""Decision checks (issue 18 [portal]): the model beside a decision, and a draft complaint."""

from datetime import date

import pytest

from openfisca_asb.answer.decision_check import Decision, DecisionInputError, agreement, check_decision
from openfisca_asb.facts.examples import example_family

ON = date(2021, 5, 1)  # hjelpestønad rates verified: ordinary sats 14 748 kr a year (nav.no, 2019–2021)


def _with_child(name, **facts):
    family = example_family(name)
    child = family.children[0].model_copy(update=facts)
    return family.model_copy(update={"children": [child, *family.children[1:]]})


def test_refused_hjelpestonad_where_the_model_finds_every_condition_met():
    family = example_family("school-child-autism-single-parent")
    check = check_decision(family, ON, Decision("hjelpestonad", "refused", reason_given="Behovet er ikke større enn hos friske barn"), "nb")
    assert check.agreement == "differs" and check.model_status == "entitled"
    assert [c.outcome for c in check.conditions] == ["met", "met", "met"]
    # the condition on the care need rests on the family's answer needs_extra_supervision_and_care = yes
    assert any(f.fact == "needs_extra_supervision_and_care" and f.value == "yes" for f in check.conditions[2].facts)
    assert any(p.url.endswith("§6-4") for p in check.provisions)
    assert {p.kind for p in check.may_have_turned_on} >= {"missing_document", "fact_seen_differently"}
    # ftrl § 21-12: 6 weeks, NAV then NAV Klageinstans
    assert check.complaint.weeks == 6
    draft = check.draft_complaint
    assert "UTKAST" in draft.nb and "ikke juridisk rådgivning" in draft.notice
    assert "Folketrygdloven § 6-4" in draft.nb and "Behovet er ikke større enn hos friske barn" in draft.nb
    assert "Trenger barnet mer tilsyn og pleie enn friske barn på samme alder? Ja" in draft.nb
    assert "DRAFT" in draft.en and "{p:" not in draft.nb + draft.en


def test_lower_forhoyet_sats_below_the_lowest_rate_differs():
    # ftrl § 6-5: forhøyet hjelpestønad is 2, 4 or 6 times the ordinary rate. 2021: 14 748 × 2 / 12 = 2 458 kr a month
    # at the lowest sats; a grant of the ordinary rate only (1 229 kr a month) is below every forhøyet sats.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=None)
    check = check_decision(family, ON, Decision("forhoyet_hjelpestonad", "lower", amount=1229), "en")
    assert check.model_status == "to_be_assessed"
    assert check.agreement == "differs"
    assert check.draft_complaint is not None


def test_lower_forhoyet_sats_within_the_range_is_an_assessment():
    # 2 458 kr a month is sats 2 (hand-worked above): a lawful rate, so the choice of rate is NAV's assessment.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=None)
    check = check_decision(family, ON, Decision("forhoyet_hjelpestonad", "lower", amount=2458), "en")
    assert check.agreement == "open"
    assert any(p.kind == "discretion" for p in check.may_have_turned_on)


def test_refused_bpa_at_30_hours_turns_on_the_kommunes_assessment():
    # pbrl § 2-1 d: at 25–32 hours a week there is a right unless the kommune documents BPA is substantially costlier.
    family = _with_child("cerebral-palsy-large-assistance-need", bpa_assistance_hours_per_week=30)
    check = check_decision(family, date(2024, 9, 1), Decision("bpa", "refused"), "en")
    assert check.model_status == "to_be_assessed" and check.agreement == "open"
    assert any(p.kind == "discretion" and "25–32" in p.text for p in check.may_have_turned_on)
    # pbrl § 7-5: complain to the kommune within 4 weeks, then Statsforvalteren
    assert check.complaint.weeks == 4 and "Statsforvalteren" in check.complaint.to
    assert "BPA" in check.draft_complaint.nb and "{p:" not in check.draft_complaint.nb


def test_refused_pleiepenger_where_the_model_agrees_says_what_would_change_it():
    # ftrl § 9-10: the child must need continuous supervision and care; the family said no.
    family = _with_child("teenager-cancer", needs_continuous_care_and_supervision="no")
    check = check_decision(family, date(2024, 9, 1), Decision("pleiepenger", "refused"), "en")
    assert check.model_status == "not_entitled" and check.agreement == "agrees"
    assert check.draft_complaint is None and check.may_have_turned_on == []
    assert any(c.fact == "needs_continuous_care_and_supervision" and c.new_status == "entitled" for c in check.what_would_change)


def test_a_person_who_does_not_hold_the_right_is_named_as_the_field():
    with pytest.raises(DecisionInputError) as raised:
        check_decision(example_family("teenager-cancer"), ON, Decision("hjelpestonad", "refused", person="nobody"))
    assert raised.value.field == "decision.person"


@pytest.mark.parametrize(("status", "outcome", "model", "decided", "expected"), [
    ("entitled", "refused", None, None, "differs"),
    ("entitled", "granted", None, None, "agrees"),
    ("entitled", "lower", 100.0, 50.0, "differs"),
    ("entitled", "lower", 100.0, 100.0, "agrees"),
    ("entitled", "lower", 100.0, 170.0, "differs_in_family_favour"),  # "lower", yet above the model's amount
    ("not_entitled", "refused", None, None, "agrees"),
    ("not_entitled", "granted", None, None, "differs_in_family_favour"),
    ("to_be_assessed", "refused", None, None, "open"),
])
def test_agreement_table(status, outcome, model, decided, expected):
    assert agreement(status, outcome, model, decided) == expected
