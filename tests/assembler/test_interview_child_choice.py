"""The child a pleiepenger claim is for is chosen among the family's children, never typed (ADR 0014 addendum
2026-11-30; ADR 0027 addendum: «a choice among the family's children would be better»).

Rule: pleiepenger are for the care of *a* child (ftrl § 9-10 første ledd), graded against that child's own need
(§ 9-11). Where two children need continuous care the claim must name its child (`pleiepenger_child`, the child's
`id`): a name typed that is no child's `id` is refused (422). So the interview offers the family's children's ids as
its choices (`choices`), on POST /v1/interview and in `asb questions`, and the answer sent is one of them. Only the
children a claim can be for are offered: not Ida, answered as healthy, nor a child who has died (review s22 page M2).

The family: review s22's F4 (tests/folketrygd/test_pleiepenger_per_child.py), Oskar and Maja both admitted and in
need of continuous care, Ida healthy, every other question the interview would ask before it answered. Worked by
hand, as there: mor (600 000 kr, all her working time) claiming for Maja, far (700 000 kr) for Oskar, share no need,
each entitled in full in February 2025 (20 weekdays): mor 20 × 2 308 = 46 160 kr, far 20 × 2 692 = 53 840 kr.
"""

import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.cli import main
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import Fact, _check_one_of
from openfisca_asb.rules.person_id import PERSON_ID

sys.path.insert(0, str(Path(__file__).parents[1] / "folketrygd"))
from test_pleiepenger_per_child import FAR_FEBRUARY, ILL, MOR_FEBRUARY, ON, PARENT  # noqa: E402

GROUPS = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
# In hospital (not at home half the time, so no private care at home, ftrl § 6-4), no coordinated services asked for,
# each group of needs "no": what the interview asks before which child is then already answered.
ADMITTED = {**ILL, **{group: "no" for group in GROUPS}, "needs_long_term_coordinated_health_services": "no",
            "has_private_care_arrangement": "no", "lives_at_home_at_least_half_the_time": "no"}
# The mother receives the barnetrygd (ftrl § 20-8 første ledd bokstav a), the father none: asked before the claim's child
# since its answer settles each parent's omsorgsopptjening and the questions behind it (ADR 0014 addendum 0.22.0).
WORKING = {**PARENT, "omsorgspenger_temporarily_alone": "no", "has_particularly_heavy_care_work": "no"}
RECEIPT = {"mor": {"barnetrygd_receipt": "full"}, "far": {"barnetrygd_receipt": "none"}}
CHILDREN = ["oskar", "maja"]  # Ida, healthy, is not offered


def f4(mor_child=None, far_child=None) -> dict:
    def named(child):
        return {} if child is None else {"pleiepenger_child": child}
    return {
        "kommunenummer": "1103",
        "caregivers": [{"id": "mor", "birth_date": "1986-04-04", "yearly_income": 600000, **WORKING, **RECEIPT["mor"], **named(mor_child)},
                       {"id": "far", "birth_date": "1984-12-01", "yearly_income": 700000, **WORKING, **RECEIPT["far"], **named(far_child)}],
        "children": [{"id": "oskar", "birth_date": "2010-08-15", "school_grade": 9, **ADMITTED},
                     {"id": "maja", "birth_date": "2017-05-20", "school_grade": 2, **ADMITTED},
                     {"id": "ida", "birth_date": "2021-09-01", "has_illness_or_extra_needs": "no"}],
    }


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Settings(max_families=3, max_body_bytes=64 * 1024, rate_limit_per_minute=0)))


def test_the_interview_offers_the_familys_children_to_choose_from():
    step = run_interview(Family.model_validate(f4()), ON, "en")
    assert [question.key for question in step.next] == [("pleiepenger_child", "mor"), ("pleiepenger_child", "far")]
    assert [row["choices"] for row in step.next_rows("en")] == [CHILDREN, CHILDREN]  # the family's order
    # Any other question offers none: its answer is no child's id.
    assert all(row["choices"] is None for row in step.rows("en") if row["fact"] != "pleiepenger_child")


def test_the_api_offers_the_children_and_takes_the_one_chosen(client):
    asked = client.post("/v1/interview", json={"family": f4(), "date": ON.isoformat(), "language": "nb"})
    assert asked.status_code == 200, asked.text
    step = asked.json()
    assert step["next_kind"] == "each_caregiver"
    assert [(row["fact"], row["person"], row["choices"]) for row in step["next"]] == [
        ("pleiepenger_child", "mor", CHILDREN), ("pleiepenger_child", "far", CHILDREN)]
    # Each parent chooses a child offered: the ids go back as they came, and each claim is graded on its own child.
    answered = client.post("/v1/interview", json={"family": f4(mor_child="maja", far_child="oskar"), "date": ON.isoformat()})
    assert answered.status_code == 200, answered.text
    pleiepenger = {r["person"]: (r["status"], r["amount"]["value"]) for r in answered.json()["answer"]["benefits"]
                   if r["benefit"] == "pleiepenger"}
    assert pleiepenger == {"mor": ("entitled", MOR_FEBRUARY), "far": ("entitled", FAR_FEBRUARY)}


def test_the_answer_offers_the_same_children_where_it_names_the_child_missing(client):
    # The card's «Svar nå» asks what the answer names missing (review s22 page M2): the same children as the interview,
    # Ida, healthy, not among them; a fact whose answer is no child's id carries no `choices`.
    answered = client.post("/v1/entitlements", json={"family": f4(), "date": ON.isoformat()})
    assert answered.status_code == 200, answered.text
    missing = [fact for right in answered.json()["benefits"] for fact in right["missing_facts"]]
    named = {(fact["person"], tuple(fact["choices"])) for fact in missing if fact["fact"] == "pleiepenger_child"}
    assert named == {("mor", tuple(CHILDREN)), ("far", tuple(CHILDREN))}
    assert all("choices" not in fact for fact in missing if fact["fact"] != "pleiepenger_child")


def test_a_child_who_has_died_is_not_offered():
    # Liv died in 2024 (ADR 0034): a new claim in February 2025 is not for her.
    family = f4()
    family["children"].append({"id": "liv", "birth_date": "2015-06-01", "date_of_death": "2024-03-01"})
    step = run_interview(Family.model_validate(family), ON, "en")
    offered = [row["choices"] for row in step.rows("en") if row["fact"] == "pleiepenger_child"]
    assert offered == [CHILDREN, CHILDREN]


def test_a_claim_for_the_healthy_child_says_that_child_needs_no_care(client):
    # Sent anyway (a portal, a saved file): refused on Ida's own conditions (§ 9-10 første ledd), never «none of the
    # children needs continuous care» while Oskar and Maja do.
    answered = client.post("/v1/entitlements", json={"family": f4(mor_child="ida", far_child="oskar"), "date": ON.isoformat(),
                                                     "language": "en"})
    assert answered.status_code == 200, answered.text
    mor = next(r for r in answered.json()["benefits"] if r["benefit"] == "pleiepenger" and r["person"] == "mor")
    assert (mor["status"], mor["reason"]["code"]) == ("not_entitled", "named_child_no_care_need")
    assert mor["reason"]["text"].startswith("The child you claim pleiepenger for is not said to need continuous supervision")
    assert "None of the children" not in mor["reason"]["text"]


def test_facts_describe_the_question_as_one_of_the_children(client):
    facts = {fact["id"]: fact for fact in client.get("/v1/facts").json()["facts"]}
    assert facts["pleiepenger_child"]["one_of"] == "children"
    assert "one_of" not in facts["pleiepenger_claimed_percent"]


def test_asb_questions_lists_the_children_to_choose_from(tmp_path, capsys):
    saved = tmp_path / "f4.json"
    saved.write_text(json.dumps(f4()))
    assert main(["questions", str(saved), "--date", ON.isoformat(), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    first = lines.index("    1. Which child do you claim pleiepenger for? (can settle: Care benefit for a sick child (pleiepenger))")
    assert lines[first + 1:first + 3] == ["       ( ) oskar", "       ( ) maja"]
    assert not lines[first + 3].startswith("       ( )")


def test_a_fact_chosen_among_the_children_declaring_a_type_is_refused():
    # A child's id is text: a yes/no or number fact cannot hold one.
    wrong = Fact(id="claim_child", holder="caregiver", question={"nb": "Hvilket barn?", "en": "Which child?"},
                 type="number", one_of="children")
    with pytest.raises(ValueError, match="'claim_child' is chosen `one_of` the family's children"):
        _check_one_of({wrong.id: wrong})


def test_a_fact_chosen_among_the_children_takes_the_person_id_form_and_declares_none():
    # Review of the s22 diff L3: a person's id has one form (rules/person_id.py), so a fact naming a child takes it.
    question = {"nb": "Hvilket barn?", "en": "Which child?"}
    assert Fact(id="claim_child", holder="caregiver", question=question, one_of="children").pattern == PERSON_ID
    with pytest.raises(ValueError, match="'claim_child' is chosen `one_of` the family's children: its pattern"):
        Fact(id="claim_child", holder="caregiver", question=question, one_of="children", pattern="^[a-z]+$")
