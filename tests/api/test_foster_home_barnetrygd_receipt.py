"""A foster family is not offered shared barnetrygd (ADR 0045 addendum 0.24.0). Its question is asked in the foster words
«Får du barnetrygden for barnet, eller får den andre fosterforelderen den?», which leave shared out: shared barnetrygd
follows the parents' delt bosted (barnetrygdloven § 2 tredje ledd; the 2016 rundskriv to § 2: «Er det avtalt delt
bosted for barnet, se kommentarene til § 2 tredje ledd»), an agreement between the child's parents (barneloven § 36)
that a foster home does not have. The choice offered leaves it out too (`leaves_out` on the wording in GET /v1/facts,
and on the interview's rows). Sent anyway it is read, not refused: no source read makes it impossible, and the fact is
the caregiver's, not one child's (a foster family may have a child of its own with delt bosted).
"""

import json

from openfisca_asb.cli import main

ON = "2024-09-01"
# Ida needs continuous care with the specialist's certificate (ftrl § 9-10): her carers' omsorgsopptjening turns on
# who receives the barnetrygd (§ 20-8 første ledd bokstav a), asked of both foster parents.
IDA = {"id": "ida", "birth_date": "2019-06-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
       "needs_continuous_care_and_supervision": "yes", "has_specialist_medical_certificate": "yes"}
CAREGIVERS = [{"id": "fostermor", "birth_date": "1982-12-03"}, {"id": "fosterfar", "birth_date": "1980-07-15"}]


def _family(foster: bool) -> dict:
    return {"children": [{**IDA, "lives_in_fosterhjem": "yes"} if foster else IDA], "caregivers": CAREGIVERS}


def _receipt_rows(client, foster: bool) -> list[dict]:
    response = client.post("/v1/interview", json={"family": _family(foster), "date": ON, "depth": "all", "language": "nb"})
    assert response.status_code == 200, response.text
    rows = [row for row in response.json()["questions"] if row["fact"] == "barnetrygd_receipt"]
    assert {row["person"] for row in rows} == {"fostermor", "fosterfar"}
    return rows


def test_the_interview_does_not_offer_a_foster_home_shared_barnetrygd(client):
    for row in _receipt_rows(client, foster=True):
        assert row["question"] == "Får du barnetrygden for barnet, eller får den andre fosterforelderen den?"
        assert row["leaves_out"] == ["shared"]


def test_parents_are_offered_every_answer(client):
    for row in _receipt_rows(client, foster=False):
        assert row["question"].startswith("Får du barnetrygden for barnet – hele, delt med den andre forelderen")
        assert row["leaves_out"] is None


def test_the_vocabulary_says_the_foster_words_leave_shared_out(client):
    facts = {fact["id"]: fact for fact in client.get("/v1/facts").json()["facts"]}
    receipt = facts["barnetrygd_receipt"]
    assert "shared" in {value["value"] for value in receipt["allowed_values"]}  # the parents' answer is still there
    [foster] = [wording for wording in receipt["wordings"] if wording["any_said"] == {"lives_in_fosterhjem": "yes"}]
    assert foster["leaves_out"] == ["shared"]


def test_shared_sent_by_a_foster_family_is_read_not_refused(client):
    family = _family(foster=True)
    family["caregivers"] = [{**CAREGIVERS[0], "barnetrygd_receipt": "shared"}, CAREGIVERS[1]]
    response = client.post("/v1/entitlements", json={"family": family, "date": ON})
    assert response.status_code == 200, response.text


def test_asb_questions_json_carries_what_is_left_out(tmp_path, capsys):
    path = tmp_path / "foster.json"
    path.write_text(json.dumps(_family(foster=True)), encoding="utf-8")
    assert main(["questions", str(path), "--date", ON, "--all", "--json"]) == 0
    rows = [row for row in json.loads(capsys.readouterr().out)["questions"] if row["fact"] == "barnetrygd_receipt"]
    assert rows and all(row["leaves_out"] == ["shared"] for row in rows)
