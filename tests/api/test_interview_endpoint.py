"""POST /v1/interview: the answer so far and the next questions in one call (issue 17 item 7)."""

from openfisca_asb.facts.examples import example_family

SEVEN_YEAR_OLD = {"id": "nora", "birth_date": "2017-02-11"}
MOTHER = {"id": "mor", "birth_date": "1990-05-05"}


def _step(client, family, **extra):
    response = client.post("/v1/interview", json={"family": family, "date": "2024-09-01", "language": "en", **extra})
    assert response.status_code == 200, response.text
    return response.json()


def test_one_call_gives_the_answer_and_the_next_questions(client):
    step = _step(client, {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD]})
    assert step["legal_date"] == "2024-09-01" and step["model_version"]
    # The same answer POST /v1/entitlements gives for the same family.
    whole = client.post("/v1/entitlements", json={"family": {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD]},
                                                  "date": "2024-09-01", "language": "en"}).json()
    assert step["answer"]["benefits"] == whole["benefits"]
    keys = [(q["fact"], q["person"]) for q in step["questions"]]
    # The kommune is asked once, first; then the child's gate question (ADR 0014), the illness-or-needs
    # gate where the family step did not give it (ADR 0026).
    assert keys[:2] == [("kommunenummer", None), ("has_illness_or_extra_needs", "nora")]
    assert step["questions"][0]["question"] == "Which municipality does the family live in?"
    assert step["questions_left"] >= 1


def test_a_dont_know_is_not_asked_again(client):
    family = {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD], "kommunenummer": "0301"}
    step = _step(client, family, unknown=[{"fact": "has_lasting_illness", "person": "nora"}])
    assert ("has_lasting_illness", "nora") not in [(q["fact"], q["person"]) for q in step["questions"]]
    hjelpestonad = next(r for r in step["answer"]["benefits"] if r["benefit"] == "hjelpestonad")
    # ftrl § 6-3: the lasting illness is a condition; left unknown, the right stays missing information.
    assert hjelpestonad["status"] == "missing_information"


def test_depth_all_asks_more_than_the_decisive_pass(client):
    family = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    decisive = _step(client, family)["questions"]
    everything = _step(client, family, depth="all")["questions"]
    assert {(q["fact"], q["person"]) for q in decisive} < {(q["fact"], q["person"]) for q in everything}
    # Nora's school questions wait for the school gate (ADR 0014), which can settle several rights at once.
    assert ("needs_something_extra_at_school", "nora") in [(q["fact"], q["person"]) for q in decisive]
    assert ("needs_transport_due_to_illness", "nora") not in [(q["fact"], q["person"]) for q in everything]
    # After "yes" (a ticked checklist line, ADR 0028), her school transport (opplæringslova), which decides one
    # right only, is asked in the first pass too: the checklist promised to ask about what was ticked.
    family["children"][0]["needs_something_extra_at_school"] = "yes"
    decisive, everything = _step(client, family)["questions"], _step(client, family, depth="all")["questions"]
    assert ("needs_transport_due_to_illness", "nora") in [(q["fact"], q["person"]) for q in everything]
    assert ("needs_transport_due_to_illness", "nora") in [(q["fact"], q["person"]) for q in decisive]


def test_a_fact_not_in_the_vocabulary_is_a_422_naming_it(client):
    response = client.post("/v1/interview", json={"family": {"children": [SEVEN_YEAR_OLD]}, "unknown": [{"fact": "no_such_fact"}]})
    assert response.status_code == 422
    assert response.json()["problems"][0]["field"] == "unknown.0.fact"
    response = client.post("/v1/interview", json={"family": {"children": [SEVEN_YEAR_OLD]}, "depth": "deep"})
    assert response.status_code == 422 and response.json()["problems"][0]["field"] == "depth"


def test_the_interview_is_in_the_openapi_schema_with_an_example(client):
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/v1/interview"]["post"]
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/InterviewStep")
    assert schema["components"]["schemas"]["InterviewRequest"]["examples"]


def test_a_dont_know_is_marked_in_the_answer(client):
    # The family answered "don't know": the right still names the fact, marked as answered so (as a yes/no
    # fact answered «unknown» in the family is), so a portal does not show it as a question not yet asked.
    family = {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD], "kommunenummer": "0301"}
    step = _step(client, family, unknown=[{"fact": "has_lasting_illness", "person": "nora"}])
    named = [m for r in step["answer"]["benefits"] for m in r["missing_facts"] if m["fact"] == "has_lasting_illness"]
    assert named and all(m["answered_unknown"] for m in named)


def test_a_dont_know_about_someone_not_in_the_family_is_a_422_naming_its_field(client):
    # The field is the entry's as the request spells it (review of 0.10.0: "unknown" with "unknown.0:" in the
    # message), and the message says which fact is asked of whom and what is wrong with the person named.
    family = {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD]}
    cases = [({"fact": "yearly_income", "person": "ghost"}, "person", "yearly_income is asked of a caregiver; 'ghost' is not a person in the family",
              "yearly_income gjelder en omsorgsperson; «ghost» er ikke en person i familien"),
             ({"fact": "yearly_income", "person": "nora"}, "person", "yearly_income is asked of a caregiver; 'nora' is in the family, but is not a caregiver",
              "yearly_income gjelder en omsorgsperson; «nora» er med i familien, men er ikke en omsorgsperson"),
             ({"fact": "yearly_income"}, "person", "yearly_income is asked of a caregiver; give the person's id (null is for a family fact)",
              "yearly_income gjelder en omsorgsperson; oppgi personens id (null gjelder et familiefaktum)"),
             ({"fact": "kommunenummer", "person": "mor"}, "person", "kommunenummer is asked of the family (person null); leave person out or null, not 'mor'",
              "kommunenummer gjelder familien (person null); la person være null, ikke «mor»")]
    for entry, field, en, nb in cases:
        unknown = [{"fact": "has_lasting_illness", "person": "nora"}, {"fact": "household_income"}, entry]
        response = client.post("/v1/interview", json={"family": family, "unknown": unknown, "date": "2024-09-01"})
        assert response.status_code == 422, response.text
        assert response.json()["problems"] == [{"field": f"unknown.2.{field}", "message": {"nb": nb, "en": en}}]


def test_a_too_long_fact_id_is_named_in_both_languages(client):
    response = client.post("/v1/interview", json={"family": {"children": [SEVEN_YEAR_OLD]}, "unknown": [{"fact": "a" * 65}]})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["field"] == "unknown.0.fact" and problem["allowed"] == {"max_length": 64}
    assert problem["message"]["nb"] == "Teksten kan ha høyst 64 tegn." and "at most 64" in problem["message"]["en"]


def test_a_checklist_comes_as_one_next_step_with_its_question_and_lines(client):
    # ADR 0028: the child's groups of needs are asked together; a portal renders `next` under
    # `checklist_question`, a line to tick for each, and sends each line's answer as its own fact.
    child = {**SEVEN_YEAR_OLD, "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}
    step = _step(client, {"caregivers": [MOTHER], "children": [child], "kommunenummer": "0301"})
    assert step["checklist_question"] == ("Which of these apply to the child, more than to other children of the same age? "
                                          "Tick everything that applies.")
    # Seven lines: the four groups of needs, the illness's extra costs, the home's rebuilding and the travel to
    # treatment (ADR 0028, addenda).
    assert {q["checklist"] for q in step["next"]} == {"has_illness_or_extra_needs"} and len(step["next"]) == 7
    assert all(q["checklist_item"] and q["person"] == "nora" for q in step["next"])
    # The checklist is one step, the first: its lines open `questions`, each with step 1 — the extra costs, the home
    # and the travel too, which settle one right each alone, so that the first pass asks them only as lines of the
    # checklist.
    assert step["questions"][:7] == step["next"] and {q["step"] for q in step["next"]} == {1}
    assert all(q["step"] > 1 for q in step["questions"][7:])
    # Answered, the next step is one question on its own.
    child |= {q["fact"]: "no" for q in step["next"]}
    step = _step(client, {"caregivers": [MOTHER], "children": [child], "kommunenummer": "0301"})
    assert len(step["next"]) == 1 and step["next"][0]["checklist"] is None and step["checklist_question"] is None


def test_opplaeringspenger_granted_without_the_training_days_asks_them(client):
    # ftrl § 9-14: opplæringspenger are paid for the days of training. Granted with the days not given, no
    # amount is shown (not «0 kr»: ADR 0017, review s15 finding 8) and no_range_reason says it waits on the days;
    # the days are named as what raises it and asked. 450 000 / 260 = 1 730.77, a day's rate of 1 731 kr
    # (ftrl § 9-15, rounded to whole kroner), × 5 days = 8 655 kr.
    mother = {**MOTHER, "employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 450000,
              "opplaeringspenger_training_at_approved_institution": "yes", "opplaeringspenger_medical_certificate": "yes",
              "opplaeringspenger_training_share_percent": 100}
    child = {**SEVEN_YEAR_OLD, "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}
    step = _step(client, {"caregivers": [mother], "children": [child], "kommunenummer": "0301"}, depth="all")
    training = next(r for r in step["answer"]["benefits"] if r["benefit"] == "opplaeringspenger")
    assert training["status"] == "entitled" and training["amount"] is None and training["folded_into"] is None
    assert training["no_range_reason"] == "The amount depends on how many days the training lasts; that was not given."
    days = next(change for change in training["changes"] if change["fact"] == "opplaeringspenger_training_days_in_month")
    assert days["new_amount"]["value"] == 8655
    assert ("opplaeringspenger_training_days_in_month", "mor") in [(q["fact"], q["person"]) for q in step["questions"]]


def test_a_fact_both_given_and_dont_know_is_a_422_naming_the_entry(client):
    # A review of 0.9.0: the family's value silently won over the "don't know". One answer per question.
    family = {"caregivers": [{**MOTHER, "employment": "employee", "yearly_income": 450000}], "children": [SEVEN_YEAR_OLD]}
    for path in ("/v1/interview", "/v1/facts/needed"):
        unknown = [{"fact": "has_lasting_illness", "person": "nora"}, {"fact": "yearly_income", "person": "mor"}]
        response = client.post(path, json={"family": family, "unknown": unknown})
        assert response.status_code == 422 and response.json()["problems"] == [{"field": "unknown.1.fact", "message": {
            "en": "yearly_income is given in the family too; leave it out of one of them",
            "nb": "yearly_income er også besvart i familien; ta det bort fra ett av stedene"}}], response.text


def test_the_same_dont_know_twice_is_a_422_naming_the_second_and_the_first(client):
    # Review s20 L2: the same entry twice got 200, where a key given twice is a 422. One answer per question: entry 2
    # repeats entry 0 (mor's yearly_income); household_income, a family fact (person null), repeats itself at 3.
    family = {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD]}
    unknown = [{"fact": "yearly_income", "person": "mor"}, {"fact": "household_income"},
               {"fact": "yearly_income", "person": "mor"}, {"fact": "household_income", "person": None}]
    for path in ("/v1/interview", "/v1/facts/needed"):
        response = client.post(path, json={"family": family, "unknown": unknown, "date": "2024-09-01"})
        assert response.status_code == 422 and response.json()["problems"] == [
            {"field": "unknown.2.fact", "message": {
                "en": "yearly_income (mor) is listed more than once (first as unknown.0); list it once",
                "nb": "yearly_income (mor) er oppgitt mer enn én gang (første gang som unknown.0); oppgi det én gang"}},
            {"field": "unknown.3.fact", "message": {
                "en": "household_income is listed more than once (first as unknown.1); list it once",
                "nb": "household_income er oppgitt mer enn én gang (første gang som unknown.1); oppgi det én gang"}}], response.text


def test_the_same_fact_for_two_persons_is_two_answers(client):
    family = {"caregivers": [MOTHER, {"id": "far", "birth_date": "1988-01-01"}], "children": [SEVEN_YEAR_OLD]}
    _step(client, family, unknown=[{"fact": "yearly_income", "person": "mor"}, {"fact": "yearly_income", "person": "far"}])


def test_a_family_expecting_its_child_is_not_asked_about_care_it_cannot_give_yet(client):
    # hol § 3-6 (omsorgsstønad, avlastning), ftrl § 20-8 (omsorgsopptjening): the care is for a child in the
    # family; with none listed (an expected child is a fact, not a child) those rights are not entitled, with
    # the condition named, and their questions about the care are not asked (review of 0.10.0).
    family = example_family("expecting-serious-diagnosis").model_dump(mode="json", exclude_none=True)
    step = _step(client, family, depth="all")
    assert step["questions"] == []
    care_rights = {"omsorgsstonad", "avlastning", "omsorgsopptjening", "tilpasning_bolig"}
    refused = [r for r in step["answer"]["benefits"] if r["benefit"] in care_rights]
    assert {r["benefit"] for r in refused} == care_rights
    for right in refused:
        assert right["status"] == "not_entitled" and right["missing_facts"] == []
        assert right["reason"]["code"] == "condition_not_met" and "before the child is born" in right["reason"]["text"].lower()
    coordinator = next(r for r in step["answer"]["benefits"] if r["benefit"] == "barnekoordinator")
    assert coordinator["status"] == "entitled"  # hol § 7-2 a covers parents expecting a child


# Review s16 (API), finding 1: parents expecting a child with a serious diagnosis (hol § 7-2 a, barnekoordinator) and
# no child yet. The one question that decides their right settles that one right alone, so the first pass (at least
# two rights a question, ADR 0014) is done at once: it says so with `more_questions`, never "0 left" and nothing more.
EXPECTING = {"kommunenummer": "1508", "caregivers": [{"id": "mor", "birth_date": "1993-07-07"}, {"id": "far", "birth_date": "1992-02-29"}],
             "children": []}


def test_a_first_pass_done_with_rights_open_says_how_many_questions_more_there_are(client):
    step = _step(client, EXPECTING)
    coordinator = next(r for r in step["answer"]["benefits"] if r["benefit"] == "barnekoordinator")
    assert coordinator["status"] == "missing_information"
    assert (step["next"], step["questions_left"], step["more_questions"]) == ([], 0, 1)
    more = _step(client, EXPECTING, depth="all")
    assert [q["fact"] for q in more["next"]] == ["expects_child_with_serious_condition"] and more["more_questions"] == 0
    assert more["questions_left"] == step["more_questions"]  # the figure the second pass's first step shows
    done = _step(client, {**EXPECTING, "expects_child_with_serious_condition": "no"}, depth="all")
    assert (done["next"], done["questions_left"], done["more_questions"]) == ([], 0, 0)


def test_next_kind_says_what_next_is(client):
    # ADR 0035: a portal branches on `next_kind`, not on how many rows `next` has.
    father = {"id": "far", "birth_date": "1988-09-17"}
    first = _step(client, {"caregivers": [MOTHER], "children": [SEVEN_YEAR_OLD]})
    assert first["next_kind"] == "question" and len(first["next"]) == 1  # the kommune
    ill = {**SEVEN_YEAR_OLD, "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}
    checklist = _step(client, {"kommunenummer": "0301", "caregivers": [MOTHER], "children": [ill]})
    assert checklist["next_kind"] == "checklist" and checklist["checklist_question"]
    # Two parents of a healthy child (ADR 0026): each one's omsorgspenger turn on their own work (ftrl § 9-2), so
    # the work situation is asked of both at once, one row each.
    healthy = {**SEVEN_YEAR_OLD, "has_illness_or_extra_needs": "no"}
    both = _step(client, {"kommunenummer": "0301", "caregivers": [MOTHER, father], "children": [healthy]})
    assert both["next_kind"] == "each_caregiver" and both["checklist_question"] is None
    assert [(q["fact"], q["person"]) for q in both["next"]] == [("employment", "mor"), ("employment", "far")]
    done = _step(client, {"kommunenummer": "0301", "caregivers": [], "children": [healthy]})
    assert done["next"] == [] and done["next_kind"] is None


def test_a_scale_comes_with_its_question_and_levels(client):
    # ADR 0036: hjelpestønad's extra care (ftrl § 6-4) and forhøyet's substantially greater need (§ 6-5), one question.
    groups = ["needs_something_extra_at_school", "needs_help_from_others_in_daily_life", "has_extra_costs_from_illness",
              "has_difficulty_getting_about", "needs_aids_or_special_equipment"]
    child = {**SEVEN_YEAR_OLD, "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "has_private_care_arrangement": "yes", **{fact: "no" for fact in groups},
             "needs_continuous_care_and_supervision": "no"}  # asked first of a single parent (ADR 0014 addendum 0.22.0)
    step = _step(client, {"kommunenummer": "0301", "caregivers": [MOTHER], "children": [child]})
    assert step["next_kind"] == "scale" and step["checklist_question"] is None
    assert [q["fact"] for q in step["next"]] == ["needs_extra_supervision_and_care", "has_substantially_greater_care_need"]
    assert all(q["scale"] == "needs_extra_supervision_and_care" for q in step["next"])
    assert [q["step"] for q in step["next"]] == [1, 1]  # one question, one step
    assert step["scale"]["question"] == "How much more supervision and care than healthy children of the same age does the child need?"
    assert step["scale"]["levels"][-1]["answers"] == {"needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes"}


def _by_step(rows) -> dict[int, list[tuple]]:
    steps: dict[int, list[tuple]] = {}
    for row in rows:
        steps.setdefault(row["step"], []).append((row["fact"], row["person"]))
    return steps


def test_each_row_says_its_step_the_rows_asked_together_sharing_it(client):
    # Review s18 F7: a portal can tell from `step` which rows are one step. The diabetes family's file gives both
    # parents' work situation (mor an employee, far a frilanser), so neither parent's four weeks of work waits for
    # their gate (ADR 0014), and each parent's pleiepenger, opplæringspenger and omsorgspenger turn on their own four
    # weeks of work (ftrl § 9-2): worked by hand from ADR 0035, the question is asked of both in one step — their
    # two rows, one number, no other row with it. Nora's groups of needs are one checklist (ADR 0028): the
    # first step, every row of `next`.
    family = example_family("child-diabetes").model_dump(mode="json", exclude_none=True)
    step = _step(client, family, depth="all")
    rows, steps = step["questions"], _by_step(step["questions"])
    assert step["next_kind"] == "checklist" and [q["step"] for q in step["next"]] == [1] * 7
    assert rows[:7] == step["next"] and steps[1] == [(q["fact"], q["person"]) for q in step["next"]]
    numbers = [row["step"] for row in rows]
    assert all(later - earlier in (0, 1) for earlier, later in zip(numbers, numbers[1:])), numbers  # 1, 2, 3 … in order
    four_weeks = {row["step"] for row in rows if row["fact"] == "has_worked_four_weeks"}
    assert len(four_weeks) == 1 and steps[four_weeks.pop()] == [("has_worked_four_weeks", "mor"), ("has_worked_four_weeks", "far")]
    alone = {row["step"] for row in rows if row["fact"] == "omsorgspenger_temporarily_alone"}
    # Since review s22 caseworker L2 one parent's «yes» closes the other's range of omsorgsdager (ftrl § 9-6: the other
    # parent cannot supervise, so is not alone): the question settles both parents' omsorgspenger, one step to both.
    assert len(alone) == 1 and steps[alone.pop()] == [("omsorgspenger_temporarily_alone", "mor"),
                                                       ("omsorgspenger_temporarily_alone", "far")]
