"""A key given twice in a file `asb` reads is refused, naming the key and where it is (review s20 M5).

PyYAML and Python's json keep the last of two equal keys: a child with two `birth_date:` was answered on the second,
exit 0. The API refuses the same in JSON («nøkkelen 'date' er gitt mer enn én gang», api/json_body.py); a family file
(YAML or JSON) and a reform or pilot file now say it in those words, with the path to the key and, in YAML, the
line and column of the second (facts/repeated_keys.py). One line, exit 2, no traceback.
"""

import json
import shutil
from pathlib import Path

import pytest

from openfisca_asb.cli import main

REFORMS = Path(__file__).parents[2] / "reforms"


def _refused(capsys, argv: list[str]) -> str:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1 and "Traceback" not in error, error
    return error


# Line 4 is the second `birth_date:`, four spaces in: column 5.
TWO_BIRTH_DATES = """children:
  - id: nora
    birth_date: 2017-02-11
    birth_date: 2016-01-01
"""


def test_a_childs_birth_date_given_twice_is_refused_with_its_line(capsys, tmp_path):
    family = tmp_path / "family.yaml"
    family.write_text(TWO_BIRTH_DATES, encoding="utf-8")
    english = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert english.strip().endswith(
        "children.0.birth_date: the key 'birth_date' is given more than once (at line 4, column 5)"), english
    bokmal = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])
    assert bokmal.strip().endswith(
        "children.0.birth_date: nøkkelen 'birth_date' er gitt mer enn én gang (på linje 4, kolonne 5)"), bokmal


def test_the_days_date_and_an_unknown_entrys_fact_given_twice_are_each_named(capsys, tmp_path):
    # `date:` on lines 1 and 2 (column 1); the unknown entry's second `fact` on line 5, after "  - {fact: yearly_income, "
    # (26 characters): column 27.
    family = tmp_path / "family.yaml"
    family.write_text("date: 2024-09-01\ndate: 2025-09-01\ncaregivers: [{id: mor, birth_date: 1985-01-01}]\nunknown:\n"
                      "  - {fact: yearly_income, fact: employment, person: mor}\n", encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert "date: the key 'date' is given more than once (at line 2, column 1)" in error
    assert "unknown.0.fact: the key 'fact' is given more than once (at line 5, column 27)" in error


def test_a_json_family_file_is_refused_by_the_path_to_the_key(capsys, tmp_path):
    family = tmp_path / "family.json"
    family.write_text('{"children": [{"id": "nora", "birth_date": "2017-02-11", "birth_date": "2016-01-01"}]}', encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert error.strip().endswith("children.0.birth_date: the key 'birth_date' is given more than once"), error


def test_a_reform_file_with_a_date_given_twice_is_refused_naming_the_parameter(capsys, tmp_path):
    # raise_hjelpestonad.yaml ends on line 21 with the value from 2026-01-01; a second value for the same day on line
    # 22 would silently have replaced it. A reform's id is its file name, so the copy keeps the name.
    reform = tmp_path / "raise_hjelpestonad.yaml"
    shutil.copy(REFORMS / "raise_hjelpestonad.yaml", reform)
    with reform.open("a", encoding="utf-8") as file:
        file.write("    2026-01-01: {value: 19000, unit: currency-NOK}\n")
    assert main(["reform", "show", str(reform), "--lang", "en"]) == 2
    error = capsys.readouterr().err
    assert ("parameters.folketrygd.hjelpestonad.ordinary_yearly_rate.2026-01-01: the key '2026-01-01' is given more "
            "than once (at line 22, column 5)") in error and "Traceback" not in error


@pytest.mark.parametrize("text", [
    TWO_BIRTH_DATES.replace("    birth_date: 2016-01-01\n", ""),  # each key once
    # A YAML merge (<<) is a mapping of its own: a key beside it that overrides a merged one is written once.
    "x-person: &born {birth_date: 2016-01-01}\nchildren:\n  - <<: *born\n    id: nora\n    birth_date: 2017-02-11\n",
])
def test_a_text_that_gives_each_key_once_is_read_as_written(text):
    from openfisca_asb.facts.family_file import FamilyLoader
    from openfisca_asb.facts.repeated_keys import load_yaml_once_each

    assert str(load_yaml_once_each(text, FamilyLoader)["children"][0]["birth_date"]) == "2017-02-11"


def test_the_api_says_it_in_the_same_words(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from api.app import create_app

    raw = json.dumps({"date": "2024-09-01", "family": {"children": [{"id": "nora", "birth_date": "2017-02-11"}]}})
    raw = raw.replace('"birth_date": "2017-02-11"', '"birth_date": "2017-02-11", "birth_date": "2016-01-01"')
    response = TestClient(create_app()).post("/v1/entitlements", content=raw, headers={"content-type": "application/json"})
    [problem] = response.json()["problems"]
    assert problem["field"] == "family.children.0.birth_date"
    family = tmp_path / "family.yaml"
    family.write_text(TWO_BIRTH_DATES, encoding="utf-8")
    assert f"children.0.birth_date: {problem['message']['nb']} (" in _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])
