"""Answers for every example family on every rule date equal a stored snapshot.

Refactors and speed-ups must not change an answer. The snapshot was produced by
the code before a change; it changes only where an issue asks for a different
answer, together with a version bump and a CHANGELOG entry naming the change.

Regenerate deliberately with `ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots`.
The version fields are left out, since a version bump alone changes no answer.
"""

import json
from pathlib import Path

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names
from rule_dates import DATES
from snapshot_store import assert_equals_snapshot, without_versions

SNAPSHOT_DIR = Path(__file__).parent / "answers"


def _answers(on, language):
    families = [example_family(name) for name in example_names()]
    answers = assemble_many(families, on, language=language)
    return {name: without_versions(json.loads(answer.model_dump_json())) for name, answer in zip(example_names(), answers)}


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("on", DATES, ids=str)
def test_answers_equal_snapshot(on, language):
    path = SNAPSHOT_DIR / f"{on.isoformat()}-{language}.json"
    assert_equals_snapshot(path, _answers(on, language), f"the answer on {on} ({language})")
