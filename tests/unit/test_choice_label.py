"""A choice's label in the family's language, read from «Bokmål (English)» as the page reads it (review s15b, finding 9)."""

import pytest

from openfisca_asb.facts.description import choice_label


@pytest.mark.parametrize(("label", "nb", "en"), [
    ("Cøliaki (coeliac disease)", "Cøliaki", "Coeliac disease"),
    ("Ingen diagnose med fast sats (no diagnosis with a fixed rate)", "Ingen diagnose med fast sats", "No diagnosis with a fixed rate"),
    # numbers too: the sats NAV granted (ftrl § 6-5 andre ledd: 2, 4 or 6 times the ordinary rate) reads in English
    # in English (review s21 page L4: «Sats 2 (2 × ordinær)» stood in both)
    ("Sats 2: to ganger ordinær sats (sats 2: twice the ordinary rate)", "Sats 2: to ganger ordinær sats",
     "Sats 2: twice the ordinary rate"),
    ("Sats 1: ordinær sats (sats 1: the ordinary rate)", "Sats 1: ordinær sats", "Sats 1: the ordinary rate"),
    ("Uten parentes", "Uten parentes", "Uten parentes"),
])
def test_choice_label(label, nb, en):
    assert (choice_label(label, "nb"), choice_label(label, "en")) == (nb, en)


def test_every_choice_of_the_vocabulary_reads_apart_in_each_language():
    # Review s21 page L4: no choice a family is offered shows its bokmål label on the English page, nor the English gloss
    # on the bokmål one.
    from openfisca_asb.facts.description import allowed_values, fact_kind
    from openfisca_asb.facts.vocabulary import vocabulary
    from openfisca_asb.system import baseline_system

    system = baseline_system()
    labels = [item["label"] for fact in vocabulary() if fact_kind(system.variables[fact]) == "choice"
              for item in allowed_values(system.variables[fact])]
    assert [label for label in labels if choice_label(label, "nb") == choice_label(label, "en")] == []
