"""A course paid for its days is counted once in the yearly total, not twelve times (review s21 caseworker M4).

Aksel, 4, Down syndrome; his father, alone with him and self-employed on 420 000 kr a year, takes a four-day
course at Frambu on 10–13 March 2025 (Monday to Thursday). Asked on 15 March 2025 (G = 124 028 until 1 May 2025):
- Opplæringspenger (ftrl §§ 9-14, 9-15): 420 000 / 260 = 1 615.38 → 1 615 kr a day × 4 days = 6 460 kr, in March.
  The law gives it for the training days only: the year has this course, not twelve.
- Hjelpestønad sats 1 of 2023 (15 161 kr a year, a lower bound after 1 July 2023: ADR 0009): 1 263 kr a month,
  15 156 kr a year.
- Stønad til barnetilsyn (ftrl § 15-10): 64 % of 2 000 kr a month = 1 280 kr a month, 15 360 kr a year.
NAV to the family: 1 263 + 6 460 + 1 280 = 9 003 kr in March; a year 15 156 + 6 460 + 15 360 = 36 976 kr
(the review's 108 036 counted the course twelve times: 9 003 × 12).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 3, 15)
FAMILY = {
    "kommunenummer": "1806", "hjelpestonad_applied_for": "yes",
    "caregivers": [{
        "id": "far", "birth_date": "1986-07-01", "employment": "self_employed", "has_worked_four_weeks": "yes",
        "yearly_income": 420000, "is_single": "yes", "has_sole_care": "yes", "barnetrygd_receipt": "full",
        "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
        "opplaeringspenger_training_share_percent": 80,
        "training_periods": [{"first_day": "2025-03-10", "last_day": "2025-03-13"}]}],
    "children": [{
        "id": "aksel", "birth_date": "2021-02-03", "sole_caregiver": "far", "has_illness_or_extra_needs": "yes",
        "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes", "has_private_care_arrangement": "yes",
        "needs_extra_supervision_and_care": "yes", "omsorgspenger_chronic_illness_accepted": "yes",
        "barnehage_place": "has_place", "monthly_childcare_cost": 2000,
        "needs_substantially_more_supervision_than_peers": "yes", "school_grade": 0}],
}


@pytest.fixture(scope="module", params=["nb", "en"])
def total(request):
    return assemble(Family.model_validate(FAMILY), ON, language=request.param).family_total


def test_the_course_counts_once_in_the_year(total):
    nav = next(payer for payer in total.by_payer if payer.payer == "nav")
    course = next(line for line in nav.lines if line.benefit == "opplaeringspenger")
    assert (course.per_month.max, course.per_year.min, course.per_year.max) == (6460, 6460, 6460)
    assert (total.per_month.max, total.per_year.min, total.per_year.max) == (9003, 36976, 36976)


def test_the_note_says_the_course_counts_once_and_no_note_makes_it_a_month_times_12(total):
    once = [note for note in total.notes if "én gang" in note or "once" in note]
    assert len(once) == 1 and "pplæringspenger" in once[0], total.notes
    per_weekday = [note for note in total.notes if "betales per virkedag" in note or "paid per weekday" in note]
    assert not any("pplæringspenger" in note for note in per_weekday), total.notes  # «a year is this month × 12»
