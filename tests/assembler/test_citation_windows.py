"""A citation says which wording it is (review s21 M1, ADR 0040): a provision whose wording the model dates says
its window, and every answer says once that its citations are to the text in force on its date, since a Lovdata
link opens today's text.

Opplæringslova 2023 (lov 2023-06-09-30) replaced opplæringslova 1998 on 1 August 2024 (Lørenskog kommune and KS,
/work/notes/currency.md § 7; rules/provisions.py): a 2023 section is «i kraft fra 1. august 2024», a 1998 one «i kraft
til og med 31. juli 2024», the day before. Skoleskyss cites 1998 § 7-3 until then and the 2023 law's chapters after.
Arbeidsmiljøloven § 12-9 (leave when a child is ill) has no window in the model: it says none.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.citations import legal_reference
from openfisca_asb.facts.examples import example_family
from openfisca_asb.rules.provisions import pbrl

FAMILY = "school-child-autism-single-parent"


def _answer(on: date, language: str):
    return assemble(example_family(FAMILY), on, language=language)


def _first_reference(answer, benefit: str):
    result = next(r for r in answer.benefits if r.benefit == benefit)
    return result.conditions[0].reference


def test_a_2023_section_says_it_is_in_force_from_1_august_2024():
    skyss = _first_reference(_answer(date(2024, 9, 1), "en"), "skoleskyss")
    assert (skyss.in_force_from, skyss.in_force_to) == ("2024-08-01", None)
    assert skyss.in_force_text == "in force from 1 August 2024"
    assert skyss.citation.startswith("Opplæringslova kapittel 4 (grunnskole) og kapittel 9 (videregående)")
    # Then what of it was not verified (ADR 0043), in the answer's language.
    assert skyss.text() == (f"{skyss.citation}, in force from 1 August 2024 – the section is not verified: "
                            "https://lovdata.no/lov/2023-06-09-30")


def test_a_1998_section_says_it_is_in_force_until_31_july_2024():
    skyss = _first_reference(_answer(date(2022, 9, 1), "nb"), "skoleskyss")
    assert (skyss.citation, skyss.in_force_from, skyss.in_force_to) == ("Opplæringslova (1998) § 7-3", None, "2024-07-31")
    assert skyss.in_force_text == "i kraft til og med 31. juli 2024"


def test_a_provision_without_a_window_says_none():
    leave = _first_reference(_answer(date(2024, 9, 1), "nb"), "permisjon_barns_sykdom")
    assert leave.model_dump() == {"citation": "Arbeidsmiljøloven § 1-8 første ledd", "url": "https://lovdata.no/lov/2005-06-17-62/§1-8"}


def test_a_window_with_both_ends_names_both_days():
    # pbrl § 2-5 b from 1 August 2022 (Helsedirektoratet's rundskriv); an end day is given here only to see it said.
    provision = pbrl("2-5 b", in_force_from=date(2022, 8, 1), in_force_to=date(2025, 12, 31))
    assert legal_reference(provision, "nb").in_force_text == "i kraft 1. august 2022 – 31. desember 2025"
    assert legal_reference(provision, "en").in_force_text == "in force 1 August 2022 – 31 December 2025"


def test_the_answer_says_once_which_text_its_citations_are_to():
    assert _answer(date(2024, 9, 1), "nb").citations_note == (
        "Lovhenvisningene gjelder teksten i kraft 1. september 2024. Lenkene åpner dagens versjon, som kan avvike.")
    assert _answer(date(2018, 6, 1), "en").citations_note == (
        "The legal references are to the text in force on 1 June 2018. The links open today's version, which may differ.")
