"""A family that declines an individual plan is told it chose so, and keeps the right (review s21 caseworker L2).

Pbrl § 2-5: whoever needs long-term and coordinated services has the right to an individual plan; the plan is made
only if the person (for a child, the parents) consents: «Det skal ikke utarbeides individuell plan uten at pasienten har
samtykket til dette» (Helsedirektoratet's rundskriv to pbrl § 2-5; review s21 M9). Declining is a choice, not a
refusal: the family can ask for the plan later. The reason is also given while the need is still open (Kleene
AND: «no» to the wish refuses whatever the need), so it says the right follows the need.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

ON = date(2025, 3, 15)
DECLINED = {
    "nb": "Dere har sagt at dere ikke ønsker individuell plan nå. Det er ikke et avslag: trenger barnet langvarige og "
          "koordinerte tjenester, har dere rett til planen og til en koordinator, og planen kan dere be om senere.",
    "en": "You have said you do not want an individual plan now. This is not a refusal: if the child needs long-term "
          "and coordinated services, you have the right to the plan and to a coordinator, and you can ask for the plan later.",
}


def _plan(child: dict, language: str):
    family = Family.model_validate({
        "caregivers": [{"id": "far", "birth_date": "1988-04-02", "employment": "self_employed"}],
        "children": [{"id": "aksel", "birth_date": "2020-11-05", "has_illness_or_extra_needs": "yes", **child}]})
    return next(r for r in assemble(family, ON, language).benefits if r.benefit == "individuell_plan")


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("need", ["yes", None])
def test_a_declined_plan_is_said_as_the_familys_choice(language, need):
    plan = _plan({"needs_long_term_coordinated_health_services": need, "wants_individual_plan": "no"}, language)
    assert (plan.reason.code, plan.reason.text) == ("plan_not_wanted", DECLINED[language])
