"""A right is never refused on a condition that was not asked, and the family total is right (issue 17 items 1,
2 and 4; review 39 items 2 and 3; ADR 0027), through the API.
"""

ON = "2024-09-01"
WORKING = {"employment": "employee", "has_worked_four_weeks": "yes"}
NORA = {
    "id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
    "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
    "established_supervision_hours_per_week": 0, "care_need_requires_two_caregivers": "no",
}
SARA = {"id": "sara", "birth_date": "2020-01-20", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
        "monthly_childcare_cost": 3000}
SINGLE_MOR = {"id": "mor", "birth_date": "1983-06-14", **WORKING, "yearly_income": 340000, "is_single": "yes"}


def _result(answer, benefit, person):
    return next(b for b in answer["benefits"] if b["benefit"] == benefit and b["person"] == person)


def _answer(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "date": ON, "language": "en"})
    assert response.status_code == 200, response.json()
    return response.json()


def _parents(**extra):
    return [{"id": parent, "birth_date": born, **WORKING, "yearly_income": 550000, "pleiepenger_lost_working_time_percent": 100, **extra}
            for parent, born in (("mor", "1990-05-05"), ("far", "1988-09-17"))]


def test_two_parents_with_one_caregiver_need_and_no_shares_stated_are_asked_and_counted_once(client):
    # Review 39 repro pp_two.json. ftrl § 9-10 second ledd: two at once only where the need requires it; here
    # 100 %. NAV takes from a claimant's rest the grades granted on the claims received before it
    # (pleiepenger-barn-uttak UtledAndrePartersTilsyn.kt): whoever claims first gets 100 %, the other
    # 100 − 100 = 0 < 20 %. Dagsats 550 000 / 260 = 2 115.38 → 2 115; September 2024 has 21 weekdays:
    # 2 115 × 21 = 44 415 for either; together one share, 44 415 — never 2 × 44 415 = 88 830.
    answer = _answer(client, {"kommunenummer": "3201", "caregivers": _parents(), "children": [NORA]})
    for parent in ("mor", "far"):
        result = _result(answer, "pleiepenger", parent)
        assert result["status"] == "missing_information"
        assert (result["range"]["min"], result["range"]["max"]) == (0, 44415)
        assert {("pleiepenger_claimed_percent", "mor"), ("pleiepenger_claimed_percent", "far")} <= {
            (m["fact"], m["person"]) for m in result["missing_facts"]}
    nav = next(p for p in answer["family_total"]["by_payer"] if p["payer"] == "nav")
    shared = [line for line in nav["lines"] if line["benefit"] == "pleiepenger"]
    others_max = sum(line["per_month"]["max"] for line in nav["lines"] if line["benefit"] != "pleiepenger")
    others_min = sum(line["per_month"]["min"] for line in nav["lines"] if line["benefit"] != "pleiepenger")
    assert len(shared) == 2
    assert (nav["per_month"]["min"] - others_min, nav["per_month"]["max"] - others_max) == (44415, 44415)
    # The two lines shown add up to more than the total: the total says why (a page review of 0.9.0).
    assert any(note.startswith("Care benefit for a sick child (pleiepenger) is shared between you")
               for note in answer["family_total"]["notes"]), answer["family_total"]["notes"]


def test_two_parents_both_claiming_all_of_a_one_caregiver_need_are_to_be_assessed_not_refused(client):
    # The teenager example with care_need_requires_two_caregivers: no. Mor 800 000 > 6G (6 × 124 028 =
    # 744 168) → 744 168 / 260 = 2 862.18 → 2 862 × 21 = 60 102; far 480 000 / 260 = 1 846.15 → 1 846 × 21
    # = 38 766. NAV pays the claim received first in full and refuses the other (rest 0 < 20 %): each
    # 0 … own, the family 38 766 … 60 102.
    mor, far = ({"id": parent, "birth_date": born, **WORKING, "yearly_income": income, "pleiepenger_lost_working_time_percent": 100,
                 "pleiepenger_claimed_percent": 100}
                for parent, born, income in (("mor", "1978-06-21", 800000), ("far", "1976-04-09", 480000)))
    child = {**NORA, "id": "sara", "birth_date": "2009-02-14"}
    answer = _answer(client, {"kommunenummer": "5001", "caregivers": [mor, far], "children": [child]})
    for parent, most in (("mor", 60102), ("far", 38766)):
        result = _result(answer, "pleiepenger", parent)
        assert (result["status"], result["reason"]["code"]) == ("to_be_assessed", "claim_order_decides")
        assert (result["range"]["min"], result["range"]["max"]) == (0, most)
    nav = next(p for p in answer["family_total"]["by_payer"] if p["payer"] == "nav")
    rest = [line for line in nav["lines"] if line["benefit"] != "pleiepenger"]
    assert (nav["per_month"]["min"] - sum(line["per_month"]["min"] for line in rest),
            nav["per_month"]["max"] - sum(line["per_month"]["max"] for line in rest)) == (38766, 60102)


def test_a_single_parent_who_says_she_has_sole_care_gets_barnetilsyn(client):
    # Review 39 repro single.json. ftrl § 15-10: 64 % of the cost (NAV's BeregningBarnetilsynUtil.kt, the
    # coverage_rate parameter) × 3 000 = 1 920, below the 2024 maximum for one child (4 650). Sara is 4,
    # before school: within "until the 4th school year is completed".
    answer = _answer(client, {"kommunenummer": "5001", "caregivers": [{**SINGLE_MOR, "has_sole_care": "yes"}], "children": [SARA]})
    result = _result(answer, "barnetilsyn", "mor")
    assert (result["status"], result["amount"]["value"]) == ("entitled", 1920)
    assert all(c["outcome"] == "met" for c in result["conditions"])


def test_sole_care_said_either_way_is_one_definition(client):
    # The child naming her (the page's family step) and her own answer (the interview's question) mean the same.
    by_structure = _answer(client, {"kommunenummer": "5001", "caregivers": [SINGLE_MOR], "children": [{**SARA, "sole_caregiver": "mor"}]})
    by_answer = _answer(client, {"kommunenummer": "5001", "caregivers": [{**SINGLE_MOR, "has_sole_care": "yes"}], "children": [SARA]})
    for benefit in ("barnetilsyn", "omsorgspenger"):
        one, other = _result(by_structure, benefit, "mor"), _result(by_answer, benefit, "mor")
        assert (one["status"], one["amount"], one["range"]) == (other["status"], other["amount"], other["range"]), benefit


def test_a_single_parent_who_has_not_answered_sole_care_is_asked_never_refused(client):
    answer = _answer(client, {"kommunenummer": "5001", "caregivers": [SINGLE_MOR], "children": [SARA]})
    result = _result(answer, "barnetilsyn", "mor")
    assert result["status"] == "missing_information"
    assert ("has_sole_care", "mor") in {(m["fact"], m["person"]) for m in result["missing_facts"]}
    outcomes = {c["variable"]: c["outcome"] for c in result["conditions"]}
    assert outcomes["barnetilsyn_condition_sole_care"] == "unknown"
    # A 4-year-old is within the age limit (§ 15-10 first ledd), whatever sole care turns out to be.
    assert outcomes["barnetilsyn_condition_child"] == "met"
    assert "not_met" not in outcomes.values()
