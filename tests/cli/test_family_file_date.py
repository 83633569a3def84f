"""A family file that says the day it describes (`date:`, ADR 0030) works on any date the model covers: each given
school grade moves one grade up each 1 August between, and the command says so in one line on stderr.

Hand-worked from opplæringslova § 2-1 (school start in August of the year the child turns six, one grade up each
August) for examples/child-diabetes.yaml, which describes 2024-09-01 (school year 2024–25):
- nora, born 2017-02-11, grade 2 in 2024–25 (turned 6 in 2023: 1st grade from August 2023);
- olav, born 2012-10-01, grade 6 in 2024–25 (a year behind his age's grade 7).
On 2026-11-29 and 2027-03-01 (school year 2026–27, two 1 Augusts later) they are in grades 4 and 8; on
2027-09-01 (2027–28) in grades 5 and 9.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from openfisca_asb.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
DIABETES = str(EXAMPLES / "child-diabetes.yaml")


def _grades(body: dict) -> dict:
    return {child["id"]: child.get("school_grade") for child in body["family"]["children"]}


def test_an_example_file_without_date_asked_works_today(capsys, monkeypatch):
    # The review's case: no --date on 29 November 2026 was exit 2 (olav's grade 6 against grade 9 by age).
    class Today(date):
        @classmethod
        def today(cls):
            return date(2026, 11, 29)

    monkeypatch.setattr("openfisca_asb.cli.entitlements.date", Today)
    assert main(["entitlements", DIABETES, "--lang", "en"]) == 0
    error = capsys.readouterr().err.strip().splitlines()
    assert error == [f"{DIABETES}: The grades given for nora and olav move one grade up each 1 August. The family is described "
                     "on 2024-09-01; on 2026-11-29: nora grade 4, olav grade 8."]


def test_the_line_is_in_bokmal_with_the_timelines_words(capsys):
    assert main(["timeline", DIABETES, "--date", "2026-11-29", "--years", "1"]) == 0
    error = capsys.readouterr().err
    assert "Trinnene som er oppgitt for nora og olav, flyttes ett trinn opp hver 1. august." in error
    assert "2026-11-29: nora 4. trinn, olav 8. trinn" in error


def test_on_the_day_the_file_describes_nothing_is_moved_or_said(capsys):
    assert main(["entitlements", DIABETES, "--date", "2025-06-30", "--lang", "en"]) == 0  # still the school year 2024–25
    assert capsys.readouterr().err == ""


def test_an_example_by_name_is_moved_to_the_date_asked_and_the_api_takes_it(capsys):
    from fastapi.testclient import TestClient

    from api.app import create_app

    assert main(["example", "child-diabetes", "--date", "2027-09-01", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    body = json.loads(captured.out)
    assert body["date"] == "2027-09-01" and _grades(body) == {"nora": 5, "olav": 9}
    assert "nora grade 5, olav grade 9" in captured.err
    assert TestClient(create_app()).post("/v1/entitlements", json=body).status_code == 200


def test_reform_compare_takes_the_examples_on_a_2027_date(capsys):
    # The review's case: every example on 2027-03-01 was refused on olav's grade.
    assert main(["reform", "compare", "raise_hjelpestonad", "--examples", "--date", "2027-03-01", "--lang", "en"]) == 0
    error = capsys.readouterr().err
    assert "child-diabetes: The grades given for nora and olav" in error and "nora grade 4, olav grade 8" in error


def test_apply_and_check_decision_take_an_example_on_another_date(capsys):
    assert main(["apply", "child-diabetes", "--date", "2027-03-01", "--lang", "en"]) == 0
    assert "olav grade 8" in capsys.readouterr().err
    assert main(["check-decision", DIABETES, "--benefit", "hjelpestonad", "--outcome", "refused", "--person", "nora", "--date", "2027-03-01"]) == 0
    assert "olav 8. trinn" in capsys.readouterr().err


def test_a_json_file_gives_its_date_as_text(capsys, tmp_path):
    family = tmp_path / "family.json"
    family.write_text(json.dumps({"date": "2024-09-01", "children": [{"id": "ida", "birth_date": "2017-02-11", "school_grade": 2}]}),
                      encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2027-09-01", "--lang", "en"]) == 0
    assert "on 2027-09-01: ida grade 5" in capsys.readouterr().err


def test_a_date_that_is_not_one_is_refused_naming_the_key(capsys, tmp_path):
    family = tmp_path / "family.yaml"
    family.write_text("date: 1.9.2024\nchildren: [{id: ida, birth_date: 2017-02-11, school_grade: 2}]\n", encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"]) == 2
    error = capsys.readouterr().err
    assert "date: the day the family is described on is written YYYY-MM-DD" in error and "'1.9.2024'" in error


# Review s20 M4: the file's `date:` was checked only against its grades. The API refuses the same day as `family_date`
# outside the dates the model answers for (rules/dates.py: 2017-10-01, when today's pleiepenger rules took effect, to
# 2027-12-31) and before anybody's birth; `asb` now refuses the file alike, in the API's words, on one line, exit 2.
def _refused(capsys, argv: list[str]) -> str:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1 and "Traceback" not in error, error
    return error


def _file(tmp_path, described: str, born: str = "2016-05-01") -> str:
    family = tmp_path / "family.yaml"
    family.write_text(f"date: {described}\ncaregivers: [{{id: mor, birth_date: 1985-01-01}}]\n"
                      f"children: [{{id: ida, birth_date: {born}}}]\n", encoding="utf-8")
    return str(family)


@pytest.mark.parametrize("described, english, bokmal", [
    ("1999-01-01", "date: The value must be greater than or equal to 2017-10-01.",
     "date: Verdien må være større enn eller lik 2017-10-01."),
    ("2031-01-01", "date: The value must be less than or equal to 2027-12-31.",
     "date: Verdien må være mindre enn eller lik 2027-12-31."),
])
def test_a_date_the_model_does_not_cover_is_refused_naming_the_limit(capsys, tmp_path, described, english, bokmal):
    # The review's two files: ida born 2016, no grade, asked 2026-11-29; both had printed an answer, exit 0.
    family = _file(tmp_path, described)
    assert english in _refused(capsys, ["entitlements", family, "--date", "2026-11-29", "--lang", "en"])
    assert bokmal in _refused(capsys, ["entitlements", family, "--date", "2026-11-29"])


@pytest.mark.parametrize("command", [
    ["entitlements"], ["questions"], ["timeline"], ["apply"], ["reform", "compare", "raise_hjelpestonad"],
    ["check-decision", "--benefit", "hjelpestonad", "--outcome", "refused"],
])
def test_nobody_may_be_born_after_the_day_the_file_describes(capsys, tmp_path, command):
    # The README: nobody may be born after the described date. Ida, born 1 May 2019, cannot be in a family described on
    # 1 September 2018, whatever the date asked (2026-11-29 is after both); every command reading a family file says so.
    family = _file(tmp_path, "2018-09-01", born="2019-05-01")
    argv = [*command[:3], family, *command[3:]] if command[0] == "reform" else [command[0], family, *command[1:]]
    error = _refused(capsys, [*argv, "--date", "2026-11-29", "--lang", "en"])
    assert error.strip().endswith("ida: born 2019-05-01, after date 2018-09-01, the day the family is described"), error
    assert "ida: født 2019-05-01, etter date 2018-09-01, dagen familien er beskrevet" in _refused(capsys, [*argv, "--date", "2026-11-29"])
