"""The interview asks the answer that says a right is already granted, where it decides the plan (review s21 page H1).

Ingrid, 15, sleeps four nights a week in an avlastningsbolig; NAV has granted forhøyet hjelpestønad sats 3. Living at
home less than half the time leaves forhøyet hjelpestønad «to be assessed» whatever the sats (nav.no: «kan satsen for
forhøyet hjelpestønad bli redusert»), so the sats settled no status and was never asked: the plan told the family to
apply again for both allowances, and the range went up to sats 4. A decided sats 2–4 grants both allowances (one NAV
decision, NAV 06-04.04; ftrl § 6-5 første ledd needs § 6-4's conditions), and the catalogue says so
(`application.already_granted`, ADR 0042): the answer decides whether the family applies at all, so it is asked.
"""

from datetime import date
from types import SimpleNamespace

import pytest

from openfisca_asb.answer.grant_questions import facts_that_would_grant
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.facts.family import Family

ON = date(2026, 11, 30)  # the reviewer's date
SATS = ("hjelpestonad_decided_sats", "ingrid")
GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]


def _ingrid(at_home: str = "no", greater: str = "yes", **facts) -> Family:
    child = {"id": "ingrid", "birth_date": "2011-04-02", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "has_private_care_arrangement": "yes", "lives_at_home_at_least_half_the_time": at_home,
             "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": greater,
             "stay_at_home_helped_by_allowance": "yes", **{gate: "no" for gate in GROUPS}, **facts}
    return Family.model_validate({"kommunenummer": "3301", "caregivers": [{"id": "mor", "birth_date": "1980-09-09"}],
                                  "children": [child]})


def _asked(family: Family, depth: str, unknown=frozenset()) -> dict:
    return {question.key: question for question in run_interview(family, ON, "nb", unknown=unknown, depth=depth).asked}


@pytest.mark.parametrize("depth", ["decisive", "all"])
def test_the_sats_is_asked_of_a_child_at_home_less_than_half_the_time(depth):
    # Hjelpestønad «Du har rett» and forhøyet «Må vurderes»: its answer decides whether the family applies for two
    # rights, so the first pass, which asks what settles two, asks it too (ADR 0014).
    asked = _asked(_ingrid(), depth)
    assert SATS in asked
    assert set(asked[SATS].settles) == {"hjelpestonad", "forhoyet_hjelpestonad"}


def test_a_granted_sats_3_asks_no_new_application_and_narrows_the_range():
    # Sats 3 granted: the ordinary allowance is «Innvilget – ingen ny søknad» (ADR 0042); forhøyet is granted too, but at
    # home less than half the time NAV may reduce the sats, so the family tells NAV so, with no new application
    # (ftrl § 21-3; its entry's `tell`). It is still «Må vurderes», from sats 2 up to the sats granted: 2 527 to 5 054
    # kr a month (NAV's 2023 amounts carried forward: 2 × 15 161 / 12 = 2 526.8 → 2 527; 4 × 15 161 / 12 = 5 053.7 →
    # 5 054), not to sats 4's 7 580.
    family = _ingrid(hjelpestonad_decided_sats="sats_3")
    assert SATS not in _asked(family, "all")
    rights = {(r.benefit, r.person): r for p in application_packets(family, ON, "nb").packets for r in p.rights}
    assert rights[("hjelpestonad", "ingrid")].already_granted
    forhoyet_packet = rights[("forhoyet_hjelpestonad", "ingrid")]
    assert forhoyet_packet.to_tell_text and forhoyet_packet.documents == []
    forhoyet = next(r for r in run_interview(family, ON, "nb").answer.benefits if r.benefit == "forhoyet_hjelpestonad")
    assert forhoyet.status == "to_be_assessed" and (forhoyet.range.min, forhoyet.range.max) == (2527, 5054)


def test_the_ordinary_allowance_alone_asks_it_when_the_family_asks_for_more_questions():
    # At home, the ordinary need only (the scale's second level): hjelpestønad «Du har rett», forhøyet «Ikke rett».
    # Only one right's plan turns on the sats, so «Svar på flere spørsmål» (depth "all") asks it, the first pass not.
    family = _ingrid(at_home="yes", greater="no")
    assert SATS not in _asked(family, "decisive")
    assert _asked(family, "all")[SATS].settles == ["hjelpestonad"]


def test_a_dont_know_is_not_asked_again():
    assert SATS not in _asked(_ingrid(), "all", unknown={SATS})


def test_a_granted_answer_that_leaves_something_to_send_is_not_asked_for_the_plan():
    # Omsorgspenger: NAV's acceptance of a chronic illness grants the extra days of an employee (the employer pays,
    # ftrl § 9-8), but a self-employed parent claims the days from NAV all the same (§ 9-9): for the plan, the answer
    # decides nothing for them.
    def keys(employment: str) -> list:
        family = Family.model_validate({"caregivers": [{"id": "mor", "birth_date": "1980-09-09", "employment": employment}],
                                        "children": [{"id": "ingrid", "birth_date": "2011-04-02"}]})
        return facts_that_would_grant(SimpleNamespace(benefit="omsorgspenger", person="mor", status="entitled"), family, set())
    assert keys("employee") == [("omsorgspenger_chronic_illness_accepted", "ingrid")]
    assert keys("self_employed") == []
