"""A condition shown as met says the requirement and nothing else (review of 0.12.0, item 5).

«Oppfylt: Det er et barn i familien å ha omsorg for. Før barnet er født, er det ingen omsorg å vurdere; sjekk
igjen når barnet er født.» told every family with a child to wait for a birth. The unborn-child explanation is
what is true when the condition is *not* met, so it belongs in the condition's `not_met` finding only, as the
pleiepenger month condition did in 0.11.0 (ADR 0031).
"""

import re
from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family

# The requirement in words, as it reads after «Oppfylt:» / "Met:" (helse- og omsorgstjenesteloven § 3-6 for
# omsorgsstønad and avlastning, folketrygdloven § 20-8 for omsorgsopptjening, the kommune's grant for tilpasning):
CHILD_TO_CARE_FOR = {"nb": "Det er et barn i familien å ha omsorg for.", "en": "There is a child in the family to care for."}
CHILD_TO_ADAPT_FOR = {"nb": "Det er et barn i familien som boligen skal tilpasses for.",
                      "en": "There is a child in the family for whom the home is to be adapted."}
EXPECTED = {
    ("omsorgsstonad", "omsorgsstonad_condition_child"): CHILD_TO_CARE_FOR,
    ("avlastning", "avlastning_condition_child"): CHILD_TO_CARE_FOR,
    ("omsorgsopptjening", "omsorgsopptjening_condition_child"): CHILD_TO_CARE_FOR,
    ("tilpasning_bolig", "tilpasning_bolig_condition_child"): CHILD_TO_ADAPT_FOR,
}
# A sentence that explains who falls outside the requirement, true whether the condition is met or not, may stand
# in both texts: an employee is told that freelancers have no employer to claim leave from, which is still right.
SCOPE_SENTENCE_IN_BOTH = {"arbeidsliv_condition_employee"}


def _sentences(text: str) -> set[str]:
    return {part.strip() for part in re.split(r"(?<=[.;])\s+", text) if part.strip()}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_family_with_a_child_is_told_only_that_there_is_a_child(language):
    # Jonas, born 2013-01-20, is 11 on 2024-09-01: the child is born, so each of these conditions is met.
    answer = assemble(example_family("cerebral-palsy-large-assistance-need"), date(2024, 9, 1), language)
    shown = {(r.benefit, c.variable): c for r in answer.benefits for c in r.conditions if (r.benefit, c.variable) in EXPECTED}
    assert set(shown) == set(EXPECTED)
    for key, condition in shown.items():
        assert condition.outcome == "met", key
        assert condition.text == EXPECTED[key][language], key


def test_no_requirement_repeats_a_sentence_of_its_not_met_finding():
    # A sentence in both the requirement and the finding is said of a family that meets the condition as well.
    repeated = [f"{benefit.id}: {condition.variable} ({language})"
                for benefit in catalogue().values() for condition in benefit.conditions
                if condition.not_met is not None and condition.variable not in SCOPE_SENTENCE_IN_BOTH
                for language in ("nb", "en")
                if _sentences(condition.text.in_language(language)) & _sentences(condition.not_met.in_language(language))]
    assert repeated == []


def test_the_unborn_child_explanation_is_kept_for_a_family_without_a_child():
    # Not met, the finding still says why and when to look again.
    for benefit_id, variable in EXPECTED:
        condition = next(c for c in catalogue()[benefit_id].conditions if c.variable == variable)
        assert "Før barnet er født" in condition.not_met.nb and "Before the child is born" in condition.not_met.en
