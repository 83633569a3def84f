"""Group gate questions (facts/gates.py, ADR 0014): a parent's "no" to a group is their "no" to each follower.

The school gate asks whether the child needs anything extra at school or SFO; its followers are the
school rights' own facts. Personal assistance at school (opplæringslova 2023 § 11-4, 1998 § 5-1) turns
on `needs_personal_assistance_at_school`, school transport (2023 ch. 4, in force on the date asked) on
`needs_transport_due_to_illness`: a pupil without such a need has no such right.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.gates import answered_by_gates
from openfisca_asb.facts.vocabulary import Fact, _check_gates, vocabulary

ON = date(2024, 9, 1)
GATE = "needs_something_extra_at_school"
FOLLOWERS = ("needs_personal_assistance_at_school", "needs_physical_adaptation_at_school",
             "needs_transport_due_to_illness", "has_special_needs_for_sfo", "benefits_satisfactorily_from_ordinary_teaching")


def _pupil(**facts):
    # A nine-year-old in 4th grade with a lasting illness: a pupil, so only the need decides these rights.
    child = {"id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes", "school_grade": 4, **facts}
    return Family.model_validate({"children": [child], "kommunenummer": "0301"})


def _result(answer, benefit):
    return next(r for r in answer.benefits if r.benefit == benefit and r.person == "ida")


def test_the_school_gate_covers_the_school_rights_facts():
    facts = vocabulary()
    assert facts[GATE].asked_first and facts[GATE].type == "yes_no"
    assert {f.id for f in facts.values() if f.asked_after == GATE} == set(FOLLOWERS)
    # "Nothing extra, special education included" answers "yes" to benefiting from ordinary teaching.
    assert facts["benefits_satisfactorily_from_ordinary_teaching"].if_gate_no == "yes"


def test_a_gate_no_answers_its_followers_left_out_and_nothing_else():
    given = {GATE: "no", "needs_transport_due_to_illness": "yes"}
    answered = answered_by_gates(given)
    assert answered["needs_personal_assistance_at_school"] == "no"
    assert answered["benefits_satisfactorily_from_ordinary_teaching"] == "yes"
    assert "needs_transport_due_to_illness" not in answered  # answered by the family itself
    assert answered_by_gates({GATE: "yes"}) == {} and answered_by_gates({GATE: "unknown"}) == {} and answered_by_gates({}) == {}


def test_a_gate_no_refuses_the_followers_rights_citing_their_own_provision():
    answer = assemble(_pupil(**{GATE: "no"}), ON, "en")
    gate_question = vocabulary()[GATE].question.en
    for benefit, condition, section in (("personlig_assistanse", "personlig_assistanse_condition_need", "11-4"),
                                        ("skoleskyss", "skoleskyss_condition_need", "kapittel 4")):
        result = _result(answer, benefit)
        assert result.status == "not_entitled", benefit
        need = next(c for c in result.conditions if c.variable == condition)
        assert need.outcome == "not_met" and need.answered_by_gate == gate_question
        assert section in need.reference.citation, need.reference
        assert result.missing_facts == []


def test_a_condition_the_family_answered_itself_names_no_gate():
    answer = assemble(_pupil(needs_transport_due_to_illness="no"), ON, "en")
    need = next(c for c in _result(answer, "skoleskyss").conditions if c.variable == "skoleskyss_condition_need")
    assert need.outcome == "not_met" and need.answered_by_gate is None
    assert "answered_by_gate" not in need.model_dump()


def test_a_follower_answered_explicitly_wins_over_the_gate():
    answer = assemble(_pupil(**{GATE: "no", "needs_personal_assistance_at_school": "yes"}), ON, "en")
    assert _result(answer, "personlig_assistanse").status == "entitled"
    assert _result(answer, "skoleskyss").status == "not_entitled"  # the others still take the gate's "no"


def test_without_the_gate_the_followers_rights_stay_open_naming_their_own_question():
    answer = assemble(_pupil(), ON, "en")
    result = _result(answer, "personlig_assistanse")
    assert result.status == "missing_information"
    assert [m.fact for m in result.missing_facts] == ["needs_personal_assistance_at_school"]


def test_the_gate_is_asked_before_its_followers():
    asked = [q.key for q in run_interview(_pupil(), ON, "en", depth="all").asked]
    assert (GATE, "ida") in asked
    for follower in FOLLOWERS:
        assert (follower, "ida") not in asked[: asked.index((GATE, "ida"))]


@pytest.mark.parametrize("gate_answer", ["yes", "unknown"])
def test_after_a_gate_yes_or_dont_know_the_followers_are_asked(gate_answer):
    step = run_interview(_pupil(**{GATE: gate_answer}), ON, "en", depth="all")
    asked = {q.key for q in step.asked}
    assert (GATE, "ida") not in asked
    assert {("needs_personal_assistance_at_school", "ida"), ("needs_transport_due_to_illness", "ida")} <= asked


def test_a_gate_dont_know_in_the_interview_leaves_the_followers_askable():
    step = run_interview(_pupil(), ON, "en", unknown={(GATE, "ida")}, depth="all")
    assert ("needs_transport_due_to_illness", "ida") in {q.key for q in step.asked}


def test_a_gate_is_not_asked_once_a_follower_says_yes():
    # School transport "yes" means the child needs something extra at school: the gate's answer is known.
    step = run_interview(_pupil(needs_transport_due_to_illness="yes"), ON, "en", depth="all")
    assert (GATE, "ida") not in {q.key for q in step.asked}
    assert ("needs_personal_assistance_at_school", "ida") in {q.key for q in step.asked}


def test_if_gate_no_needs_a_yes_no_gate_and_the_followers_own_type():
    question = {"nb": "Spørsmål?", "en": "Question?"}
    choice_gate = Fact(id="employment", holder="caregiver", question=question, asked_first=True)
    with pytest.raises(ValueError, match="if_gate_no"):
        _check_gates({"employment": choice_gate,
                      "yearly_income": Fact(id="yearly_income", holder="caregiver", question=question, type="number",
                                            asked_after="employment", if_gate_no=0)})
    yes_no_gate = Fact(id="gate", holder="child", question=question, asked_first=True, type="yes_no")
    with pytest.raises(ValueError, match="if_gate_no"):
        _check_gates({"gate": yes_no_gate,
                      "hours": Fact(id="hours", holder="child", question=question, type="number", asked_after="gate",
                                    if_gate_no="no")})


def test_the_openfisca_situation_carries_the_gates_answers_as_the_builder_does():
    from openfisca_asb.facts.situation_json import situation

    persons = situation(_pupil(**{GATE: "no", "needs_transport_due_to_illness": "yes"}), ON, requested=False)["persons"]
    assert persons["ida"]["needs_personal_assistance_at_school"] == {"ETERNITY": "no"}
    assert persons["ida"]["benefits_satisfactorily_from_ordinary_teaching"] == {"ETERNITY": "yes"}
    assert persons["ida"]["needs_transport_due_to_illness"] == {"ETERNITY": "yes"}


def test_an_application_packet_shows_the_gates_question_for_what_the_gate_answered():
    # SFO in 4th grade (opplæringslova 2023 § 4-5) needs no special needs: entitled, and its packet lists
    # the special-needs fact as told — by the gate's "no", under the gate's question, not its own.
    from openfisca_asb.answer.packets import application_packets

    packets = application_packets(_pupil(**{GATE: "no"}), ON, "en", ["sfo"])
    right = next(r for packet in packets.packets for r in packet.rights if r.benefit == "sfo")
    told = [f for f in right.known_facts if f.fact == "has_special_needs_for_sfo"]
    assert [(f.value, f.question) for f in told] == [("no", vocabulary()[GATE].question.en)]
    assert "has_special_needs_for_sfo" not in [m.fact for m in right.missing_facts]
