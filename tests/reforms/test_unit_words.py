"""A parameter's value is written with its unit in words, in the language asked (review s16d drafter F5: «10 percent»,
«20 hour» and «-1 054.00» in a bokmål report)."""

import pytest

from openfisca_asb.drafting.overrides import value_with_unit


@pytest.mark.parametrize("value, unit, nb, en", [
    (15161, "currency-NOK", "15 161 kr", "15 161 kr"),
    (20, "percent", "20 %", "20 %"),
    (12, "hour", "12 timer", "12 hours"),
    (1, "hour", "1 time", "1 hour"),
    (3, "month", "3 måneder", "3 months"),
    (0.64, "/1", "0,64", "0.64"),
    (6, "G", "6 G", "6 G"),
    (4, "trinn", "4. trinn", "grade 4"),
    (None, "hour", "–", "–"),
])
def test_a_value_is_written_with_its_unit_in_words(value, unit, nb, en):
    assert (value_with_unit(value, unit, "nb"), value_with_unit(value, unit, "en")) == (nb, en)
