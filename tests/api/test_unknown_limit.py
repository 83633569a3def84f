"""`unknown` has a limit tied to the family, and a 422 lists a bounded number of problems (review s24 page L9).

POST /v1/interview with 1 000 copies of one "don't know" gave a 422 with 999 problems (some 100 KB). A family can answer
"don't know" at most once for each fact and each person who holds it (a family fact once): more is refused as a whole,
naming `unknown` and the limit. And no 422 lists more than 50 problems: the 51st says how many more there are.
"""

from collections import Counter

from api.errors import MAX_PROBLEMS_LISTED
from openfisca_asb.facts.family import MAX_CAREGIVERS, MAX_CHILDREN
from openfisca_asb.facts.unknown import MAX_UNKNOWN, most_unknown
from openfisca_asb.facts.vocabulary import vocabulary

INCOME_UNKNOWN = {"fact": "yearly_income", "person": "mor"}


def _holders() -> Counter:
    return Counter(fact.holder for fact in vocabulary().values())


def test_the_limit_is_one_per_fact_and_person_who_holds_it():
    # By hand: each child fact once per child, each caregiver fact once per caregiver, a fact of either person once per
    # person, a family fact once. For 1 child and 1 caregiver: child + caregiver + 2 × person + family facts.
    holders = _holders()
    assert most_unknown(1, 1) == holders["child"] + holders["caregiver"] + 2 * holders["person"] + holders["family"]
    assert MAX_UNKNOWN == (MAX_CHILDREN * holders["child"] + MAX_CAREGIVERS * holders["caregiver"]
                           + (MAX_CHILDREN + MAX_CAREGIVERS) * holders["person"] + holders["family"])


def test_more_than_the_largest_family_can_give_is_one_problem_naming_unknown_and_the_limit(client, family):
    response = client.post("/v1/interview", json={"family": family, "date": "2021-05-01", "unknown": [INCOME_UNKNOWN] * 1000})
    assert response.status_code == 422
    assert [(p["field"], p["allowed"]) for p in response.json()["problems"]] == [("unknown", {"max_length": MAX_UNKNOWN})]


def test_more_than_this_family_can_give_is_refused_with_its_own_limit(client, family):
    limit = most_unknown(1, 1)  # the fixture's family: mor and ida
    response = client.post("/v1/interview", json={"family": family, "date": "2021-05-01", "unknown": [INCOME_UNKNOWN] * (limit + 1)})
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["field"] == "unknown" and problem["allowed"] == {"max_length": limit}
    assert problem["message"]["en"] == (f"At most {limit} for this family: one for each fact and each person who holds "
                                        f"it; {limit + 1} were given.")
    assert problem["message"]["nb"].startswith(f"Høyst {limit} for denne familien")


def test_a_422_lists_at_most_50_problems_and_says_how_many_more(client, family):
    # 60 copies within the family's limit: the 2nd to the 60th repeat the first, 59 problems. By hand: 50 listed, then
    # one naming the body: 59 − 50 = 9 more.
    response = client.post("/v1/interview", json={"family": family, "date": "2021-05-01", "unknown": [INCOME_UNKNOWN] * 60})
    problems = response.json()["problems"]
    assert response.status_code == 422 and MAX_PROBLEMS_LISTED == 50 and len(problems) == 51
    assert problems[49]["field"] == "unknown.50.fact"
    assert problems[50]["field"] == "body"
    assert problems[50]["message"]["en"] == "9 more problems are not listed: correct these and send the request again"
    assert problems[50]["message"]["nb"] == "9 problemer til er ikke listet: rett disse og send forespørselen på nytt"
