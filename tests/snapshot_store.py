"""Stored snapshots: a dict of results by example family, compared with its JSON file, or written anew with
ASB_WRITE_SNAPSHOT=1 (deliberately: the diff is then reviewed and the change reported)."""

import json
import os
from pathlib import Path

VERSION_FIELDS = ("model_version", "parameter_set_hash")  # a version bump alone changes no answer


def without_versions(data: dict) -> dict:
    return {key: value for key, value in data.items() if key not in VERSION_FIELDS}


def assert_equals_snapshot(path: Path, actual: dict, what: str) -> None:
    """Each family's result equals the stored one; `what` says which results, in the failure message."""
    if os.environ.get("ASB_WRITE_SNAPSHOT") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    expected = json.loads(path.read_text())
    assert set(actual) == set(expected), "example families added or removed: regenerate deliberately"
    for name in expected:
        assert actual[name] == expected[name], f"{name}: {what} differs from the snapshot"
