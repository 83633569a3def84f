"""Fordeling of omsorgsdager between parents who live apart (ftrl § 9-6 fifth ledd, ADR 0022), through the API.

"Selv om den ene av foreldrene er alene om den daglige omsorgen, kan stønadsdagene fordeles mellom
foreldrene i forhold til omfanget av avtalt samvær" (§ 9-6 fifth ledd, trygderett.no). The questions
about samvær are asked of the parent living apart only; the explanation shows the days distributed.
"""

ON = "2024-09-01"
MOR = {"id": "mor", "birth_date": "1985-02-01", "employment": "employee", "has_worked_four_weeks": "yes", "omsorgspenger_temporarily_alone": "no"}
FAR = {"id": "far", "birth_date": "1984-02-01", "employment": "employee", "has_worked_four_weeks": "yes", "omsorgspenger_temporarily_alone": "no"}
IDA = {"id": "ida", "birth_date": "2018-01-01", "omsorgspenger_chronic_illness_accepted": "no"}


def _omsorgspenger(answer: dict, person: str) -> dict:
    return next(b for b in answer["benefits"] if b["benefit"] == "omsorgspenger" and b["person"] == person)


def test_the_parent_living_apart_is_asked_about_samvaer_and_the_parent_alone_is_not(client):
    # Ida lives with mor (sole_caregiver): far counts no child of his own, and may have received days.
    family = {"caregivers": [MOR, FAR], "children": [{**IDA, "sole_caregiver": "mor"}]}
    questions = client.post("/v1/facts/needed", json={"family": family, "date": ON}).json()["questions"]
    asked = {(q["fact"], q["person"]) for q in questions}
    assert ("has_samvaer", "far") in asked and ("omsorgsdager_received_by_distribution", "far") in asked
    assert ("has_samvaer", "mor") not in asked and ("omsorgsdager_received_by_distribution", "mor") not in asked


def test_parents_sharing_the_care_are_not_asked_about_samvaer(client):
    family = {"caregivers": [MOR, FAR], "children": [IDA]}
    questions = client.post("/v1/facts/needed", json={"family": family, "date": ON}).json()["questions"]
    assert not {q["fact"] for q in questions} & {"has_samvaer", "omsorgsdager_received_by_distribution"}


def test_answers_and_explanation_show_the_days_distributed(client):
    # Mor alone with ida: 10 + 10 = 20, 4 distributed → 16. Far, with samvær, received 4 (grunnrett 0) → 4.
    family = {
        "caregivers": [{**MOR, "omsorgsdager_distributed_away": 4}, {**FAR, "has_samvaer": "yes", "omsorgsdager_received_by_distribution": 4}],
        "children": [{**IDA, "sole_caregiver": "mor"}],
    }
    body = {"family": family, "date": ON, "language": "en"}
    answer = client.post("/v1/entitlements", json=body).json()
    assert _omsorgspenger(answer, "mor")["amount"]["value"] == 16
    assert _omsorgspenger(answer, "far")["amount"]["value"] == 4
    explained = client.post("/v1/explain/omsorgspenger", json=body).json()
    text = str(explained["explanations"])
    assert "omsorgsdager_distributed_days" in text and "omsorgsdager_received_by_distribution_days" in text
