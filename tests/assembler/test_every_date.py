"""Every example family gets an answer on every date the model answers for: never an error.

Dates: the model's first and last day, each rule date in the catalogue's history
(G on 1 May, rates on 1 January and 1 July 2023, barnekoordinator 1 August 2022,
opplæringslova 1 August 2024), and the day before each.
"""

from datetime import date, timedelta

import pytest

from openfisca_asb.assembler import assemble_many
from openfisca_asb.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.example_families import example_family, example_names

RULE_DATES = [date(2018, 5, 1), date(2019, 7, 1), date(2020, 5, 1), date(2022, 8, 1), date(2023, 1, 1),
              date(2023, 7, 1), date(2024, 8, 1), date(2026, 5, 1)]
DATES = sorted({FIRST_DATE, LAST_DATE, *RULE_DATES, *(d - timedelta(days=1) for d in RULE_DATES)})


@pytest.mark.parametrize("on", DATES, ids=str)
def test_all_examples_answer(on):
    families = [example_family(name) for name in example_names()]
    answers = assemble_many(families, on)
    assert all(answer.benefits for answer in answers)
    assert {a.legal_date for a in answers} == {on.isoformat()}
