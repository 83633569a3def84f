"""Every `asb` command checks its dates and family files: one line naming the problem, exit 2, no traceback.

Issue 12 §9–10. The date range is the API's (openfisca_asb/rules/dates.py); a child born
after the date asked, or a school grade that cannot be the child's on that date, is
refused as the API refuses it.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from openfisca_asb.cli import main
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, PROJECTION_HORIZON

EXAMPLES = Path(__file__).parents[2] / "examples"
DIABETES = str(EXAMPLES / "child-diabetes.yaml")
RANGE_EN = f"{FIRST_DATE} to {LAST_DATE}"
RANGE_NB = f"{FIRST_DATE} til {LAST_DATE}"


def _refused(capsys, argv: list[str]) -> str:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1, error
    assert "Traceback" not in error
    return error


@pytest.mark.parametrize("argv", [
    ["entitlements", DIABETES, "--date", "1990-01-01"],
    ["entitlements", DIABETES, "--date", "2040-01-01"],
    ["example", "child-diabetes", "--date", "2040-01-01"],
    # Review of 0.10.0: these two read the date with fromisoformat and crashed outside the range («intern feil»).
    ["apply", "child-diabetes", "--date", "2010-01-01"],
    ["check-decision", DIABETES, "--benefit", "hjelpestonad", "--outcome", "refused", "--date", "1990-01-01"],
])
def test_a_date_outside_the_range_is_one_line_naming_the_range(capsys, argv):
    assert RANGE_EN in _refused(capsys, [*argv, "--lang", "en"])
    assert RANGE_NB in _refused(capsys, [*argv, "--lang", "nb"])


# A drafter's commands reach the projection horizon (ADR 0044): the range they name ends there.
@pytest.mark.parametrize("argv", [
    ["reform", "compare", "raise_hjelpestonad", DIABETES, "--date", "1990-01-01"],
    ["reform", "show", "raise_hjelpestonad", "--date", "2032-01-01"],
    ["population", "simulate", "no-such-file.parquet", "--date", "1990-01-01"],
    ["population", "generate", "--families", "1", "--out", "x.parquet", "--reference-date", "1990-01-01"],
])
def test_a_drafters_date_outside_the_projection_is_one_line_naming_its_range(capsys, argv):
    assert f"{FIRST_DATE} to {PROJECTION_HORIZON}" in _refused(capsys, [*argv, "--lang", "en"])
    assert f"{FIRST_DATE} til {PROJECTION_HORIZON}" in _refused(capsys, [*argv, "--lang", "nb"])


@pytest.mark.parametrize("text", ["2019-02-30", "01.03.2024", "20240301"])
def test_a_date_that_does_not_exist_is_named(capsys, text):
    assert "YYYY-MM-DD" in _refused(capsys, ["entitlements", DIABETES, "--date", text, "--lang", "en"])


def without_its_date(tmp_path) -> str:
    """child-diabetes.yaml without its `date:`: a file that does not say which day its grades are for (ADR 0030)."""
    copy = tmp_path / "child-diabetes.yaml"
    lines = Path(DIABETES).read_text(encoding="utf-8").splitlines(keepends=True)
    copy.write_text("".join(line for line in lines if not line.startswith("date:")), encoding="utf-8")
    return str(copy)


def test_apply_checks_the_family_against_the_date_as_entitlements_does(capsys, tmp_path):
    # Olav's grade 6 is the school year 2024–25's (born 2012): on 29 November 2026 (grade 9 by age) it does not fit his age, and
    # `asb apply` had computed the plan with it; an example's name is asked about on the day the examples describe.
    dateless = without_its_date(tmp_path)
    assert "grade 6 does not fit" in _refused(capsys, ["apply", dateless, "--date", "2026-11-29", "--lang", "en"])
    assert "no example family" in _refused(capsys, ["apply", "no-such-family", "--lang", "en"])
    assert main(["apply", "child-diabetes", "--lang", "en"]) == 0
    assert "2024-09-01" in capsys.readouterr().out


def test_a_family_file_with_a_date_that_does_not_exist_is_one_line_naming_its_field(capsys, tmp_path):
    # 30 February 2019 does not exist. Unquoted, YAML would fail the whole file on it; read as the text written, the
    # field that holds it names it, as it does a quoted one (review s18 R3), in one line with no traceback.
    family = tmp_path / "family.yaml"
    family.write_text("children: [{id: ida, birth_date: 2019-02-30}]\n", encoding="utf-8")
    said = "children.0.birth_date: child 'ida': "
    assert said in _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert said in _refused(capsys, ["reform", "compare", "raise_hjelpestonad", str(family), "--date", "2024-09-01",
                                     "--lang", "en"])
    assert "children.0.birth_date: barn 'ida': Ugyldig dato (dagen finnes ikke i måneden)" in \
        _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])


def test_a_kommunenummer_that_is_no_kommune_is_one_line_naming_it(capsys, tmp_path):
    # ADR 0020: 9999 is not one of the 357 kommuner from 1 January 2024 (facts/data/kommuner.csv).
    family = tmp_path / "family.yaml"
    family.write_text('kommunenummer: "9999"\nchildren: [{id: ida, birth_date: 2019-02-03}]\n', encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert "kommunenummer" in error and "9999" in error


def test_a_person_id_that_looks_like_a_fodselsnummer_is_one_line_naming_its_field_not_the_number(capsys, tmp_path):
    # Review s22 M3: family data is special-category health data and no fødselsnummer (eleven digits, here
    # born 1 January 1980) is taken, not even with a letter before it; the file's id field is named, the number not.
    family = tmp_path / "family.yaml"
    family.write_text("children: [{id: a01018012345, birth_date: 2019-02-03}]\n", encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])
    assert "children.0.id" in error and "ser ut som et fødselsnummer: ikke send fødselsnummer" in error
    assert "010180" not in error


def test_a_claimed_child_that_looks_like_a_fodselsnummer_is_one_line_naming_its_field_not_the_number(capsys, tmp_path):
    # Review of the s22 diff H1: `pleiepenger_child` names a child by its id, so it is refused as an id is, and the
    # number is not quoted in «… is not one of the family's children» either.
    family = tmp_path / "family.yaml"
    family.write_text("caregivers: [{id: mor, birth_date: 1985-02-01, pleiepenger_child: x01018012345}]\n"
                      "children: [{id: ida, birth_date: 2019-02-03}]\n", encoding="utf-8")
    for language in ("nb", "en"):
        error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", language])
        assert "caregivers.0.pleiepenger_child" in error and "010180" not in error
        assert "ser ut som et fødselsnummer" in error or "looks like a national identity number" in error


def test_a_child_born_after_the_date_asked_is_refused(capsys, tmp_path):
    family = tmp_path / "family.yaml"
    family.write_text("children: [{id: ida, birth_date: 2025-02-03}]\n", encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert "ida: born 2025-02-03, after the date asked (2024-09-01)" in error
    assert "ida: født 2025-02-03, etter datoen" in _refused(capsys, ["reform", "compare", "raise_hjelpestonad", str(family), "--date", "2024-09-01"])


@pytest.mark.parametrize("command", [["entitlements"], ["questions"], ["timeline"], ["apply"],
                                     ["check-decision", "--benefit", "hjelpestonad", "--outcome", "refused"]])
def test_a_child_who_died_after_the_date_asked_is_refused_as_a_birth_after_it_is(capsys, tmp_path, command):
    # Review s20 L1 (ADR 0034 addendum): ida's death on 1 June 2027 has not happened on 29 November 2026, the date asked
    # (the timeline's start): refused as a birth after that date is, with both dates, by every command.
    family = tmp_path / "family.yaml"
    family.write_text("children: [{id: ida, birth_date: 2015-02-03, date_of_death: 2027-06-01}]\n", encoding="utf-8")
    argv = [command[0], str(family), *command[1:], "--date", "2026-11-29"]
    assert _refused(capsys, [*argv, "--lang", "en"]).strip().endswith("ida: died 2027-06-01, after the date asked (2026-11-29)")
    assert _refused(capsys, argv).strip().endswith("ida: død 2027-06-01, etter datoen det spørres om (2026-11-29)")


def test_a_death_on_the_date_asked_is_taken(capsys, tmp_path):
    # Died on the date asked: the answer for that day is the month of the death, answered as before (ftrl § 22-12).
    family = tmp_path / "family.yaml"
    family.write_text("children: [{id: ida, birth_date: 2015-02-03, date_of_death: 2026-11-29}]\n", encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2026-11-29"]) == 0


def test_a_school_grade_is_not_kept_for_a_date_years_away_when_the_file_does_not_say_its_day(capsys, tmp_path):
    # child-diabetes.yaml: nora, born 2017-02-11, in 2nd grade (school year 2024–25: 2024 − 2017 − 5 = 2).
    # On 2027-09-01 (school year 2027–28, inside the model's dates) her age gives 2027 − 2017 − 5 = 5th grade;
    # 2 is three years off. Without its `date:` the file does not say the grade is 2024–25's: refused.
    dateless = without_its_date(tmp_path)
    assert main(["entitlements", dateless, "--date", "2024-09-01"]) == 0
    capsys.readouterr()
    error = _refused(capsys, ["entitlements", dateless, "--date", "2027-09-01", "--lang", "en"])
    assert "nora" in error and "grade 2" in error and "grade 5" in error
    assert "passer ikke med alderen" in _refused(capsys, ["reform", "compare", "raise_hjelpestonad", dateless, "--date", "2027-09-01"])


def test_the_installed_command_prints_no_traceback():
    result = subprocess.run([str(Path(sys.executable).parent / "asb"), "entitlements", DIABETES, "--date", "1990-01-01", "--lang", "en"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"asb: --date: 1990-01-01 is outside the dates the model covers ({RANGE_EN})"


def test_a_file_that_is_not_utf8_text_or_nested_too_deeply_is_one_line(capsys, tmp_path):
    # A review of 0.9.0 got «intern feil (UnicodeDecodeError)» and «(RecursionError)»: each is now named.
    binary = tmp_path / "family.yaml"
    binary.write_bytes(b"caregivers: \xff\xfe\n")
    assert "not a text file in UTF-8" in _refused(capsys, ["entitlements", str(binary), "--lang", "en"])
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in _refused(capsys, ["entitlements", str(deep), "--lang", "en"])


@pytest.mark.parametrize(("written", "field"), [
    ("has_lasting_illness: on", "children.0.has_lasting_illness"),
    ("has_lasting_illness: Off", "children.0.has_lasting_illness"),
    ("has_lasting_illness: y", "children.0.has_lasting_illness"),
    ("care_periods: [{first_day: 2024-09-02, last_day: 2024-09-06, night_watch_or_standby: on}]",
     "children.0.care_periods.0.night_watch_or_standby"),
    ("care_periods: [{first_day: 2024-09-02, last_day: 2024-09-06, night_watch_or_standby: n}]",
     "children.0.care_periods.0.night_watch_or_standby"),
])
def test_a_yes_no_answer_written_on_off_or_y_n_is_refused_naming_the_child_and_field(capsys, tmp_path, written, field):
    # YAML 1.1 reads on/off as booleans: a family file refused to guess (issue 17 review); yes/no is the documented form.
    family = tmp_path / "family.yaml"
    family.write_text(f"children:\n  - id: ida\n    birth_date: 2019-02-03\n    {written}\n", encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert f"{field}: child 'ida':" in error


@pytest.mark.parametrize(("written", "read"), [("yes", "yes"), ("no", "no"), ("true", "yes"), ("false", "no"), ("unknown", "unknown")])
def test_yes_no_and_true_false_are_read_as_the_answer(tmp_path, written, read):
    from openfisca_asb.facts.family_file import read_family

    family = tmp_path / "family.yaml"
    family.write_text(f"children:\n  - id: ida\n    birth_date: 2019-02-03\n    has_lasting_illness: {written}\n"
                      f"    care_periods: [{{first_day: 2024-09-02, last_day: 2024-09-06, night_watch_or_standby: {written}}}]\n"
                      if written != "unknown" else
                      f"children:\n  - id: ida\n    birth_date: 2019-02-03\n    has_lasting_illness: {written}\n", encoding="utf-8")
    child = read_family(family).children[0]
    assert child.has_lasting_illness == read
    if written != "unknown":
        assert child.care_periods[0].night_watch_or_standby is (read == "yes")


# ftrl § 9-6: a parent is temporarily alone because the other cannot supervise the children, so both cannot be;
# aleneomsorg is having a child's daily care alone, so two parents cannot both have it of the only child.
@pytest.mark.parametrize(("fact", "bokmal_words"), [("omsorgspenger_temporarily_alone", "midlertidig alene"),
                                                     ("has_sole_care", "aleneomsorg")])
def test_a_contradiction_between_both_parents_is_one_line_naming_both_answers(capsys, tmp_path, fact, bokmal_words):
    family = tmp_path / "family.yaml"
    family.write_text("caregivers:\n"
                      f"  - {{id: mor, birth_date: 1990-05-05, {fact}: yes}}\n"
                      f"  - {{id: far, birth_date: 1988-09-17, {fact}: yes}}\n"
                      "children: [{id: nora, birth_date: 2017-02-11}]\n", encoding="utf-8")
    english = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert f"caregivers.0.{fact}" in english and f"caregivers.1.{fact}" in english
    assert "§ 9-6" in english and "mor and far" in english
    bokmal = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "nb"])
    assert "familien er ugyldig" in bokmal and bokmal_words in bokmal and "mor og far" in bokmal


def test_a_number_written_unknown_says_where_a_dont_know_goes(capsys, tmp_path):
    # A number cannot be "unknown" in the family; the file lists it under unknown (as the page saves it). Review of
    # 0.10.0: «Input should be a number, not str» pointed nowhere.
    family = tmp_path / "family.yaml"
    family.write_text("caregivers: [{id: mor, birth_date: 1990-01-01, yearly_income: unknown}]\n", encoding="utf-8")
    assert 'a "don\'t know" to it goes in the file\'s unknown: [{fact: yearly_income, person: mor}]' in _refused(
        capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert "et «vet ikke» til det skrives i filens unknown" in _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])


def test_a_child_living_at_home_without_private_care_is_refused_naming_both_answers(capsys, tmp_path):
    # Ftrl § 6-4 første ledd: living at home at least half the time is being cared for privately there; as the API
    # refuses it (review s21 page L9), so does the command, naming both answers.
    family = tmp_path / "family.yaml"
    family.write_text("caregivers: [{id: mor, birth_date: 1990-05-05}]\n"
                      "children: [{id: nora, birth_date: 2017-02-11, lives_at_home_at_least_half_the_time: yes,"
                      " has_private_care_arrangement: no}]\n", encoding="utf-8")
    english = _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"])
    assert "children.0.lives_at_home_at_least_half_the_time" in english and "children.0.has_private_care_arrangement" in english
    assert "§ 6-4" in english
    assert "bo hjemme" in _refused(capsys, ["entitlements", str(family), "--date", "2024-09-01"])


def test_a_care_period_across_months_is_taken_and_one_outside_the_model_dates_named(capsys, tmp_path):
    # Review s22 caseworker M2: a hospital stay from 15 December 2025 to 9 January 2026 is one period, answered for the
    # month asked; a day before the model's first date (2017-10-01) is refused naming its field.
    family = tmp_path / "family.yaml"
    stay = "care_periods: [{first_day: %s, last_day: 2026-01-09, supervision_hours_per_day: 0}]"
    family.write_text("children: [{id: liam, birth_date: 2021-06-22, %s}]\n" % (stay % "2025-12-15"), encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2025-12-15"]) == 0
    capsys.readouterr()
    family.write_text("children: [{id: liam, birth_date: 2021-06-22, %s}]\n" % (stay % "2017-09-30"), encoding="utf-8")
    error = _refused(capsys, ["entitlements", str(family), "--date", "2025-12-15", "--lang", "en"])
    assert "children.0.care_periods.0.first_day" in error and RANGE_EN in error


def test_a_family_file_larger_than_the_api_takes_is_refused_before_it_is_read(tmp_path, capsys):
    # Review s22 L1: 20 000 caregivers in 830 KB took 14 s before the fourth-caregiver limit refused them.
    # 6 000 caregivers of 41 bytes each are 246 000 bytes with the header; 7 000 are 287 000, above 262 144.
    from openfisca_asb.facts.family_file import MAX_FILE_BYTES

    huge = tmp_path / "huge.yaml"
    huge.write_text("caregivers:\n" + "".join(f"  - id: c{n:05d}\n    birth_date: 1980-01-01\n" for n in range(7000)))
    assert huge.stat().st_size > MAX_FILE_BYTES == 256 * 1024
    error = _refused(capsys, ["entitlements", str(huge), "--date", "2024-09-01", "--lang", "en"])
    assert "larger than 262144 bytes, the most a family file may be" in error
    assert "større enn 262144 byte" in _refused(capsys, ["entitlements", str(huge), "--date", "2024-09-01"])


def test_a_family_file_with_windows_line_ends_is_read_as_before(tmp_path, capsys):
    crlf = tmp_path / "crlf.yaml"
    crlf.write_bytes(Path(DIABETES).read_bytes().replace(b"\n", b"\r\n"))
    assert main(["entitlements", str(crlf), "--date", "2024-09-01"]) == 0
