"""`asb apply FAMILY` and `asb check-decision FAMILY` (issue 18 [portal])."""

import json
from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"


def test_apply_prints_the_plan_with_hjelpestonad_before_omsorgsstonad(capsys):
    assert main(["apply", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"]) == 0
    plan = capsys.readouterr().out
    assert plan.startswith("What to apply for, in what order, and with which documents")
    # ftrl § 6-4 last ledd: hjelpestønad is applied for before the kommune's omsorgsstønad
    assert plan.index("Assistance allowance (hjelpestønad)") < plan.index("omsorgsstønad")
    assert "NAV 06-04.04" in plan


def test_apply_takes_an_example_name_and_prints_json(capsys):
    assert main(["apply", "teenager-cancer", "--date", "2024-09-01", "--json"]) == 0
    packets = json.loads(capsys.readouterr().out)
    assert any(r["benefit"] == "pleiepenger" for p in packets["packets"] for r in p["rights"])


def test_apply_with_an_unknown_family_says_so(capsys):
    assert main(["apply", "no-such-family", "--lang", "en"]) == 2
    assert "no example family" in capsys.readouterr().err


def test_check_decision_prints_a_draft_where_the_model_differs(capsys):
    assert main(["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "refused", "--date", "2024-09-01"]) == 0
    out = capsys.readouterr().out
    assert "UTKAST – IKKE JURIDISK RÅDGIVNING" in out and "Folketrygdloven § 6-4" in out
    assert "lagres ikke" in out
