"""The test files go out longest first, a file's tests together and in their order (tests/file_order.py, ADR 0029)."""

import json
from types import SimpleNamespace

import file_order


def _items(*nodeids):
    return [SimpleNamespace(nodeid=nodeid) for nodeid in nodeids]


def test_files_measured_longest_go_first_and_a_files_tests_keep_their_order(tmp_path, monkeypatch):
    durations = tmp_path / "file_durations.json"
    durations.write_text(json.dumps({"tests/b.py": 5.0, "tests/c.py": 90.0}))
    monkeypatch.setattr(file_order, "DURATIONS", durations)
    items = _items("tests/a.py::one", "tests/b.py::one", "tests/b.py::two", "tests/c.py::one[x]", "tests/c.py::one[y]",
                   "tests/d.py::one")
    file_order.longest_first(items)
    # c (90 s) before b (5 s); a and d, not measured, after them in the order collected.
    assert [item.nodeid for item in items] == ["tests/c.py::one[x]", "tests/c.py::one[y]", "tests/b.py::one",
                                               "tests/b.py::two", "tests/a.py::one", "tests/d.py::one"]

