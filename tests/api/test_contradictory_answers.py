"""Answers that cannot all be true are refused with a 422 naming each field (issue 17, review of the HTTP API).

ftrl § 9-6: a parent is temporarily alone with the care (midlertidig alene) because the other parent cannot
supervise the children. If one parent is, the other is not: both answering yes gave each 40 days. Aleneomsorg
(ftrl § 9-6) is having a child's daily care alone: never more caregivers with it than there are children.
"""

import pytest

MOR = {"id": "mor", "birth_date": "1990-05-05", "employment": "employee"}
FAR = {"id": "far", "birth_date": "1988-09-17", "employment": "employee"}
NORA = {"id": "nora", "birth_date": "2017-02-11"}
ALONE = "omsorgspenger_temporarily_alone"


def _post(client, mor, far, language="nb"):
    body = {"family": {"caregivers": [{**MOR, **mor}, {**FAR, **far}], "children": [NORA]}, "date": "2025-06-10", "language": language}
    return client.post("/v1/entitlements", json=body)


@pytest.mark.parametrize(("fact", "bokmal_words"), [(ALONE, "midlertidig alene"), ("has_sole_care", "aleneomsorg")])
def test_both_parents_answering_yes_is_refused_naming_both_answers(client, fact, bokmal_words):
    # Both temporarily alone; both with sole care of the only child (aleneomsorg, below).
    response = _post(client, {fact: "yes"}, {fact: True})
    assert response.status_code == 422, response.text
    problems = response.json()["problems"]
    assert [p["field"] for p in problems] == [f"family.caregivers.0.{fact}", f"family.caregivers.1.{fact}"]
    for problem in problems:
        assert "§ 9-6" in problem["message"]["en"] and "mor and far" in problem["message"]["en"]
        assert bokmal_words in problem["message"]["nb"] and "mor og far" in problem["message"]["nb"]


def test_one_parent_temporarily_alone_is_accepted(client):
    assert _post(client, {ALONE: "yes"}, {ALONE: "no"}).status_code == 200
    assert _post(client, {ALONE: "yes"}, {ALONE: "unknown"}).status_code == 200


WORKING = {"has_worked_four_weeks": "yes", "yearly_income": 500000}
CHRONIC = {**NORA, "has_lasting_illness": "yes", "omsorgspenger_chronic_illness_accepted": "yes"}


def test_once_one_parent_is_temporarily_alone_the_other_is_not_asked_and_is_not(client):
    # ftrl § 9-6: the other parent's only possible answer is no. Far's days (RULES.md 5.2, NAV's omsorgspenger
    # code): 10 for one or two children + 10 for a chronically ill child not in his sole care = 20.
    family = {"caregivers": [{**MOR, **WORKING, ALONE: "yes"}, {**FAR, **WORKING}], "children": [CHRONIC]}
    body = {"family": family, "date": "2025-06-10", "language": "en"}
    answer = client.post("/v1/entitlements", json=body).json()
    far = next(r for r in answer["benefits"] if r["benefit"] == "omsorgspenger" and r["person"] == "far")
    assert (far["status"], far["amount"]["value"]) == ("entitled", 20)
    assert not [c for r in answer["benefits"] for c in r["changes"] if c["fact"] == ALONE and c["value"] == "yes"]
    asked = client.post("/v1/facts/needed", json=body).json()["questions"]
    assert (ALONE, "far") not in {(q["fact"], q["person"]) for q in asked}


# Aleneomsorg (ftrl § 9-6): a caregiver has the daily care of a child alone. A child's daily care is one caregiver's
# alone, so two caregivers can both have sole care only of different children – never more of them than children.
SOLE = "has_sole_care"
IDA = {"id": "ida", "birth_date": "2015-04-01"}


def _post_family(client, caregivers, children, language="nb"):
    body = {"family": {"caregivers": caregivers, "children": children}, "date": "2025-06-10", "language": language}
    return client.post("/v1/entitlements", json=body)


def test_sole_care_answered_by_one_while_the_only_child_names_the_other_is_refused_naming_both_fields(client):
    response = _post_family(client, [{**MOR, SOLE: "yes"}, FAR], [{**NORA, "sole_caregiver": "far"}], language="en")
    assert response.status_code == 422, response.text
    assert [p["field"] for p in response.json()["problems"]] == [f"family.caregivers.0.{SOLE}", "family.children.0.sole_caregiver"]


def test_each_parent_with_sole_care_of_a_different_child_is_accepted(client):
    # Separated parents, one child living with each: both have sole care, of different children, each child naming its
    # sole caregiver.
    named = [{**NORA, "sole_caregiver": "mor"}, {**IDA, "sole_caregiver": "far"}]
    assert _post_family(client, [{**MOR, SOLE: "yes"}, {**FAR, SOLE: "yes"}], named).status_code == 200
    assert _post_family(client, [{**MOR, SOLE: "yes"}, FAR], named).status_code == 200


def test_one_parent_with_sole_care_is_accepted(client):
    assert _post_family(client, [{**MOR, SOLE: "yes"}, {**FAR, SOLE: "no"}], [{**NORA, "sole_caregiver": "mor"}]).status_code == 200
    assert _post_family(client, [{**MOR, SOLE: "yes"}, FAR], [{**NORA, "sole_caregiver": "mor"}]).status_code == 200
    assert _post_family(client, [{**MOR, SOLE: "yes"}], [NORA]).status_code == 200  # the only caregiver: read as hers


@pytest.mark.parametrize("endpoint", ["/v1/entitlements", "/v1/interview"])
def test_sole_care_no_child_names_the_parent_for_is_refused_where_several_caregivers_are_listed(client, endpoint):
    # Review s23 caseworker H3: with several caregivers, who has a child's daily care alone is the child's sole_caregiver
    # (ftrl § 9-6; ADR 0018, 0027). A yes to «Har du aleneomsorg?» that no child names its caregiver for says of no child
    # whose it is; it was read as nothing, and mor, alone with the children, got the days of parents living together.
    # Now a 422 names each such answer, in both languages, where it was dropped in silence.
    body = {"family": {"caregivers": [{**MOR, SOLE: "yes"}, {**FAR, SOLE: "yes"}], "children": [NORA, IDA]},
            "date": "2025-06-10", "language": "nb"}
    response = client.post(endpoint, json=body)
    assert response.status_code == 422, response.text
    problems = response.json()["problems"]
    assert [p["field"] for p in problems] == [f"family.caregivers.0.{SOLE}", f"family.caregivers.1.{SOLE}"]
    assert "no child names 'mor' as its sole_caregiver" in problems[0]["message"]["en"]
    assert "ingen barn har 'far' som sole_caregiver" in problems[1]["message"]["nb"]
    assert all("§ 9-6" in p["message"]["nb"] for p in problems)


# Ftrl § 6-4 første ledd (privat pleieforhold): a child who lives at home with the family or in a foster home at least
# half the time gets its supervision and care there. The where-lives scale never gives a «yes» to living at home with a
# «no» to private care; a portal sending the two facts apart got «Ikke rett» for it in silence (review s21 page L9).
AT_HOME, CARE = "lives_at_home_at_least_half_the_time", "has_private_care_arrangement"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_living_at_home_with_no_private_care_is_refused_naming_both_answers(client, language):
    child = {**NORA, AT_HOME: "yes", CARE: "no"}
    body = {"family": {"caregivers": [MOR], "children": [child]}, "date": "2025-06-10", "language": language}
    for endpoint in ("/v1/entitlements", "/v1/interview", "/v1/applications"):
        response = client.post(endpoint, json=body)
        assert response.status_code == 422, (endpoint, response.text)
        problems = response.json()["problems"]
        assert [p["field"] for p in problems] == [f"family.children.0.{AT_HOME}", f"family.children.0.{CARE}"]
        assert all("§ 6-4" in p["message"]["en"] and "'nora'" in p["message"]["en"] for p in problems)
        assert all("bo hjemme" in p["message"]["nb"] for p in problems)


@pytest.mark.parametrize(("at_home", "care"), [("yes", "yes"), ("no", "yes"), ("no", "no"), ("yes", "unknown")])
def test_the_pairs_the_scale_gives_and_a_dont_know_are_taken(client, at_home, care):
    child = {**NORA, AT_HOME: at_home, CARE: care}
    body = {"family": {"caregivers": [MOR], "children": [child]}, "date": "2025-06-10", "language": "en"}
    assert client.post("/v1/entitlements", json=body).status_code == 200


# Barneloven § 36, delt bosted: the child lives permanently with both parents, so neither has its daily care alone
# (NAV's omsorgsdager: «vil ingen av dere bli regnet som alene om omsorgen», ADR 0045). The page's «Hvem har den
# daglige omsorgen» gives one or the other; a portal sending both was answered as delt bosted in silence.
def test_delt_bosted_with_a_sole_caregiver_named_is_refused_naming_both_answers(client):
    child = {**NORA, "has_delt_bosted": "yes", "sole_caregiver": "mor"}
    body = {"family": {"caregivers": [MOR, FAR], "children": [child]}, "date": "2025-06-10", "language": "nb"}
    response = client.post("/v1/entitlements", json=body)
    assert response.status_code == 422, response.text
    problems = response.json()["problems"]
    assert [p["field"] for p in problems] == ["family.children.0.has_delt_bosted", "family.children.0.sole_caregiver"]
    assert all("barneloven § 36" in p["message"]["nb"] and "bo fast hos begge" in p["message"]["nb"] for p in problems)


@pytest.mark.parametrize("child", [{"has_delt_bosted": "yes"}, {"has_delt_bosted": "no", "sole_caregiver": "mor"},
                                   {"sole_caregiver": "mor"}])
def test_delt_bosted_or_a_sole_caregiver_alone_is_taken(client, child):
    body = {"family": {"caregivers": [MOR, FAR], "children": [{**NORA, **child}]}, "date": "2025-06-10"}
    assert client.post("/v1/entitlements", json=body).status_code == 200
