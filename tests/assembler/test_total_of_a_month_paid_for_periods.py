"""A month whose pleiepenger pay only the care periods with a right counts once in the yearly total, not twelve times
(review of the 0.24.0 diff; ADR 0021 addendum 0.24.0).

Ida, in barnehage 37.5 h a week (37.5 / 37.5 = 100 % tilsyn, refused above 80 %: ftrl § 9-11), is in hospital with no
tilsyn by others from Monday 10 to Friday 14 March 2025. Her mother earns 520 000 kr a year: 520 000 / 260 = 2 000 kr a
day (below 6G, ftrl § 9-15), 100 % on the 5 weekdays of the stay: 5 × 2 000 = 10 000 kr in March. The other months of
the year keep the weekly answers, which refuse the right, so the year has this stay once: 10 000 kr, not
12 × 10 000 = 120 000 (what the total said in 0.24.0). The family's other rights are open without an amount (not
counted), so the family total is the stay alone: 10 000 kr in March, 10 000 kr a year.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

FAMILY = {
    "caregivers": [{"id": "mor", "birth_date": "1985-03-10", "has_worked_four_weeks": "yes", "yearly_income": 520000,
                    "pleiepenger_lost_working_time_percent": 100}],
    "children": [{"id": "ida", "birth_date": "2019-06-01", "needs_continuous_care_and_supervision": "yes",
                  "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 37.5,
                  "needs_night_watch_or_standby": "no",
                  "care_periods": [{"first_day": "2025-03-10", "last_day": "2025-03-14", "supervision_hours_per_day": 0}]}],
}


@pytest.fixture(scope="module", params=["nb", "en"])
def total(request):
    return assemble(Family.model_validate(FAMILY), date(2025, 3, 15), language=request.param).family_total


def test_the_stay_counts_once_in_the_year(total):
    nav = next(payer for payer in total.by_payer if payer.payer == "nav")
    [stay] = [line for line in nav.lines if line.benefit == "pleiepenger"]
    assert (stay.per_month.max, stay.per_year.min, stay.per_year.max) == (10000, 10000, 10000)
    assert (total.per_month.min, total.per_month.max, total.per_year.min, total.per_year.max) == (10000, 10000, 10000, 10000)


def test_the_note_says_the_periods_count_once_and_none_makes_it_a_month_times_12(total):
    once = [note for note in total.notes if "én gang" in note or "once" in note]
    assert len(once) == 1 and ("periodene med rett" in once[0] or "periods with a right" in once[0]), total.notes
    assert not any("× 12" in note and "once" not in note and "én gang" not in note for note in total.notes), total.notes


def test_one_caregiver_is_not_told_the_right_is_shared(total):
    # The family's range of pleiepenger (ADR 0027) reads the weekly answers, which refuse March: 0 kr. The mother's
    # settled 10 000 kr is not held within it, nor said to be shared «between you» — she is the only caregiver.
    assert not any("deles mellom dere" in note or "shared between you" in note for note in total.notes), total.notes
