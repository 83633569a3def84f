"""Omsorgsopptjening says it adds nothing to an own income of 4.5 G or more (review s21 caseworker L3).

Ftrl § 20-8 første ledd: the credit is «18,1 prosent av et beløp på 4,5 ganger grunnbeløpet». It is no addition to the
earning from one's own income: NAV counts the higher of the two (nav.no: «Tener du meir enn dette, blir
pensjonsoppteninga basert på lønnsinntekta di i staden»; navikt/navno-prototype: «Hvis du har høyere arbeidsinntekt
enn 4,5 G, får du ikke ekstra pensjonsopptjening selv om du får innvilget omsorgsopptjening»). Family A's mother
(pleiepenger on 610 000 in 2026, above 4.5 × 134 419 = 604 886) was told «Du har rett 109 484 kr/år» with no word of
it. The right holds; the amount is what the credit is; its meaning and her reason now say that it adds nothing.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.family import Family


def test_the_amounts_meaning_says_the_credit_is_not_on_top_of_ones_own_income():
    meaning = catalogue()["omsorgsopptjening"].amount_meaning
    assert "ikke i tillegg til opptjeningen av din egen inntekt" in meaning.nb and "4,5 G eller mer" in meaning.nb
    assert "not on top of the earning from your own income" in meaning.en and "4.5 G or more" in meaning.en


def test_a_mother_earning_above_4_5_g_is_told_the_credit_adds_nothing():
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1983-05-05", "barnetrygd_receipt": "full", "yearly_income": 610000}],
        "children": [{"id": "tiril", "birth_date": "2008-12-09", "hjelpestonad_decided_sats": "sats_3"}]})
    result = next(r for r in assemble(family, date(2026, 11, 20), "nb").benefits if r.benefit == "omsorgsopptjening")
    assert result.status == "entitled" and result.amount.value == 109484
    assert result.reason.code == "automatic_income_above_credit"
    assert "omsorgsopptjeningen gir deg ikke noe ekstra" in result.reason.text
