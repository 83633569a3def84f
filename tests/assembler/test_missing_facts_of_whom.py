"""A right names the facts of the person they concern (issue 17 item 1: every "missing information" names
the questions that settle it, and an answer of "don't know" closes only what it concerns).

The father is a frilanser: his omsorgspenger, pleiepenger and opplæringspenger turn on his own income basis
(ftrl § 9-3 second ledd: at least ½ G where NAV pays directly), never the mother's; omsorgsopptjening for
care work turns on the hours each caregiver gives (ftrl § 20-8 first ledd letter b: at least 22 hours a
week). Until 0.8.0 income and care hours had no probe values, so the answer could not tell whose they were
and named both parents', and the mother's "don't know" to her income closed the father's rights too.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

FAMILY = Family.model_validate({
    "caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee"},
                   {"id": "far", "birth_date": "1988-09-17", "employment": "frilanser"}],
    "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}],
})


@pytest.mark.parametrize("benefit, fact", [("omsorgspenger", "yearly_income"), ("pleiepenger", "yearly_income"),
                                           ("opplaeringspenger", "yearly_income"), ("omsorgsopptjening", "care_hours_per_week")])
def test_the_fathers_right_names_his_own_figure_not_the_mothers(benefit, fact):
    answer = assemble(FAMILY, date(2024, 9, 1), "en")
    result = next(r for r in answer.benefits if r.benefit == benefit and r.person == "far")
    named = {(m.fact, m.person) for m in result.missing_facts}
    assert result.status == "missing_information"
    assert (fact, "mor") not in named and (fact, "far") in named, named
