"""Two ill siblings: each child's care need is its own (review s22 caseworker H1, family F4).

Rule: pleiepenger are for the care of *a* child who needs continuous supervision and care (ftrl § 9-10 første ledd),
graded against that child's need (§ 9-11; 100 %, or 200 % where it takes two caregivers, § 9-10 andre ledd). NAV's uttak
grades one pleietrengende at a time, sharing its need only with the other parties' claims for the same child
(navikt/pleiepenger-barn-uttak @ 93ec994, RegelGrunnlag.kt: `barn`, `pleiebehov`, `andrePartersUttaksplan`).

F4, asked 10 February 2025: Oskar (14) and Maja (7) are both admitted and need continuous care; Ida (3) is healthy.
Mor (600 000 kr) cares for Maja, far (700 000 kr) for Oskar, each away from all their working time, each claiming 100 %.
Worked by hand (§ 9-15 with § 8-10: 100 % of the basis up to 6G, a 260th a day):
- G from 1 May 2024 = 124 028, 6G = 744 168: neither income reaches it.
- February 2025 starts on a Saturday and has 28 days: 20 weekdays.
- mor: 600 000 / 260 = 2 307.69 → 2 308 kr a day × 20 = 46 160 kr;
- far: 700 000 / 260 = 2 692.31 → 2 692 kr a day × 20 = 53 840 kr.
"""

from datetime import date

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.app import create_app
from api.settings import Settings
from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.decision_check import Decision, check_decision
from openfisca_asb.facts.family import Family

ON = date(2025, 2, 10)
MOR_FEBRUARY = 20 * 2308
FAR_FEBRUARY = 20 * 2692

ILL = {"has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
       "omsorgspenger_chronic_illness_accepted": "yes", "needs_continuous_care_and_supervision": "yes",
       "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
       "care_need_requires_two_caregivers": "no"}
PARENT = {"employment": "employee", "has_worked_four_weeks": "yes", "pleiepenger_lost_working_time_percent": 100,
          "pleiepenger_claimed_percent": 100, "is_single": "no", "has_sole_care": "no"}


def _f4(mor_child=None, far_child=None, oskar=ILL) -> Family:
    def named(child):
        return {} if child is None else {"pleiepenger_child": child}
    return Family.model_validate({
        "kommunenummer": "1103",
        "caregivers": [
            {"id": "mor", "birth_date": "1986-04-04", "yearly_income": 600000, **PARENT, **named(mor_child)},
            {"id": "far", "birth_date": "1984-12-01", "yearly_income": 700000, **PARENT, **named(far_child)},
        ],
        "children": [
            {"id": "oskar", "birth_date": "2010-08-15", "school_grade": 9, **oskar},
            {"id": "maja", "birth_date": "2017-05-20", "school_grade": 2, **ILL},
            {"id": "ida", "birth_date": "2021-09-01", "has_illness_or_extra_needs": "no"},
        ],
    })


def _pleiepenger(family, person):
    answer = assemble(family, ON, language="nb")
    return next(r for r in answer.benefits if r.benefit == "pleiepenger" and r.person == person)


def test_two_parents_caring_for_two_children_are_each_entitled_in_full():
    family = _f4(mor_child="maja", far_child="oskar")
    mor, far = _pleiepenger(family, "mor"), _pleiepenger(family, "far")
    assert (mor.status, mor.amount.value) == ("entitled", MOR_FEBRUARY)
    assert (far.status, far.amount.value) == ("entitled", FAR_FEBRUARY)


def test_with_two_children_in_need_and_no_child_named_the_claim_is_asked_which_child():
    # Never a guess: the claims may be for one child (shared need) or for two (each in full).
    family = _f4()
    for person, highest in (("mor", MOR_FEBRUARY), ("far", FAR_FEBRUARY)):
        result = _pleiepenger(family, person)
        assert result.status == "missing_information"
        assert result.reason.code == "child_not_named"
        assert ("pleiepenger_child", person) in {(f.fact, f.person) for f in result.missing_facts}
        assert (result.range.min, result.range.max) == (0, highest)


def test_both_parents_caring_for_the_same_child_share_its_need_as_before():
    # Maja needs one caregiver (100 %) and both claim 100 %: whose claim NAV gets first decides (ADR 0027), as when
    # the family had only one ill child: each from 0 (the other's claim first) to the whole (her own first).
    family = _f4(mor_child="maja", far_child="maja")
    for person, highest in (("mor", MOR_FEBRUARY), ("far", FAR_FEBRUARY)):
        result = _pleiepenger(family, person)
        assert (result.status, result.reason.code) == ("to_be_assessed", "claim_order_decides")
        assert (result.range.min, result.range.max) == (0, highest)


def test_with_one_ill_child_a_claim_without_a_child_named_is_for_that_child():
    # Oskar is well: Maja is the only child in need, so naming her changes nothing.
    well = {"has_illness_or_extra_needs": "no"}
    unnamed, named = _f4(oskar=well), _f4(mor_child="maja", far_child="maja", oskar=well)
    for person in ("mor", "far"):
        before, after = _pleiepenger(unnamed, person), _pleiepenger(named, person)
        assert (before.status, before.reason.code, before.range) == (after.status, after.reason.code, after.range)
        assert before.status == "to_be_assessed" and not before.missing_facts


def test_a_child_named_who_is_not_in_the_family_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as refused:
        _f4(mor_child="noah")
    assert [error["loc"] for error in refused.value.errors()] == [("caregivers", 0, "pleiepenger_child")]


def test_the_decision_check_finds_a_half_grant_for_maja_too_low():
    # NAV granting mor 50 % (23 080 kr) while far takes Oskar: the model finds her entitled to 46 160 kr, no discretion.
    check = check_decision(_f4(mor_child="maja", far_child="oskar"), ON,
                           Decision("pleiepenger", "lower", person="mor", amount=23080), "nb")
    assert (check.agreement, check.model_status, check.model_amount.value) == ("differs", "entitled", MOR_FEBRUARY)


def test_the_api_refuses_a_child_not_in_the_family_with_a_4xx_naming_the_field_in_both_languages():
    client = TestClient(create_app(Settings(max_families=3, max_body_bytes=64 * 1024, rate_limit_per_minute=0)))
    family = _f4().model_dump(mode="json", exclude_none=True)
    family["caregivers"][0]["pleiepenger_child"] = "noah"
    response = client.post("/v1/entitlements", json={"family": family, "date": ON.isoformat()})
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert [p["field"] for p in problems] == ["family.caregivers.0.pleiepenger_child"]
    assert problems[0]["message"] == {"en": "'noah' is not one of the family's children", "nb": "'noah' er ikke et av familiens barn"}
