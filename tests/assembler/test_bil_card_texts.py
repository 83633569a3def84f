"""The bil card says the same in both languages, and its kroner as every amount is written (review s15, finding 11).

Bilstønadsforskriften and nav.no (variables/folketrygd/bil/README.md): a specially adapted van (group 2) for a child
who depends on a lift or ramp, or who is under 18 with severely limited walking; NAV means-tests the first
150 000 kroner of the price. ella (toddler-cerebral-palsy-barnehage) has no need of a lift or ramp and comes in
by the walking rule: a name saying «with lift or ramp» would contradict her case.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family

ON = date(2024, 9, 1)


def _bil(language: str):
    answer = assemble(example_family("toddler-cerebral-palsy-barnehage"), ON, language=language)
    return next(result for result in answer.benefits if result.benefit == "bil")


def test_the_english_name_says_what_the_bokmal_name_says():
    assert _bil("nb").name == "Stønad til bil (spesialtilpasset kassebil)"
    assert _bil("en").name == "Car benefit (specially adapted van)"


@pytest.mark.parametrize(("language", "words"), [("nb", "de første 150 000 kronene"), ("en", "the first 150 000 kroner")])
def test_the_means_tested_part_has_a_space_between_thousands(language, words):
    bil = _bil(language)
    assert words in bil.amount_meaning and words in bil.reason.text
    assert "150000" not in bil.amount_meaning + bil.reason.text
