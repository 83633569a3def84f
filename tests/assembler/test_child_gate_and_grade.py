"""The child's illness-or-needs gate and the grade by age (ADR 0026).

A "no" to «Har barnet en sykdom, skade eller funksjonsnedsettelse – også en som går over – eller trenger
barnet mer hjelp …» answers "no" to every question about the child's health and needs, through the group
gates to their followers. A school grade not given is the grade by age: school starts in August of the
calendar year the child turns six, one grade up each August (opplæringslova § 2-1).
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.gates import answered_by_gates, covered_by, gate_answering
from openfisca_asb.facts.vocabulary import vocabulary

ON = date(2024, 9, 1)
CHILD_GATE = "has_illness_or_extra_needs"
SCHOOL_GATE = "needs_something_extra_at_school"


def _family(**olav):
    # Nora, 7, ill; her brother Olav, born October 2012: by age in 7th grade from August 2024
    # (turned six in 2018, 1st grade 2018/19 … 7th grade 2024/25).
    return Family.model_validate({
        "kommunenummer": "3201",
        "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
        "children": [{"id": "nora", "birth_date": "2017-02-11", CHILD_GATE: "yes", "has_lasting_illness": "yes"},
                     {"id": "olav", "birth_date": "2012-10-01", **olav}],
    })


def _result(answer, benefit, person):
    return next(r for r in answer.benefits if r.benefit == benefit and r.person == person)


def test_a_no_to_the_childs_gate_passes_down_through_the_group_gates():
    answered = answered_by_gates({CHILD_GATE: "no"})
    assert answered["has_lasting_illness"] == "no" and answered[SCHOOL_GATE] == "no"
    # A follower of a group gate, answered by the child's gate through it.
    assert answered["needs_transport_due_to_illness"] == "no"
    assert answered["benefits_satisfactorily_from_ordinary_teaching"] == "yes"
    assert {"has_lasting_illness", SCHOOL_GATE, "needs_transport_due_to_illness"} <= set(covered_by(CHILD_GATE))
    # What the family gave itself wins, and a gate given "yes" below the child's "no" stops the "no" there.
    assert "needs_transport_due_to_illness" not in answered_by_gates({CHILD_GATE: "no", SCHOOL_GATE: "yes"})
    assert answered_by_gates({CHILD_GATE: "yes"}) == {}


def test_a_fact_answered_through_two_gates_names_the_gate_the_family_answered():
    olav = _family(**{CHILD_GATE: "no"}).children[1]
    assert gate_answering(olav, "needs_transport_due_to_illness") == ("no", CHILD_GATE)


def test_a_healthy_sibling_is_settled_and_asked_nothing_about_health():
    family = _family(**{CHILD_GATE: "no"})
    answer = assemble(family, ON, "en")
    gate_question = vocabulary()[CHILD_GATE].question.en
    # Individual plan (pbrl. § 2-5) and travel companion (pbrl. § 2-6) wait on needs a healthy child does not have.
    for benefit in ("individuell_plan", "koordinator", "pasientreiser_ledsager", "skoleskyss"):
        result = _result(answer, benefit, "olav")
        assert result.status == "not_entitled", benefit
        assert any(c.answered_by_gate == gate_question for c in result.conditions if c.outcome == "not_met"), benefit
    asked = run_interview(family, ON, "en", depth="all").asked
    assert [q.key for q in asked if q.person == "olav"] == []


def test_a_healthy_siblings_toppfinansiering_is_refused_through_the_gate():
    # Toppfinansiering (Helsedirektoratet, rundskriv IS-4) refunds the kommune's direct wage costs for
    # resource-intensive services to one person above the threshold (1 608 000 kr for 2024). A child with no
    # illness or needs gets no such services: the gate's "no" answers the wage costs 0 kr, not above the
    # threshold, so the kommune's figures are not asked for him (review s15, finding 7).
    answer = assemble(_family(**{CHILD_GATE: "no"}), ON, "en")
    grant = next(r for r in answer.payer_view if r.benefit == "toppfinansiering" and r.person == "olav")
    assert grant.status == "not_entitled" and grant.missing_facts == []
    assert grant.reason.code == "below_innslagspunkt"
    (above,) = [c for c in grant.conditions if c.outcome == "not_met"]
    assert above.variable == "toppfinansiering_condition_above_innslagspunkt"
    assert above.answered_by_gate == vocabulary()[CHILD_GATE].question.en


def test_without_the_gate_a_sibling_is_asked_it_first():
    asked = run_interview(_family(), ON, "en").asked
    olav = [q.fact for q in asked if q.person == "olav"]
    assert olav and olav[0] == CHILD_GATE


def test_a_grade_not_given_is_the_grade_by_age_and_the_answer_says_so():
    answer = assemble(_family(**{CHILD_GATE: "no"}), ON, "en")
    # Olav is in 7th grade by age: SFO is for 1st–4th grade, and 5th–7th only with special needs
    # (opplæringslova § 4-5): not entitled, and not "missing information" waiting on his grade.
    sfo = _result(answer, "sfo", "olav")
    assert sfo.status == "not_entitled"
    assumed = [c.assumed for c in sfo.conditions if c.assumed]
    assert assumed and "olav grade 7" in assumed[0]
    # Nora, born February 2017, turned six in 2023: 2nd grade in 2024/25, so SFO by grade.
    nora = _result(answer, "sfo", "nora")
    assert nora.status == "entitled" and any("nora grade 2" in (c.assumed or "") for c in nora.conditions)


def test_a_grade_given_wins_and_is_not_called_assumed():
    answer = assemble(_family(**{CHILD_GATE: "no", "school_grade": 6}), ON, "en")
    sfo = _result(answer, "sfo", "olav")
    assert all(c.assumed is None for c in sfo.conditions)


def test_the_grade_is_not_asked_when_the_birth_date_gives_it():
    asked = run_interview(_family(**{CHILD_GATE: "no"}), ON, "en", depth="all").asked
    assert "school_grade" not in [q.fact for q in asked]


def test_a_healthy_siblings_hjelpestonad_rate_is_not_asked():
    # Omsorgsopptjening reads each child's hjelpestønad rate granted by NAV (ftrl § 20-8 with § 3-16); a
    # child with no illness or extra needs has none (ftrl § 6-4 requires a lasting illness), so the gate's
    # "no" answers "not decided" and no right names the question for Olav (it reached the print view).
    answer = assemble(_family(**{CHILD_GATE: "no"}), ON, "en")
    named = {(m.fact, m.person) for r in answer.benefits for m in r.missing_facts}
    assert ("hjelpestonad_decided_sats", "olav") not in named
    assert answered_by_gates({CHILD_GATE: "no"})["hjelpestonad_decided_sats"] == "not_decided"


def test_what_would_change_it_tries_only_the_grades_a_year_either_way_of_the_age():
    # Ida, born March 2018, turns six in 2024: 1st grade from August 2024 (opplæringslova § 2-1); started a
    # year late she would be in barnehage (grade 0), a year early in 2nd grade. Her brother Olav, born October
    # 2012, is in 7th grade by age (6th or 8th a year either way). The family step refuses grades further off,
    # so "what would change it" tries only those: never "if Olav were in 1st grade, free SFO hours".
    family = Family.model_validate({"kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
                                    "children": [{"id": "ida", "birth_date": "2018-03-01", CHILD_GATE: "yes",
                                                  "has_lasting_illness": "yes"},
                                                 {"id": "olav", "birth_date": "2012-10-01", CHILD_GATE: "no"}]})
    changes = [(r.benefit, c.person, c.value) for r in assemble(family, ON, "en").benefits for c in r.changes
               if c.fact == "school_grade"]
    assert {(person, value) for _, person, value in changes} <= {("ida", 0), ("ida", 2), ("olav", 6), ("olav", 8)}, changes
    # A year late Ida is in barnehage: barnehage priority (barnehageloven § 18) is then hers to be assessed.
    assert ("barnehage_prioritet", "ida", 0) in changes


def test_what_would_change_it_tries_no_other_grade_than_one_the_family_gave():
    # Review s20 L8: Emil's parents gave 5th grade; SFO (opplæringslova § 4-5 from August 2024: to 4th grade, to 7th with
    # special needs) was «missing information» and named «school_grade 4 → entitled», which no family can act on.
    # A grade given is the child's (ADR 0026): only the grades worked out from the age are tried a year either way.
    family = Family.model_validate({"kommunenummer": "3201", "caregivers": [{"id": "mor", "birth_date": "1983-06-14"}],
                                    "children": [{"id": "emil", "birth_date": "2014-01-20", CHILD_GATE: "yes",
                                                  "has_lasting_illness": "yes", "school_grade": 5}]})
    answer = assemble(family, ON, "en")
    assert [(r.benefit, c.value) for r in answer.benefits for c in r.changes if c.fact == "school_grade"] == []
    sfo = next(r for r in answer.benefits if r.benefit == "sfo")
    assert sfo.status == "missing_information" and {c.fact for c in sfo.changes} == {"has_special_needs_for_sfo"}
