"""`asb rates check`: every rate older than a known adjustment, failing on one no answer flags (ADR 0009)."""

import json
from datetime import date

import pytest

from openfisca_asb import CountryTaxBenefitSystem
from openfisca_asb.answer.rates_check import check_rates
from openfisca_asb.cli import main
from openfisca_asb.cli import rates as rates_command


def test_today_no_stale_rate_is_unflagged(capsys):
    # The check CI runs: today's known gaps are warnings; a stale rate no answer flags fails here.
    assert main(["rates", "check"]) == 0, capsys.readouterr().out


def test_lists_hjelpestonad_as_a_flagged_lower_bound_since_july_2023(capsys):
    # Newest hjelpestønad rate: 1 January 2023; price-adjusted 1 July 2023 (regjeringen.no id2976744);
    # the budget sets it again every 1 January, so 2024, 2025 and 2026 are missing too.
    assert main(["rates", "check", "--date", "2026-11-28", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(line for line in lines if "folketrygd.hjelpestonad.ordinary_yearly_rate" in line)
    assert line.startswith("WARN")
    assert "from 2023-01-01; adjusted on 2023-07-01" in line
    assert "2023-07-01, 2024-01-01, …, 2026-01-01" in line
    assert "flagged in answers (forhoyet_hjelpestonad, hjelpestonad; amount shown as a lower bound)" in line
    # Grunnstønad sats 1–6, hjelpestønad, SFO ×2, toppfinansiering ×3, and the four forhøyet hjelpestønad
    # amounts NAV published for 2023 (issue 14 item 6), the barnehage maximum price (no value found
    # after 1 August 2024, quoted with a caveat in a reason), and the egenandel exemption's age limit (known to hold
    # until 31 December 2025, a 2026 proposal not verified: review s24 law M2; quoted with a caveat in a condition)
    # — 18, all flagged in answers. Barnetilsyn's three maxima are the 2026 rates, set for the calendar year (NAV's code
    # read on 2026-08-21), so not stale until 1 January 2027 (review s24 law M4).
    assert lines[-1].startswith("18 stale rates: 0 not flagged")


def test_g_is_stale_after_the_next_first_of_may(capsys):
    # G is set from 1 May each year (ftrl § 1-4); the newest is 1 May 2026, so on 1 June 2027 the 2027 G is missing.
    assert main(["rates", "check", "--date", "2027-06-01", "--json"]) == 0
    stale = {row["parameter"]: row for row in json.loads(capsys.readouterr().out)["stale_rates"]}
    assert stale["folketrygd.grunnbelop"]["adjusted_on"] == "2027-05-01"
    assert "pleiepenger" in stale["folketrygd.grunnbelop"]["flagged_by"]
    # Barnetilsyn's maxima are read by the barnetilsyn right, which flags them: listed, not a defect.
    assert stale["folketrygd.barnetilsyn.maximum_per_month_by_children.one_child"]["is_defect"] is False
    assert "barnetilsyn" in stale["folketrygd.barnetilsyn.maximum_per_month_by_children.one_child"]["flagged_by"]


@pytest.fixture
def system_with_an_unflagged_stale_rate():
    system = CountryTaxBenefitSystem()
    # No catalogue benefit lists pleiepenger.normal_day_hours among its rate parameters.
    system.parameters.folketrygd.pleiepenger.normal_day_hours.metadata["adjustments"] = {"every_year_on": "01-01"}
    return system


def test_a_stale_rate_no_answer_flags_is_a_defect(system_with_an_unflagged_stale_rate, monkeypatch, capsys):
    checks = check_rates(system_with_an_unflagged_stale_rate, date(2026, 11, 28))
    defect = next(c for c in checks if c.parameter == "folketrygd.pleiepenger.normal_day_hours")
    assert defect.is_defect and defect.flagged_by == []
    monkeypatch.setattr(rates_command, "baseline_system", lambda: system_with_an_unflagged_stale_rate)
    assert main(["rates", "check", "--date", "2026-11-28", "--lang", "en"]) == 1
    assert "ERROR folketrygd.pleiepenger.normal_day_hours" in capsys.readouterr().out
    assert main(["rates", "check", "--date", "2026-11-28"]) == 1
    assert "FEIL    folketrygd.pleiepenger.normal_day_hours" in capsys.readouterr().out


def test_the_check_is_in_bokmal_by_default(capsys):
    # CHANGELOG 0.12.0: asb's output is bokmål unless --lang en. The same hjelpestønad line as above, in bokmål.
    assert main(["rates", "check", "--date", "2026-11-28"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(line for line in lines if "folketrygd.hjelpestonad.ordinary_yearly_rate" in line)
    assert line.startswith("VARSEL ")
    assert "nyeste verdi 15161 fra 2023-01-01; justert 2023-07-01" in line
    assert "mangler verdien fra 2023-07-01, 2024-01-01, …, 2026-01-01" in line
    assert "merket i svarene (forhoyet_hjelpestonad, hjelpestonad; beløpet vises som en nedre grense)" in line
    assert lines[-1].startswith("18 utdaterte satser: 0 ikke merket i svarene (feil), 18 kjente og merket (varsler).")
    english = ("newest value", "from 2023", "adjusted on", "missing", "flagged in answers", "last source", "verified", "WARN", "stale rates")
    assert not [word for word in english if any(word in each for each in lines)], lines


def test_a_fee_quoted_by_a_right_with_no_amount_is_listed_as_quoted_not_as_an_amount_flag(capsys):
    # Review of 0.12.0, item 15: priority in barnehage shows no amount, so no answer carries the maximum price's
    # flag; its reason quotes the price with a caveat. Known to hold until 2024-08-01: stale on 2026-11-28.
    assert main(["rates", "check", "--date", "2026-11-28", "--lang", "en"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "barnehage.foreldrebetaling.maximum_price" in line)
    assert line.startswith("WARN") and line.endswith("quoted with a caveat in reasons (barnehage_prioritet; no amount shown)")
    assert "amount flagged as not verified" not in line
    check = next(c for c in check_rates(CountryTaxBenefitSystem(), date(2026, 11, 28))
                 if c.parameter == "barnehage.foreldrebetaling.maximum_price")
    assert check.flagged_by == [] and check.quoted_by == ["barnehage_prioritet"] and not check.is_defect
