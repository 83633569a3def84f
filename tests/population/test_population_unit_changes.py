"""A reform in days or hours is counted in its own unit: who gets more, who gets less, by how much, nationally and per
kommune, and said in the headline (review s21 drafter M1: «0 winners, 0 losers» while 47 caregivers gained days).

The drafter's reform raises the omsorgsdager extra for a chronically ill child (ftrl § 9-6 andre ledd) from 10 to 15
days, and from 20 to 30 in sole care, from 2027. NAV's calculator adds (quota.py): grunnrett 10 for one or two
counted children, +10 per chronically ill child not in sole care (+20 in sole care), and 10 for sole care.
- Family 0 (Oslo, 0301): a mother alone with a chronically ill child: 10 + 20 + 10 = 40 days → 10 + 30 + 10 = 50, +10.
- Family 1 (Bergen, 4601): two parents, a chronically ill child: 10 + 10 = 20 each → 10 + 15 = 25 each, +5 and +5.
- Family 2 (Bergen): two parents, a healthy child of 12 (counted to the end of the year it turns 12): 10 each, unchanged.
So 3 caregivers gain 10 + 5 + 5 = 20 days, each in the bracket «5–10»; 2 are entitled and unchanged. Oslo: one
caregiver, +10; Bergen: two, +5 + 5 = +10. No krone moves. Leave for a child's illness (aml § 12-9) follows the
same days, so it moves the same way.
"""

from datetime import date
from textwrap import dedent

import numpy
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from openfisca_asb.cli import main
from openfisca_asb.drafting.loading import resolve_reform
from openfisca_asb.population import runner, unit_changes
from openfisca_asb.population.results import tables
from population_helpers import person, table_of

MARCH_2027 = date(2027, 3, 1)
REFORM = dedent("""\
    id: omsorgsdager_kronisk
    title: {nb: Flere omsorgsdager for kronisk syke barn, en: More care days for chronically ill children}
    summary: {nb: Tillegget økes fra 10 til 15 dager og fra 20 til 30 ved aleneomsorg., en: The extra rises from 10 to 15 days and 20 to 30 in sole care.}
    author: A drafter
    status: proposal
    legal_basis:
      - {title: "Folketrygdloven § 9-6 andre ledd", url: "https://lovdata.no/lov/1997-02-28-19/§9-6"}
    parameters:
      folketrygd.omsorgspenger.chronic_illness_extra_days.shared_care:
        2027-01-01: {value: 15, unit: day}
      folketrygd.omsorgspenger.chronic_illness_extra_days.sole_care:
        2027-01-01: {value: 30, unit: day}
    """)
IN_WORK = {"employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 540_000.0,
           "omsorgspenger_temporarily_alone": "no"}


def _caregiver(family, kommune, born):
    return person(family, "caregiver", birth_date=born, kommunenummer=kommune, **IN_WORK)


def _child(family, kommune, chronic, **facts):
    answer = "yes" if chronic else "no"
    return person(family, "child", birth_date=date(2015, 1, 20), kommunenummer=kommune, has_lasting_illness=answer,
                  omsorgspenger_chronic_illness_accepted=answer, **facts)


def _families():
    return table_of([
        _caregiver(0, "0301", date(1983, 6, 14)), _child(0, "0301", True, sole_caregiver=0),
        _caregiver(1, "4601", date(1980, 1, 1)), _caregiver(1, "4601", date(1981, 1, 1)), _child(1, "4601", True),
        _caregiver(2, "4601", date(1982, 1, 1)), _caregiver(2, "4601", date(1982, 2, 1)), _child(2, "4601", False),
    ])


@pytest.fixture(scope="module")
def reform_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("reform") / "omsorgsdager_kronisk.yaml"
    path.write_text(REFORM, encoding="utf-8")
    return path


def test_a_change_in_days_is_a_bracket_by_its_size_either_way():
    # Under 0.5 is no change; under 5; 5 to 10 both included; more than 10 (unit_changes.LEVELS), lost or gained.
    changes = numpy.array([-11, -10, -5, -4.5, -0.4, 0, 0.5, 4.9, 5, 10, 10.5])
    labels = [unit_changes.LABELS["en"][b] for b in unit_changes.brackets(changes)]
    assert labels == ["lose more than 10", "lose 5–10", "lose 5–10", "lose under 5", "no change", "no change",
                      "gain under 5", "gain under 5", "gain 5–10", "gain 5–10", "gain more than 10"]


def test_caregivers_who_gain_days_are_counted_with_the_days(reform_path):
    result = runner.run(_families(), on=MARCH_2027, reform=resolve_reform(str(reform_path)))
    days = next(row for row in tables.unit_change_summary(result, "en") if row["benefit"] == "omsorgspenger")
    assert (days["gaining"], days["losing"], days["gain"], days["change"]) == (3, 0, 20, 20)
    assert set(days["bounds"].values()) == {"exact"}
    brackets = {row["change"]: (row["holders"], row["total_change"])
                for row in tables.unit_change_table(result, "en") if row["benefit"] == "omsorgspenger"}
    assert brackets["gain 5–10"] == (3, 20) and brackets["no change"] == (2, 0) and brackets["gain more than 10"] == (0, 0)
    assert tables.change_summary(result)["winners"] == 0  # in kroner, nobody: the days are said apart
    kommuner = {row["kommunenummer"]: row for row in tables.kommune_table(result)}
    assert (kommuner["0301"]["omsorgspenger_gaining"], kommuner["0301"]["omsorgspenger_change"]) == (1, 10)
    assert (kommuner["4601"]["omsorgspenger_gaining"], kommuner["4601"]["omsorgspenger_change"]) == (2, 10)


@pytest.mark.parametrize("lang, said", [
    ("en", ["NAV +0 kr/year, 0 winners, 0 losers; +20 omsorgsdager (not costed in kroner), 3 caregivers gain",
            "; +20 days of leave for a child's illness (not costed in kroner), 3 caregivers gain"]),
    ("nb", ["NAV +0 kr/år, 0 vinnere, 0 tapere; +20 omsorgsdager (ikke regnet i kroner), 3 omsorgspersoner får mer",
            "; +20 permisjonsdager ved barns sykdom (ikke regnet i kroner), 3 omsorgspersoner får mer"]),
])
def test_the_headline_the_report_and_the_kommune_table_say_the_days(reform_path, tmp_path, capsys, lang, said):
    population, out = tmp_path / "population.parquet", tmp_path / "results"
    pq.write_table(_families(), population)
    assert main(["population", "simulate", str(population), "--reform", str(reform_path), "--date", "2027-03-01",
                 "--kommune", "0301", "--out", str(out), "--lang", lang]) == 0
    printed = capsys.readouterr().out
    assert all(words in printed for words in said), printed
    report = (out / "report.md").read_text(encoding="utf-8")
    name, unit = ("Care allowance days (omsorgspenger, sick-child days)", "omsorgsdager") if lang == "en" else ("Omsorgspenger (sykt barn-dager)", "omsorgsdager")
    assert f"| {name} | {unit} | 3 | 0 | +20 | 0 | +20 |" in report, report
    assert f"| {unit} | 1 | 0 | +10 |" in report  # Oslo's page: one caregiver, +10 days
    csv = pacsv.read_csv(out / "kommuner.csv").to_pylist()
    assert {row["kommunenummer"]: row["omsorgspenger_change"] for row in csv} == {301: 10, 4601: 10}
