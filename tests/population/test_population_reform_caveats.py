"""A population reform run marks what each side's amounts and the change are (ADR 0009).

Review of 0.11.0: the reform side was marked with the baseline's caveat and the change had none. On 1 March 2026
the ordinary hjelpestønad rate in force, 15 161 kr a year (2023), predates the adjustment of 1 July 2023: 1 263 kr a
month is a lower bound. raise_hjelpestonad sets 18 000 kr a year from 2026: 1 500 a month, exact. The change for
the sats 1 child is 1 500 − (1 263 or more) = +237 or less a month: 12 × 237 = 2 844 kr a year or less.
"""

from datetime import date

from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.population import runner
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.report import _html, _markdown, write_report
from openfisca_asb.population.results.words import WORDS

MARCH_2026 = date(2026, 3, 1)


def test_the_reform_side_has_its_own_caveat_and_the_change_says_what_it_is(two_families, tmp_path):
    result = runner.run(two_families, on=MARCH_2026, reform=load_reform("raise_hjelpestonad"))
    row = next(row for row in tables.cost_table(result, "en") if row["benefit"] == "hjelpestonad")
    assert row["amount_is_lower_bound"] and not row["reform_amount_is_lower_bound"]
    assert (row["base_per_year"], row["reform_per_year"]) == (12 * 1263, 12 * 1500)
    assert (row["change_per_year"], row["change_bound"]) == (12 * 237, "at_most")
    # Forhøyet hjelpestønad, sats 3: before, NAV's published 5 054 kr a month (2023), at least; after, derived from
    # the reform's rate, 4 × 18 000 / 12 = 6 000, exact: the published table stands only while the ordinary rate is
    # its own (rate_binds, review s21 M2). The change 6 000 − 5 054 = +946 a month, 12 × 946 = 11 352 a year, at most,
    # and NAV's 12 × (237 + 946) = 14 196, at most.
    forhoyet = next(row for row in tables.cost_table(result, "en") if row["benefit"] == "forhoyet_hjelpestonad")
    assert forhoyet["amount_is_lower_bound"] and not forhoyet["reform_amount_is_lower_bound"]
    assert (forhoyet["change_per_year"], forhoyet["change_bound"]) == (12 * 946, "at_most")
    nav = next(row for row in tables.payer_table(result, "en") if row["payer"] == "nav")
    assert (nav["change_per_year"], nav["change_bound"]) == (12 * (237 + 946), "at_most")
    write_report(result, tmp_path, "nb")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    nav_line = next(line for line in report.splitlines() if line.startswith("| NAV (folketrygden) | ≥"))
    assert nav_line.rstrip(" |").rsplit("|", 1)[1].strip().startswith("≤ ")


def test_the_legend_of_the_uncertain_mark_stays_a_line_of_text():
    # The legend of the mark, escaped so Markdown keeps it a line of text, not a bullet that swallows the «*»
    # (review s15, finding 9); report.html shows it as it is.
    blocks = [("p", WORDS["nb"]["change_uncertain_note"])]
    assert _markdown(blocks).startswith("\\* etter en endring: ")
    assert "<p>* etter en endring: " in _html(blocks, "", "nb")


def test_a_run_without_reform_has_no_change_columns(two_families):
    result = runner.run(two_families, on=MARCH_2026)
    row = next(row for row in tables.cost_table(result, "en") if row["benefit"] == "hjelpestonad")
    assert row["amount_is_lower_bound"] and "change_bound" not in row and "reform_amount_is_lower_bound" not in row
