"""A drafter's structural reform that fails while it runs is bad input, named, exit 2 (review s21 drafter M7).

Exit 1 means «rejected» to a script (docs/guides/drafter-reforms.md § 6); a formula reading a variable that does not
exist is the reform file's mistake, not a bug of the tool to report, and not a verdict.
"""

import pytest

from openfisca_asb.cli import main
from openfisca_asb.drafting.failures import reform_failure


@pytest.mark.parametrize("command", [["validate", "--population", "2"], ["compare", "--examples", "--date", "2027-03-01"]])
def test_a_formula_reading_an_unknown_variable_names_the_file_and_variable_with_exit_2(capsys, broken_formula, command):
    code = main(["reform", command[0], str(broken_formula), *command[1:], "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "asb: the reform broken_formula.py fails in hjelpestonad_amount: unknown variable 'no_such_variable'" in err
    assert "internal error" not in err


def test_the_message_is_in_bokmal_too(capsys, broken_formula):
    assert main(["reform", "validate", str(broken_formula), "--population", "0"]) == 2
    assert "reformen broken_formula.py feiler i hjelpestonad_amount: ukjent variabel 'no_such_variable'" in capsys.readouterr().err


def test_an_error_outside_any_reform_is_not_blamed_on_one():
    try:
        {}["missing"]
    except KeyError as error:
        assert reform_failure(error) is None
