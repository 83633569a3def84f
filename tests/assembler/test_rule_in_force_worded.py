"""An answer words a right as the rule in force on its date says it (review s21 M15, M16).

- Stønad til barnetilsyn: until 30 June 2026 support runs until the child has completed the 4th school year; the age
  limit of 14 months is for new cases from 1 July 2026 (NAV's application text: «Du kan som hovedregel få stønaden til
  barnet ditt fyller 14 måneder»; the new law text was not read, FINDINGS-2026-11 § 4). An answer for 2024 says the
  rule then in force, not the one two years later.
- SFO: the kommune's duty to have an offer, not a pupil's right to a place: «Alle kommuner skal ha et tilbud om
  skolefritidsordning før og etter skoletid» (Udir, opplæringsloven § 13-7 første ledd); «Opplæringsloven gir ikke
  elevene rett til plass i SFO» (Nordre Follo oppvekst). Its entitled answer says so, not «Du har rett».
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family

# A single parent in work paying for barnehage (examples/toddler-cerebral-palsy-barnehage.yaml).
SINGLE_PARENT = "toddler-cerebral-palsy-barnehage"
# A pupil in the SFO's years (examples/child-diabetes.yaml): the review's own example, on 2024-09-01.
PUPIL = "child-diabetes"


def _barnetilsyn(on: date, language: str, **family_facts):
    family = example_family(SINGLE_PARENT).model_copy(update=family_facts)
    answer = assemble(family, on, language=language)
    return next(r for r in answer.benefits if r.benefit == "barnetilsyn")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_2024_answer_says_only_the_4th_school_year_rule(language):
    right = _barnetilsyn(date(2024, 9, 1), language)
    child = next(c for c in right.conditions if c.variable == "barnetilsyn_condition_child")
    for text in (child.text, right.summary):
        assert "14" not in text and "2026" not in text, text
    assert ("4. skoleår" if language == "nb" else "4th grade") in child.text


@pytest.mark.parametrize("language", ["nb", "en"])
def test_from_1_july_2026_the_answer_says_both_rules(language):
    # A new case (no barnetilsyn on 30 June 2026): the family the old rules go on for is told them alone
    # (test_barnetilsyn_old_rules_cited.py).
    right = _barnetilsyn(date(2026, 7, 1), language, had_barnetilsyn_on_2026_06_30="no")
    child = next(c for c in right.conditions if c.variable == "barnetilsyn_condition_child")
    months = "14 måneder" if language == "nb" else "14 months"
    assert months in child.text and months in right.summary


def test_the_catalogue_without_a_date_reads_as_from_the_change():
    # GET /v1/benefits without ?date= lists today's entry; on_date gives the earlier words only before 1 July 2026.
    entry = catalogue()["barnetilsyn"]
    assert "14 måneder" in entry.summary.nb
    assert entry.on_date(date(2026, 6, 30)).summary == entry.summary_before.text
    assert entry.on_date(date(2026, 7, 1)) is entry


@pytest.mark.parametrize(("language", "words"), [("nb", "Omfattet av tilbudet kommunen skal ha"),
                                                 ("en", "Covered by the offer the kommune must have")])
def test_an_sfo_place_the_kommune_must_offer_is_not_called_a_right(language, words):
    answer = assemble(example_family(PUPIL), date(2024, 9, 1), language=language)
    sfo = [r for r in answer.benefits if r.benefit == "sfo" and r.status == "entitled"]
    assert sfo and all(r.status_text == words for r in sfo)
    # Other entitled rights keep the general words.
    others = [r for r in answer.benefits if r.status == "entitled" and r.benefit != "sfo"]
    assert others and all(r.status_text == ("Du har rett" if language == "nb" else "Entitled") for r in others)


@pytest.mark.parametrize(("language", "words"), [("nb", "Omfattet av tilbudet kommunen skal ha"),
                                                 ("en", "Covered by the offer the kommune must have")])
def test_every_line_that_names_sfos_entitled_status_says_the_kommunes_duty(language, words):
    # Review s21 diff M3: the lines that mapped a status code to words themselves still said «Du har rett» for SFO.
    # Olav (child-diabetes, 2024-09-01) is refused SFO for a school year past the lowest ones; a yes to special needs
    # for SFO would make him covered (opplæringsloven § 13-7: the kommune's duty to have an offer for pupils with
    # special needs to 7th grade), so his change says the kommune's duty. Nora's SFO hours are in the total.
    answer = assemble(example_family(PUPIL), date(2024, 9, 1), language=language)
    olav = next(r for r in answer.benefits if r.benefit == "sfo" and r.person == "olav")
    to_entitled = [c for c in olav.changes if c.new_status == "entitled"]
    assert to_entitled and all(c.new_status_text == words for c in to_entitled)
    refused = [c for c in answer.benefits if c.status == "not_entitled"]
    assert all(r.status_text == ("Ikke rett" if language == "nb" else "Not entitled") for r in refused)
    lines = [line for payer in answer.family_total.by_payer for line in (*payer.lines, *payer.extents)]
    sfo = [line for line in lines if line.benefit == "sfo"]
    assert sfo and all(line.status_text == words for line in sfo)
    assert all(line.status_text == r.status_text for line in lines for r in answer.benefits
               if (r.benefit, r.person) == (line.benefit, line.person))
    contacts = [ref for group in answer.by_contact for ref in group.rights if ref.benefit == "sfo" and ref.status == "entitled"]
    assert contacts and all(ref.status_text == words for ref in contacts)


def test_the_catalogue_says_the_status_words_once():
    # The one place that decides them (Benefit.status_words): SFO's own words for entitled, the general ones otherwise.
    sfo = catalogue()["sfo"]
    assert sfo.status_words("entitled").nb == "Omfattet av tilbudet kommunen skal ha"
    assert sfo.status_words("to_be_assessed").nb == "Må vurderes"
    assert catalogue()["hjelpestonad"].status_words("entitled").en == "Entitled"
