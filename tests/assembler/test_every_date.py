"""Every example family gets an answer on every date the model answers for: never an error.

Dates: the model's first and last day, each rule date in the catalogue's history
(G on 1 May, rates on 1 January and 1 July 2023, barnekoordinator 1 August 2022,
opplæringslova 1 August 2024), and the day before each.
"""

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names
from rule_dates import DATES


@pytest.mark.parametrize("on", DATES, ids=str)
def test_all_examples_answer(on):
    families = [example_family(name) for name in example_names()]
    answers = assemble_many(families, on)
    assert all(answer.benefits for answer in answers)
    assert {a.legal_date for a in answers} == {on.isoformat()}
