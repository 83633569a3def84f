"""Every answer names the rules it used: the parameter-set hash changes when a rule changes (issue 9 §4).

The hash (openfisca_asb/version.py) is computed over copies of parameters/ and variables/
(formulas, and each right's catalogue entry and questions beside them) in a temporary
folder, then over the same copies with one change each.
"""

import re
import shutil

import pytest

from openfisca_asb.paths import PARAMETERS_DIR, VARIABLES_DIR
from openfisca_asb.version import parameter_set_hash, rules_hash, version_info


@pytest.fixture
def rules(tmp_path):
    parameters, variables = tmp_path / "parameters", tmp_path / "variables"
    shutil.copytree(PARAMETERS_DIR, parameters, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(VARIABLES_DIR, variables, ignore=shutil.ignore_patterns("__pycache__"))
    return parameters, variables


def _one_krone_more(path):
    """The first dated value in the file, one higher: 124 028 becomes 124 029."""
    text = path.read_text(encoding="utf-8")
    changed = re.sub(r"(value: )(\d+)", lambda m: f"{m[1]}{int(m[2]) + 1}", text, count=1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def test_a_copy_of_the_rules_has_the_served_hash(client, rules):
    assert rules_hash(*rules) == parameter_set_hash() == rules_hash(PARAMETERS_DIR, VARIABLES_DIR)
    response = client.get("/v1/version")
    assert response.json()["parameter_set_hash"] == response.headers["x-parameter-set-hash"] == parameter_set_hash()
    assert version_info()["parameter_set_hash"] == parameter_set_hash()


def test_a_changed_parameter_value_changes_the_hash(rules):
    parameters, variables = rules
    before = rules_hash(parameters, variables)
    _one_krone_more(parameters / "folketrygd" / "grunnbelop.yaml")
    assert rules_hash(parameters, variables) != before


def test_a_changed_formula_changes_the_hash(rules):
    parameters, variables = rules
    before = rules_hash(parameters, variables)
    formula = sorted(variables.rglob("*.py"))[0]
    formula.write_text(formula.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert rules_hash(parameters, variables) != before


@pytest.mark.parametrize("file_name", ["benefit.yaml", "questions.yaml"])
def test_a_changed_text_beside_the_formulas_changes_the_hash(rules, file_name):
    # A right's catalogue entry and its questions are what the family reads (ADR 0007): a changed
    # word there changes the answer as surely as a changed rate does.
    parameters, variables = rules
    before = rules_hash(parameters, variables)
    text = sorted(variables.rglob(file_name))[0]
    text.write_text(text.read_text(encoding="utf-8").replace("nb: ", "nb: Endret: ", 1), encoding="utf-8")
    assert rules_hash(parameters, variables) != before


def test_a_moved_parameter_file_changes_the_hash(rules):
    parameters, variables = rules
    before = rules_hash(parameters, variables)
    (parameters / "folketrygd" / "grunnbelop.yaml").rename(parameters / "folketrygd" / "grunnbelop_moved.yaml")
    assert rules_hash(parameters, variables) != before


def test_documentation_beside_the_rules_and_rewriting_a_file_unchanged_keep_the_hash(rules):
    parameters, variables = rules
    before = rules_hash(parameters, variables)
    (parameters / "folketrygd" / "NOTES.md").write_text("Notes are not rules.\n", encoding="utf-8")
    (variables / "folketrygd" / "hjelpestonad" / "README.md").write_text("A jurist's notes are not rules.\n", encoding="utf-8")
    grunnbelop = parameters / "folketrygd" / "grunnbelop.yaml"
    grunnbelop.write_bytes(grunnbelop.read_bytes())
    assert rules_hash(parameters, variables) == before
