"""Every omsorgsopptjening amount says which G it is counted with is not verified, on every date (review s24 law L3).

Ftrl § 20-8 første ledd: «18,1 prosent av et beløp på 4,5 ganger grunnbeløpet». The model counts the year's average G
(amount.py: «which G NAV applies is not established»). For 2025: 4.5 × 128 116 × 0.181 = 104 350.5 → 104 350
(the model's whole kroner); with the G of 1 May 2025 it would be 4.5 × 130 160 × 0.181 = 106 015. Until 0.22.0 the
answer said so only in the automatic credit's reasons and, in 2027, as a lower bound; the amount itself was shown
without it in 2025 and 2026.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

# The reviewer's family: a mother with the full barnetrygd for a boy born in 2023 (under 6: the credit is automatic).
FAMILY = Family.model_validate({
    "caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee", "barnetrygd_receipt": "full"}],
    "children": [{"id": "per", "birth_date": "2023-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}]})


@pytest.mark.parametrize(("language", "words"), [
    ("nb", "Beløpet er regnet med årets gjennomsnittlige G; hvilken G NAV bruker, er ikke bekreftet"),
    ("en", "The amount is counted with the year's average G; which G NAV uses was not verified"),
])
@pytest.mark.parametrize(("on", "amount"), [(date(2025, 6, 1), 104_350), (date(2026, 6, 1), 109_484)])
def test_the_amount_shown_says_which_g_is_not_verified(on, amount, language, words):
    # 2026: 4.5 × 134 419 × 0.181 = 109 484.3 → 109 484 (average G 2026, navikt/g).
    result = next(r for r in assemble(FAMILY, on, language).benefits if r.benefit == "omsorgsopptjening")
    assert (result.status, result.amount.value) == ("entitled", amount)
    assert words in result.amount_meaning
