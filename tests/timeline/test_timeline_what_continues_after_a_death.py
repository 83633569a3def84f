"""After a child's death the timeline says what continues and until when, not only what ends (review of 0.22.0,
caseworker; ADR 0034 addendum 0.24.0). Only what the model already answers, each with its provision:

- a folketrygd benefit given per month stops at the end of the month the right falls away (ftrl § 22-12 sjette ledd):
  Jonas dies on 15 October 2024, so hjelpestønad and grunnstønad run through 31 October 2024;
- pleiepenger go on six weeks, or three months after three years of full pleiepenger (ftrl § 9-10 fjerde ledd; NAV's
  RettVedDød RETT_12_UKER (3, MONTHS), pleiepenger-barn-uttak): 15 October 2024 + 3 months = 15 January 2025;
- forhøyet hjelpestønad at the same sats for three months after the month of the death where the parents had it for
  three years (ftrl § 6-5 fjerde ledd): November, December, January, so through 31 January 2025;
- the year's days and credit (ftrl § 9-5, § 20-8, aml § 12-9) count the year of the death, 2024, not the years after;
  with no child left, the days are for absence before the death (ADR 0034 addendum s24 L1).
"""

from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family

DIED = date(2024, 10, 15)
CODE = "after_death_continues"


def _family(example="cerebral-palsy-large-assistance-need") -> Family:
    data = example_family(example).model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": DIED.isoformat(), "forhoyet_hjelpestonad_received_three_years": "yes"}
    return Family.model_validate(data)


def _notes(family, start, language):
    return [note for note in timeline(family, start, years=1, language=language).notes if note.code == CODE]


# The note cites each provision in its own language, as the answer's sentences do (answer/provision_words.py): in
# bokmål the law by its name inside a sentence («folketrygdloven», «arbeidsmiljøloven»), the ledd as the law numbers it;
# in English the names the answer's English texts give («National Insurance Act», «Working Environment Act»), the ledd
# as a paragraph. The rights are named inside the sentence, their holders after «for» (not a second pair of brackets
# after the name's own); the child by the name the family gave (its id, as every answer text names a person).
def test_the_only_childs_death_says_what_continues_in_english():
    [note] = _notes(_family(), date(2024, 9, 1), "en")
    assert note.date == "2024-10-15"
    assert note.text == (
        "After jonas died on 15 October 2024, this continues where the family has the right: "
        "assistance allowance (hjelpestønad) and basic benefit (grunnstønad) to the end of the month of the death, "
        "through 31 October 2024 (National Insurance Act § 22-12 sixth paragraph); "
        "care benefit for a sick child (pleiepenger) for mor and far through 15 January 2025 at the most: six weeks, or "
        "three months for someone who has had full pleiepenger for at least three years (National Insurance Act § 9-10 "
        "fourth paragraph); "
        "increased assistance allowance (forhøyet hjelpestønad) at the same rate through 31 January 2025, for parents who "
        "had it for at least three years (National Insurance Act § 6-5 fourth paragraph); "
        "care allowance days (omsorgspenger, sick-child days) for mor and far, pension credit for care work "
        "(omsorgsopptjening) for mor and far and leave when a child is ill for mor apply for 2024, the year of the death, "
        "not for the years after (National Insurance Act § 9-5, National Insurance Act § 20-8 first paragraph, Working "
        "Environment Act § 12-9); the days can be used only for absence before the death.")


def test_and_in_bokmal():
    [note] = _notes(_family(), date(2024, 9, 1), "nb")
    assert note.text == (
        "Etter at jonas døde 15. oktober 2024, fortsetter dette der familien har retten: "
        "hjelpestønad og grunnstønad ut dødsmåneden, til og med 31. oktober 2024 (folketrygdloven § 22-12 sjette ledd); "
        "pleiepenger for sykt barn for mor og far høyst til og med 15. januar 2025: seks uker, eller tre måneder for den "
        "som har hatt fulle pleiepenger i minst tre år (folketrygdloven § 9-10 fjerde ledd); "
        "forhøyet hjelpestønad med samme sats til og med 31. januar 2025, for foreldre som har hatt den i minst tre år "
        "(folketrygdloven § 6-5 fjerde ledd); "
        "omsorgspenger (sykt barn-dager) for mor og far, omsorgsopptjening (pensjonsopptjening for omsorgsarbeid) for mor "
        "og far og permisjon ved barns sykdom for mor gjelder for 2024, året barnet døde, ikke for årene etter "
        "(folketrygdloven § 9-5, folketrygdloven § 20-8 første ledd, arbeidsmiljøloven § 12-9); dagene kan bare brukes "
        "for fravær før dødsfallet.")


@pytest.mark.parametrize(("language", "other_language"), [("nb", ("National Insurance Act", "paragraph", "Folketrygdloven",
                                                                   "Arbeidsmiljøloven")),
                                                          ("en", ("folketrygdloven", "Folketrygdloven", "arbeidsmiljøloven",
                                                                  "Arbeidsmiljøloven", " ledd"))])
def test_no_citation_in_the_other_language_nor_doubled_brackets(language, other_language):
    [note] = _notes(_family(), date(2024, 9, 1), language)
    assert not any(words in note.text for words in other_language), note.text
    assert ") (" not in note.text, note.text


def test_asked_after_the_month_of_the_death_only_what_still_runs_is_said():
    # From 1 November 2024 the month of the death is past: hjelpestønad and grunnstønad are not said to continue.
    [note] = _notes(_family(), date(2024, 11, 1), "en")
    assert "§ 22-12" not in note.text and "assistance allowance (hjelpestønad)" not in note.text
    assert "through 15 January 2025 at the most" in note.text and "through 31 January 2025" in note.text


def test_with_a_child_alive_the_days_are_not_said_to_be_for_before_the_death_only():
    # child-diabetes: Nora dies, Olav (born 1 October 2012) lives and is counted through 2024, the year he turns 12
    # (ftrl § 9-5 tredje ledd): the days of 2024 may be used for him.
    [note] = _notes(_family("child-diabetes"), date(2024, 9, 1), "en")
    assert note.text.startswith("After nora died on 15 October 2024")
    assert "apply for 2024, the year of the death" in note.text and "only for absence before the death" not in note.text


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_family_where_no_child_died_has_no_such_note(language):
    family = example_family("cerebral-palsy-large-assistance-need")
    assert _notes(family, date(2024, 9, 1), language) == []
