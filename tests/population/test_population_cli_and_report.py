"""`asb population generate|simulate`, the files a run writes, and clear errors for bad files."""

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_asb.cli import main
from openfisca_asb.population.schema import PopulationFileError, check_table
from population_helpers import table_of, person
from datetime import date


def test_generate_then_simulate_writes_tables_charts_and_report(tmp_path, capsys):
    population = tmp_path / "population.parquet"
    out = tmp_path / "results"
    assert main(["population", "generate", "--families", "800", "--seed", "4", "--out", str(population)]) == 0
    assert main(["population", "simulate", str(population), "--date", "2024-05-01", "--out", str(out), "--lang", "en"]) == 0
    for name in ("report.md", "report.html", "cost_per_benefit.csv", "cost_per_payer.parquet", "statuses.csv",
                 "kommuner.csv", "calibration.csv", "cost_by_benefit.png", "cost_by_payer.png", "statuses.png", "kommuner.png"):
        assert (out / name).is_file(), name
    assert (out / "cost_by_payer.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Cost per payer" in html
    assert "800 families on 2024-05-01" in capsys.readouterr().out


def test_simulate_refuses_a_missing_file(tmp_path, capsys):
    assert main(["population", "simulate", str(tmp_path / "none.parquet")]) == 2
    assert "not found" in capsys.readouterr().err


def test_simulate_names_an_unknown_column(tmp_path, capsys):
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"family": [0], "role": ["child"], "birth_date": [date(2015, 1, 1)], "shoe_size": [30]}), path)
    assert main(["population", "simulate", str(path), "--out", str(tmp_path / "out")]) == 2
    assert "shoe_size" in capsys.readouterr().err


def test_generate_refuses_zero_families(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["population", "generate", "--families", "0", "--out", "x.parquet"])
    assert exit_.value.code == 2


@pytest.mark.parametrize("fact, value, message", [
    ("has_lasting_illness", "maybe", "has_lasting_illness"),
    ("yearly_income", -5.0, "yearly_income"),
    ("kommunenummer", "Oslo", "kommunenummer"),
])
def test_values_outside_the_vocabulary_are_refused_with_the_column(fact, value, message):
    table = table_of([person(0, "caregiver", birth_date=date(1980, 1, 1), **{fact: value})])
    with pytest.raises(PopulationFileError, match=message):
        check_table(table)


def test_caregivers_must_come_before_children():
    table = table_of([person(0, "child", birth_date=date(2015, 1, 1)), person(0, "caregiver", birth_date=date(1980, 1, 1))])
    with pytest.raises(PopulationFileError, match="caregivers must come before children"):
        check_table(table)
