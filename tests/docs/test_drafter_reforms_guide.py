"""docs/guides/drafter-reforms.md shows what `asb reform` prints and the messages a bad file gets (review s16d
drafter F8: the guide had drifted from the output, «23 families» where the validator said 24, and a message for an
impossible date that no file got).

The guide's reform is the YAML of its step 3, written where the reader would write it. Each `asb` command the guide
shows, directly followed by a text block, is run there in-process and must print every line of that block («…»
stands for any text, as in doc_snippets). Each message of the guide's table of problems is what a file with that
problem gets."""

import re
import shlex

import pytest
from docs_paths import DOCS, REPOSITORY
from doc_snippets import ANY, missing_lines, read_page

from openfisca_asb.cli import main
from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.loading import load_reform_file

GUIDE = DOCS / "guides" / "drafter-reforms.md"
PAGE = read_page(GUIDE, DOCS)
REFORM_ID = "hjelpestonad_20000"
STEP_3 = next(block.code for block in PAGE.blocks if block.language == "yaml" and block.code.startswith(f"id: {REFORM_ID}"))


def _commands_and_outputs() -> list[tuple[str, str]]:
    pairs = zip(PAGE.blocks, PAGE.blocks[1:])
    return [(shown.code, printed.code) for shown, printed in pairs
            if shown.language == "sh" and shown.code.startswith("asb ") and printed.language == "text"]


COMMANDS = _commands_and_outputs()


@pytest.fixture
def reader_folder(tmp_path, monkeypatch):
    """A folder holding the guide's reform and the example families, as the reader's own."""
    (tmp_path / f"{REFORM_ID}.yaml").write_text(STEP_3, encoding="utf-8")
    (tmp_path / "examples").symlink_to(REPOSITORY / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_guide_shows_commands_with_their_output():
    # list, show, compare on one family and the BPA pilot's validation: a block lost here would go unchecked.
    assert len(COMMANDS) == 4, [command for command, _ in COMMANDS]


@pytest.mark.parametrize("command, shown", COMMANDS, ids=[command for command, _ in COMMANDS])
def test_each_command_prints_what_the_guide_shows(reader_folder, capsys, command, shown):
    main(shlex.split(command)[1:])
    printed = capsys.readouterr()
    assert not missing_lines(shown, printed.out), f"{command}: the guide shows lines not printed:\n{printed.out}"


def test_the_misspelt_path_example_is_what_the_file_gets(reader_folder, capsys):
    shown = next(block.code for block in PAGE.blocks if block.language == "text" and block.code.startswith("asb reform:"))
    (reader_folder / f"{REFORM_ID}.yaml").write_text(STEP_3.replace("ordinary_yearly_rate:", "ordinary_yearly_rates:"), encoding="utf-8")
    assert main(["reform", "show", f"{REFORM_ID}.yaml"]) != 0
    printed = capsys.readouterr().err
    assert not missing_lines(shown, printed), printed


def test_several_parameters_and_dates_as_the_guide_writes_them_load(reader_folder):
    several = next(block.code for block in PAGE.blocks if block.language == "yaml" and block.code.startswith("parameters:"))
    (reader_folder / f"{REFORM_ID}.yaml").write_text(STEP_3.split("parameters:")[0] + several, encoding="utf-8")
    # 18 000 kr, then 20 000 kr from 2027, and a 7 G cap: three dated values on two parameters.
    assert len(load_reform_file(f"{REFORM_ID}.yaml").overrides) == 3


PILOT = """pilot:
  kommuner: {"5001": Trondheim}
  start: 2026-01-01
  end: 2027-12-31
  legal_basis: [{title: Forsøksloven § 3, url: "https://lovdata.no/lov/1992-06-26-87/§3"}]
"""
RATE = "folketrygd.hjelpestonad.ordinary_yearly_rate:\n    2026-01-01: {value: 20000, unit: currency-NOK}"
# Each message of the guide's table → (what in the step 3 file is replaced, by what, what is added at its end).
PROBLEMS = {
    "unknown parameter path …; did you mean …": ("ordinary_yearly_rate:", "ordinary_yearly_rates:", ""),
    "… is a group of parameters, not one value; choose one of: …":
        ("folketrygd.hjelpestonad.ordinary_yearly_rate:", "kommune.bpa.minimum_hours_per_week:", ""),
    "unit 'percent' differs from the parameter's unit 'G'":
        (RATE, "folketrygd.sykepenger_common.income_cap_g:\n    2026-01-01: {value: 700, unit: percent}", ""),
    "'2026-13-01' is not a date: write YYYY-MM-DD": ("2026-01-01: {value", "2026-13-01: {value", ""),  # unquoted
    "… is outside the dates a reform can be asked about": ("2026-01-01: {value", "2040-01-01: {value", ""),
    "id '…' must be the file name": (f"id: {REFORM_ID} ", "id: hjelpestonad_30000 ", ""),
    "kommunenummer … must be text of four digits in quotes": ("status: proposal ", "status: pilot ", PILOT.replace('"5001"', "0301")),
    "name at least one kommune: …": ("status: proposal ", "status: pilot ", PILOT.replace('{"5001": Trondheim}', "{}")),
    "… is …, not …: correct the name or the number": ("status: proposal ", "status: pilot ", PILOT.replace("Trondheim", "Bergen")),
    "must not be negative": ("value: 20000", "value: -5", ""),
    "a percent cannot exceed 100": (RATE, "folketrygd.pleiepenger.minimum_grade_percent:\n    2026-01-01: {value: 120, unit: percent}", ""),
    "folketrygd.grunnbelop must be above 0 kr (found 0)":
        (RATE, "folketrygd.grunnbelop:\n    2026-01-01: {value: 0, unit: currency-NOK}", ""),
}


def _table_messages() -> list[str]:
    rows = [line for line in GUIDE.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    return [message for row in rows for message in re.findall(r"`([^`]+)`", row.split("|")[1])]


def test_the_table_of_problems_is_the_one_checked_here():
    assert sorted(_table_messages()) == sorted(PROBLEMS)


@pytest.mark.parametrize("message", sorted(PROBLEMS))
def test_a_file_with_the_problem_gets_the_tables_message(reader_folder, message):
    replace, by, added = PROBLEMS[message]
    assert replace in STEP_3
    (reader_folder / f"{REFORM_ID}.yaml").write_text(STEP_3.replace(replace, by, 1) + "\n" + added, encoding="utf-8")
    with pytest.raises(ReformError) as caught:
        load_reform_file(f"{REFORM_ID}.yaml")
    pattern = ".*".join(re.escape(part) for part in message.split(ANY))
    assert any(re.search(pattern, problem.en) for problem in caught.value.problems), caught.value.describe("en")
