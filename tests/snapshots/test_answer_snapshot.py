"""Answers for every example family on every rule date equal a stored snapshot.

Refactors and speed-ups must not change an answer. The snapshot was produced by
the code before a change; it changes only where an issue asks for a different
answer, together with a version bump and a CHANGELOG entry naming the change.

Regenerate deliberately with `ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots`.
The version fields are left out, since a version bump alone changes no answer.
"""

import json
import os
from pathlib import Path

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names
from rule_dates import DATES

SNAPSHOT_DIR = Path(__file__).parent / "answers"
VERSION_FIELDS = ("model_version", "parameter_set_hash")


def _answers(on, language):
    families = [example_family(name) for name in example_names()]
    answers = assemble_many(families, on, language=language)
    result = {}
    for name, answer in zip(example_names(), answers):
        data = json.loads(answer.model_dump_json())
        for field in VERSION_FIELDS:
            data.pop(field)
        result[name] = data
    return result


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("on", DATES, ids=str)
def test_answers_equal_snapshot(on, language):
    path = SNAPSHOT_DIR / f"{on.isoformat()}-{language}.json"
    actual = _answers(on, language)
    if os.environ.get("ASB_WRITE_SNAPSHOT") == "1":
        SNAPSHOT_DIR.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    expected = json.loads(path.read_text())
    assert set(actual) == set(expected), "example families added or removed: regenerate deliberately"
    for name in expected:
        assert actual[name] == expected[name], f"{name} on {on} ({language}) differs from the snapshot"
