"""One question to each caregiver in one step (ADR 0035): the same caregiver's question asked of every
caregiver it can settle something for, each answer that caregiver's own, counted as one question — and never
before a caregiver's own work situation (the gate it is asked after, ADR 0014)."""

from datetime import date

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import gated_by, vocabulary

ON = date(2024, 9, 1)
# Two parents and a seven-year-old with no illness or extra needs (ADR 0026): each parent's omsorgspenger and leave
# turn on their own work (ftrl § 9-2, aml § 12-9), each parent's omsorgsopptjening on their own care hours
# (ftrl § 20-8 first ledd letter b), so each question is asked of both.
FAMILY = {"kommunenummer": "3201", "caregivers": [{"id": "kari", "birth_date": "1990-05-05"}, {"id": "ola", "birth_date": "1988-09-17"}],
          "children": [{"id": "nora", "birth_date": "2017-02-11", "has_illness_or_extra_needs": "no"}]}


def _family(**answers) -> Family:
    data = {**FAMILY, "caregivers": [{**person, **answers.get(person["id"], {})} for person in FAMILY["caregivers"]]}
    return Family.model_validate(data)


def _answer(key) -> object:
    return "no" if vocabulary()[key[0]].type == "yes_no" else {"employment": "employee", "care_hours_per_week": 5}.get(key[0], 0)


def test_the_work_situation_is_asked_of_both_parents_in_one_step():
    step = run_interview(_family(), ON, "en")
    assert [q.key for q in step.next] == [("employment", "kari"), ("employment", "ola")]
    assert step.next_kind == "each_caregiver" and step.checklist is None


def test_one_step_left_to_both_parents_is_one_question_left():
    # Everything but the four weeks of work answered (employees, "no" to being temporarily alone): the four weeks
    # of both parents are the one step left (ftrl § 9-2, omsorgspenger), so "questions left" is 1, not 2. Nora needs
    # nothing extra, so heavy care work and care hours are not asked (ADR 0026).
    answered = {"employment": "employee", "omsorgspenger_temporarily_alone": "no"}
    step = run_interview(_family(kari=answered, ola=answered), ON, "en")
    assert [q.key for q in step.next] == [("has_worked_four_weeks", "kari"), ("has_worked_four_weeks", "ola")]
    assert step.questions_left == 1


def test_a_parent_is_never_asked_about_their_work_before_their_work_situation():
    # Kari's work situation given, Ola's not (he was added later, or the file lacks it): Ola's four weeks of work
    # and income wait for his own work situation, asked of him alone; Kari's are asked of her alone meanwhile.
    given: dict[str, dict] = {"kari": {"employment": "employee"}, "ola": {}}
    for _ in range(20):
        step = run_interview(_family(**given), ON, "en")
        if not step.next:
            return
        for question in step.next:
            gate = gated_by().get(question.fact)
            assert gate is None or gate in given[question.person], f"{question.key} asked before {gate}"
            given[question.person][question.fact] = _answer(question.key)
    raise AssertionError("no end after 20 steps")
