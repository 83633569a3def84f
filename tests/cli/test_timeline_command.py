"""`asb timeline FAMILY --years N` (issue 21 [transitions])."""

import json
from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "teenager-cancer.yaml"


def test_the_timeline_by_date_with_what_to_do(capsys):
    # Sara, born 2009-02-14, turns 18 on 2027-02-14: forhøyet hjelpestønad ends (ftrl § 6-5) from the model's
    # month 2027-03-01; the timeline from 2024-09-01 stops at the model's last date 2027-12-31.
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "5", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("What happens next 2024-09-01 – 2027-12-31")
    assert any(line.startswith("2027-03-01  ") and line.endswith(": ends (sara)") for line in text.splitlines())
    assert "Law: Folketrygdloven § 6-5" in text and "2027-12-31: The timeline stops on 2027-12-31" in text


def test_json(capsys):
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "1", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["to_date"] == "2025-09-01" and answer["language"] == "nb"


def test_years_out_of_range_is_one_line_and_exit_2(capsys):
    assert main(["timeline", str(EXAMPLE), "--date", "2024-09-01", "--years", "0"]) == 2
    assert capsys.readouterr().err.strip() == "asb: --years: et helt antall år fra 1 til 19"
