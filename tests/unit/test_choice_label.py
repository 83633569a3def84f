"""A choice's label in the family's language, read from «Bokmål (English)» as the page reads it (review s15b, finding 9)."""

import pytest

from openfisca_asb.facts.description import choice_label


@pytest.mark.parametrize(("label", "nb", "en"), [
    ("Cøliaki (coeliac disease)", "Cøliaki", "Coeliac disease"),
    ("Ingen diagnose med fast sats (no diagnosis with a fixed rate)", "Ingen diagnose med fast sats", "No diagnosis with a fixed rate"),
    # a parenthesis with a multiple is part of the name in both languages (api/static/js/format.js choiceLabel)
    ("Sats 2 (2 × ordinær)", "Sats 2 (2 × ordinær)", "Sats 2 (2 × ordinær)"),
    # a name with a number keeps its English gloss in English, as the page shows it
    ("Sats 1, ordinær (ordinary)", "Sats 1, ordinær", "Sats 1, ordinær (ordinary)"),
    ("Uten parentes", "Uten parentes", "Uten parentes"),
])
def test_choice_label(label, nb, en):
    assert (choice_label(label, "nb"), choice_label(label, "en")) == (nb, en)
