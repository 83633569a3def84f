"""Many families answered in one simulation with their single-fact variants (issue 20 item 2:
micro-batching) give each family the answer `assemble` gives it alone, byte for byte.

`assemble_many(..., with_variants=True)` writes each family followed by its own variants; an
answer reads its variants after its own family number. Every example family together, on every
rule date the answer snapshot covers: every other date in bokmål on the baseline, the dates between in
English under a reform (each date once; both ways on every date took two minutes of CPU).
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble, assemble_many
from openfisca_asb.drafting.answers import assemble_many_under, assemble_under
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.examples import example_family, example_names
from rule_dates import DATES

FAMILIES = [example_family(name) for name in example_names()]
REFORM = load_reform("raise_hjelpestonad")  # changes amounts, so its variants' amounts differ from the baseline's
PILOT = load_reform("one_entry_point_pilot")  # applies to families in its kommuner only


def _json(answers) -> list[str]:
    return [answer.model_dump_json() for answer in answers]


@pytest.mark.parametrize("on", DATES[::2], ids=str)
def test_batched_answers_equal_one_by_one_on_the_baseline(on):
    alone = [assemble(family, on, "nb") for family in FAMILIES]
    assert _json(assemble_many(FAMILIES, on, "nb", with_variants=True)) == _json(alone)


@pytest.mark.parametrize("on", DATES[1::2], ids=str)
def test_batched_answers_equal_one_by_one_under_a_reform(on):
    options = {"system": REFORM.system, "reform": REFORM.id, "catalogue_overrides": REFORM.catalogue_overrides()}
    alone = [assemble(family, on, "en", **options) for family in FAMILIES]
    assert _json(assemble_many(FAMILIES, on, "en", with_variants=True, **options)) == _json(alone)


def test_batched_answers_under_a_pilot_are_each_familys_own():
    """Families inside and outside the pilot's kommuner, batched: each gets the answer it gets alone."""
    on = date(2026, 5, 1)  # a rule date inside the pilot's window (1 August 2025 – 31 July 2028)
    alone = [assemble_under(PILOT, family, on, "nb") for family in FAMILIES]
    assert {answer.reform for answer in alone} == {PILOT.id, None}, "the examples must straddle the pilot's scope"
    assert _json(assemble_many_under(PILOT, FAMILIES, on, "nb", with_variants=True)) == _json(alone)


def test_a_batched_answer_still_names_what_would_change_it():
    """Without variants an answer names no change; with them, as alone (this test fails if variants are dropped)."""
    on = DATES[-1]
    with_changes = [answer for answer in assemble_many(FAMILIES, on, with_variants=True)
                    if any(result.changes for result in answer.benefits)]
    assert with_changes
    assert not any(result.changes for answer in assemble_many(FAMILIES, on) for result in answer.benefits)
