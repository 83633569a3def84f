"""Toppfinansiering's age condition says the rule, not the birth year of one grant year (review s24 law L2).

Helsedirektoratet: «Personer over 67 år er ikke omfattet av ordningen»; for 2024 «Refusjoner kan bare søkes for utgifter
knyttet til personer født i 1956 eller senere» (Sticos on IS-4/2024), the people who turn at most 67 in 2023, the cost
year of the 2024 grant. An answer for 2025, 2026 or 2027 said «for 2024 … født i 1956», a year it does not describe.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family


def _age_condition(on: date, language: str):
    answer = assemble(example_family("cerebral-palsy-large-assistance-need"), on, language=language)
    right = next(r for r in answer.payer_view if r.benefit == "toppfinansiering")  # the state's grant to the kommune
    return next(c for c in right.conditions if c.variable == "toppfinansiering_condition_age")


@pytest.mark.parametrize(("language", "text"), [
    ("nb", "Mottakeren er ikke over 67 år i kostnadsåret, året før tilskuddsåret."),
    ("en", "The recipient is not over 67 in the cost year, the year before the grant year."),
])
@pytest.mark.parametrize("on", [date(2024, 9, 1), date(2026, 11, 30)])
def test_the_age_condition_says_the_rule_on_every_date(on, language, text):
    condition = _age_condition(on, language)
    assert condition.text == text and "1956" not in condition.text and "2024" not in condition.text
