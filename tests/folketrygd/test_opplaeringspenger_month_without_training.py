"""A month without a training day has no opplæringspenger, not «entitled, 0 kr» (review s23 caseworker M2).

Opplæringspenger are paid for the days of necessary training (ftrl § 9-14; «bare for den tiden du faktisk får
opplæring», nav.no): a month none of the training periods reaches, or one with 0 training days given, has nothing to
claim, so it is no right that month and no step of the application plan. As a care period outside the month is left
out of the month (ADR 0021 addendum), a training period outside it gives no period line; the refusal says the
training lies in other months. While the number of days is not given the amount stays open, as before.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.facts.family import Family

JUNE_2025 = date(2025, 6, 1)
COURSE = {"first_day": "2024-09-09", "last_day": "2024-09-13"}  # Monday–Friday, long before June 2025


def _family(**mor):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1989-04-23", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 540000, "opplaeringspenger_training_at_approved_institution": "yes",
                        "opplaeringspenger_medical_certificate": "yes", **mor}],
        "children": [{"id": "ingrid", "birth_date": "2021-01-15", "has_long_term_illness_or_disability": "yes"}],
    })


def _training(family, language="en"):
    return next(r for r in assemble(family, JUNE_2025, language).benefits if (r.benefit, r.person) == ("opplaeringspenger", "mor"))


def _outcome(result, condition="opplaeringspenger_condition_training_in_month"):
    return next((c.outcome for c in result.conditions if c.variable == condition), None)


@pytest.mark.parametrize("mor", [{"training_periods": [COURSE]},
                                 {"opplaeringspenger_training_share_percent": 100, "opplaeringspenger_training_days_in_month": 0}],
                         ids=["periods in another month", "no days this month"])
def test_a_month_without_a_training_day_is_no_right(mor):
    result = _training(_family(**mor))
    assert (result.status, result.amount, result.reason.code) == ("not_entitled", None, "condition_not_met")
    assert result.reason.text.startswith("No training day is given for this month")
    assert _outcome(result) == "not_met"


def test_the_refusal_is_worded_in_bokmaal_too():
    result = _training(_family(training_periods=[COURSE]), language="nb")
    assert result.reason.text.startswith("Det er ikke oppgitt noen opplæringsdag denne måneden")


def test_the_period_given_outside_the_month_is_not_listed():
    assert _training(_family(training_periods=[COURSE])).periods == []


def test_the_plan_has_no_step_for_a_month_without_training():
    plan = application_packets(_family(training_periods=[COURSE]), JUNE_2025, "en")
    assert "opplaeringspenger" not in {right.benefit for packet in plan.packets for right in packet.rights}


def test_with_the_days_not_given_the_right_is_open_as_before():
    # No number of days and no periods: every other condition met, the amount waits for the days (the catalogue's
    # zero_amount says so); this condition does not refuse and is not shown.
    result = _training(_family(opplaeringspenger_training_share_percent=100))
    assert result.status == "entitled"
    assert _outcome(result) is None
