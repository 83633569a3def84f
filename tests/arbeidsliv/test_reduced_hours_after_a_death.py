"""Reduced hours after the only child's death: the child no longer gives the right, the parent's own grounds may.

Aml § 10-2 fjerde ledd gives a worker who «av helsemessige, sosiale eller andre vektige velferdsgrunner har behov for
det» the right to reduced hours, without substantial inconvenience to the business. The model reads the care of a child
with a lasting illness (ADR 0034: from the month after the death, no more). After a child's death the parent's own
grounds are typical, but the model asks nothing of them: the card says they may give the right, and claims nothing
(review s24 caseworker L2). Emil, the single father's only child, dies on 15 October 2026; asked 1 November 2026.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family

OWN_GROUNDS = {
    "nb": ("Arbeidsmiljøloven § 10-2 fjerde ledd gjelder også dine egne helsemessige, sosiale eller andre vektige "
           "velferdsgrunner. Om de gir deg rett nå, har vi ikke vurdert"),
    "en": ("The Working Environment Act § 10-2 fourth paragraph also covers your own health, social or other weighty "
           "welfare reasons. Whether they give you the right now we have not assessed"),
}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_refusal_after_the_death_names_the_parents_own_grounds_without_claiming_them(language):
    data = example_family("school-child-autism-single-parent").model_dump(mode="json", exclude_none=True)
    data["children"][0]["date_of_death"] = "2026-10-15"
    answer = assemble(Family.model_validate(data), date(2026, 11, 1), language)
    reduced = [r for r in answer.benefits if r.benefit == "redusert_arbeidstid"]
    assert reduced and all((r.status, r.reason.code) == ("not_entitled", "child_died") for r in reduced)
    assert all(OWN_GROUNDS[language] in r.reason.text for r in reduced)
