"""A comparison keeps the baseline's caveats (ADR 0009) and says what they make of the difference.

Review of 0.11.0: `asb reform compare raise_hjelpestonad` printed «1 263 kr/mnd → 1 500 kr/mnd, +237 kr/mnd» bare,
while `asb entitlements` shows «≥ 1 263 kr/mnd *»: the ordinary hjelpestønad rate in force, 15 161 kr a year from
1 January 2023 (parameters/folketrygd/hjelpestonad/ordinary_yearly_rate.yaml), predates the adjustment of 1 July 2023
(`known: [2023-07-01]`, `stale_value_is: lower_bound`), so 15 161 / 12 = 1 263.4 → 1 263 kr a month is at least the rate today.
The reform sets 18 000 kr a year from 2026: 18 000 / 12 = 1 500. The true difference is 1 500 − (1 263 or more):
+237 kr a month or less.
"""

from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from openfisca_asb.answer.amount_notes import combined_bound, difference_bound
from openfisca_asb.cli import main
from openfisca_asb.drafting.comparison import compare
from openfisca_asb.drafting.loading import load_reform
from openfisca_asb.facts.examples import example_family
from openfisca_asb.paths import data_folder

MARCH_2026 = date(2026, 3, 1)
DIABETES = str(data_folder("examples") / "child-diabetes.yaml")
NOTE = {
    "nb": ("Forskjellen er +237 kr i måneden eller mindre: beløpet uten reformen er minst 1 263 kr i måneden, "
           "fordi satsen fra 1. juli 2023 ikke er bekreftet."),
    "en": ("The difference is +237 kr a month or less: the amount without the reform is at least 1 263 kr a month, "
           "as the rate from 1 July 2023 on was not verified."),
}


def _hjelpestonad(comparison):
    return next(row for row in comparison.families[0].benefits if row.benefit == "hjelpestonad")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_difference_from_a_lower_bound_is_an_upper_bound(language):
    comparison = compare(load_reform("raise_hjelpestonad"), [example_family("child-diabetes")], MARCH_2026, language)
    row = _hjelpestonad(comparison)
    assert (row.amount_before.value, row.amount_after.value, row.difference) == (1263, 1500, 237)
    assert row.amount_before_is_lower_bound and row.rate_unverified_before
    assert row.amount_before_note.adjusted_on == "2023-07-01"
    # The reform's own 18 000 from 2026 is no stale rate: exact, and not flagged as unverified.
    assert not row.amount_after_is_lower_bound and row.amount_after_note is None and not row.rate_unverified_after
    assert row.difference_bound == "at_most"
    assert row.difference_note == NOTE[language]
    total = next(total for total in comparison.totals if total.benefit == "hjelpestonad")
    assert (total.difference, total.difference_bound) == (237, "at_most")


def test_the_cli_flags_before_and_the_difference_as_entitlements_flags_an_amount(capsys):
    assert main(["reform", "compare", "raise_hjelpestonad", DIABETES, "--date", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Hjelpestønad"))
    assert "Du har rett *, ≥ 1 263 kr/mnd" in line and "Du har rett, 1 500 kr/mnd" in line
    assert line.rstrip().endswith("+237 kr/mnd eller mindre")
    assert f"Merk – Hjelpestønad (nora): {NOTE['nb']}" in out
    assert "* Satsen er ikke bekreftet for denne datoen." in out


def test_the_api_gives_the_flags_and_the_same_words_as_the_cli():
    client = TestClient(create_app())
    family = client.get("/v1/examples").json()["examples"]
    diabetes = next(example["family"] for example in family if example["name"] == "child-diabetes")
    for language in ("nb", "en"):
        response = client.post("/v1/compare", json={"reform": "raise_hjelpestonad", "families": [diabetes],
                                                    "date": "2026-03-01", "language": language})
        assert response.status_code == 200, response.text
        row = next(r for r in response.json()["families"][0]["benefits"] if r["benefit"] == "hjelpestonad")
        assert row["amount_before_is_lower_bound"] is True and row["amount_after_is_lower_bound"] is False
        assert row["amount_before_note"]["code"] == "lower_bound_after_adjustment"
        assert (row["difference"], row["difference_bound"], row["difference_note"]) == (237, "at_most", NOTE[language])


@pytest.mark.parametrize("language, expected", [
    ("nb", "(nå: ≥ 15 161 kr; verdien fra 1. juli 2023 er ikke bekreftet)"),
    ("en", "(now: ≥ 15 161 kr; the value from 1 July 2023 on was not verified)"),
])
def test_reform_show_flags_the_current_value(capsys, language, expected):
    assert main(["reform", "show", "raise_hjelpestonad", "--date", "2026-03-01", "--lang", language]) == 0
    assert expected in capsys.readouterr().out


def test_reform_show_leaves_a_verified_value_bare(capsys):
    # G from 1 May 2025 is 130 160 kr (parameters/folketrygd/grunnbelop.yaml), verified and in force on 1 March 2026.
    assert main(["reform", "show", "pleiepenger_cap_7g", "--date", "2026-03-01", "--lang", "en"]) == 0
    assert "now: 6 G)" in capsys.readouterr().out


@pytest.mark.parametrize("before, after, difference, expected", [
    (None, None, 237, "exact"),
    ("lower_bound", None, 237, "at_most"),      # after − (before or more) ≤ shown
    ("lower_bound", None, -100, "at_most"),     # a loss of 100 or more
    (None, "lower_bound", 237, "at_least"),     # (after or more) − before ≥ shown
    ("lower_bound", "lower_bound", 237, "uncertain"),  # both may be higher, by different amounts
    ("not_verified", None, 237, "uncertain"),   # may have moved either way
    (None, "not_verified", 237, "uncertain"),
    ("lower_bound", "lower_bound", 0, "exact"),  # the same rates in force on both sides
    ("lower_bound", None, None, "exact"),       # no amount: no difference to bound
])
def test_what_a_difference_is_of_the_true_one(before, after, difference, expected):
    assert difference_bound(before, after, difference) == expected


@pytest.mark.parametrize("bounds, expected", [
    (["exact", "exact"], "exact"),
    (["exact", "at_most", "at_most"], "at_most"),  # a sum of upper bounds and exact parts is an upper bound
    (["at_most", "at_least"], "uncertain"),
    (["exact", "uncertain"], "uncertain"),
])
def test_a_sum_of_differences(bounds, expected):
    assert combined_bound(bounds) == expected


@pytest.mark.parametrize(("value", "unit", "period", "nb", "en"), [
    # Before, the note said «Forskjellen +3 hours er usikker», the English unit in bokmål and no period.
    (3, "hours", "week", "+3 timer i uken", "+3 hours a week"),
    (1, "hours", "week", "+1 time i uken", "+1 hour a week"),
    (-5, "days", "year", "−5 dager i året", "−5 days a year"),
    (2.5, "hours", "week", "+2,5 timer i uken", "+2.5 hours a week"),
    (237, "NOK", "month", "+237 kr i måneden", "+237 kr a month"),
])
def test_a_difference_in_hours_or_days_is_written_in_the_language_asked(value, unit, period, nb, en):
    from openfisca_asb.answer.models import Amount
    from openfisca_asb.drafting.comparison import signed_amount

    amount = Amount(value=12, unit=unit, period=period)
    assert (signed_amount(value, amount, "nb"), signed_amount(value, amount, "en")) == (nb, en)
