"""An unverified-rate flag goes with the amount or range the rate feeds (review of 0.12.0, item 15).

Priority in barnehage (barnehageloven § 18) shows no amount since 0.11.0, yet carried the maximum price's
flag. A flag on an answer that shows no amount qualifies nothing; where the reason quotes the rate, the reason
says the rate is not verified instead. The maximum price (forskrift om foreldrebetaling § 1) is 3 050 kr from
2022-08-01 (verified) and 2 000 kr from 2024-08-01, known to hold only until 2024-08-01.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family

CAVEAT = {"nb": "Tallet som er nevnt, er ikke bekreftet for 1. september 2024; det kan ha endret seg.",
          "en": "The figure quoted is not verified for 1 September 2024; it may have changed."}


def _applying_family(**child_facts):
    # Ella, born 2021-03-15, with a documented disability, applying for a place; household income 700 000 kr:
    # 6 % of it over 11 months is 3 818 kr, above the maximum price, so the reason quotes the maximum price.
    family = example_family("toddler-cerebral-palsy-barnehage")
    ella = family.children[0].model_copy(update={"barnehage_place": "applying", "birth_date": date(2021, 3, 15), **child_facts})
    return family.model_copy(update={"children": [ella], "household_income": 700000})


def _right(answer, benefit):
    return next(r for r in answer.benefits if r.benefit == benefit)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_priority_in_barnehage_carries_no_flag_and_its_reason_says_the_fee_is_not_verified(language):
    priority = _right(assemble(_applying_family(), date(2024, 9, 1), language), "barnehage_prioritet")
    assert priority.amount is None and priority.range is None
    assert priority.unverified_rate == []
    assert priority.reason.code == "maximum_price" and "2 000 kroner" in priority.reason.text
    assert priority.reason.text.endswith(" " + CAVEAT[language])


def test_a_verified_fee_is_quoted_without_a_caveat():
    # 2022-09-01: 3 050 kr, found in kommune sources, no flag.
    priority = _right(assemble(_applying_family(), date(2022, 9, 1), "nb"), "barnehage_prioritet")
    assert "3 050 kroner" in priority.reason.text and "ikke bekreftet" not in priority.reason.text
    assert priority.unverified_rate == []


def test_an_amount_keeps_its_flag_and_a_refusal_has_none():
    # Hjelpestønad (ftrl § 6-4): its newest rate is from 2023-01-01, adjusted 2023-07-01 with no value found,
    # so the amount shown on 2024-09-01 is flagged. Without the extra care need it is refused: no amount, no flag.
    entitled = _right(assemble(_applying_family(), date(2024, 9, 1), "nb"), "hjelpestonad")
    assert entitled.amount is not None
    assert [flag.parameter for flag in entitled.unverified_rate] == ["folketrygd.hjelpestonad.ordinary_yearly_rate"]
    refused = _right(assemble(_applying_family(needs_extra_supervision_and_care="no"), date(2024, 9, 1), "nb"), "hjelpestonad")
    assert refused.status == "not_entitled" and refused.amount is None and refused.range is None
    assert refused.unverified_rate == []


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_refusal_told_by_its_condition_carries_the_caveat_on_its_own(language):
    # Review s23 page L3. Olav (child-diabetes) has no lasting disability, so ledsagerbevis is refused on its first
    # condition, which quotes the kommunes' «minst 2 år», a figure flagged on 2024-09-01. The page shows the
    # conditions, not the reason's text, so the caveat that ends the text comes as a field of its own too.
    answer = assemble(example_family("child-diabetes"), date(2024, 9, 1), language)
    olav = next(r for r in answer.benefits if (r.benefit, r.person) == ("ledsagerbevis", "olav"))
    assert (olav.status, olav.reason.code) == ("not_entitled", "condition_not_met")
    assert olav.reason.rate_caveat == CAVEAT[language] and olav.reason.text.endswith(" " + CAVEAT[language])


def test_a_reason_quoting_no_flagged_figure_has_no_caveat_field():
    # 2022-09-01: the maximum price 3 050 kr is verified, so the reason has no caveat and the answer no such key.
    priority = _right(assemble(_applying_family(), date(2022, 9, 1), "nb"), "barnehage_prioritet")
    assert priority.reason.rate_caveat is None and "rate_caveat" not in priority.reason.model_dump()
