"""The interview (answer/interview.py, ADR 0014) run on the example families as a parent would:
the family step gives who is in the family and their birth dates; each question asked is then
answered as the example file answers it, or "don't know" where the file says nothing.

Issue 17 item 3: at most 15 questions for the diabetes family, at most 25 for any example
(the heaviest included), and the "questions left" shown within ±3 of the real number.
"""

from datetime import date

import pytest

from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import checklists, vocabulary

ON = date(2024, 9, 1)  # the school year the example families describe
# What the page's family step asks: with each child, whether it has an illness, injury or disability or needs
# more than other children of its age (ADR 0026), so the interview asks nothing about a healthy sibling.
FAMILY_STEP = ("id", "birth_date", "sole_caregiver", "has_illness_or_extra_needs")


def _split(name: str) -> tuple[dict, dict]:
    """The family step's part of an example, and every other fact as the answer to its question."""
    data = example_family(name).model_dump(mode="json", exclude_none=True)
    start, answers = {"caregivers": [], "children": []}, {}
    for role in ("caregivers", "children"):
        for person in data[role]:
            start[role].append({k: v for k, v in person.items() if k in FAMILY_STEP})
            answers |= {(fact, person["id"]): value for fact, value in person.items() if fact not in FAMILY_STEP}
    answers |= {(fact, None): value for fact, value in data.items() if fact not in ("caregivers", "children")}
    return start, answers


def _with_answers(start: dict, given: dict):
    family = {"caregivers": [dict(p) for p in start["caregivers"]], "children": [dict(p) for p in start["children"]]}
    persons = {p["id"]: p for p in family["caregivers"] + family["children"]}
    for (fact, person), value in given.items():
        if value is not None:
            (persons[person] if person else family)[fact] = value
    return Family.model_validate(family)


def interview(name: str) -> list[tuple[tuple[str, str | None], int, object]]:
    """(question, "questions left" shown with it, the step) for every question asked, in order."""
    return _interview(name, lambda key: None)[0]


class Asked(list):
    """The questions asked, as `interview` lists them; `first_pass` of them in the first pass."""

    first_pass: int | None = None


def _interview(name: str, silent, more_until_settled: bool = False) -> tuple[Asked, object]:
    """The questions asked (as `interview`) and the last step; `silent(key)` answers what the file does not. With
    `more_until_settled`, the parent then presses «Svar på flere spørsmål» (depth "all") and answers on until no right
    is «missing information»."""
    start, answers = _split(name)
    given: dict = {}
    asked = Asked()
    depth = "decisive"
    for _ in range(60):
        step = run_interview(_with_answers(start, given), ON, "en", unknown={k for k, v in given.items() if v is None},
                             depth=depth)
        if more_until_settled and depth == "decisive" and not step.asked:
            depth, asked.first_pass = "all", len(asked)
            continue
        if not step.asked or (depth == "all" and not _still_open(step)):
            return asked, step
        keys = [question.key for question in step.next]  # one question, or a checklist's lines (ADR 0028)
        assert not set(keys) & set(given), f"{keys} asked twice"
        asked.append((keys[0], step.questions_left, step))
        given |= {key: answers[key] if key in answers else silent(key) for key in keys}
    raise AssertionError(f"{name}: no end after 60 questions")


def _still_open(step) -> list:
    return [(r.benefit, r.person) for r in step.answer.benefits if r.status == "missing_information"]


@pytest.fixture(scope="module")
def runs():
    return {name: interview(name) for name in example_names()}


# Issue 17's 15 for the diabetes family (a parent answering "don't know" where the file is silent): 19 with
# the group gates (ADR 0014), 15 since the family step says that the brother has no illness or extra needs and
# the grades follow the age (ADR 0026), 12 since Nora's four groups of needs are one checklist (ADR 0028), 11
# since the parents' four weeks of work are one question to both (ADR 0035), 12 since NAV's acceptance of her chronic
# illness, with questions behind it, is asked for the mother's leave alone (ADR 0014 addendum 0.22.0).
def test_the_diabetes_family_is_done_in_under_15_questions(runs):
    # Item 3 says "at most 15", the done-criterion "under 15": the stricter holds.
    asked = [key for key, _, _ in runs["child-diabetes"]]
    assert len(asked) < 15, asked


# The test parent's answers where the example file is silent: "no" to every yes/no question (the family
# has no such need), and these figures; a "don't know" would keep its right open (ADR 0018).
PARENT_FIGURES = {"yearly_income": 550_000, "care_hours_per_week": 10, "grunnstonad_yearly_extra_costs": 0,
                  "bpa_assistance_hours_per_week": 0, "bpa_need_expected_years": 0}


def _knowing_parent(key):
    fact = vocabulary()[key[0]]
    return "no" if fact.type == "yes_no" else PARENT_FIGURES.get(key[0])


# Issue 17's done-criterion: «a parent can finish the diabetes family in the browser in under 15 questions with every
# right settled or honestly "to be assessed"» (item 3 says «at most 15»: the stricter holds). The first pass asks this
# parent 12 questions (22 before ADR 0026, 18 before 0.8.0 stopped naming one parent's income and care hours for the
# other's rights, 16 before the checklist of ADR 0028, 13 before the parents' questions were asked of both at once in
# ADR 0035, which also brought each parent's omsorgsopptjening into the first pass; 11 until 0.22.0 asked NAV's
# acceptance of a chronic illness in it) and leaves 2 (right, person) pairs «missing information» (8 until grunnstønad's
# extra costs became a checklist line in 0.13.0, 7 until ADR 0035, 5 until forhøyet hjelpestønad's need became a level
# of hjelpestønad's in ADR 0036, 4 until the travel to treatment became a checklist line in 0.23.0, 3 until the home's
# rebuilding became one in 0.24.0), each settled by a question of its own: the barnekoordinator (an expected child,
# pbrl § 2-5 c; Nora's own need, many different services over a long time, is a level of the coordinated services'
# question since 0.24.0) and the mother's leave (being temporarily alone, aml § 12-9 with ftrl § 9-6). «Svar på flere
# spørsmål» asks those before what only narrows a settled right (NAV's decided sats, which comes 15th): 12 + 2 = 14,
# every right settled (ADR 0014 addendum 0.24.0). The page's own walk of it: tests/page/test_page_knowing_parent.py.
def test_a_parent_who_knows_settles_every_right_of_the_diabetes_family_in_under_15_questions():
    asked, last = _interview("child-diabetes", _knowing_parent, more_until_settled=True)
    assert len(asked) < 15 and _still_open(last) == [], (len(asked), _still_open(last))


def test_answer_more_questions_asks_what_settles_an_open_right_before_what_narrows_a_settled_one():
    # The knowing parent at the end of the first pass: the expected child and being temporarily alone settle rights
    # still «missing information»; NAV's decided sats only narrows Nora's hjelpestønad (ADR 0042's grant
    # question), so it comes after them although Nora's questions otherwise come before the parents' and the family's.
    asked, _ = _interview("child-diabetes", _knowing_parent, more_until_settled=True)
    second_pass_start = asked[asked.first_pass][2]  # the step «Svar på flere spørsmål» shows first, and its plan
    keys = [question.key for question in second_pass_start.asked]
    assert keys.index(("hjelpestonad_decided_sats", "nora")) > max(
        keys.index(key) for key in [("expects_child_with_serious_condition", None), ("omsorgspenger_temporarily_alone", "mor")])
    assert ("hjelpestonad_decided_sats", "nora") not in [key for key, _, _ in asked]


@pytest.mark.parametrize("name", example_names())
def test_every_example_is_done_in_at_most_25_questions(runs, name):
    assert len(runs[name]) <= 25, [key for key, _, _ in runs[name]]


# Issue 17's target: ±3 at every question. The estimate weighs both branches of a gate (a child's
# lasting illness, a group of needs), reads a follower's chances at its gate, counts the facts an open right
# leaves for later (the assembler's `later_facts`) and each right's tail, and weighs the answers by how likely each is
# (ADR 0014). Until 0.22.0 the teenager with cancer and the infant were under by 4 before their continuous-care answer
# (ftrl § 9-10: it opens or closes pleiepenger and the questions behind it), which came after their coordinated
# services and private care: no figure made before it was within 3 of both them and the diabetes family, whose «no»
# closes those questions. Since a question's gain weighs each right it settles by the questions that right would
# otherwise still take (ADR 0014 addendum 0.22.0), the continuous care comes right after the child's checklist, and
# every example is within 3 at every question. A question the rules read only under some answers of its gate (the work
# beside dagpenger or AAP, review s22 law H1) counts only as often as the gate gives them (`asked_if_gate`).
CONTINUOUS_CARE = "needs_continuous_care_and_supervision"


@pytest.mark.parametrize("name", example_names())
def test_questions_left_is_within_three_of_the_real_number(runs, name):
    asked = runs[name]
    shown = [(key, left, len(asked) - number) for number, (key, left, _) in enumerate(asked)]
    assert all(abs(left - real) <= 3 for _, left, real in shown), shown


def _ticking_parent_walk(name: str) -> list[tuple[tuple, int, int | None]]:
    """(question, «questions left», the figure if much applies) for every question asked of a parent who ticks every
    line of a checklist and knows every other answer (the file's, else `_knowing_parent`'s): the parent review s23
    page M2 and s24 page M3 walked."""
    start, answers = _split(name)
    lines = checklists()
    given: dict = {}
    shown = []
    for _ in range(60):
        step = run_interview(_with_answers(start, given), ON, "en", unknown={k for k, v in given.items() if v is None})
        if not step.asked:
            return shown
        keys = [question.key for question in step.next]
        shown.append((keys[0], step.questions_left, step.questions_left_high))
        given |= {key: "yes" if key[0] in lines else answers.get(key, _knowing_parent(key)) for key in keys}
    raise AssertionError(f"{name}: no end after 60 questions")


@pytest.mark.parametrize("name", [name for name in example_names() if name != "expecting-serious-diagnosis"])
def test_until_the_checklist_is_answered_the_figure_if_much_applies_covers_a_parent_who_ticks_every_line(runs, name):
    # Review s23 page M2 / s24 page M3: a parent who ticks the checklist's lines is asked 22 to 29 questions where the
    # example files' parent is asked 11 to 18, so «about N left» before the checklist (made for the latter, within ±3,
    # above) was 8 to 14 under for her. Until the checklist is answered, `questions_left_high` (every line ticked, every
    # answer known) is given, and the real number lies between «about N» − 3 and it + 3: counted by running both walks.
    ticking = _ticking_parent_walk(name)
    checklist_at = next(number for number, (key, _, _) in enumerate(ticking) if key[0] in checklists())
    for number, (key, left, high) in enumerate(ticking[:checklist_at + 1]):
        real = len(ticking) - number
        assert high is not None and left - 3 <= real <= high + 3, (key, left, high, real)
    # Once the checklist is answered, what it opened is known, and «about N» is said alone.
    assert all(high is None for _, _, high in ticking[checklist_at + 1:]), ticking
    file_parent = runs[name]
    for number, (key, left, step) in enumerate(file_parent[:checklist_at + 1]):
        assert left - 3 <= len(file_parent) - number <= (step.questions_left_high or left) + 3, key


LATER_OF_THE_CHILD = ("needs_long_term_coordinated_health_services", "has_private_care_arrangement")


def test_the_continuous_care_is_asked_before_the_childs_services_and_care_at_home(runs):
    # Pleiepenger's condition (§ 9-10 første ledd) decides whether its later questions (certificate, supervision hours,
    # two caregivers, working time lost) come at all, so it comes before the child's questions that settle less: the
    # coordinated services (pbrl § 2-5) and the care at home (ftrl § 6-4). The examples that ask it: the diabetes
    # family, the teenager and the infant (the others' files answer it).
    asking = {name: [fact for fact, _ in (key for key, _, _ in runs[name])] for name in example_names()}
    asking = {name: facts for name, facts in asking.items() if CONTINUOUS_CARE in facts}
    assert {"child-diabetes", "teenager-cancer", "infant-heart-defect-hospital"} <= set(asking)
    for name, facts in asking.items():
        later = [facts.index(fact) for fact in LATER_OF_THE_CHILD if fact in facts]
        assert all(facts.index(CONTINUOUS_CARE) < place for place in later), (name, facts)


def test_questions_left_counts_a_healthy_sibling_at_its_gate_when_no_family_step_asked_it():
    # A portal that sends only who is in the family (no illness-or-needs answer): Nora's and Olav's gates
    # are the interview's questions. Olav's "no" is as likely as he has no lasting illness (ADR 0026), so
    # the questions under his gate count only as often as it is "yes" — they were counted as if every
    # gate said "yes" (26 shown for 17 asked, until 0.8.0). The real number is counted by running the interview.
    start, answers = _split("child-diabetes")
    for child in start["children"]:
        answers[("has_illness_or_extra_needs", child["id"])] = child.pop("has_illness_or_extra_needs")
    given: dict = {}
    shown = []
    for _ in range(40):
        step = run_interview(_with_answers(start, given), ON, "en", unknown={k for k, v in given.items() if v is None})
        if not step.asked:
            break
        shown.append(step.questions_left)
        given |= {question.key: answers.get(question.key) for question in step.next}  # a step as the interview asks it
    assert ("has_illness_or_extra_needs", "olav") in given
    assert all(abs(left - (len(shown) - number)) <= 3 for number, left in enumerate(shown)), (len(shown), shown)


def test_the_kommune_is_asked_once_and_first(runs):
    for name, asked in runs.items():
        keys = [key for key, _, _ in asked]
        assert keys.count(("kommunenummer", None)) == 1 and keys[0] == ("kommunenummer", None), name


def test_work_situation_comes_before_income_and_weeks_worked(runs):
    for name, asked in runs.items():
        keys = [key for key, _, _ in asked]
        for fact, person in keys:
            if fact in ("yearly_income", "has_worked_four_weeks"):
                assert ("employment", person) in keys[: keys.index((fact, person))], (name, person, keys)


def test_the_healthy_sibling_is_not_asked_about_care_needs(runs):
    # Olav has no lasting illness: nothing about round-the-clock care, BPA hours or help at school.
    asked_about_olav = {fact for (fact, person), _, _ in runs["child-diabetes"] if person == "olav"}
    assert not asked_about_olav & {"needs_continuous_care_and_supervision", "bpa_assistance_hours_per_week",
                                   "needs_personal_assistance_at_school", "has_specialist_medical_certificate"}


def test_questions_go_person_by_person(runs):
    # One person's questions together. A later answer may open a question about someone already
    # done (a parent's work situation makes the child's accepted chronic illness matter): going
    # back is allowed only for a question that was not worth asking when the person was left.
    for name, asked in runs.items():
        left_at: dict[str | None, int] = {}
        for number, ((fact, person), _, _) in enumerate(asked[1:], 1):
            previous = asked[number - 1][0][1]
            if person == previous:
                continue
            if person in left_at:  # going back: only for a question opened since (the one left is resumed after)
                plan_then = [question.key for question in asked[left_at.pop(person)][2].asked]
                assert (fact, person) not in plan_then, (name, fact, person)
            else:
                left_at.setdefault(previous, number)


def test_each_question_asked_can_settle_something_open(runs):
    for name, asked in runs.items():
        for key, _, step in asked:
            question = step.asked[0]
            assert key == ("kommunenummer", None) or question.settles, (name, key)


# Review s21 caseworker M9: the infant's first pass ends with pleiepenger open for both parents, the father (who works
# on and claims nothing, the file says) having answered «vet ikke» to his lost working time. Had the first pass asked his
# claim, his 0 % would settle both whatever that time is (ftrl § 9-11: graded no lower than 20 %, so he is refused and
# takes nothing of Liv's need): the mother's grade is min(100 − 0 % supervision, the 100 % need, her 100 % lost, her
# 100 % claim) = 100 %, entitled. Not built: the interview's variants try a claim of 20, 50 and 100 % only, under which
# his lost working time decides both (ADR 0014, addendum 2026-11-30, later). Strict, so a fix shows.
@pytest.mark.xfail(strict=True, reason="review s21 M9: the father's claim is asked only at depth all (ADR 0014, 2026-11-30)")
def test_the_infants_first_pass_ends_with_the_mothers_pleiepenger_settled(runs):
    start, answers = _split("infant-heart-defect-hospital")
    given = {key: answers.get(key) for _, _, step in runs["infant-heart-defect-hospital"] for key in (q.key for q in step.next)}
    done = run_interview(_with_answers(start, given), ON, "en", unknown={k for k, v in given.items() if v is None})
    assert not done.asked, "the first pass is over"
    mother = next(r for r in done.answer.benefits if r.benefit == "pleiepenger" and r.person == "mor")
    assert mother.status == "entitled", [(m.fact, m.person) for m in mother.missing_facts]


def test_a_dont_know_is_not_asked_again_and_stays_missing():
    family = Family.model_validate({"children": [{"id": "ida", "birth_date": "2015-04-10", "has_illness_or_extra_needs": "yes"}],
                                    "kommunenummer": "0301"})
    first = run_interview(family, ON, "en")
    assert first.asked[0].key == ("has_lasting_illness", "ida")  # the child's gate question comes first
    after = run_interview(family, ON, "en", unknown={("has_lasting_illness", "ida")})
    assert ("has_lasting_illness", "ida") not in [q.key for q in after.asked + after.questions]
    hjelpestonad = next(r for r in after.answer.benefits if r.benefit == "hjelpestonad")
    assert hjelpestonad.status == "missing_information"
    assert ("has_lasting_illness", "ida") in [(m.fact, m.person) for m in hjelpestonad.missing_facts]


def test_a_dont_know_to_a_group_gate_is_a_dont_know_to_each_follower():
    # ADR 0014: the school gate's wording covers its followers, so in the first pass its "don't know"
    # leaves their rights open, naming them (never a "no"), and does not pursue them one by one (depth
    # "all" asks them: tests/assembler/test_gates.py).
    family = Family.model_validate({"children": [{"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes"}],
                                    "kommunenummer": "0301"})
    gate, follower = ("needs_something_extra_at_school", "ida"), ("needs_personal_assistance_at_school", "ida")
    step = run_interview(family, ON, "en", unknown={gate})
    assert gate not in [question.key for question in step.asked] and follower not in [q.key for q in step.asked]
    assistance = next(r for r in step.answer.benefits if r.benefit == "personlig_assistanse")
    assert assistance.status == "missing_information" and follower in [(m.fact, m.person) for m in assistance.missing_facts]
    listed = {question.key: question for question in step.questions}  # still listed to answer, not pursued
    assert listed[follower].settles == []


def test_lasting_and_serious_illness_read_as_different_questions():
    facts = vocabulary()
    lasting, serious = facts["has_lasting_illness"].question, facts["has_serious_illness_injury_or_disability"].question
    assert "varig" in lasting.nb and "alvorlig" not in lasting.nb
    assert "alvorlig" in serious.nb and "hvor lenge" in serious.nb
    assert "lasting" in lasting.en and "serious" in serious.en


def test_the_gates_are_declared_with_their_facts():
    # ADR 0014: the child's illness and the caregiver's work situation are asked first (questions.yaml
    # `asked_first`); income, the four weeks of work and the dagpenger's daily rate wait for the work situation
    # (`asked_after`; the rate is asked only of a parent on dagpenger, review s22 caseworker H3; the work beside the
    # benefit only of a parent on dagpenger or AAP, review s22 law H1).
    # The group gates (a child's school, getting about, help from others, aids, the illness's extra costs)
    # likewise, each with its followers (tests/assembler/test_gates.py), and above them and the lasting
    # illness the child's illness-or-needs gate (ADR 0026).
    facts = vocabulary()
    groups = {"needs_something_extra_at_school", "has_difficulty_getting_about",
              "needs_help_from_others_in_daily_life", "needs_aids_or_special_equipment", "has_extra_costs_from_illness"}
    child = "has_illness_or_extra_needs"
    assert {fact.id for fact in facts.values() if fact.asked_first} == {child, "has_lasting_illness", "employment", *groups}
    after = {fact.id: fact.asked_after for fact in facts.values() if fact.asked_after}
    assert {fact: gate for fact, gate in after.items() if gate == "employment"} == {
        "yearly_income": "employment", "has_worked_four_weeks": "employment", "dagpenger_daily_rate": "employment",
        "work_besides_benefit": "employment"}
    assert set(after.values()) == {child, "employment", *groups}
    assert {fact: after[fact] for fact in ["has_lasting_illness", *groups]} == dict.fromkeys(["has_lasting_illness", *groups], child)


def test_a_fact_asked_under_some_answers_of_no_gate_is_refused():
    # `asked_if_gate` names answers of the fact's gate (ADR 0014, review s22 law H1): without a gate it means nothing.
    from openfisca_asb.facts.vocabulary import Fact, _check_gates

    question = {"nb": "Spørsmål?", "en": "Question?"}
    facts = {"dagpenger_daily_rate": Fact(id="dagpenger_daily_rate", holder="caregiver", question=question,
                                          asked_if_gate=["dagpenger"])}
    with pytest.raises(ValueError, match="asked_if_gate"):
        _check_gates(facts)


def test_the_work_beside_a_benefit_counts_only_as_often_as_a_benefit_is_the_work_situation():
    # A parent whose work situation is not yet answered is on dagpenger or AAP 2 times in 19 (ANSWER_LIKELIHOOD,
    # Laplace's rule over the examples' 13 caregivers): two such parents reach the question 1 − (17/19)² = 0.199 of
    # the time; one on dagpenger always, one who is an employee never.
    from openfisca_asb.answer.interview import _reached_through_gate

    start, _ = _split("child-diabetes")
    unanswered = _with_answers(start, {})
    assert round(_reached_through_gate(("work_besides_benefit", "caregiver"), unanswered), 3) == round(1 - (17 / 19) ** 2, 3)
    answered = _with_answers(start, {("employment", "mor"): "dagpenger", ("employment", "far"): "employee"})
    assert _reached_through_gate(("work_besides_benefit", "mor"), answered) == 1.0
    assert _reached_through_gate(("work_besides_benefit", "far"), answered) == 0.0
    assert _reached_through_gate(("yearly_income", "caregiver"), unanswered) == 1.0


def test_a_fact_asked_after_no_gate_is_refused():
    from openfisca_asb.facts.vocabulary import Fact, _check_gates

    question = {"nb": "Spørsmål?", "en": "Question?"}
    facts = {"employment": Fact(id="employment", holder="caregiver", question=question),  # not declared a gate
             "yearly_income": Fact(id="yearly_income", holder="caregiver", question=question, asked_after="employment")}
    with pytest.raises(ValueError, match="yearly_income"):
        _check_gates(facts)


def test_a_family_whose_children_need_nothing_extra_is_not_asked_about_care_beyond_ordinary_parenting():
    # hol § 3-6 første ledd nr. 2–3 (særlig tyngende omsorgsarbeid), ftrl § 20-8 første ledd bokstav b (care of a
    # sick or disabled person) and the home-adaptation grant's "personer med nedsatt funksjonsevne" are for care
    # beyond ordinary parenting: after the family step's "no" for the only child (ADR 0026) neither pass asks
    # about heavy care work, care hours or rebuilding the home (0.16.0 asked the first two before anything else).
    family = {"kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1990-01-01", "employment": "employee"}],
              "children": [{"id": "ola", "birth_date": "2016-01-01", "has_illness_or_extra_needs": "no"}]}
    persons = {person["id"]: person for person in family["caregivers"] + family["children"]}
    asked = []
    for depth in ("decisive", "all"):
        for _ in range(20):
            step = run_interview(Family.model_validate(family), ON, "en", depth=depth)
            if not step.asked:
                break
            for question in step.next:  # "no", or a cost of 0, to each: the family needs nothing extra
                asked.append(question.fact)
                holder = family if question.person is None else persons[question.person]
                holder[question.fact] = "no" if vocabulary()[question.fact].type == "yes_no" else 0
    assert asked and not {"has_particularly_heavy_care_work", "care_hours_per_week", "home_needs_adaptation"} & set(asked), asked
    refused = {r.benefit for r in step.answer.benefits if r.status == "not_entitled"}
    assert {"omsorgsstonad", "avlastning", "omsorgsopptjening", "tilpasning_bolig"} <= refused


def test_no_example_family_is_asked_delt_bosted(runs):
    # ADR 0045 addendum: delt bosted is asked only where a parent has said they live alone or the only caregiver has
    # sole care, of a child naming no sole caregiver. The two-parent examples have said neither; the single parents'
    # children each name their parent (sole_caregiver).
    asked = {name: [key for key, _, _ in run if key[0] == "has_delt_bosted"] for name, run in runs.items()}
    assert asked == dict.fromkeys(runs, [])


def test_a_single_parent_is_asked_the_childs_continuous_care_in_the_first_pass():
    # Review s23 page M1: with one caregiver, pleiepenger (ftrl § 9-10 første ledd) is one pair, and the first pass asks
    # only what settles two — so the continuous care, behind which pleiepenger's later questions wait, was left to
    # «Svar på flere spørsmål» while the page said the first pass was ending. A child's condition with questions behind
    # it is asked for one pair (ADR 0014 addendum 0.22.0). The parent answers «don't know» throughout.
    family = {"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1988-03-03"}],
              "children": [{"id": "ida", "birth_date": "2016-05-05", "has_illness_or_extra_needs": "yes"}]}
    unknown: set = set()
    for _ in range(40):
        step = run_interview(Family.model_validate(family), ON, "en", unknown=unknown)
        if not step.next:
            break
        unknown |= {question.key for question in step.next}
    assert (CONTINUOUS_CARE, "ida") in unknown, sorted(unknown)
