"""A pilot that only moves cost between the state and the kommune is seen, and a pilot's figures say what they are
(review s21 drafter M6, L4, L8, L9).

The pilot raises the state's toppfinansiering share from 80 % to 90 % in Bodø (1804), 2027-01-01 to 2030-12-31.
Bodø's one child: the kommune reports 2 500 000 kr of direct wages, no grants, no user payments (hol § 11-1); over
the innslagspunkt of 1 608 000 kr the state refunds 0.8 × (2 500 000 − 1 608 000) = 0.8 × 892 000 = 713 600 kr a
year, and under the pilot 0.9 × 892 000 = 802 800: the state pays 89 200 more and the kommune, net, 89 200 less
(kommune net 2 500 000 − 713 600 = 1 786 400 before). No family's money moves. An Oslo family (0301), outside the
pilot, sorts before Bodø by number, and changes nothing.
"""

from datetime import date
from textwrap import dedent

import pyarrow.parquet as pq
import pytest

from openfisca_asb.cli import main
from openfisca_asb.population.results import charts
from population_helpers import person, table_of

PILOT = dedent("""\
    id: topp_pilot
    title: {nb: "Forsøk: statlig toppfinansiering 90 %", en: "Pilot: state top-up funding at 90 %"}
    summary: {nb: Staten dekker 90 % over innslagspunktet i Bodø., en: The state covers 90 % above the threshold in Bodø.}
    author: A drafter
    status: pilot
    legal_basis:
      - {title: "Forsøksloven § 3", url: "https://lovdata.no/lov/1992-06-26-87/§3"}
    pilot:
      kommuner: {"1804": Bodø}
      start: 2027-01-01
      end: 2030-12-31
      legal_basis:
        - {title: "Forsøksloven § 3", url: "https://lovdata.no/lov/1992-06-26-87/§3"}
    parameters:
      stat.toppfinansiering.compensation_rate:
        2027-01-01: 0.9
    """)


@pytest.fixture
def run(tmp_path, capsys, monkeypatch):
    """Simulate the two families with the pilot; returns what was printed, the report and the kommune chart's bars."""
    population, reform = tmp_path / "population.parquet", tmp_path / "topp_pilot.yaml"
    reform.write_text(PILOT, encoding="utf-8")
    pq.write_table(table_of([
        person(0, "caregiver", birth_date=date(1980, 1, 1), kommunenummer="0301"),
        person(0, "child", birth_date=date(2015, 1, 1), kommunenummer="0301"),
        person(1, "caregiver", birth_date=date(1982, 12, 12), kommunenummer="1804"),
        person(1, "child", birth_date=date(2013, 1, 20), kommunenummer="1804", toppfinansiering_direct_wage_costs=2_500_000.0,
               toppfinansiering_earmarked_grants=0.0, toppfinansiering_user_payments=0.0, has_intellectual_disability="no"),
    ]), population)
    bars = []
    drawn = charts._bars
    monkeypatch.setattr(charts, "_bars", lambda axis, labels, series: (bars.append((labels, series)), drawn(axis, labels, series)))

    def simulate(on: str, *more):
        out = tmp_path / f"results-{on}"
        assert main(["population", "simulate", str(population), "--reform", str(reform), "--date", on, "--out", str(out),
                     "--lang", "en", *more]) == 0
        return capsys.readouterr().out, (out / "report.md").read_text(encoding="utf-8"), bars[-1]

    return simulate


def test_the_headline_names_every_payer_that_changes_and_explains_its_marks(run):
    printed, _, _ = run("2027-09-01")
    headline = printed.splitlines()[0]
    assert "NAV +0 kr/year, state to kommuner +89 200 * kr/year, kommune net -89 200 * kr/year, 0 winners, 0 losers" in headline
    # One mark for a value not verified, the report's «*» (no «~»), and its legend under the headline (L4): the
    # innslagspunkt behind the refund is older than a known adjustment.
    assert "kommune net 1 786 400 * kr/year" in headline and "~" not in headline
    assert "* after an amount: the amount uses values in force before a known adjustment" in printed
    assert "* after a change: " in printed


def test_the_pilot_kommuner_come_first_get_pages_and_lead_the_chart(run):
    _, report, (labels, series) = run("2027-09-01")
    table = report[report.index("## The picture per kommune"):]
    assert "Kommuner with the largest change for families (NOK per month); the pilot's kommuner first." in table
    rows = [line for line in table.splitlines() if line.startswith("| 0301 ") or line.startswith("| 1804 ")]
    assert rows[0].startswith("| 1804 Bodø |")
    assert "## Kommune 1804 Bodø" in report and "## Kommune 0301" not in report  # only the pilot changes anything
    # The chart follows the table, and shows each payer's change: Bodø's state +89 200 / 12 = 7 433 a month.
    assert labels[0] == "1804 Bodø"
    assert (round(series["Change state NOK/month"][0]), round(series["Change kommune net NOK/month"][0])) == (7433, -7433)
    assert series["Change families NOK/month"][0] == 0


def test_the_scaled_change_is_labelled_for_the_pilot_kommuner_with_no_sampling_uncertainty_claimed(run):
    printed, report, _ = run("2027-09-01")
    header = next(line for line in report.splitlines() if line.startswith("| Payer |"))
    assert "Pilot kommuner scaled, change NOK per year" in header and "Norway, change NOK per year" not in header
    note = "A pilot changes only the families in its kommuner. Families in the population who live there: 1."
    assert note in report and note in printed
    assert "Its sampling uncertainty is not given" in report


def test_a_run_dated_outside_the_pilot_period_says_so(run):
    printed, report, _ = run("2026-12-01")
    said = "The legal date 2026-12-01 is outside the pilot period (2027-01-01 to 2030-12-31): the pilot changes nothing"
    assert said in printed and said in report


def test_a_kommune_asked_for_with_no_family_says_so(run):
    # Sør-Varanger (5605) exists, but no family of the two lives there (L8).
    printed, report, _ = run("2027-09-01", "--kommune", "5605")
    assert "--kommune 5605: no family from 5605 in this population" in printed
    assert "## Kommune 5605 Sør-Varanger\n\nNo family from 5605 in this population." in report
