"""`asb timeline FAMILY --years N` (issue 21 [transitions])."""

import json
from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "teenager-cancer.yaml"


def test_the_timeline_by_date_with_what_to_do(capsys):
    # Sara, born 2009-02-14, turns 18 on 2027-02-14: forhøyet hjelpestønad ends (ftrl § 6-5) from the model's
    # month 2027-03-01. The timeline from 2024-09-01 (5 years: to 2029-09-01) stops at her 19th birthday,
    # 2028-02-14, and runs past the model's last date 2027-12-31 on that date's law and rates.
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "5", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("What happens next 2024-09-01 – 2028-02-14")
    assert any(line.startswith("2027-03-01  ") and line.endswith(": ends (sara)") for line in text.splitlines())
    law_lines = [line for line in text.splitlines() if line.strip().startswith("Law:")]
    assert any("Folketrygdloven § 6-5" in line for line in law_lines)
    assert "2028-02-14: The timeline stops on 14 February 2028, when the youngest ill child (sara) turns 19." in text
    assert "2027-12-31: After 31 December 2027, the last date the model has rules and rates for" in text


def test_json(capsys):
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "1", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["to_date"] == "2025-09-01" and answer["language"] == "nb"


def test_years_out_of_range_is_one_line_and_exit_2(capsys):
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "0"]) == 2
    assert capsys.readouterr().err.strip() == "asb: --years: et helt antall år fra 1 til 19"


def test_a_reform_by_id(capsys):
    # raise_hjelpestonad: 18 000 kr a year ordinary rate from 2026-01-01. Jonas's forhøyet hjelpestønad at sats 3 is
    # 4 times it (ftrl § 6-5 second ledd), so its amount changes on that date, which under the current rules it does not:
    # to 18 000 × 4 / 12 = 6 000 kr a month, said on the line (review s22 caseworker L5).
    jonas = Path(__file__).parents[2] / "examples" / "cerebral-palsy-large-assistance-need.yaml"
    arguments = ["timeline", str(jonas), "--date", "2025-09-01", "--years", "1", "--lang", "en"]
    assert main([*arguments, "--reform", "raise_hjelpestonad"]) == 0
    reformed = capsys.readouterr().out
    assert reformed.startswith("What happens next 2025-09-01 – 2026-09-01 (raise_hjelpestonad)")
    changes = [line for line in reformed.splitlines() if line.startswith("2026-01-01  ") and line.endswith("to 6 000 kr a month (jonas)")]
    assert len(changes) == 1 and "hjelpestønad" in changes[0].lower()
    assert main(arguments) == 0
    assert not [line for line in capsys.readouterr().out.splitlines() if line.startswith("2026-01-01  ") and "hjelpestønad" in line.lower()]


def test_an_unknown_reform_is_one_line_naming_the_option_and_exit_2(capsys):
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--reform", "no_such_reform", "--lang", "en"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("asb: --reform: no reform 'no_such_reform'; known: ") and "raise_hjelpestonad" in error


def test_a_change_per_day_shows_the_amounts_per_day_and_each_months(capsys):
    # Mor's daily rate rises on 1 May 2026 with G: 780 960 / 260 → 3 004 kr, then 800 000 / 260 → 3 077 kr; March 2026
    # has 22 weekdays (66 088 kr), May 21 (64 617 kr). Worked out in tests/timeline/test_timeline_weekdays.py.
    assert main(["timeline", str(EXAMPLE), "--date", "2026-01-01", "--years", "1", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("2026-05-01  "))
    assert lines[at].endswith("the amount per day changes from 3 004 kr to 3 077 kr (mor)")
    assert lines[at + 1].startswith("    NAV pays per weekday") and "May 2026: 3 077 kr × 21 days = 64 617 kr" in lines[at + 1]


def test_a_pilot_starting_and_ending_is_named_under_because(capsys, tmp_path):
    # bpa_threshold_pilot (the right to BPA only from 40 hours a week in Stavanger and Oslo) cut to end on 2026-06-30:
    # for Jonas in Stavanger it starts applying on 2026-01-01 and stops on 2026-07-01, the first of the month after
    # its last day (the model reads each month from its first day).
    source = Path(__file__).parents[2] / "reforms" / "bpa_threshold_pilot.yaml"
    pilot = tmp_path / "short_pilot.yaml"
    pilot.write_text(source.read_text(encoding="utf-8").replace("end: 2028-12-31", "end: 2026-06-30")
                     .replace("id: bpa_threshold_pilot", "id: short_pilot"), encoding="utf-8")
    jonas = Path(__file__).parents[2] / "examples" / "cerebral-palsy-large-assistance-need.yaml"
    assert main(["timeline", str(jonas), "--date", "2025-10-01", "--years", "1", "--lang", "en", "--reform", str(pilot)]) == 0
    because = [line.strip() for line in capsys.readouterr().out.splitlines() if line.strip().startswith("Because:")]
    title = "Pilot: a right to BPA only from 40 hours a week (not allowed)"
    assert any(f"The pilot '{title}' starts to apply to the family and lasts through 30 June 2026 (2026-01-01)" in line
               for line in because)
    assert any(f"The pilot '{title}' stops applying to the family after its last day, 30 June 2026; the current rules apply "
               "again (2026-07-01)" in line for line in because)
