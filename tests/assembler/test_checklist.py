"""A child's groups of needs asked together, as one checklist (ADR 0028; issue 17 item 3: "related
questions merged"). Each line is a group gate (ADR 0014) whose "no" answers its followers; its "yes"
only opens them to be asked, so a parent unsure of a line may tick it."""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import Periods
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.description import benefits_affected
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.gates import covered_by, group_gates
from openfisca_asb.facts.vocabulary import Fact, _check_gates, checklists, vocabulary
from openfisca_asb.paths import VARIABLES_DIR
from openfisca_asb.rules.phrases import with_phrases
from openfisca_asb.rules.yaml_files import load_yaml
from openfisca_asb.system import baseline_system

ON = date(2024, 9, 1)
ILLNESS_OR_NEEDS = "has_illness_or_extra_needs"
# The child's four groups of needs and, since 0.13.0, the illness's extra costs (grunnstønad, ftrl § 6-3).
GROUPS = {"needs_something_extra_at_school", "needs_help_from_others_in_daily_life",
          "has_difficulty_getting_about", "needs_aids_or_special_equipment", "has_extra_costs_from_illness"}
# Since 0.23.0 also travel to examination or treatment (pasientreiser med ledsager, pasient- og brukerrettighetsloven
# § 2-6): no group gate but a condition's own fact, whose line says what its question says (ADR 0028 addendum 0.23.0).
TRAVEL = "has_treatment_travel"
# Since 0.24.0 the home's rebuilding for the child (tilskudd til tilpasning av bolig): a condition's own fact too, the
# household's grant met when the home must be rebuilt for any child (ADR 0028 addendum 0.24.0).
HOME = "home_needs_adaptation"
LINES = GROUPS | {TRAVEL, HOME}
QUESTIONS = VARIABLES_DIR / "helse" / "pasientreiser_ledsager" / "questions.yaml"


def test_the_childs_groups_of_needs_are_one_checklist_in_both_languages():
    assert checklists() == dict.fromkeys(LINES, ILLNESS_OR_NEEDS)
    gate = vocabulary()[ILLNESS_OR_NEEDS]
    assert gate.checklist_question.nb and gate.checklist_question.en
    for fact in LINES:
        assert vocabulary()[fact].checklist_item.nb and vocabulary()[fact].checklist_item.en


def test_a_line_is_a_group_gate_no_rule_reads_so_ticking_it_only_asks_more():
    periods = Periods.of(ON)
    affected = benefits_affected(dependency_graph(baseline_system(), periods.month, periods.year))
    for fact in GROUPS:
        assert fact in group_gates() and covered_by(fact), fact
        assert affected[fact] == [], f"{fact} is read by {affected[fact]}: a tick would be an answer to a condition"


# A tick on these lines is the condition's own answer, so each line must say what its question says, not a group of
# needs a parent may tick when unsure: pasientreiser's travel to examination or treatment (pbrl § 2-6), and the home to
# be rebuilt for the child (forskrift om tilskudd til tilpasning § 2, veiviseren.no).
@pytest.mark.parametrize(("fact", "right", "words"), [(TRAVEL, "pasientreiser_ledsager", "undersøkelse eller behandling i helsetjenesten"),
                                                      (HOME, "tilpasning_bolig", "bygges om for barnet")])
def test_a_condition_s_own_line_is_read_by_that_condition_and_says_what_its_question_says(fact, right, words):
    periods = Periods.of(ON)
    affected = benefits_affected(dependency_graph(baseline_system(), periods.month, periods.year))
    assert fact not in group_gates() and affected[fact] == [right]
    line, question = vocabulary()[fact].checklist_item, vocabulary()[fact].question
    assert words in line.nb and words in question.nb


def test_the_travel_lines_words_are_the_questions_written_once():
    # The travel and its examples are the fact's `phrases`, quoted by the line and the
    # question alike (rules/phrases.py), and the texts shown are 0.23.0's, word for word.
    declared = next(fact for fact in load_yaml(QUESTIONS.read_text(encoding="utf-8"))["facts"] if fact["id"] == TRAVEL)
    for text in (declared["checklist_item"], declared["question"]):
        assert all("{w:travel}" in said and "{w:examples}" in said for said in text.values())
    fact = vocabulary()[TRAVEL]
    assert fact.checklist_item.nb == ("Må reise til undersøkelse eller behandling i helsetjenesten – for eksempel på "
                                      "sykehus, hos spesialist eller i habiliteringstjenesten")
    assert fact.checklist_item.en == ("Travels to examination or treatment in the health service – for example to "
                                      "hospital, a specialist or the habilitation service")
    assert fact.question.nb == ("Må barnet reise til undersøkelse eller behandling i helsetjenesten, for eksempel på "
                                "sykehus, hos spesialist eller i habiliteringstjenesten?")
    assert fact.question.en == ("Does the child travel to examination or treatment in the health service, for example "
                                "to hospital, a specialist or the habilitation service?")
    assert baseline_system().variables[TRAVEL].__doc__ == fact.question.en  # the model's variable reads the same


@pytest.mark.parametrize(("phrases", "help_text", "refused"), [
    ({}, None, "do not declare"),
    ({"travel": {"nb": "reise", "en": "travel"}, "unused": {"nb": "x", "en": "x"}}, None, "no text quotes"),
    ({"travel": {"nb": "reise", "en": "travel"}}, {"nb": "Om å {w:travel}.", "en": "On {w:travel}."}, "outside")])
def test_a_phrase_must_be_declared_and_quoted_where_it_is_filled_in(phrases, help_text, refused):
    fact = {"id": "f", "phrases": phrases, "question": {"nb": "Må barnet {w:travel}?", "en": "Does the child {w:travel}?"},
            **({"help": help_text} if help_text else {})}
    with pytest.raises(ValueError, match=refused):
        with_phrases(fact)


def test_a_line_must_be_a_yes_no_fact_after_a_gate_with_a_checklist_question():
    facts = dict(vocabulary())
    line = facts["needs_aids_or_special_equipment"]
    facts[ILLNESS_OR_NEEDS] = facts[ILLNESS_OR_NEEDS].model_copy(update={"checklist_question": None})
    with pytest.raises(ValueError, match="checklist_item.*ADR 0028"):
        _check_gates(facts)
    facts = dict(vocabulary())
    facts["needs_aids_or_special_equipment"] = Fact.model_validate(
        {**line.model_dump(exclude_none=True), "type": "number", "if_gate_no": 0})
    with pytest.raises(ValueError, match="checklist_item.*ADR 0028"):
        _check_gates(facts)


def _nora(**facts) -> Family:
    return Family.model_validate({
        "kommunenummer": "0301",
        "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
        "children": [{"id": "nora", "birth_date": "2017-02-11", ILLNESS_OR_NEEDS: "yes", "has_lasting_illness": "yes", **facts}],
    })


def test_the_lines_left_to_ask_are_asked_together_and_counted_as_one_question():
    step = run_interview(_nora(), ON, "en")
    assert {q.fact for q in step.next} == LINES and {q.person for q in step.next} == {"nora"}
    # The checklist is asked first of Nora: the lines the first pass would ask alone come before her other questions.
    asked, lines = [q.key for q in step.asked], {q.key for q in step.next}
    assert set(asked[:len(lines & set(asked))]) == lines & set(asked)
    # One line answered already (a follower's "yes" answers its gate, ADR 0014): the rest are still one question.
    step = run_interview(_nora(needs_transport_due_to_illness="yes"), ON, "en")
    assert {q.fact for q in step.next} == LINES - {"needs_something_extra_at_school"}


def test_questions_left_counts_the_checklist_once(monkeypatch):
    # Nora's seven lines, each asked (as likely as not a "no") where they stand: as one checklist they are one
    # question of "questions left"; asked one by one, as before ADR 0028, the first pass asks four of them (the
    # extra costs settle grunnstønad alone, the travel pasientreiser alone, the home the grant alone, and a question
    # that settles one right waits for depth "all").
    together = run_interview(_nora(), ON, "en")
    assert len(together.next) == len(LINES)
    monkeypatch.setattr("openfisca_asb.answer.interview.checklists", lambda: {})
    apart = run_interview(_nora(), ON, "en")
    assert len(apart.next) == 1
    assert apart.questions_left - together.questions_left == len(GROUPS - {"has_extra_costs_from_illness"}) - 1


def test_a_question_outside_a_checklist_is_asked_alone():
    # The next question after the lines (the care at home, a scale of two facts since ADR 0036) is no checklist's.
    step = run_interview(_nora(**dict.fromkeys(LINES, "no")), ON, "en")
    assert step.next_kind != "checklist" and all(q.checklist_key is None for q in step.next) and step.checklist is None


def test_every_line_that_can_settle_a_right_is_in_the_checklist_at_either_depth():
    # Nora without a lasting illness: getting about can settle fewer rights than the first pass asks a question
    # for alone; asked with the other lines it costs no question, so it is in the checklist. (The aids line
    # stays out: the rights it decides, hjelpemidler and aktivitetshjelpemidler, are already refused for want
    # of a lasting illness.)
    decisive = run_interview(_nora(has_lasting_illness="no"), ON, "en")
    everything = run_interview(_nora(has_lasting_illness="no"), ON, "en", depth="all")
    assert [q.key for q in decisive.next] == [q.key for q in everything.next]
    assert "has_difficulty_getting_about" in {q.fact for q in decisive.next}
    # … and the plan shows it where it is asked (review s23 M5: the plan's steps had left such a line out).
    assert [q.key for q in decisive.steps[0]] == [q.key for q in decisive.next]


def test_a_single_line_left_is_asked_as_its_own_question():
    step = run_interview(_nora(**{fact: "no" for fact in sorted(LINES - {"needs_aids_or_special_equipment"})}), ON, "en")
    assert [q.fact for q in step.next] == ["needs_aids_or_special_equipment"] and step.checklist is None


def test_a_ticked_line_has_its_questions_asked_in_the_first_pass(monkeypatch):
    # The checklist says "unsure? tick it, and we ask about it": a line ticked has each question behind it asked
    # in the first pass, also one that settles a single right (great walking difficulty: the parking permit).
    ticked = _nora(**{fact: "no" for fact in LINES} | {"has_difficulty_getting_about": "yes"})
    assert ("has_great_walking_difficulty", "nora") in [q.key for q in run_interview(ticked, ON, "en").asked]
    monkeypatch.setattr("openfisca_asb.answer.interview._opened_by_a_tick", lambda family, questions: set())
    assert ("has_great_walking_difficulty", "nora") not in [q.key for q in run_interview(ticked, ON, "en").asked]


def _two_ill_children(first: str, second: str) -> Family:
    child = {"birth_date": "2015-03-01", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes"}
    return Family.model_validate({"kommunenummer": "1103", "caregivers": [{"id": "mor", "birth_date": "1985-01-01"}],
                                  "children": [{"id": first, **child}, {"id": second, **child}]})


@pytest.mark.parametrize("order", [("sofie", "jonas"), ("jonas", "sofie")])
def test_two_children_alike_are_each_shown_the_same_checklist_whichever_comes_first(order):
    # Review s23 M5: the second child's line for the illness's extra costs (grunnstønad, ftrl § 6-3) settles that one
    # right, which the first pass asks no question for alone, so the plan left it out of the second checklist (asked
    # together, a line costs no question: ADR 0028). Both children have a lasting illness, so each has grunnstønad open.
    step = run_interview(_two_ill_children(*order), ON, "en")
    checklists_shown = {}
    for numbered in step.numbered_steps:
        if numbered[0].checklist_key is not None:
            checklists_shown[numbered[0].person] = [question.fact for question in numbered]
    assert set(checklists_shown) == set(order)
    assert checklists_shown[order[0]] == checklists_shown[order[1]]
    assert "has_extra_costs_from_illness" in checklists_shown[order[1]]
