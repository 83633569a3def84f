"""The test files in the order of how long each took, longest first (ADR 0029).

pytest-xdist hands whole files to its two workers (`--dist loadfile --no-loadscope-reorder`, pyproject.toml)
in the order collected. Left to itself it starts the files with the most tests first, so one slow file with a
single test (the schema fuzzing, a browser walk-through) could start last and keep one worker busy alone at the
end. Longest first, the two workers end close together. Nothing here changes what a test checks; a file not
measured yet keeps its place after the measured ones.

`ASB_WRITE_DURATIONS=1 pytest tests` measures again and rewrites `file_durations.json`: seconds per file,
setup, call and teardown summed.
"""

import json
import os
from collections import defaultdict
from pathlib import Path

DURATIONS = Path(__file__).with_name("file_durations.json")
_measured: dict[str, float] = defaultdict(float)


def file_of(nodeid: str) -> str:
    """The file part of a test's node id ("tests/api/test_x.py::test_y[a]" → "tests/api/test_x.py")."""
    return nodeid.split("::", 1)[0]


def longest_first(items) -> None:
    """Sort the collected `items` so that the files measured longest come first (a stable sort: a file's tests
    stay together and in their order)."""
    seconds = json.loads(DURATIONS.read_text(encoding="utf-8")) if DURATIONS.exists() else {}
    items.sort(key=lambda item: -seconds.get(file_of(item.nodeid), 0.0))


def record(report) -> None:
    """Add a test phase's duration to its file's seconds (when measuring)."""
    if os.environ.get("ASB_WRITE_DURATIONS"):
        _measured[file_of(report.nodeid)] += report.duration


def write(config) -> None:
    """Write the seconds measured per file, longest first (when measuring, in the process that saw every test)."""
    if os.environ.get("ASB_WRITE_DURATIONS") and not hasattr(config, "workerinput") and _measured:
        ordered = dict(sorted(((name, round(seconds, 1)) for name, seconds in _measured.items()), key=lambda row: -row[1]))
        DURATIONS.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
