"""A piece of a refused pleiepenger says the refusal, never «no limit applied» (review s23 caseworker M4).

Family A of the review: a single mother on arbeidsavklaringspenger with no work beside it, who was not in work for the
four weeks before (ftrl § 9-2 første ledd: opptjening). Elias is in hospital from 10 March to 6 June 2025, given as one
care period. Pleiepenger are refused on § 9-2 in every month, and each month's piece of the stay is refused with it:
the caseworker guide says «no rule bound» (`none`) only of a settled amount. A piece still open says no rule either.
May 2025: 1 May is a Thursday; weekdays 1–2, 5–9, 12–16, 19–23, 26–30 = 22.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

MAY_2025 = date(2025, 5, 1)
STAY = {"first_day": "2025-03-10", "last_day": "2025-06-06", "supervision_hours_per_day": 0}


def _family(**mor):
    return Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1991-02-17", "employment": "arbeidsavklaringspenger",
                        "work_besides_benefit": "none", "yearly_income": 260000, "pleiepenger_lost_working_time_percent": 100,
                        "pleiepenger_claimed_percent": 100, "is_single": "yes", **mor}],
        "children": [{"id": "elias", "birth_date": "2018-11-02", "sole_caregiver": "mor", "has_lasting_illness": "yes",
                      "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
                      "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no",
                      "care_periods": [STAY]}],
    })


def _pleiepenger(family):
    return next(r for r in assemble(family, MAY_2025, language="en").benefits if (r.benefit, r.person) == ("pleiepenger", "mor"))


def test_a_piece_of_a_right_refused_on_a_condition_carries_that_refusal():
    result = _pleiepenger(_family(has_worked_four_weeks="no"))
    assert (result.status, result.reason.code) == ("not_entitled", "condition_not_met")
    [piece] = result.periods
    assert (piece.first_day, piece.last_day, piece.weekdays, piece.status, piece.amount) == ("2025-05-01", "2025-05-31", 22, "not_entitled", 0)
    assert piece.reason == result.reason
    assert "four weeks" in piece.reason.text


def test_a_piece_of_a_right_still_open_names_no_rule():
    # Whether she was in work the four weeks before is not answered: the right is open, and so is its piece.
    result = _pleiepenger(_family())
    assert result.status == "missing_information"
    assert [(piece.status, piece.reason) for piece in result.periods] == [("missing_information", None)]
