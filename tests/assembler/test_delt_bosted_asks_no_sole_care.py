"""A family that said every child has delt bosted is not asked whether a parent is alone with the care (review s22
page M1).

Barneloven § 36 delt bosted: «vil ingen av dere bli regnet som alene om omsorgen» (NAV, navikt/omsorgsdager-
aleneomsorg-dialog, IntroPage.tsx), and ftrl § 9-6's extra days for being alone (aleneomsorg, or midlertidig alene)
count no delt bosted child (variables/folketrygd/omsorgspenger/quota.py). So «Har du aleneomsorg?», «Er du midlertidig
alene?» and, for the care days, «Er du enslig?» can change nothing there; barnetilsyn asks «Er du enslig?» for itself.
The review's walk reached them once NAV's acceptance of the chronic illness was answered «Vet ikke».
"""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family

ON = date(2025, 9, 1)
WORKING = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 400000}
DONT_KNOW = frozenset({("omsorgspenger_chronic_illness_accepted", "sara")})
ALONE = {"has_sole_care", "omsorgspenger_temporarily_alone"}


def _asked(caregivers: int, delt_bosted: bool) -> dict:
    sara = {"id": "sara", "birth_date": "2014-05-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
            **({"has_delt_bosted": "yes"} if delt_bosted else {})}
    parents = [{"id": "mor", "birth_date": "1984-01-01", **WORKING}, {"id": "far", "birth_date": "1982-01-01", **WORKING}]
    family = Family.model_validate({"kommunenummer": "0301", "children": [sara], "caregivers": parents[:caregivers]})
    return {q.key: q.settles for q in run_interview(family, ON, "nb", unknown=DONT_KNOW, depth="all").questions}


def test_parents_with_delt_bosted_are_asked_whether_single_for_barnetilsyn_only():
    # Not about being alone: with delt bosted no answer to it changes the care days or barnetilsyn. Whether each is
    # single (§ 15-4) still decides barnetilsyn, which NAV assesses for a parent of a child with delt bosted by who
    # has «klart mer av den daglige omsorgen» (review s22 law L5).
    asked = _asked(2, delt_bosted=True)
    assert not {key for key in asked if key[0] in ALONE}, asked
    assert {key: settles for key, settles in asked.items() if key[0] == "is_single"} == {
        ("is_single", "mor"): ["barnetilsyn"], ("is_single", "far"): ["barnetilsyn"]}


def test_a_single_parent_with_delt_bosted_is_asked_only_whether_single_for_barnetilsyn():
    # § 15-4 reads being single for barnetilsyn itself; the care days read it only for midlertidig alene.
    asked = _asked(1, delt_bosted=True)
    assert not {key for key in asked if key[0] in ALONE}, asked
    assert asked[("is_single", "mor")] == ["barnetilsyn"]


def test_without_delt_bosted_the_only_parent_is_still_asked_about_sole_care():
    # The control: the same family without delt bosted, where sole care gives 10 extra days (§ 9-6 andre ledd).
    asked = _asked(1, delt_bosted=False)
    assert "omsorgspenger" in asked[("has_sole_care", "mor")]
