"""A named advice cites the provision that holds the rule it speaks of, and words it as that provision does (review s21 M16).

- Barnekoordinator: the right is pasient- og brukerrettighetsloven § 2-5 c, «rett til barnekoordinator i samsvar med
  helse- og omsorgstjenesteloven § 7-2 a» (Helsedirektoratet's rundskriv to pbrl § 2-5 c). Hol § 7-2 is the ordinary
  koordinator, which the advice tells the family to ask for after 18; it is not the right that ends.
- SFO: a duty of the kommune to have an offer, not a pupil's right to a place: «Alle kommuner skal ha et tilbud om
  skolefritidsordning før og etter skoletid. Tilbudet skal gjelde for barn på 1.-4. trinn og for barn med særskilte
  behov på 1.-7. trinn» (Udir, opplæringsloven § 13-7 første ledd); «Opplæringsloven gir ikke elevene rett til plass i
  SFO» (Nordre Follo oppvekst).
"""

from datetime import date

import pytest

from openfisca_asb.answer.citations import legal_reference, reference_in_force
from openfisca_asb.answer.timeline_actions import ADVICE, _named


def test_the_end_of_the_barnekoordinator_cites_pbrl_2_5_c_first_then_the_duty_and_the_koordinator_after_18():
    advice = next(a for a in ADVICE if a.benefit == "barnekoordinator")
    for on in (date(2022, 8, 1), date(2027, 12, 31)):  # the right is in force from 1 August 2022
        cited = legal_reference(reference_in_force(advice.provisions, on))
        assert (cited.citation, cited.url) == ("Pasient- og brukerrettighetsloven § 2-5 c", "https://lovdata.no/lov/1999-07-02-63/§2-5c")
    assert [p.citation for p in advice.provisions] == [
        "Pasient- og brukerrettighetsloven § 2-5 c", "Helse- og omsorgstjenesteloven § 7-2 a", "Helse- og omsorgstjenesteloven § 7-2"]


def test_the_barnekoordinators_end_cites_every_provision_of_its_advice():
    # Review s21 diff L4: the action gave only the first provision in force, so hol §§ 7-2 a and 7-2 (undated, as
    # pbrl § 2-5 c is) were never shown. All three are in force on the 18th birthday; each is cited, in order.
    action = _named(next(a for a in ADVICE if a.benefit == "barnekoordinator"), date(2027, 4, 1), [], "nb")
    assert [p.citation for p in action.provisions] == [
        "Pasient- og brukerrettighetsloven § 2-5 c", "Helse- og omsorgstjenesteloven § 7-2 a", "Helse- og omsorgstjenesteloven § 7-2"]
    assert action.provision == action.provisions[0]
    # A dated alternative still gives the one in force: SFO's advice cites opplæringslova 2023 § 4-5 from 1 August 2024
    # (opplæringslova 1998 § 13-7 until then), not both.
    sfo = _named(next(a for a in ADVICE if a.benefit == "sfo"), date(2025, 8, 1), [], "nb")
    assert [p.citation for p in sfo.provisions] == ["Opplæringslova § 4-5"]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_sfo_advice_calls_sfo_a_right(language):
    for advice in (a for a in ADVICE if a.benefit == "sfo"):
        text = advice.text.in_language(language).lower()
        assert "rett til sfo" not in text and "retten til sfo" not in text and "right to sfo" not in text


def test_the_sfo_advice_at_8th_grade_says_the_kommunes_duty_ends_after_7th():
    advice = next(a for a in ADVICE if a.benefit == "sfo" and a.grade == 8)
    assert advice.text.nb.startswith("Kommunen skal ha et SFO-tilbud til og med 7. trinn")
    assert advice.text.en.startswith("The municipality must have an SFO offer up to 7th grade")
