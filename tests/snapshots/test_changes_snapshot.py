""""What would change it" for every example family on every rule date equals a stored snapshot.

The answer snapshot (test_answer_snapshot.py) is computed without single-fact variants, so it holds no
changes; this one holds each right's changes — the single fact, its value, the status and amount it would
give — which a caseworker reads as "the missing fact that would change it" and the interview ranks its
questions by. In English only: the changes are the same in both languages but for the question's words.

Regenerate deliberately with `ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots`.
"""

from pathlib import Path

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names
from rule_dates import DATES
from snapshot_store import assert_equals_snapshot

SNAPSHOT_DIR = Path(__file__).parent / "changes"


def _change(change) -> list:
    amount = change.new_amount
    return [change.fact, change.person, change.value, change.new_status, None if amount is None else amount.value]


def _changes(on):
    answers = assemble_many([example_family(name) for name in example_names()], on, language="en", with_variants=True)
    return {name: {f"{result.benefit}/{result.person}": [_change(change) for change in result.changes]
                   for result in answer.benefits if result.changes}
            for name, answer in zip(example_names(), answers)}


@pytest.mark.parametrize("on", DATES, ids=str)
def test_changes_equal_snapshot(on):
    assert_equals_snapshot(SNAPSHOT_DIR / f"{on.isoformat()}.json", _changes(on), f"what would change it on {on}")
