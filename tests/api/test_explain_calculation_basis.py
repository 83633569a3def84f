"""POST /v1/explain/pleiepenger gives the calculation basis per holder ([fidelity] item 9)."""

MOR = {"id": "mor", "birth_date": "1985-03-10", "has_worked_four_weeks": "yes", "yearly_income": 900000,
       "pleiepenger_lost_working_time_percent": 100}
IDA = {"id": "ida", "birth_date": "2016-06-01", "needs_continuous_care_and_supervision": "yes",
       "has_specialist_medical_certificate": "yes", "established_supervision_hours_per_week": 0}


def _basis(client, **mother):
    body = {"family": {"caregivers": [{**MOR, **mother}], "children": [IDA]}, "date": "2025-06-10", "language": "nb"}
    explained = client.post("/v1/explain/pleiepenger", json=body).json()
    return {line["variable"]: line["value"] for line in explained["explanations"][0]["calculation_basis"]}


def test_explain_shows_who_is_paid(client):
    # ft-beregning (fidelity.md case 4b): 780 960 capped; employer 500 000 / 260 → 1 923; member 280 960 / 260 → 1 081.
    basis = _basis(client, employer_refund_claim_yearly=500000)
    assert (basis["chapter_9_daily_rate_to_employer"], basis["chapter_9_daily_rate_to_member"]) == (1923, 1081)


def test_explain_when_the_employer_pays_salary(client):
    # The whole capped basis is refunded: 780 960 / 260 = 3 003.69 → 3 004 to the employer, nothing to the member.
    basis = _basis(client, employer_pays_salary_during_leave="yes")
    assert basis["chapter_9_daily_rate_to_employer"] == 3004 and "chapter_9_daily_rate_to_member" not in basis


def test_explain_per_activity(client):
    # 600 000 + 300 000 > 780 960: shares 520 640 and 260 320 (FastsettAndelForArbeidsforhold); grades 50 % and 100 %
    # (hours 37.5 → 18.75 and 18.75 → 0); 520 640 × 0.5 / 260 = 1 001.23 → 1 001; 260 320 / 260 = 1 001.23 → 1 001.
    basis = _basis(client, activity_1_normal_hours_per_week=37.5, activity_1_current_hours_per_week=18.75, activity_1_yearly_income=600000,
                   activity_2_normal_hours_per_week=18.75, activity_2_current_hours_per_week=0, activity_2_yearly_income=300000)
    assert (basis["pleiepenger_activity_1_payment_grade"], basis["pleiepenger_activity_2_payment_grade"]) == (50, 100)
    assert (basis["pleiepenger_activity_1_daily_amount"], basis["pleiepenger_activity_2_daily_amount"]) == (1001, 1001)


def test_explain_per_activity_with_kinds(client):
    # ft-beregning @ e487bf44 FP_BR_29.8 (grenseverdi/utenfordeling): employment 600 000 + frilans 300 000 > 780 960 –
    # the employment keeps 600 000, frilans gets 180 960; 600 000 × 0.5 / 260 = 1 153.85 → 1 154; 180 960 / 260 = 696.
    basis = _basis(client, activity_1_normal_hours_per_week=37.5, activity_1_current_hours_per_week=18.75, activity_1_yearly_income=600000,
                   activity_1_kind="employee", activity_2_normal_hours_per_week=18.75, activity_2_current_hours_per_week=0,
                   activity_2_yearly_income=300000, activity_2_kind="frilanser")
    assert (basis["pleiepenger_activity_1_daily_amount"], basis["pleiepenger_activity_2_daily_amount"]) == (1154, 696)


def test_an_unknown_activity_kind_is_refused_naming_the_field(client):
    body = {"family": {"caregivers": [{**MOR, "activity_1_kind": "pirate"}], "children": [IDA]}, "date": "2025-06-10"}
    response = client.post("/v1/explain/pleiepenger", json=body)
    assert response.status_code == 422 and "activity_1_kind" in response.text
