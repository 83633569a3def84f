"""A population run's totals equal a stored result (issue 20: speed-ups must not move a sum).

2 000 generated families written to Parquet (so choice facts arrive dictionary-encoded, as
from a file) and run in parts of 700 families with the raise_hjelpestonad reform: every
count and sum, the per-kommune table and the largest changes, compared exactly with the
result the code gave before the population speed-ups. Regenerate deliberately with
`ASB_WRITE_SNAPSHOT=1`, only where an issue asks for different answers.
"""

from datetime import date
from pathlib import Path

from openfisca_asb.population import generator, runner
from snapshot_store import assert_equals_snapshot

STORED = Path(__file__).parent / "snapshots" / "run_totals.json"


def _as_lists(values: dict) -> dict:
    return {name: value.tolist() for name, value in values.items()}


def test_population_run_totals_equal_the_stored_result(tmp_path):
    path = tmp_path / "population.parquet"
    generator.write(path, 2_000, seed=20)
    result = runner.run(path, on=date(2026, 3, 1), reform="raise_hjelpestonad", chunk_families=700)
    sums = result.sums
    actual = {
        "totals": _as_lists(sums.totals),
        "kommuner": _as_lists(sums.kommuner),
        "kommune_columns": list(sums.kommune_columns),
        "largest": sums.largest,
        "smallest": sums.smallest,
    }
    assert_equals_snapshot(STORED, actual, "the population run's sums")
