"""A family where one parent is an employee and the other on AAP, walked through POST /v1/interview to the last
question (review s22 page H1, reproduced before the s22-lawfix merge and not after it).

Ftrl § 8-2 andre ledd leaves AAP out of what counts as work, and how NAV computes pleiepenger for a parent on AAP is not
modelled (variables/folketrygd/kapittel_9/README.md): the AAP father's pleiepenger are «Må vurderes» with that reason,
never «Mangler opplysninger» with nothing left to ask. The dagpenger's daily rate is read only on dagpenger
(`asked_if_gate: [dagpenger]` in variables/common/questions.yaml): neither parent is asked it.
"""

import pytest

ON = "2025-09-01"
EMIL = {"id": "emil", "birth_date": "2019-03-01", "has_illness_or_extra_needs": "yes"}
# The review's walk: Mor an employee who is not away from work, Far on AAP and away all his working time.
ANSWERS = {
    ("kommunenummer", None): "4601", ("has_lasting_illness", "emil"): "yes",
    ("needs_continuous_care_and_supervision", "emil"): "yes", ("has_specialist_medical_certificate", "emil"): "yes",
    ("employment", "mor"): "employee", ("employment", "far"): "arbeidsavklaringspenger",
    ("work_besides_benefit", "far"): "none",
    ("has_worked_four_weeks", "mor"): "yes", ("has_worked_four_weeks", "far"): "yes",
    ("yearly_income", "mor"): 480000, ("yearly_income", "far"): 400000,
    ("pleiepenger_lost_working_time_percent", "mor"): 0, ("pleiepenger_lost_working_time_percent", "far"): 100,
    ("established_supervision_hours_per_week", "emil"): 0, ("needs_night_watch_or_standby", "emil"): "no",
    ("care_need_requires_two_caregivers", "emil"): "no",
}


def _holder(family, person):
    if person is None:
        return family
    return next(p for p in family["caregivers"] + family["children"] if p["id"] == person)


@pytest.fixture(scope="module")
def walked(client):
    return _walk(client)


def _walk(client):
    """Answers each question asked from ANSWERS, «Vet ikke» to the rest; returns what was asked and the last answer."""
    family = {"caregivers": [{"id": "mor", "birth_date": "1986-01-01"}, {"id": "far", "birth_date": "1983-01-01"}],
              "children": [dict(EMIL)]}
    unknown, asked = [], []
    for _ in range(80):
        response = client.post("/v1/interview", json={"family": family, "date": ON, "depth": "all",
                                                      "unknown": unknown, "language": "en"})
        assert response.status_code == 200, response.text
        step = response.json()
        if not step["questions"]:
            return asked, step["answer"]
        question = step["questions"][0]
        key = (question["fact"], question["person"])
        asked.append(key)
        if key in ANSWERS:
            _holder(family, key[1])[key[0]] = ANSWERS[key]
        else:
            unknown.append({"fact": key[0], "person": key[1]})
    raise AssertionError(f"still asking after 80 questions: {asked[-5:]}")


def test_the_aap_father_is_to_be_assessed_and_nobody_is_asked_a_dagpenger_rate(walked):
    asked, answer = walked
    assert not [key for key in asked if key[0] == "dagpenger_daily_rate"], asked
    far = next(b for b in answer["benefits"] if b["benefit"] == "pleiepenger" and b["person"] == "far")
    assert (far["status"], far["reason"]["code"]) == ("to_be_assessed", "aap_assessed_by_nav")
    assert far["reason"]["text"].startswith("You receive work assessment allowance (AAP): NAV must assess the right")
    # Mor is away 0 % of her working time, below the 20 % of § 9-11 first ledd: refused, not left open.
    mor = next(b for b in answer["benefits"] if b["benefit"] == "pleiepenger" and b["person"] == "mor")
    assert mor["status"] == "not_entitled"


def test_no_right_is_left_missing_with_nothing_named_as_missing(walked):
    # A «Mangler opplysninger» with an empty list was the review's symptom: the family cannot tell what to answer.
    _, answer = walked
    silent = [(b["benefit"], b["person"]) for b in answer["benefits"]
              if b["status"] == "missing_information" and not b["missing_facts"]]
    assert silent == []
