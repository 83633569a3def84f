"""POST /v1/facts/needed and POST /v1/explain/{benefit} read only their part of the answer (issue 20, target 1),
and give what they gave when they read it from the whole answer.

facts/needed is the interview's list of missing facts (`run_interview(...).questions`) without the answer's
amounts, texts, changes and rate flags; an explanation's results are the whole answer's rows for that
benefit, and its trace is the one a simulation of the family alone gives, though it is taken from the
answer's simulation (the family followed by its single-fact variants). Every example family: on every rule
other rule date for the interview's order (in one language, the other on the next), on the first and last date
for the explanations (the rows for each right of each family; the trace for each right on two families).
"""

from dataclasses import asdict
from datetime import date

import pytest

from openfisca_asb.answer import explanation
from openfisca_asb.answer.assembler import answer_with_variants
from openfisca_asb.answer.care_periods import for_month
from openfisca_asb.answer.explanation import explain
from openfisca_asb.answer.interview import missing_in_order, run_interview
from openfisca_asb.catalogue import catalogue
from openfisca_asb.drafting.answers import interview_under, missing_in_order_under
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.facts.situation import build_simulation
from rule_dates import DATES

EXPLAINED_ON = [DATES[0], DATES[-1]]
PILOT_ON = date(2026, 3, 1)  # inside one_entry_point_pilot's window (2025-08-01 – 2028-07-31)
PILOT_KOMMUNE = "4601"  # Bergen, in the pilot


# Every other rule date, in bokmål and English in turn: all twenty took a minute of CPU (ADR 0029).
@pytest.mark.parametrize("on, language", [(on, ("nb", "en")[number % 2]) for number, on in enumerate(DATES[::2])], ids=str)
def test_the_missing_facts_come_in_the_interviews_order(on, language):
    for name in example_names():
        family = example_family(name)
        expected = run_interview(family, on, language).questions
        assert [asdict(q) for q in missing_in_order(family, on, language)] == [asdict(q) for q in expected], name


@pytest.mark.parametrize("reform_id", ["raise_hjelpestonad", "one_entry_point_pilot"])
def test_the_missing_facts_come_in_the_interviews_order_under_a_reform(reform_id):
    reform = load_reform(reform_id)
    for name in example_names():
        family = example_family(name).model_copy(update={"kommunenummer": PILOT_KOMMUNE})
        expected = interview_under(reform, family, PILOT_ON).questions
        assert [asdict(q) for q in missing_in_order_under(reform, family, PILOT_ON)] == [asdict(q) for q in expected], name


@pytest.mark.parametrize("on", EXPLAINED_ON, ids=str)
def test_an_explanations_results_are_the_whole_answers_rows(on):
    for name in example_names():
        family = example_family(name)
        answer, _ = answer_with_variants(family, on, "en")
        for benefit in catalogue().values():
            expected = [r.model_dump(mode="json") for r in [*answer.benefits, *answer.payer_view] if r.benefit == benefit.id]
            assert explain(family, benefit, on, "en")["results"] == expected, (name, benefit.id)


def test_an_explanations_results_under_a_pilot_carry_its_organisation():
    pilot = load_reform("one_entry_point_pilot")
    for name in example_names():
        family = example_family(name).model_copy(update={"kommunenummer": PILOT_KOMMUNE})
        answer, _ = answer_with_variants(family, PILOT_ON, system=pilot.system, catalogue_overrides=pilot.catalogue_overrides())
        for benefit in catalogue().values():
            expected = [r.model_dump(mode="json") for r in [*answer.benefits, *answer.payer_view] if r.benefit == benefit.id]
            explained = explain(family, benefit, PILOT_ON, system=pilot.system, catalogue_overrides=pilot.catalogue_overrides())
            assert explained["results"] == expected, (name, benefit.id)


def _traced_alone(family, on, trace):
    """`trace` run on a simulation of the family alone, as explanations were traced before (issue 20)."""
    def alone(answers_simulation, benefit, on_):
        simulation, _ = build_simulation([for_month(family, on)], answers_simulation.tax_benefit_system, days_asked=[(f"{on:%Y-%m}", on.day)])
        return trace(simulation, benefit, on_)
    return alone


def _each_right_on_two_families() -> list[tuple[str, object]]:
    """(family, right) pairs: each right on two example families, each family on as many rights as the others
    (tracing every right of every family took a minute, and found nothing the pairs would not)."""
    names, benefits = example_names(), list(catalogue().values())
    half = len(names) // 2
    return [(names[(number + shift) % len(names)], benefit) for number, benefit in enumerate(benefits) for shift in (0, half)]


@pytest.mark.parametrize("on", EXPLAINED_ON, ids=str)
def test_an_explanations_trace_is_the_familys_alone(on, monkeypatch):
    trace = explanation._trace
    for name, benefit in _each_right_on_two_families():
        family = example_family(name)
        from_the_answer = explain(family, benefit, on)
        with monkeypatch.context() as patch:
            patch.setattr(explanation, "_trace", _traced_alone(family, on, trace))
            alone = explain(family, benefit, on)
        assert from_the_answer == alone, (name, benefit.id)
