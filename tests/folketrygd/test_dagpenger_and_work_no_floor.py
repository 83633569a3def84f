"""Dagpenger and work beside them: «to be assessed», and the reason says why no lower bound is shown (review of 0.22.0,
caseworker L4).

NAV's rule for dagpenger combined with another status, navikt/ft-beregning @ 0daf614aedba15d43e95ce199dc0f6e619af8183,
beregningsregler/.../ytelse/dagpengerelleraap/ForeslåBeregningsgrunnlagDPellerAAPKombinasjonMedAnnenStatus.java
(FP_BR_10.2): beregnetPrÅr = dagsats × 260 × utbetalingsfaktor, added to the work's own basis (ftrl § 9-15 with § 8-49).
Its test (…KombinasjonMedAnnenStatusTest.java) gives 1 000 × 260 × 0.5 = 130 000. The factor is not a fact the family
gives and no source read bounds it from below, so the dagpenger alone give no floor. Worked for the father below: the
dagpenger alone at the whole rate are 1 152 × 260 = 299 520; at a factor of 0.5 with, say, 50 000 of work the combined
basis is 1 152 × 260 × 0.5 + 50 000 = 149 760 + 50 000 = 199 760, below 299 520. So no floor is shown, and the reason
says so, for pleiepenger (§ 9-11) and opplæringspenger (§ 9-14) alike, which share the words (kapittel_9/reasons.yaml).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 12, 10)
WORDS = {"nb": ("Vi viser heller ingen nedre grense", "under hele dagsatsen"),
         "en": ("We show no lower bound either", "below the whole rate")}


def _family() -> Family:
    return Family.model_validate({
        "caregivers": [{"id": "far", "birth_date": "1988-01-14", "employment": "dagpenger", "work_besides_benefit": "employee",
                        "has_worked_four_weeks": "yes", "dagpenger_daily_rate": 1152, "yearly_income": 200000,
                        "pleiepenger_lost_working_time_percent": 100, "opplaeringspenger_training_at_approved_institution": "yes",
                        "opplaeringspenger_medical_certificate": "yes", "opplaeringspenger_training_days_in_month": 5,
                        "opplaeringspenger_training_share_percent": 100}],
        "children": [{"id": "liam", "birth_date": "2021-06-22", "needs_continuous_care_and_supervision": "yes",
                      "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                      "has_long_term_illness_or_disability": "yes"}],
    })


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("benefit", ["pleiepenger", "opplaeringspenger"])
def test_to_be_assessed_without_a_floor_and_the_reason_says_why(benefit, language):
    right = next(r for r in assemble(_family(), ON, language=language).benefits if (r.benefit, r.person) == (benefit, "far"))
    assert (right.status, right.reason.code, right.amount, right.range) == (
        "to_be_assessed", "dagpenger_and_work_assessed_by_nav", None, None)
    assert all(words in right.reason.text for words in WORDS[language])
