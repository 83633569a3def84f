"""A right names the facts of the person they concern (issue 17 item 1: every "missing information" names
the questions that settle it, and an answer of "don't know" closes only what it concerns).

The father is a frilanser: his omsorgspenger, pleiepenger and opplæringspenger turn on his own income basis
(ftrl § 9-3 second ledd: at least ½ G where NAV pays directly), never the mother's; omsorgsopptjening for
care work turns on the hours each caregiver gives (ftrl § 20-8 first ledd letter b: at least 22 hours a
week). Until 0.8.0 income and care hours had no probe values, so the answer could not tell whose they were
and named both parents', and the mother's "don't know" to her income closed the father's rights too.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

FAMILY = Family.model_validate({
    "caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee"},
                   {"id": "far", "birth_date": "1988-09-17", "employment": "frilanser"}],
    "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}],
})


@pytest.mark.parametrize("benefit, fact", [("omsorgspenger", "yearly_income"), ("pleiepenger", "yearly_income"),
                                           ("opplaeringspenger", "yearly_income"), ("omsorgsopptjening", "care_hours_per_week")])
def test_the_fathers_right_names_his_own_figure_not_the_mothers(benefit, fact):
    answer = assemble(FAMILY, date(2024, 9, 1), "en")
    result = next(r for r in answer.benefits if r.benefit == benefit and r.person == "far")
    named = {(m.fact, m.person) for m in result.missing_facts}
    assert result.status == "missing_information"
    assert (fact, "mor") not in named and (fact, "far") in named, named


def test_a_dont_know_to_her_own_care_question_does_not_name_his():
    # Review s21 page L3. Omsorgsstønad (hol. § 3-6 første ledd nr. 3) is each caregiver's own: whether the care work is
    # particularly heavy is asked of the one who gives it. Mor answers «vet ikke»; Far has not answered. Mor's right
    # still waits on her answer only — no answer of Far's moves it — so it names hers, never «(gjelder Far)». Avlastning
    # is the family's right: it names both.
    family = FAMILY.model_copy(update={"kommunenummer": "5001", "caregivers": [
        FAMILY.caregivers[0].model_copy(update={"has_particularly_heavy_care_work": "unknown"}), FAMILY.caregivers[1]]})
    answer = assemble(family, date(2026, 11, 30), "nb")
    named = {(r.benefit, r.person): {(m.fact, m.person) for m in r.missing_facts} for r in answer.benefits}
    assert named[("omsorgsstonad", "mor")] == {("has_particularly_heavy_care_work", "mor")}
    assert named[("avlastning", None)] == {("has_particularly_heavy_care_work", "mor"), ("has_particularly_heavy_care_work", "far")}


def test_the_family_steps_sole_care_is_not_asked_again():
    # Review s21 page M3: a single, self-employed father chose «Bare Far» for Aksel, 4, in barnehage (2 000 kr a
    # month), with no barnetilsyn on 30 June 2026. Barnetilsyn (ftrl § 15-4, § 15-10) waits on whether Aksel needs
    # substantially more supervision than other children of his age, which the father does not know; with that
    # answered «vet ikke», the right names what is left below it, but no longer «Har du aleneomsorg for barna …?»:
    # the family step said it.
    family = Family.model_validate({
        "kommunenummer": "1806", "had_barnetilsyn_on_2026_06_30": "no",
        "caregivers": [{"id": "far", "birth_date": "1986-07-01", "employment": "self_employed", "yearly_income": 420000,
                        "has_worked_four_weeks": "yes", "is_single": "yes"}],
        "children": [{"id": "aksel", "birth_date": "2022-06-03", "has_illness_or_extra_needs": "yes", "sole_caregiver": "far",
                      "barnehage_place": "has_place", "monthly_childcare_cost": 2000,
                      "needs_substantially_more_supervision_than_peers": "unknown"}]})
    answer = assemble(family, date(2026, 11, 30), "nb")
    named = {(m.fact, m.person) for r in answer.benefits for m in r.missing_facts}
    assert ("has_sole_care", "far") not in named
    barnetilsyn = next(r for r in answer.benefits if r.benefit == "barnetilsyn")
    assert next(c for c in barnetilsyn.conditions if c.variable == "barnetilsyn_condition_sole_care").outcome == "met"
