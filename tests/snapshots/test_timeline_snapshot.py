"""Every example family's timeline equals a stored snapshot (issue 21 [transitions]).

A speed-up of the timeline must not change a date evaluated, an event, its cause, its
provisions or its actions. The snapshot was produced by the code before such a change;
regenerate it deliberately with `ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots`, as the
answer snapshot. Two timelines per family: with the grades given, from 2024-09-01 in
bokmål, and with the grades left to follow the age, from 2019-01-01 (or the first of the
month after the youngest is born) in English. `today` is fixed: the notes name it.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import first_of_month_from
from openfisca_asb.facts.examples import example_family, example_names
from snapshot_store import assert_equals_snapshot, without_versions

SNAPSHOT_DIR = Path(__file__).parent / "timelines"
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
    families = {name: shape(example_family(name)) for name in example_names()}
    return {
        name: without_versions(json.loads(timeline(family, _start_after_births(family, start), YEARS, language,
                                                   today=TODAY).model_dump_json()))
        for name, family in families.items()
    }


@pytest.mark.parametrize("case", sorted(CASES))
def test_timelines_equal_snapshot(case):
    assert_equals_snapshot(SNAPSHOT_DIR / f"{case}.json", _timelines(case), f"the timeline ({case})")
