"""A population run marks an amount by the rates behind it, as `reform compare` does (review s21 drafter M2).

ADR 0009 addendum (review s16): a limit among a benefit's rates (`rate_binds`) is behind a holder's amount only
where it sets it. Forhøyet hjelpestønad names NAV's published monthly amounts so: they stand only while the
ordinary rate in force is the one of their table (forhoyet_hjelpestonad_published_amounts_used). A reform that
sets its own ordinary rate derives forhøyet from it (ftrl § 6-5 andre ledd: 2, 4 or 6 times the ordinary yearly
rate), and that amount is exact; before, runs marked it «≥» and made every change and loss «*».

On 1 March 2027 the ordinary rate in force is nav.no's 2023 rate, 15 161 kr a year, older than the adjustment of
1 July 2023 (stale_value_is: lower_bound): 15 161 / 12 = 1 263 kr a month in whole kroner, at least. Forhøyet sats 2
is the published 2 527 kr a month (2023), at least. The reform sets 12 000 kr a year from 2027-01-01:
12 000 / 12 = 1 000 a month, and sats 2 = 2 × 12 000 / 12 = 2 000, both exact.
"""

from datetime import date
from textwrap import dedent
from types import SimpleNamespace

import pytest

from openfisca_asb.drafting.loading import resolve_reform
from openfisca_asb.population import runner
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.report import write_report
from population_helpers import hjelpestonad_child, person, table_of

MARCH_2027 = date(2027, 3, 1)
CUT = dedent("""\
    id: hjelp_cut
    title: {nb: Hjelpestønad kuttes, en: Assistance allowance cut}
    summary: {nb: Ordinær sats 12 000 kr i året., en: Ordinary rate 12 000 kr a year.}
    author: A drafter
    status: proposal
    in_force: 2027-01-01
    legal_basis:
      - {title: "Folketrygdloven § 6-4", url: "https://lovdata.no/lov/1997-02-28-19/§6-4"}
    parameters:
      folketrygd.hjelpestonad.ordinary_yearly_rate:
        2027-01-01: 12000
    """)


class OnlyIn:
    """A pilot scope with the loader's interface."""

    def __init__(self, kommuner, start, end):
        self.kommuner, self.start, self.end = kommuner, start, end

    def applies(self, kommunenummer, on):
        return kommunenummer in self.kommuner and self.start <= on <= self.end


@pytest.fixture(scope="module")
def cut(tmp_path_factory):
    path = tmp_path_factory.mktemp("reform") / "hjelp_cut.yaml"
    path.write_text(CUT, encoding="utf-8")
    return resolve_reform(str(path))


def _families():
    """Family 0 in Oslo: a child at the ordinary rate. Family 1 in Bergen: a child at forhøyet sats 2."""
    return table_of([
        person(0, "caregiver", birth_date=date(1980, 1, 1), kommunenummer="0301"),
        {**hjelpestonad_child(0, "sats_1"), "kommunenummer": "0301"},
        person(1, "caregiver", birth_date=date(1981, 1, 1), kommunenummer="4601"),
        {**hjelpestonad_child(1, "sats_2"), "kommunenummer": "4601"},
    ])


def _row(result, benefit):
    return next(row for row in tables.cost_table(result, "en") if row["benefit"] == benefit)


def _line(report: str, first_cell: str) -> list[str]:
    line = next(line for line in report.splitlines() if line.startswith(f"| {first_cell} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_forhoyet_under_a_reform_rate_is_exact_and_the_cut_a_certain_loss(cut, tmp_path):
    result = runner.run(_families(), on=MARCH_2027, reform=cut)
    forhoyet = _row(result, "forhoyet_hjelpestonad")
    # Before: the published 2 527, at least (≥). After: 2 × 12 000 / 12 = 2 000, exact: the published table is not
    # behind it, as `reform compare` says for this child («Entitled, 2 000 kr/month»).
    assert (forhoyet["base_per_month"], forhoyet["amount_is_lower_bound"]) == (2527, True)
    assert (forhoyet["reform_per_month"], forhoyet["reform_amount_is_lower_bound"], forhoyet["reform_amount_not_verified"]) == (
        2000, False, False)
    # 2 000 − (2 527 or more) = −527 or less a month: 12 × −527 = −6 324 a year, at most (a loss of at least 6 324).
    assert (forhoyet["change_per_year"], forhoyet["change_bound"]) == (-6324, "at_most")
    # NAV: 12 × ((1 000 − 1 263) + (2 000 − 2 527)) = 12 × −790 = −9 480, at most.
    nav = next(row for row in tables.payer_table(result, "en") if row["payer"] == "nav")
    assert (nav["change_per_year"], nav["change_bound"]) == (-9480, "at_most")
    summary = tables.change_summary(result)
    # Both families lose for certain (each after-amount exact, each before-amount a lower bound): 2 losers, no
    # winner and no one unchanged, all exact; the loss −790 a month is at most (at least 790 lost).
    assert (summary["losers"], summary["winners"], summary["unchanged"]) == (2, 0, 0)
    assert {key: summary["bounds"][key] for key in ("losers", "winners", "unchanged")} == {
        "losers": "exact", "winners": "exact", "unchanged": "exact"}
    assert (summary["loss_per_month"], summary["bounds"]["loss_per_month"]) == (-790, "at_most")
    write_report(result, tmp_path, "en")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert _line(report, "Losers") == ["Losers", "2"]
    assert _line(report, "Total loss NOK per month") == ["Total loss NOK per month", "≤ -790"]
    assert _line(report, "lose 100–1 000") == ["lose 100–1 000", "2", "≤ -790"]
    assert "a loss (a negative change) is at least this large" in report


def test_a_pilot_marks_its_own_families_by_the_reform_and_the_others_by_the_current_rules(cut):
    # The cut only in Oslo: family 0 gets 1 000 (exact), family 1 in Bergen keeps its 2 527 (at least). Hjelpestønad
    # after is Oslo's 1 000 alone, exact, so its change −263 is at most; forhøyet is 2 527 at least on both sides,
    # equal under the same caveat: no change, exact (before, the pilot's side took the baseline's mark for all).
    pilot = SimpleNamespace(id=cut.id, metadata=cut.metadata, system=cut.system,
                            pilot=OnlyIn({"0301"}, date(2027, 1, 1), date(2030, 12, 31)))
    result = runner.run(_families(), on=MARCH_2027, reform=pilot)
    ordinary = _row(result, "hjelpestonad")
    assert (ordinary["reform_per_month"], ordinary["reform_amount_is_lower_bound"]) == (1000, False)
    assert (ordinary["change_per_year"], ordinary["change_bound"]) == (-263 * 12, "at_most")
    forhoyet = _row(result, "forhoyet_hjelpestonad")
    assert (forhoyet["reform_per_month"], forhoyet["reform_amount_is_lower_bound"]) == (2527, True)
    assert (forhoyet["change_per_year"], forhoyet["change_bound"]) == (0, "exact")
