"""Care periods (issue 14 item 10, ADR 0021) are validated strictly: bad input is a 422 naming the field."""

import pytest

MARCH = "2025-03-15"
# A mother who has lost all her working time for Ida, who needs continuous care and has no other supervision (ftrl § 9-10).
IDA_AT_HOME = {
    "caregivers": [{"id": "mor", "birth_date": "1985-03-10", "has_worked_four_weeks": "yes", "yearly_income": 520000,
                    "pleiepenger_lost_working_time_percent": 100}],
    "children": [{"id": "ida", "birth_date": "2019-06-01", "needs_continuous_care_and_supervision": "yes",
                  "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0,
                  "needs_night_watch_or_standby": "no"}],
}


def _body(family, *periods):
    children = [{**family["children"][0], "care_periods": list(periods)}, *family["children"][1:]]
    return {"family": {**family, "children": children}, "date": MARCH}


@pytest.mark.parametrize(("period", "field"), [
    ({"first_day": "2025-03-03", "last_day": "2025-03-07", "supervision_hours_per_day": -1},
     "family.children.0.care_periods.0.supervision_hours_per_day"),
    ({"first_day": "2025-03-03", "last_day": "2025-03-07", "supervision_hours_per_day": "3"},
     "family.children.0.care_periods.0.supervision_hours_per_day"),
    ({"first_day": "2025-03-07", "last_day": "2025-03-03"}, "family.children.0.care_periods.0"),
    ({"first_day": "2025-03-03", "last_day": "2025-03-07", "hours": 3}, "family.children.0.care_periods.0.hours"),
    # Night watch is true or false: the texts "on", "y" and "yes" were silently read as true (issue 17 review).
    *(({"first_day": "2025-03-03", "last_day": "2025-03-07", "night_watch_or_standby": text},
       "family.children.0.care_periods.0.night_watch_or_standby") for text in ("on", "y", "yes", "1")),
])
def test_a_bad_period_is_422_naming_its_field(client, family, period, field):
    response = client.post("/v1/entitlements", json=_body(family, period))
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == field
    assert problem["message"]["nb"] and problem["message"]["en"]


def test_overlapping_periods_are_422_naming_the_list(client, family):
    response = client.post("/v1/entitlements", json=_body(
        family, {"first_day": "2025-03-03", "last_day": "2025-03-10"}, {"first_day": "2025-03-10", "last_day": "2025-03-14"}))
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "family.children.0.care_periods"
    assert "2025-03-10" in problem["message"]["en"] and "overlapper" in problem["message"]["nb"]


@pytest.mark.parametrize(("period", "field"), [
    ({"first_day": "2017-09-30", "last_day": "2025-03-07"}, "family.children.0.care_periods.0.first_day"),
    ({"first_day": "2025-03-03", "last_day": "2028-01-01"}, "family.children.0.care_periods.0.last_day"),
])
def test_a_period_outside_the_model_dates_is_422_naming_its_day(client, family, period, field):
    # The model covers 2017-10-01 to 2027-12-31 (rules/dates.py); a period may run across months, not beyond those.
    response = client.post("/v1/explain/pleiepenger", json=_body(family, period))
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == field
    assert "2017-10-01" in problem["message"]["en"] and "utenfor datoene modellen dekker" in problem["message"]["nb"]


def test_explain_shows_the_pieces_of_the_month(client):
    # 520 000 / 260 = 2 000 a day; 17–31 March 2025 (11 weekdays) at 3.5 h a day → 47 % tilsyn → 53 %:
    # 10 × 2 000 + 11 × 1 060 = 31 660 (NAV's KnekkpunktUtleder and BeregnGrader, see tests/folketrygd).
    response = client.post("/v1/explain/pleiepenger", json=_body(
        IDA_AT_HOME, {"first_day": "2025-03-17", "last_day": "2025-03-31", "supervision_hours_per_day": 3.5}))
    assert response.status_code == 200
    result = response.json()["results"][0]
    assert [(p["weekdays"], p["grade"], p["amount"]) for p in result["periods"]] == [(10, 100, 20000), (11, 53, 11660)]
    assert result["amount"]["value"] == 31660


def test_a_period_across_the_month_is_answered_with_its_part_in_the_month(client):
    # Review s22 caseworker M2: a stay from 28 March to 2 April 2025 is one period. The daily rate is
    # 520 000 / 260 = 2 000 (under 6G); 28 March is a Friday, 31 March a Monday: 2 weekdays at 3.5 h a day → 47 %
    # tilsyn → 53 %, 2 × 1 060 = 2 120; 3–27 March at home, 0 h: 3–7, 10–14, 17–21, 24–27 = 19 weekdays × 2 000 = 38 000.
    stay = {"first_day": "2025-03-28", "last_day": "2025-04-02", "supervision_hours_per_day": 3.5}
    response = client.post("/v1/explain/pleiepenger", json=_body(IDA_AT_HOME, stay))
    assert response.status_code == 200, response.text
    result = response.json()["results"][0]
    assert [(p["first_day"], p["last_day"], p["weekdays"], p["amount"], p.get("part_of")) for p in result["periods"]] == [
        ("2025-03-01", "2025-03-27", 19, 38000, None),
        ("2025-03-28", "2025-03-31", 2, 2120, [{"child": "ida", "first_day": "2025-03-28", "last_day": "2025-04-02"}])]
    assert result["amount"]["value"] == 40120


@pytest.mark.parametrize("path", ["/v1/entitlements", "/v1/applications", "/v1/timeline", "/v1/explain/opplaeringspenger",
                                  "/v1/interview"])
def test_a_training_period_of_a_right_still_open_is_answered_not_a_500(client, path):
    # Review s21 (caseworker) H1: the course dates are given before the doctor's confirmation (ftrl § 9-14: a
    # legeerklæring is a condition), so opplæringspenger is «missing information» and has no reason; each period
    # was built with no reason and every endpoint answered 500. The period says it is open, with nothing paid.
    family = {"caregivers": [{"id": "far", "birth_date": "1986-07-01", "employment": "self_employed",
                              "has_worked_four_weeks": "yes", "yearly_income": 420000,
                              "opplaeringspenger_training_at_approved_institution": "yes",
                              "training_periods": [{"first_day": "2025-03-10", "last_day": "2025-03-13"}]}],
              "children": [{"id": "aksel", "birth_date": "2021-02-03", "has_lasting_illness": "yes"}]}
    response = client.post(path, json={"family": family, "date": MARCH})
    assert response.status_code == 200, response.text
    if path == "/v1/entitlements":
        result = next(r for r in response.json()["benefits"] if r["benefit"] == "opplaeringspenger")
        # 10–13 March 2025 is Monday to Thursday: 4 weekdays, none paid while the right is open.
        assert result["status"] == "missing_information"
        assert [(p["weekdays"], p["amount"], p["reason"]) for p in result["periods"]] == [(4, 0, None)]
