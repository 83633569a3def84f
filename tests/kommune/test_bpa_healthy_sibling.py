"""A healthy sibling is refused BPA on the need, not on its hours (review s23 caseworker L3; ADR 0031).

Pbrl § 2-1 d første ledd: BPA is for «personer … med langvarig og stort behov for personlig assistanse». Family F's Emma
(6, `has_illness_or_extra_needs: no`) was told «Med under 25 timer per uke er det ingen rett …»: the family's «no»
answers no to needing help from others in daily life and sets the hours to 0 (the gates, ADR 0014), and every other
right refuses her on her need. The family file gives only the gate; the answer fills in the rest.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

FAMILY = Family.model_validate({
    "kommunenummer": "3301",
    "caregivers": [{"id": "mor", "birth_date": "1986-11-09"}],
    "children": [{"id": "emma", "birth_date": "2019-03-14", "has_illness_or_extra_needs": "no"}],
})


@pytest.mark.parametrize("language, words", [
    ("nb", "Dere har svart at barnet ikke har sykdom, skade eller funksjonsnedsettelse"),
    ("en", "You have said that the child has no illness, injury or disability"),
])
def test_the_healthy_siblings_bpa_is_refused_on_the_need(language, words):
    bpa = next(r for r in assemble(FAMILY, date(2025, 5, 1), language).benefits if r.benefit == "bpa")
    assert (bpa.status, bpa.reason.code) == ("not_entitled", "no_assistance_need")
    assert bpa.reason.text.startswith(words)
