"""A drafter's structural reform that fails while it runs is bad input, named, exit 2 (review s21 drafter M7).

Exit 1 means «rejected» to a script (docs/guides/drafter-reforms.md § 6); a formula reading a variable that does not
exist is the reform file's mistake, not a bug of the tool to report, and not a verdict.
"""

from textwrap import dedent

import pytest

from openfisca_asb.cli import main
from openfisca_asb.drafting.failures import reform_failure

BROKEN = dedent('''
    from openfisca_core.reforms import Reform
    from openfisca_core.variables import Variable


    class hjelpestonad_amount(Variable):
        def formula_2027_01(person, period, parameters):
            return person("no_such_variable", period) * 2


    class BrokenFormula(Reform):
        metadata = {"id": "broken_formula", "title": {"nb": "B", "en": "B"}, "summary": {"nb": "S", "en": "S"},
                    "author": "A drafter", "status": "proposal", "in_force": "2027-01-01",
                    "legal_basis": [{"title": "x", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}]}

        def apply(self):
            self.update_variable(hjelpestonad_amount)
''')


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "broken_formula.py"
    path.write_text(BROKEN, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", [["validate", "--population", "2"], ["compare", "--examples", "--date", "2027-03-01"]])
def test_a_formula_reading_an_unknown_variable_names_the_file_and_variable_with_exit_2(capsys, broken, command):
    code = main(["reform", command[0], broken, *command[1:], "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "asb: the reform broken_formula.py fails in hjelpestonad_amount: unknown variable 'no_such_variable'" in err
    assert "internal error" not in err


def test_the_message_is_in_bokmal_too(capsys, broken):
    assert main(["reform", "validate", broken, "--population", "0"]) == 2
    assert "reformen broken_formula.py feiler i hjelpestonad_amount: ukjent variabel 'no_such_variable'" in capsys.readouterr().err


def test_an_error_outside_any_reform_is_not_blamed_on_one():
    try:
        {}["missing"]
    except KeyError as error:
        assert reform_failure(error) is None
