"""Who pays which omsorgspenger days, on the card and in the total (review s21 caseworker M5).

Ftrl § 9-8: the employer pays an employee's omsorgspenger; it is refunded by NAV for the days beyond 10 in a calendar
year (third ledd), and for every day when the employee only has the care of chronically ill or disabled children over
12 (fourth ledd). Ftrl § 9-9, as Prop. 7 L (2022–2023) chapter 5.1.1 states it: the self-employed and frilansere
have no employer and bear the first ten days themselves (ventetid); NAV pays the days beyond them.
Days by § 9-6: 10 a year, 20 alone with the care, plus 10 for a chronically ill child accepted by NAV (20 alone).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ILL = {"has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
       "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}


def _single_father(employment: str) -> Family:
    """Aksel, 4, chronically ill (accepted by NAV); his father is alone with him: 10 + 10 + 20 = 40 days."""
    return Family.model_validate({
        "caregivers": [{"id": "far", "birth_date": "1986-07-01", "employment": employment, "has_worked_four_weeks": "yes",
                        "yearly_income": 420000, "is_single": "yes", "has_sole_care": "yes", "barnetrygd_receipt": "full"}],
        "children": [{"id": "aksel", "birth_date": "2021-02-03", "sole_caregiver": "far", **ILL,
                      "omsorgspenger_chronic_illness_accepted": "yes", "school_grade": 0}],
    })


def _answer(family, language="nb", on=date(2025, 3, 15)):
    return assemble(family, on, language=language)


def _card(answer, person):
    return next(r for r in answer.benefits if (r.benefit, r.person) == ("omsorgspenger", person))


def _extents(answer, person):
    """(payer, min, max) of the person's omsorgspenger days in the total."""
    return [(payer.payer, extent.min, extent.max) for payer in answer.family_total.by_payer for extent in payer.extents
            if (extent.benefit, extent.person) == ("omsorgspenger", person)]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_self_employed_single_father_bears_ten_of_his_40_days_and_nav_pays_30(language):
    # 40 days (10 + 10 alone + 20 for a chronically ill child alone, § 9-6); § 9-9: days 1–10 his own, 11–40 NAV's.
    answer = _answer(_single_father("self_employed"), language)
    card = _card(answer, "far")
    assert (card.status, card.amount.value) == ("entitled", 40)
    assert [(part.payer, part.min, part.max) for part in card.days_by_payer] == [("own_risk", 10, 10), ("nav", 30, 30)]
    assert "9-9" in card.days_by_payer[0].text and ("ikke betalt" in card.days_by_payer[0].text or "unpaid" in card.days_by_payer[0].text)
    assert _extents(answer, "far") == [("nav", 30, 30), ("own_risk", 10, 10)]


def test_an_employed_single_father_has_ten_days_from_the_employer_and_30_from_nav():
    # The same 40 days for an employee: § 9-8 third ledd, the employer bears the first 10, NAV refunds days 11–40.
    answer = _answer(_single_father("employee"))
    assert [(p.payer, p.min, p.max) for p in _card(answer, "far").days_by_payer] == [("arbeidsliv", 10, 10), ("nav", 30, 30)]
    assert _extents(answer, "far") == [("nav", 30, 30), ("arbeidsliv", 10, 10)]


def test_an_open_range_leaves_the_employers_first_ten_days_and_the_rest_to_nav():
    # Sander, 6, in a two-parent family; NAV's acceptance of his illness is not known: 10 days certain (§ 9-6 first
    # ledd), up to 40 if the unknown facts go the family's way. The employer bears the first 10 whatever the answer
    # (§ 9-8 third ledd); every day beyond them is NAV's: 0 to 30.
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1988-04-02", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 210000, "barnetrygd_receipt": "full"},
                       {"id": "far", "birth_date": "1986-01-15", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 560000}],
        "children": [{"id": "sander", "birth_date": "2019-03-12", **ILL, "school_grade": 1}],
    })
    answer = _answer(family, on=date(2025, 10, 15))
    card = _card(answer, "mor")
    assert (card.status, card.range.min, card.range.max) == ("missing_information", 10, 40)
    assert [(p.payer, p.min, p.max) for p in card.days_by_payer] == [("arbeidsliv", 10, 10), ("nav", 0, 30)]
    assert _extents(answer, "mor") == [("nav", 0, 30), ("arbeidsliv", 10, 10)]


def test_a_chronically_ill_child_over_12_is_refunded_by_nav_from_the_first_day():
    # Tiril, 17, chronically ill (accepted), the only child: § 9-8 fourth ledd, NAV refunds every day to the employer.
    family = Family.model_validate({
        "caregivers": [{"id": "mor", "birth_date": "1979-03-11", "employment": "employee", "has_worked_four_weeks": "yes",
                        "yearly_income": 610000, "barnetrygd_receipt": "full"}],
        "children": [{"id": "tiril", "birth_date": "2008-12-09", **ILL, "omsorgspenger_chronic_illness_accepted": "yes",
                      "school_grade": 12}],
    })
    answer = _answer(family, on=date(2026, 11, 20))
    card = _card(answer, "mor")
    shown = (card.amount.value, card.amount.value) if card.amount else (card.range.min, card.range.max)
    assert [(p.payer, p.min, p.max) for p in card.days_by_payer] == [("nav", *shown)]
    assert "9-8" in card.days_by_payer[0].text
    assert all(payer == "nav" for payer, _, _ in _extents(answer, "mor"))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_who_decides_says_who_decides_not_who_pays(language):
    # Review s21 page M2: «Hvem avgjør» said «Arbeidsgiveren betaler … og får refusjon fra NAV fra dag 11» on every
    # card, while `days_by_payer` says NAV refunds all 20 days of a parent whose only chronically ill child is over 12
    # (§ 9-8 fourth ledd). Who pays is the computed split alone; what NAV decides (the extended right and being
    # temporarily alone, § 9-6; a frilanser's or self-employed parent's claim, § 9-9) is what «Hvem avgjør» says.
    card = _card(_answer(_single_father("employee"), language), "far")
    words = {"nb": ("betaler", "refusjon", "dag 11", "NAV avgjør"), "en": ("pays", "refunded", "day 11", "NAV decides")}[language]
    assert not any(word in card.agency for word in words[:3]), card.agency
    assert card.agency.startswith(words[3])
