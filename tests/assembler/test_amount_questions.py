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
