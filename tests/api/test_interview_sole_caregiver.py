"""A portal following POST /v1/interview for a mother alone with her children beside a stepfather and a father with samvær
(review s23 caseworker H3, its family D2). The interview never asked who the children live with, a caregiver's
«has_sole_care» was not read where the family lists several caregivers, and each of the three adults ended «entitled,
35 days».

Folketrygdloven § 9-6: «Når arbeidstakeren er alene om omsorgen, økes antallet stønadsdager» (første ledd), and doubled
for a chronically ill child (andre ledd); the one the child lives with permanently is alone with the care also after
marrying someone who is not the child's parent (compendia24: «Man anses fortsatt som alene om omsorgen selv om man
gifter seg … Det er adgang til å overføre inntil 10 dager til ny ektefelle»); «Når en av foreldrene er alene om den
daglige omsorgen, kan opptil 10 av stønadsdagene overføres til ektefelle» (sjette ledd) and days may be distributed to
the parent with samvær (femte ledd) (trygderett.no's text of § 9-6).
"""

import pytest

ON = "2024-09-01"
# Review s23's family D: what the family knows, which the walk answers from. The children live with mor: each names her.
TRUTH = {
    "kommunenummer": "1103",
    "caregivers": [
        {"id": "mor", "birth_date": "1987-06-05", "employment": "employee", "has_worked_four_weeks": "yes",
         "yearly_income": 560000, "is_single": "no", "has_sole_care": "yes", "omsorgspenger_temporarily_alone": "no",
         "barnetrygd_receipt": "full", "omsorgsdager_transferred_away": 10, "omsorgsdager_distributed_away": 8},
        {"id": "stefar", "birth_date": "1984-09-19", "employment": "employee", "has_worked_four_weeks": "yes",
         "yearly_income": 640000, "is_single": "no", "has_sole_care": "no", "omsorgspenger_temporarily_alone": "no",
         "barnetrygd_receipt": "none", "omsorgsdager_received_by_transfer": 10},
        {"id": "far", "birth_date": "1985-03-28", "employment": "employee", "has_worked_four_weeks": "yes",
         "yearly_income": 600000, "is_single": "yes", "has_sole_care": "no", "has_samvaer": "yes",
         "barnetrygd_receipt": "none", "omsorgsdager_received_by_distribution": 8},
    ],
    "children": [
        {"id": "sofie", "birth_date": "2014-02-11", "sole_caregiver": "mor", "has_illness_or_extra_needs": "yes",
         "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
         "omsorgspenger_chronic_illness_accepted": "yes", "needs_continuous_care_and_supervision": "no",
         "school_grade": 5, "has_treatment_travel": "yes"},
        {"id": "jonas", "birth_date": "2017-08-30", "sole_caregiver": "mor", "has_illness_or_extra_needs": "yes",
         "has_lasting_illness": "yes", "has_long_term_illness_or_disability": "yes",
         "omsorgspenger_chronic_illness_accepted": "yes", "needs_continuous_care_and_supervision": "no", "school_grade": 2},
        {"id": "lea", "birth_date": "2020-05-14", "sole_caregiver": "mor", "has_illness_or_extra_needs": "no",
         "barnehage_place": "has_place"},
    ],
}
LIVES_WITH = "sole_caregiver"


def _walk(client) -> tuple[list[dict], dict]:
    """From the persons' ids and birth dates, every question of every step answered as the family knows it, «don't
    know» where it does not; (the questions asked, the last step)."""
    truth = {person["id"]: person for person in TRUTH["caregivers"] + TRUTH["children"]}
    family = {group: [{"id": p["id"], "birth_date": p["birth_date"]} for p in TRUTH[group]] for group in ("caregivers", "children")}
    persons = {person["id"]: person for person in family["caregivers"] + family["children"]}
    unknown, asked = [], []
    for _ in range(200):
        response = client.post("/v1/interview", json={"family": family, "date": ON, "depth": "all", "unknown": unknown})
        assert response.status_code == 200, response.text
        step = response.json()
        if not step["next"]:
            return asked, step
        for question in step["next"]:
            asked.append(question)
            known = (truth.get(question["person"]) if question["person"] else TRUTH).get(question["fact"])
            if known is None:
                unknown.append({"fact": question["fact"], "person": question["person"]})
            else:
                (persons[question["person"]] if question["person"] else family)[question["fact"]] = known
    raise AssertionError("the interview did not end after 200 steps")


@pytest.fixture(scope="module")
def walked(client):
    return _walk(client)


def _days(step, benefit: str) -> dict:
    return {r["person"]: (r["status"], r["amount"]["value"] if r["amount"] else None)
            for r in step["answer"]["benefits"] if r["benefit"] == benefit}


def test_the_interview_asks_who_each_child_lives_with_among_the_caregivers(walked):
    asked, _ = walked
    lives_with = [q for q in asked if q["fact"] == LIVES_WITH]
    assert [q["person"] for q in lives_with] == ["sofie", "jonas", "lea"]
    for question in lives_with:
        assert question["choices"] == ["mor", "stefar", "far"]
        assert [answer["answers"] for answer in question["other_answers"]] == [{"has_delt_bosted": "yes"}, {"has_delt_bosted": "no"}]
        assert "omsorgspenger" in question["settles"]
    # Delt bosted is one of its answers, not a question of its own.
    assert not [q for q in asked if q["fact"] == "has_delt_bosted"]


def test_the_walk_ends_with_52_10_and_8_days_not_35_each(walked):
    # Mor, alone with three counted children, two accepted as chronically ill: 15 + 2 × 20 + 15 = 70, less 10
    # transferred to stefar and 8 distributed to far = 52. Stefar counts no child of his own: the 10 transferred. Far,
    # living apart with samvær: the 8 distributed. Each is settled, with nothing left missing.
    _, last = walked
    assert _days(last, "omsorgspenger") == {"mor": ("entitled", 52), "stefar": ("entitled", 10), "far": ("entitled", 8)}
    assert not [r for r in last["answer"]["benefits"] if r["benefit"] == "omsorgspenger" and r["missing_facts"]]


def test_each_adults_leave_is_their_omsorgspenger_days(walked):
    # Aml § 12-9: «Arbeidstaker har alltid rett til permisjon når det ytes omsorgspenger» – the days distributed to far
    # too (review s23 caseworker M1).
    _, last = walked
    assert _days(last, "permisjon_barns_sykdom") == {"mor": ("entitled", 52), "stefar": ("entitled", 10), "far": ("entitled", 8)}
