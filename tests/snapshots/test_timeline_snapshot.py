"""Every example family's timeline equals a stored snapshot (issue 21 [transitions]).

A speed-up of the timeline must not change a date evaluated, an event, its cause, its
provisions or its actions. The snapshot was produced by the code before such a change;
regenerate it deliberately with `ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots`, as the
answer snapshot. Two timelines per family: with the grades given, from 2024-09-01 in
bokmål, and with the grades left to follow the age, from 2019-01-01 (or the first of the
month after the youngest is born) in English. `today` is fixed: the notes name it.
"""

import json
import os
from datetime import date
from pathlib import Path

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.answer.timeline_dates import first_of_month_from

SNAPSHOT_DIR = Path(__file__).parent / "timelines"
VERSION_FIELDS = ("model_version", "parameter_set_hash")
TODAY = date(2026, 11, 28)
YEARS = 5


def _grades_from_age(family):
    return family.model_copy(update={"children": [c.model_copy(update={"school_grade": None}) for c in family.children]})


def _start_after_births(family, start: date) -> date:
    born = [person.birth_date for person in family.persons()]
    return max(start, first_of_month_from(max(born)))


CASES = {
    "grades-given-2024-09-01-nb": (lambda family: family, date(2024, 9, 1), "nb"),
    "grades-from-age-2019-01-01-en": (_grades_from_age, date(2019, 1, 1), "en"),
}


def _timelines(case: str) -> dict:
    shape, start, language = CASES[case]
    result = {}
    for name in example_names():
        family = shape(example_family(name))
        data = json.loads(timeline(family, _start_after_births(family, start), YEARS, language, today=TODAY).model_dump_json())
        for field in VERSION_FIELDS:
            data.pop(field)
        result[name] = data
    return result


@pytest.mark.parametrize("case", sorted(CASES))
def test_timelines_equal_snapshot(case):
    path = SNAPSHOT_DIR / f"{case}.json"
    actual = _timelines(case)
    if os.environ.get("ASB_WRITE_SNAPSHOT") == "1":
        SNAPSHOT_DIR.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    expected = json.loads(path.read_text())
    assert set(actual) == set(expected), "example families added or removed: regenerate deliberately"
    for name in expected:
        assert actual[name] == expected[name], f"{name}'s timeline ({case}) differs from the snapshot"
