"""A right granted whose amount still turns on a fact the family has not given (issue 17 item 1: "what
would change it" lists the changes that change the status or the amount; the interview asks what settles
what is paid).

Pleiepenger (ftrl § 9-11): supervision by others lowers the grade, except that since 1 July 2019 the
grading takes account of night watch and standby (parameters/folketrygd/pleiepenger/night_watch_considered.yaml;
the model leaves the supervision out, as NAV's code does). Worked by hand for September 2024 (21 weekdays:
the 1st is a Sunday, 9 weekend days in 30): the daily rate is 550 000 / 260 = 2 115.38 kroner; 30 of 37.5
hours supervised by others is 80 %, so the grade is 20 % and 2 115.38 × 0.2 = 423.08 → 423 × 21 = 8 883
kroner; with night watch the supervision is left out: 2 115 × 21 = 44 415 kroner.
"""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family

ON = date(2024, 9, 1)
NIGHT_WATCH = ("needs_night_watch_or_standby", "nora")


def _family(**child) -> Family:
    return Family.model_validate({
        "kommunenummer": "3201",
        "caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee", "yearly_income": 550000,
                        "has_worked_four_weeks": "yes", "pleiepenger_lost_working_time_percent": 100}],
        "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
                      "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                      "established_supervision_hours_per_week": 30, **child}],
    })


def _pleiepenger(step):
    return next(r for r in step.answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")


def test_a_granted_amount_names_the_unanswered_fact_that_would_raise_it():
    result = _pleiepenger(run_interview(_family(), ON, "en"))
    assert result.status == "entitled" and result.amount.value == 8883
    raised = [(c.value, c.new_status, c.new_amount.value) for c in result.changes if (c.fact, c.person) == NIGHT_WATCH]
    assert raised == [("yes", "entitled", 44415)]


def test_the_interview_asks_what_settles_the_amount_and_then_stops_asking_it():
    asked = [q.key for q in run_interview(_family(), ON, "en", depth="all").asked]
    assert NIGHT_WATCH in asked
    answered = run_interview(_family(needs_night_watch_or_standby="yes"), ON, "en", depth="all")
    assert _pleiepenger(answered).amount.value == 44415
    assert NIGHT_WATCH not in [q.key for q in answered.asked]


def test_a_granted_amount_never_names_a_different_answer_to_a_fact_given():
    # The family gave 30 hours of supervision: "with 0 hours you would get more" is not a change to act on.
    result = _pleiepenger(run_interview(_family(needs_night_watch_or_standby="no"), ON, "en"))
    assert result.amount.value == 8883 and result.changes == []


# Review s15, finding 3: a right "to be assessed" that one unanswered fact would settle. Two parents each claim
# 100 % pleiepenger: together 200 %, which ftrl § 9-10 andre ledd allows only when the child's need requires two
# caregivers at once, so without that answer the split is NAV's to assess. June 2025 has 21 weekdays (the 1st is a
# Sunday); 500 000 / 260 = 1 923.08 → 1 923 a day, × 21 = 40 383 kroner each when both are granted 100 %.
def _two_parents_claiming_all(**child) -> Family:
    parent = {"birth_date": "1985-01-01", "employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 500_000,
              "pleiepenger_lost_working_time_percent": 100, "pleiepenger_claimed_percent": 100}
    return Family.model_validate({
        "kommunenummer": "3201",
        "caregivers": [{"id": "mor", **parent}, {"id": "far", **parent}],
        "children": [{"id": "a", "birth_date": "2016-01-01", "has_illness_or_extra_needs": "yes",
                      "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                      "established_supervision_hours_per_week": 0, **child}],
    })


def test_the_fact_that_settles_a_right_to_be_assessed_is_asked_in_the_first_pass():
    two_caregivers = ("care_need_requires_two_caregivers", "a")
    step = run_interview(_two_parents_claiming_all(), date(2025, 6, 1), "en")
    assert {r.status for r in step.answer.benefits if r.benefit == "pleiepenger"} == {"to_be_assessed"}
    assert two_caregivers in [q.key for q in step.asked]  # it settles both parents' pleiepenger: a decisive question
    answered = run_interview(_two_parents_claiming_all(care_need_requires_two_caregivers="yes"), date(2025, 6, 1), "en")
    granted = [(r.status, r.amount.value) for r in answered.answer.benefits if r.benefit == "pleiepenger"]
    assert granted == [("entitled", 40383.0), ("entitled", 40383.0)]
    assert two_caregivers not in [q.key for q in answered.asked]
