"""A right with no amount in a population run: counted «Må vurderes» beside those entitled, «ukjent» where it
has no estimate, and a reform's gain from it marked «høyst» (review s15b finding 1; ADR 0009 addendum «a
population run and rights with no amount»).

Grunnstønad on 1 March 2026: every sats is older than a known adjustment (the 2024 satser were in force until
1 January 2025; ADR 0009 addendum «a stale rate that is also a threshold»). A child whose yearly extra and
transport costs reach only 2024's lowest sats, 9 024 kr, is to be assessed with no amount or range; below it,
not entitled.
"""

from datetime import date

import pytest

from openfisca_asb.drafting.loading import resolve_reform
from openfisca_asb.population import generator, runner
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.report import rates_not_found_lines, write_report
from population_helpers import person, table_of

MARCH_2026 = date(2026, 3, 1)
STALE_LOWEST_SATS = 9_024  # grunnstønad sats 1 from 1 January 2024 (nav.no), stale from 1 January 2025

REFORM = """\
id: grunnstonad_2026_rates
title: {nb: "Grunnstønadssatser for 2026", en: "Grunnstønad rates for 2026"}
summary: {nb: "De seks satsene settes fra 2026.", en: "The six rates are set from 2026."}
author: A test
status: proposal
legal_basis:
  - {title: "Folketrygdloven § 6-3", url: "https://lovdata.no/lov/1997-02-28-19/§6-3"}
parameters:
"""
REFORM_SATSER = (10_000, 15_000, 19_000, 28_000, 37_000, 47_000)


def _grunnstonad(result, language="nb") -> dict:
    return next(row for row in tables.cost_table(result, language) if row["benefit"] == "grunnstonad")


def _line(report: str, start: str) -> list[str]:
    line = next(line for line in report.splitlines() if line.startswith(f"| {start} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


@pytest.fixture(scope="module")
def generated():
    return generator.generate(50, seed=7, reference_date=MARCH_2026)


def test_generated_families_with_costs_are_counted_to_be_assessed_and_their_estimate_is_unknown(generated, tmp_path):
    # By hand from the generated facts: the children with a lasting illness whose costs reach the stale sats 1.
    children = [row for row in generated.to_pylist() if row["role"] == "child" and row["has_lasting_illness"] == "yes"]
    reaching = [row for row in children
                if (row["grunnstonad_yearly_extra_costs"] or 0) + (row["grunnstonad_yearly_transport_costs"] or 0) >= STALE_LOWEST_SATS]
    assert reaching, "seed 7 should give a child with costs; pick another seed if the generator changes"
    result = runner.run(generated, on=MARCH_2026)
    row = _grunnstonad(result)
    assert row["base_to_be_assessed_holders"] == len(reaching) > 0
    # None of them has a range, so the «inntil» estimate is unknown, not 0.
    assert row["base_to_be_assessed_without_range_holders"] == len(reaching)
    assert row["base_assessed_up_to_per_month"] is None
    write_report(result, tmp_path, "nb")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    header = _line(report, "Ytelse")
    assert "Dagens regler: Må vurderes" in header
    cells = dict(zip(header, _line(report, "Grunnstønad")))
    assert cells["Dagens regler: Må vurderes"] == str(len(reaching))
    assert cells["Må vurderes: inntil kr per måned"] == "ukjent"
    # A benefit nobody is to be assessed for shows a known 0, unmarked.
    assert dict(zip(header, _line(report, "Opplæringspenger")))["Må vurderes: inntil kr per måned"] == "0"
    assert f"Grunnstønad: {len(reaching)} har «Må vurderes» uten beløp" in report and "fra 2025-01-01" in report
    # The CLI summary says it too, in the run's language.
    assert rates_not_found_lines(result, "en") == [
        f"Basic benefit (grunnstønad): {len(reaching)} are to be assessed with no amount or estimate, and they are not in the "
        "amounts. The rates in force from 2025-01-01 were not found; where the costs reach only a rate from before that "
        "date, NAV decides with the current rates whether they reach them (ADR 0009)."]


def _one_child_with_costs():
    """20 000 kr a year of extra costs, none of transport: above the stale sats 1 (9 024), so «Må vurderes»."""
    return table_of([
        person(0, "caregiver", birth_date=date(1985, 1, 1), kommunenummer="0301"),
        person(0, "child", birth_date=date(2015, 1, 1), kommunenummer="0301", has_lasting_illness="yes",
               grunnstonad_yearly_extra_costs=20_000, grunnstonad_yearly_transport_costs=0,
               grunnstonad_fixed_rate_diagnosis="none_of_these"),
    ])


@pytest.fixture(scope="module")
def reformed(tmp_path_factory):
    path = tmp_path_factory.mktemp("reform") / "grunnstonad_2026_rates.yaml"
    lines = [f"  folketrygd.grunnstonad.yearly_rate.sats_{n}:\n    2026-01-01: {{value: {value}, unit: currency-NOK}}\n"
             for n, value in enumerate(REFORM_SATSER, start=1)]
    path.write_text(REFORM + "".join(lines), encoding="utf-8")
    return runner.run(_one_child_with_costs(), on=MARCH_2026, reform=resolve_reform(str(path)))


def test_a_gain_from_to_be_assessed_is_at_most_what_is_shown(reformed, tmp_path):
    # With the reform's current satser, 20 000 kr reaches sats 3 (19 000) but not sats 4 (28 000): entitled to
    # 19 000 kr a year, paid monthly in whole kroner: 19 000 / 12 = 1 583 (ADR 0004), 12 × 1 583 = 18 996 a year.
    # Before, «Må vurderes» counted 0 kr, a lower bound of what NAV may grant today, so the gain is at most
    # that (ADR 0009 § 5: only the amount before is a lower bound).
    row = _grunnstonad(reformed)
    assert (row["base_to_be_assessed_holders"], row["reform_entitled_holders"]) == (1, 1)
    assert row["change_per_year"] == 18_996
    assert (row["change_bound_from_status"], row["change_bound"]) == ("at_most", "at_most")
    summary = tables.change_summary(reformed)
    assert summary["winners"] == 1 and summary["bounds"]["winners"] == "at_most"
    # The same family may in truth lose (NAV's sats today may give more than 19 000): at least 0 losers.
    assert summary["losers"] == 0 and summary["bounds"]["losers"] == "at_least"
    assert summary["bounds"]["gain_per_month"] == "at_most"
    write_report(reformed, tmp_path, "nb")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert _line(report, "Vinnere") == ["Vinnere", "≤ 1"]
    assert _line(report, "Samlet gevinst kr per måned") == ["Samlet gevinst kr per måned", "≤ 1 583"]
    assert "En rett som «Må vurderes» eller «Mangler opplysninger», telles med 0 kr" in report
    # The status change names the benefit, not its id.
    assert _line(report, "Grunnstønad | Må vurderes") == ["Grunnstønad", "Må vurderes", "Du har rett", "1"]
    assert "| grunnstonad |" not in report


def test_the_english_report_says_unknown_and_names_the_benefit(reformed, tmp_path):
    write_report(reformed, tmp_path, "en")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    name = tables.benefit_names("en")["grunnstonad"]
    header = _line(report, "Benefit | Payer")
    cells = dict(zip(header, _line(report, f"{name} | NAV (national insurance)")))
    assert cells["Current rules: To be assessed"] == "1" and cells["Reform: To be assessed"] == "0"
    assert cells["To be assessed: up to NOK per month"] == "unknown"
    assert _line(report, "Winners") == ["Winners", "≤ 1"]
    assert _line(report, f"{name} | To be assessed") == [name, "To be assessed", "Entitled", "1"]
    status_changes = (tmp_path / "status_changes.csv").read_text(encoding="utf-8")
    assert "grunnstonad" in status_changes and name in status_changes  # the id for a program, the name to read
