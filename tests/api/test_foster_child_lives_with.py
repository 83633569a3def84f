"""«Who does the child live with permanently» for a foster child, in foster words and without delt bosted (ADR 0045
addendum 0.24.0). Delt bosted is an agreement between the child's parents that the child lives with both (barneloven
§ 36), not a foster home's; «Begge foreldrene» and «barnets andre forelder» read as the birth parents. The interview
asks a foster child «Hvem bor fosterbarnet fast hos?», offers the foster parents and «Begge fosterforeldrene, som bor
sammen med barnet» (the child's `has_delt_bosted` «no», as «Begge foreldrene» gives), and never asks a foster child
delt bosted on its own; the page takes the same words from GET /v1/facts (`wordings`), `asb questions` from the rows.
"""

import json

import pytest

from openfisca_asb.cli import main
from openfisca_asb.facts.vocabulary import Fact, _check_wordings, vocabulary

ON = "2024-09-01"
WORK = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 500000}
# Noah is accepted as chronically ill (ftrl § 9-6 andre ledd): whom he lives with alone moves his carers' omsorgspenger
# days, so once a foster parent says she lives alone (`is_single` yes) the question is asked (ADR 0045 addendum s23).
NOAH = {"id": "noah", "birth_date": "2016-04-02", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
        "has_long_term_illness_or_disability": "yes", "omsorgspenger_chronic_illness_accepted": "yes"}
FOSTERMOR = {"id": "fostermor", "birth_date": "1982-12-03", **WORK}
FOSTERFAR = {"id": "fosterfar", "birth_date": "1980-07-15", **WORK}
BOTH_FOSTER_PARENTS = {"label": "Begge fosterforeldrene, som bor sammen med barnet", "answers": {"has_delt_bosted": "no"}}


def _rows(client, family: dict, fact: str) -> list[dict]:
    response = client.post("/v1/interview", json={"family": family, "date": ON, "depth": "all", "language": "nb"})
    assert response.status_code == 200, response.text
    return [row for row in response.json()["questions"] if row["fact"] == fact]


def _two_foster_parents(foster: bool = True) -> dict:
    noah = {**NOAH, "lives_in_fosterhjem": "yes"} if foster else NOAH
    return {"children": [noah], "caregivers": [{**FOSTERMOR, "is_single": "yes"}, FOSTERFAR]}


def test_a_foster_child_is_asked_in_foster_words_without_delt_bosted(client):
    [row] = _rows(client, _two_foster_parents(), "sole_caregiver")
    assert row["question"] == "Hvem bor fosterbarnet fast hos?"
    assert row["choices"] == ["fostermor", "fosterfar"]
    assert row["other_answers"] == [BOTH_FOSTER_PARENTS]


def test_a_child_of_the_family_is_offered_delt_bosted_and_both_parents(client):
    [row] = _rows(client, _two_foster_parents(foster=False), "sole_caregiver")
    assert row["question"] == "Hvem bor barnet fast hos?"
    assert [answer["label"] for answer in row["other_answers"]] == [
        "Begge foreldrene, med avtale om delt bosted – vi bor ikke sammen", "Begge foreldrene, som bor sammen med barnet"]


def test_a_single_foster_parent_is_not_asked_about_delt_bosted(client):
    # With one caregiver, «yes» to sole care opens delt bosted as a question of its own (ADR 0045 addendum), here 40
    # days against 20 for a chronically ill child: asked of a child of hers, never of a foster child.
    for foster, asked in ((False, 1), (True, 0)):
        noah = {**NOAH, "lives_in_fosterhjem": "yes"} if foster else NOAH
        family = {"children": [noah], "caregivers": [{**FOSTERMOR, "has_sole_care": "yes"}]}
        assert len(_rows(client, family, "has_delt_bosted")) == asked, foster


def test_the_vocabulary_gives_the_page_the_foster_words(client):
    facts = {fact["id"]: fact for fact in client.get("/v1/facts").json()["facts"]}
    [foster] = facts["sole_caregiver"]["wordings"]
    assert foster["holder_said"] == {"lives_in_fosterhjem": ["yes"]} and foster["leaves_out"] == ["delt_bosted"]
    assert foster["answer_labels"]["together"]["en"] == "Both foster parents, who live together with the child"
    assert "barnets andre forelder" not in foster["help"]["nb"] and "delt bosted" not in foster["help"]["nb"]


def test_asb_questions_lists_the_foster_answers(tmp_path, capsys):
    path = tmp_path / "foster.json"
    path.write_text(json.dumps(_two_foster_parents()), encoding="utf-8")
    assert main(["questions", str(path), "--date", ON, "--all", "--lang", "nb"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if "Hvem bor fosterbarnet fast hos?" in line)
    assert [line.strip() for line in lines[at + 1:at + 4]] == [
        "( ) fostermor", "( ) fosterfar", "( ) Begge fosterforeldrene, som bor sammen med barnet"]
    assert not any("delt bosted" in line for line in lines)


def test_the_vocabulary_refuses_a_wording_that_leaves_out_an_answer_it_does_not_have():
    # The foster words leave delt bosted out by its `id`; a misspelt id would leave nothing out and offer a foster child
    # delt bosted again, so the vocabulary refuses it when loaded (facts/vocabulary.py `_check_wordings`).
    facts = dict(vocabulary())
    declared = facts["sole_caregiver"].model_dump(exclude={"pattern"})  # a one_of fact takes its pattern itself
    declared["wordings"][0]["leaves_out"] = ["delt_bosteed"]
    facts["sole_caregiver"] = Fact.model_validate(declared)
    with pytest.raises(ValueError, match="by their `id`"):
        _check_wordings(facts)
    _check_wordings(dict(vocabulary()))  # as declared, it loads
