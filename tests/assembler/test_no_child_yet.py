"""Parents expecting a child, with no child yet (review s16 API #4): chapter 9's rights are for the care of a child
(ftrl § 9-5 omsorgspenger, § 9-10 pleiepenger, § 9-14 opplæringspenger), so the care condition is the one not met,
and the conditions on the child are not assessed — never «met: you care for the child» beside «the child does not
need continuous care» about a child who is not there (ADR 0018)."""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family

CARE_CONDITION = {"pleiepenger": "pleiepenger_condition_caregiver_role",
                  "opplaeringspenger": "opplaeringspenger_condition_caregiver_role",
                  "omsorgspenger": "omsorgspenger_condition_caregiver"}
CHILD_CONDITIONS = {"pleiepenger": ["pleiepenger_condition_continuous_care", "pleiepenger_condition_medical_certificate",
                                    "pleiepenger_condition_child_age", "pleiepenger_condition_supervision"],
                    "opplaeringspenger": ["opplaeringspenger_condition_child_illness"],
                    "omsorgspenger": ["omsorgspenger_condition_counted_child"]}


@pytest.fixture(scope="module")
def answer():
    return assemble(example_family("expecting-serious-diagnosis"), date(2024, 9, 1), "nb")


@pytest.mark.parametrize("benefit", CARE_CONDITION)
def test_a_chapter_9_right_without_a_child_fails_on_the_care_of_a_child(answer, benefit):
    right = next(r for r in answer.benefits if (r.benefit, r.person) == (benefit, "mor"))
    outcomes = {c.variable: c.outcome for c in right.conditions}
    assert right.status == "not_entitled" and outcomes[CARE_CONDITION[benefit]] == "not_met"
    assert right.reason.text.startswith("Det er ikke oppgitt noe barn i familien ennå.")
    assert all(outcomes[name] == "not_assessed" for name in CHILD_CONDITIONS[benefit]), outcomes
