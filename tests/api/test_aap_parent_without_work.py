"""A single mother on AAP with no work beside it, her child in continuous care (review s24 page L1): she has no working
time of her own to be away from, and NAV assesses her pleiepenger whatever she would answer (ftrl § 8-2 andre ledd leaves
AAP out of what counts as work; variables/folketrygd/kapittel_9/README.md). So she is not asked the share of «din egen
vanlige arbeidstid», and no answer to it refuses her; a parent on AAP with work beside it still is (§ 9-11 andre ledd:
at least 20 % of her own working time).
"""

import pytest

from openfisca_asb.facts.vocabulary import vocabulary

ON = "2025-03-15"
FACT = "pleiepenger_lost_working_time_percent"
ELIAS = {"id": "elias", "birth_date": "2019-03-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
         "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes",
         "established_supervision_hours_per_week": 0, "needs_night_watch_or_standby": "no",
         "care_need_requires_two_caregivers": "no"}


def _family(besides, **mor):
    return {"kommunenummer": "0301", "children": [dict(ELIAS)],
            "caregivers": [{"id": "mor", "birth_date": "1990-01-01", "employment": "arbeidsavklaringspenger",
                            "work_besides_benefit": besides, "has_worked_four_weeks": "yes", **mor}]}


def _pleiepenger(client, family):
    response = client.post("/v1/entitlements", json={"family": family, "date": ON})
    assert response.status_code == 200, response.text
    return next(b for b in response.json()["benefits"] if b["benefit"] == "pleiepenger")


def test_she_is_never_asked_the_working_time_lost_and_is_to_be_assessed(client):
    response = client.post("/v1/interview", json={"family": _family("none"), "date": ON, "depth": "all"})
    assert response.status_code == 200, response.text
    step = response.json()
    asked = [(q["fact"], q["person"]) for q in step["questions"]]
    assert (FACT, "mor") not in asked
    pleiepenger = next(b for b in step["answer"]["benefits"] if b["benefit"] == "pleiepenger")
    assert (pleiepenger["status"], pleiepenger["reason"]["code"]) == ("to_be_assessed", "aap_assessed_by_nav")
    assert FACT not in [m["fact"] for m in pleiepenger["missing_facts"]]


@pytest.mark.parametrize("lost", [10, 100])
def test_no_share_she_gives_refuses_her(client, lost):
    # 10 % is under the 20 % of § 9-11 andre ledd, which would refuse a parent with work; for her NAV assesses it.
    pleiepenger = _pleiepenger(client, _family("none", **{FACT: lost}))
    assert (pleiepenger["status"], pleiepenger["reason"]["code"]) == ("to_be_assessed", "aap_assessed_by_nav")


def test_with_work_beside_the_aap_under_20_percent_is_refused(client):
    # An employee beside the AAP away 10 % of her own working time: under the 20 % of § 9-11 andre ledd.
    pleiepenger = _pleiepenger(client, _family("employee", yearly_income=200000, **{FACT: 10}))
    assert (pleiepenger["status"], pleiepenger["reason"]["code"]) == ("not_entitled", "lost_work_below_20_percent")


def test_while_the_work_beside_is_not_known_she_is_asked_it_not_refused(client):
    # 10 % refuses her only if she has work beside the AAP (the test above); without work NAV assesses: so it is open.
    pleiepenger = _pleiepenger(client, _family("unknown", **{FACT: 10}))
    assert pleiepenger["status"] == "missing_information"
    assert "work_besides_benefit" in [m["fact"] for m in pleiepenger["missing_facts"]]


def test_the_help_says_a_parent_on_aap_answers_for_the_work_beside_it():
    help_ = vocabulary()[FACT].help
    assert "Får du arbeidsavklaringspenger (AAP), svar for arbeidet du har ved siden av." in help_.nb
    assert "If you receive work assessment allowance (AAP), answer for the work you have beside it." in help_.en
