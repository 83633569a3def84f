"""A refusal on a condition reads as what is true of the family, never as its opposite (review of 0.10.0).

Quoted after a bare "Not met:", a requirement worded as a finding read as one: a 9-year-old in 4th grade was
refused priority in barnehage "Not met: “The child has not started school”". A condition whose requirement
would read so has a `not_met` finding in the catalogue; any other is named as the condition not met.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.quoted_rates import QUOTED_RATE_NOT_VERIFIED, QUOTED_RATES_NOT_VERIFIED
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family
from openfisca_asb.rules.texts import fill_parameters
from openfisca_asb.system import baseline_system

SNAPSHOTS = Path(__file__).parents[1] / "snapshots" / "answers"
NEGATION = re.compile(r"\b(ikke|ingen|not|no|cannot)\b", re.IGNORECASE)
NAMED = {"nb": re.compile(r"^Vilkåret «(.+)» er ikke oppfylt\.$", re.S), "en": re.compile(r"^The condition “(.+)” is not met\.$", re.S)}
# Requirements with a negation inside a positive requirement: named as not met, they still read right.
NEGATION_INSIDE = {
    "aktivitetshjelpemidler_condition_special_equipment",  # needs special equipment because ordinary cannot be used
    "bil_condition_adapted_van",  # a transport need that cannot be met otherwise
    "omsorgsopptjening_condition_care",  # a child who does not turn 6 this year
    "omsorgspenger_condition_minimum_income",  # the limit does not apply to employees
    "pleiepenger_condition_supervision",  # over 80 % supervision gives no right
    "pleiepenger_condition_claim",  # or states no share
    "pasientreiser_ledsager_condition_child_under_limit",  # under the age, the need does not have to be documented
    "barnetilsyn_condition_child",  # within the age limit; how long the old rules go on was not verified (s24 law M4)
}


@pytest.mark.parametrize(("language", "finding"), [("nb", "Barnet har begynt på skolen."), ("en", "The child has started school.")])
def test_a_school_child_is_refused_barnehage_rights_because_he_has_started_school(language, finding):
    # Emil, 9, in 4th grade: priority (barnehageloven § 18), special-needs help (§ 31) and adaptation (§ 37)
    # are rights of a child who has not started school. He has, and that is the reason.
    answer = assemble(example_family("school-child-autism-single-parent"), date(2024, 9, 1), language)
    for right in ("barnehage_prioritet", "spesialpedagogisk_hjelp", "barnehage_tilrettelegging"):
        result = next(r for r in answer.benefits if r.benefit == right)
        assert result.status == "not_entitled" and result.reason.code == "condition_not_met"
        assert result.reason.text == finding, right
        # The condition carries the same words, for the page's and the CLI's list of conditions.
        assert [c.not_met_text for c in result.conditions if c.outcome == "not_met"][0] == finding


def test_no_condition_with_a_negated_requirement_is_named_as_not_met():
    # "The condition “The child has not started school” is not met" would be a double negative: such a
    # requirement says what the family lacks in its own `not_met`, in both languages.
    lacking = [f"{benefit.id}: {condition.variable}" for benefit in catalogue().values() for condition in benefit.conditions
               if condition.not_met is None and condition.variable not in NEGATION_INSIDE
               and NEGATION.search(condition.text.nb + " " + condition.text.en)]
    assert lacking == []


def _refusals_in_snapshots():
    """Every condition reason the example families' answers give on the rule dates (tests/rule_dates.py), as
    the answer snapshot stores them (test_answer_snapshot keeps them equal to the answers)."""
    found = set()
    for path in sorted(SNAPSHOTS.glob("*.json")):
        language = path.stem.rsplit("-", 1)[1]
        for answer in json.loads(path.read_text()).values():
            for result in answer["benefits"]:
                if (result.get("reason") or {}).get("code") == "condition_not_met":
                    failed = next(c for c in result["conditions"] if c["outcome"] == "not_met")
                    text = _without_figure_caveat(result["reason"]["text"], language)
                    found.add((language, result["benefit"], failed["variable"], text, path.stem[:10]))
    return found


def _without_figure_caveat(text: str, language: str) -> str:
    """The reason without the closing sentence on a quoted figure not verified (ADR 0033; tested on its own in
    test_rate_flag_goes_with_the_amount.py)."""
    for caveat in (QUOTED_RATE_NOT_VERIFIED, QUOTED_RATES_NOT_VERIFIED):
        opening, closing = caveat.in_language(language).split("{date}")
        start = text.rfind(" " + opening)
        if start > 0 and text.endswith(closing):
            return text[:start]
    return text


def test_every_refusal_in_the_examples_is_a_finding_or_a_named_requirement():
    refusals = _refusals_in_snapshots()
    assert refusals  # the examples refuse some rights on a condition
    system = baseline_system()
    for language, benefit_id, variable, text, on in refusals:
        condition = next(c for c in catalogue()[benefit_id].conditions if c.variable == variable)
        if condition.not_met is not None:
            parameters = system.get_parameters_at_instant(on)
            assert text == fill_parameters(condition.not_met.in_language(language), parameters), (benefit_id, variable)
            continue
        named = NAMED[language].match(text)
        assert named, (benefit_id, text)
        assert not NEGATION.search(named.group(1)) or variable in NEGATION_INSIDE, (benefit_id, text)
