"""A child counted for barnetilsyn only through delt bosted leaves the sole-care line to NAV (review s24 caseworker M2).

Ftrl § 15-4: with delt bosted (barneloven § 36) the agreement neither gives nor bars aleneomsorg; NAV assesses whether
the parent has «klart mer av den daglige omsorgen» (familie-ef-sak AleneomsorgRegel). Mor, single and in work, answered
«Nei» to aleneomsorg; Iben (born 14 May 2020) has delt bosted and 1 200 kr a month in barnehage costs, so on 1 March
2026 barnetilsyn is to be assessed, up to 0.64 × 1 200 = 768 kr. The sole-care condition is «Uavklart», not «Oppfylt»,
and a draft complaint puts it to NAV to assess instead of asserting it.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.decision_check import Decision, check_decision
from openfisca_asb.facts.family import Family

ON = date(2026, 3, 1)
SOLE_CARE = "barnetilsyn_condition_sole_care"
MET = {"nb": "Ut fra opplysningene vi har gitt, mener vi at disse vilkårene er oppfylt:",
       "en": "On the facts we have given, we believe these conditions are met:"}
TO_ASSESS = {"nb": "Vi ber dere vurdere om disse vilkårene er oppfylt:",
             "en": "We ask you to assess whether these conditions are met:"}
CLAIM = {"nb": "Mor er alene om omsorgen for barnet.", "en": "Mor has the care of the child alone."}


@pytest.fixture(scope="module")
def family():
    parent = {"employment": "employee", "has_worked_four_weeks": "yes", "has_sole_care": "no", "has_samvaer": "no",
              "barnetrygd_receipt": "shared"}
    return Family.model_validate({
        "kommunenummer": "0301", "had_barnetilsyn_on_2026_06_30": "no",
        "caregivers": [{"id": "mor", "birth_date": "1990-02-02", "yearly_income": 520000, "is_single": "yes", **parent},
                       {"id": "far", "birth_date": "1988-04-04", "yearly_income": 560000, "is_single": "no", **parent}],
        "children": [{"id": "iben", "birth_date": "2020-05-14", "has_delt_bosted": "yes", "school_grade": 0,
                      "has_illness_or_extra_needs": "yes", "monthly_childcare_cost": 1200}],
    })


def _section(draft: str, heading: str) -> list[str]:
    if heading not in draft:
        return []
    return draft.split(heading + "\n", 1)[1].split("\n\n", 1)[0].splitlines()


def test_the_sole_care_line_is_unknown_while_the_status_stays_to_be_assessed(family):
    right = next(r for r in assemble(family, ON, "nb").benefits if (r.benefit, r.person) == ("barnetilsyn", "mor"))
    assert (right.status, right.range.max) == ("to_be_assessed", 768)  # 0.64 × 1 200
    assert next(c for c in right.conditions if c.variable == SOLE_CARE).outcome == "unknown"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_draft_complaint_asks_nav_to_assess_sole_care_and_does_not_claim_it(family, language):
    check = check_decision(family, ON, Decision("barnetilsyn", "refused", person="mor",
                                                reason_given="Du har ikke klart mer av den daglige omsorgen"), language)
    draft = check.draft_complaint.nb if language == "nb" else check.draft_complaint.en
    assert not any(line.startswith("- " + CLAIM[language]) for line in _section(draft, MET[language]))
    assert any(line.startswith("- " + CLAIM[language]) for line in _section(draft, TO_ASSESS[language]))
