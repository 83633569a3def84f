"""Conditions report what was evaluated, and reasons name the binding condition (issue 17, item 2; ADR 0018).

A condition the answer did not need — not reached, or never asked, because another
condition already decided — is *not assessed*, never *not met*.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 9, 1)

# A 7-year-old with a lasting illness who does not need continuous care; the mother works and
# is refused training at an approved institution. Nothing else about the child is asked.
FAMILY = {
    "caregivers": [{
        "id": "mor", "birth_date": "1985-01-01", "employment": "employee", "has_worked_four_weeks": "yes",
        "yearly_income": 500000, "opplaeringspenger_training_at_approved_institution": "no",
    }],
    "children": [{"id": "ida", "birth_date": "2018-01-01", "has_lasting_illness": "yes", "needs_continuous_care_and_supervision": "no"}],
}


def _result(benefit, language="en"):
    answer = assemble(Family.model_validate(FAMILY), ON, language)
    return next(r for r in answer.benefits if r.benefit == benefit)


def test_pleiepenger_refused_on_the_care_need_does_not_fail_the_age_certificate_or_supervision():
    # ftrl § 9-10 first ledd: no continuous supervision and care → no pleiepenger. The child is 7 (under 18):
    # the age line is never "not met"; the specialist certificate (§ 9-16) and the supervision (§ 9-11)
    # were never asked, and are not needed once the care need fails.
    pleiepenger = _result("pleiepenger")
    outcomes = {c.variable: c.outcome for c in pleiepenger.conditions}
    assert pleiepenger.status == "not_entitled"
    assert outcomes["pleiepenger_condition_continuous_care"] == "not_met"
    for line in ("pleiepenger_condition_child_age", "pleiepenger_condition_medical_certificate",
                 "pleiepenger_condition_supervision", "pleiepenger_condition_lost_work"):
        assert outcomes[line] == "not_assessed", line
    assert [c.variable for c in pleiepenger.conditions if c.outcome == "not_met"] == ["pleiepenger_condition_continuous_care"]
    assert pleiepenger.reason.code == "no_continuous_care_need"


def test_a_refused_opplaeringspenger_names_its_failed_condition_not_no_limit():
    # ftrl § 9-14: the training must be at an approved institution; answered no → refused on that condition.
    opplaeringspenger = _result("opplaeringspenger")
    failed = [c for c in opplaeringspenger.conditions if c.outcome == "not_met"]
    assert opplaeringspenger.status == "not_entitled"
    assert [c.variable for c in failed] == ["opplaeringspenger_condition_approved_training"]
    assert opplaeringspenger.reason.code == "condition_not_met"
    # The reason names the requirement as the condition not met; a bare "Not met: <requirement>" read as a
    # finding about the family (review of 0.10.0).
    assert opplaeringspenger.reason.text == f"The condition “{failed[0].text.rstrip('.')}” is not met."
    # The certificate and the training share were never asked: not assessed.
    assert {c.variable: c.outcome for c in opplaeringspenger.conditions}["opplaeringspenger_condition_training_share"] == "not_assessed"


def test_not_assessed_is_named_in_both_languages():
    texts = {language: {c.outcome: c.outcome_text for c in _result("pleiepenger", language).conditions} for language in ("nb", "en")}
    assert texts["nb"]["not_assessed"] == "Ikke vurdert"
    assert texts["en"]["not_assessed"] == "Not assessed"


def test_an_answer_missing_information_keeps_its_unknown_conditions_and_says_no_binding_rule():
    family = {**FAMILY, "children": [{"id": "ida", "birth_date": "2018-01-01"}]}
    answer = assemble(Family.model_validate(family), ON, "en")
    pleiepenger = next(r for r in answer.benefits if r.benefit == "pleiepenger")
    assert pleiepenger.status == "missing_information"
    assert "not_assessed" not in {c.outcome for c in pleiepenger.conditions}
    assert pleiepenger.reason is None or pleiepenger.reason.code != "none"
