"""Every day a rate or rule of the model changes, the example families' statuses and amounts equal a snapshot.

The answer snapshot (test_answer_snapshot.py) holds whole answers on the catalogue's rule dates
(rule_dates.py). The rates change on more days than those — G every 1 May, many satser every 1 January —
so this one holds, for every day a parameter value starts within the model's dates and not already there,
each right's status, amount and range: a change of any rate on any day shows here. The days are read from
`parameters/`, so a value added on a new day asks for its snapshot (regenerate deliberately with
`ASB_WRITE_SNAPSHOT=1 pytest tests/snapshots` and review the diff).
"""

from pathlib import Path

import pytest

from openfisca_asb.answer.assembler import assemble_many
from openfisca_asb.facts.examples import example_family, example_names
from openfisca_asb.parameter_tree import dated_values
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.system import baseline_system
from rule_dates import DATES
from snapshot_store import assert_equals_snapshot

SNAPSHOT_DIR = Path(__file__).parent / "rate_dates"
RATE_DATES = sorted({day for _, day in dated_values(baseline_system().parameters) if FIRST_DATE <= day <= LAST_DATE} - set(DATES))


def _amount(amount) -> float | None:
    return None if amount is None else amount.value


def _outcomes(on):
    answers = assemble_many([example_family(name) for name in example_names()], on, language="en")
    return {name: {f"{result.benefit}/{result.person}": [
        result.status, _amount(result.amount),
        None if result.range is None else [result.range.min, result.range.max]]
        for result in answer.benefits}
        for name, answer in zip(example_names(), answers)}


@pytest.mark.parametrize("on", RATE_DATES, ids=str)
def test_statuses_and_amounts_equal_snapshot(on):
    assert_equals_snapshot(SNAPSHOT_DIR / f"{on.isoformat()}.json", _outcomes(on), f"the statuses and amounts on {on}")
