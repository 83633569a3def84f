"""A number written with an exponent in a family file is the number it says (review s20 L5).

`yearly_income: 5e5` was refused «Verdien må være et tall, ikke tekst. (oppgitt: '5e5')»: PyYAML reads YAML 1.1, where
a float needs a dot and a signed exponent, so 5e5 was text and the user was told they had not written a number. JSON
(and so the API, and a JSON family file) and YAML 1.2 read 5e5 as 500 000: a family file reads it so too
(rules/yaml_files.py `read_exponents_as_numbers`). Nothing is guessed: quoted, '5e5' is text and still refused as
text; a number too large to be one (1e400) is refused as not finite, as the API refuses it.
"""

import json
from pathlib import Path

import pytest

from openfisca_asb.cli import main

TEENAGER = Path(__file__).parents[2] / "examples" / "teenager-cancer.yaml"
INCOME = "yearly_income: 800000"  # mor's, the example's first


def _with_income(tmp_path, written: str) -> str:
    text = TEENAGER.read_text(encoding="utf-8")
    assert text.count(INCOME) == 1
    family = tmp_path / "family.yaml"
    family.write_text(text.replace(INCOME, f"yearly_income: {written}"), encoding="utf-8")
    return str(family)


def _answer(capsys, family: str) -> list:
    assert main(["entitlements", family, "--date", "2024-09-01", "--lang", "en", "--json"]) == 0
    return [(row["benefit"], row["person"], row["status"], row["amount"]) for row in json.loads(capsys.readouterr().out)["benefits"]]


@pytest.mark.parametrize("written", ["8e5", "8E5", "0.8e6", "8.0e5"])
def test_an_exponent_is_the_number_written_in_full(capsys, tmp_path, written):
    # 8e5 = 8 × 10⁵ = 800 000 = 0.8 × 10⁶: each answer is that of the example as written, 800000.
    assert _answer(capsys, _with_income(tmp_path, written)) == _answer(capsys, _with_income(tmp_path, "800000"))


@pytest.mark.parametrize("written, english, bokmal", [
    ("'8e5'", "The value must be a number, not text.", "Verdien må være et tall, ikke tekst."),
    ("1e400", "The value must be a finite number.", "Verdien må være et endelig tall."),
])
def test_text_and_a_number_beyond_a_float_are_refused_naming_the_field(capsys, tmp_path, written, english, bokmal):
    family = _with_income(tmp_path, written)
    for language, said in (("en", english), ("nb", bokmal)):
        assert main(["entitlements", family, "--date", "2024-09-01", "--lang", language]) == 2
        error = capsys.readouterr().err
        assert "caregivers.0.yearly_income: " in error and said in error and "Traceback" not in error, error
