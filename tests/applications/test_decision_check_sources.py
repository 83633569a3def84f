"""A decision check cites as the answer does (review s21 M1, M2, ADR 0040): each condition every source in force on
the date, the provisions and the draft complaint every one of them, each window in the draft's own language, and the
check says once which text its citations are to.

Emil (school-child-autism-single-parent) on 1 September 2024: skoleskyss cites opplæringslova 2023 by chapter, in
force from 1 August 2024 (rules/provisions.py); the home adaptation grant's means test cites forskrift 23. februar
2011 nr. 191 § 2 første ledd andre punktum and Veiviseren's page (variables/kommune/tilpasning_bolig/conditions.py).
"""

from datetime import date

from openfisca_asb.answer.decision_check import Decision, check_decision
from openfisca_asb.facts.examples import example_family

ON = date(2024, 9, 1)
VEIVISEREN = ("https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/"
              "forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer")


def _check(benefit: str, person: str | None, language: str = "nb"):
    return check_decision(example_family("school-child-autism-single-parent"), ON, Decision(benefit, "refused", person=person), language)


def test_a_condition_with_two_sources_gives_both_and_the_provisions_list_both():
    check = _check("tilpasning_bolig", None)
    means = next(c for c in check.conditions if c.variable == "tilpasning_bolig_condition_means_test")
    assert [r.url for r in means.references] == ["https://lovdata.no/forskrift/2011-02-23-191/§2", VEIVISEREN]
    assert VEIVISEREN in [p.url for p in check.provisions]


def test_the_draft_says_the_window_in_its_own_language():
    check = _check("skoleskyss", "emil", "en")
    assert check.conditions[0].reference.in_force_text == "in force from 1 August 2024"
    assert "i kraft fra 1. august 2024" in check.draft_complaint.nb and "in force from" not in check.draft_complaint.nb
    assert "in force from 1 August 2024" in check.draft_complaint.en and "i kraft fra" not in check.draft_complaint.en
    assert check.citations_note.startswith("The legal references are to the text in force on 1 September 2024.")
