"""Omsorgsopptjening without a claim needs six months of barnetrygd in the year (review s23 caseworker H4).

NAV's decision service (navikt/omsorgsopptjening-bestem-pensjonsopptjening @ fa346e23, AntallMånederRegel.kt):
`FødtUtenforOmsorgsår` needs 6 months, and for the child with forhøyet hjelpestønad it counts the months with
barnetrygd and hjelpestønad both. Barnetrygd runs «til og med kalendermåneden før barnet fyller 18 år» (Ot.prp. nr. 60
(1999–2000)) and through the month of a death (navikt/familie-ba-sak @ abaca590). Family C's Mathias, sats 3, turns 18
on 10 May 2025: barnetrygd January–April, 4 months. The mother was told «Du har rett», no application needed; with
35 hours of care a week (§ 20-8 første ledd bokstav b: at least 22) the credit is hers on a claim: to be assessed,
0 to 18.1 % × 4.5 × 128 116 = 104 350 kr (2025). The plan's «uten søknad» holds only with the months.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.facts.family import Family

MATHIAS = {"id": "mathias", "birth_date": "2007-05-10", "hjelpestonad_decided_sats": "sats_3",
           "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
           "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes",
           "stay_at_home_helped_by_allowance": "yes"}
JUNE_2025 = date(2025, 6, 1)


def _family_c(birth_date: str = MATHIAS["birth_date"]) -> Family:
    return Family.model_validate({
        "kommunenummer": "1804",
        "caregivers": [{"id": "mor", "birth_date": "1975-08-30", "barnetrygd_receipt": "full", "care_hours_per_week": 35}],
        "children": [{**MATHIAS, "birth_date": birth_date}],
    })


def _credit(answer, person="mor"):
    return next(r for r in answer.benefits if r.benefit == "omsorgsopptjening" and r.person == person)


@pytest.mark.parametrize("language, words", [
    ("nb", "med måneden før barnet fyller 18 år"),
    ("en", "with the month before the child turns 18"),
])
def test_the_year_of_the_18th_birthday_in_may_is_a_claim_and_says_why(language, words):
    credit = _credit(assemble(_family_c(), JUNE_2025, language))
    assert (credit.status, credit.reason.code) == ("to_be_assessed", "automatic_needs_six_months")
    assert (credit.range.min, credit.range.max) == (0, 104350)
    assert words in credit.reason.text


def test_the_plan_says_no_application_only_where_the_months_are_met():
    right = next(right for packet in application_packets(_family_c(), JUNE_2025, "nb").packets for right in packet.rights
                 if right.benefit == "omsorgsopptjening")
    assert right.status == "to_be_assessed"
    # The old text said «… gir NAV opptjeningen uten søknad.» with no condition on the months.
    assert "uten søknad når det er barnetrygd for barnet i minst 6 av årets måneder" in right.channel.text
    assert "barnet fyller 18 år eller dør tidlig i året" in right.channel.text


def test_a_birthday_in_july_leaves_six_months_and_the_credit_without_a_claim():
    # Born 10 July 2007: barnetrygd January–June 2025, 6 months ≥ 6.
    credit = _credit(assemble(_family_c("2007-07-10"), JUNE_2025, "nb"))
    assert (credit.status, credit.reason.code, credit.amount.value) == ("entitled", "automatic_forhoyet_hjelpestonad", 104350)


def test_after_a_death_in_april_both_parents_are_asked_their_care_hours():
    # Nora died on 20 April 2025: barnetrygd January–April, 4 months. Neither parent gave care hours: the claim route
    # is open for each, and the hours are what decides it.
    family = Family.model_validate({
        "kommunenummer": "3301",
        "caregivers": [{"id": "mor", "birth_date": "1986-11-09", "barnetrygd_receipt": "full"},
                       {"id": "far", "birth_date": "1984-02-25", "barnetrygd_receipt": "none"}],
        "children": [{"id": "nora", "birth_date": "2015-10-02", "date_of_death": "2025-04-20",
                      "hjelpestonad_decided_sats": "sats_3", "has_illness_or_extra_needs": "yes"},
                     {"id": "emma", "birth_date": "2019-03-14", "has_illness_or_extra_needs": "no"}],
    })
    answer = assemble(family, date(2025, 8, 1), "nb")
    for parent in ("mor", "far"):
        credit = _credit(answer, parent)
        assert (credit.status, credit.reason.code) == ("missing_information", "automatic_needs_six_months")
        assert [(m.fact, m.person) for m in credit.missing_facts] == [("care_hours_per_week", parent)]
