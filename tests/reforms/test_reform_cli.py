"""`asb reform list|show|validate|compare`, as a drafter uses it (docs/guides/drafter-reforms.md)."""

import json
import re
from textwrap import dedent

from openfisca_asb.cli import main
from openfisca_asb.paths import data_folder

DIABETES = str(data_folder("examples") / "child-diabetes.yaml")
DRAFT = dedent("""
    id: hjelpestonad_20000
    title:
      nb: Hjelpestønad på 20 000 kroner
      en: An assistance allowance of 20,000 kroner
    summary:
      nb: Ordinær sats 20 000 kroner per år fra 2026.
      en: Ordinary rate 20,000 kroner a year from 2026.
    author: A drafter
    status: proposal
    legal_basis:
      - title: Folketrygdloven § 6-4
        url: "https://lovdata.no/lov/1997-02-28-19/§6-4"
    parameters:
      folketrygd.hjelpestonad.ordinary_yearly_rate:
        2026-01-01: {value: 20000, unit: currency-NOK}
""")


def run(capsys, *arguments) -> tuple[int, str, str]:
    code = main(["reform", *arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_every_example_with_status_and_scope(capsys):
    code, out, _ = run(capsys, "list", "--lang", "en")
    assert code == 0
    assert "raise_hjelpestonad" in out and "proposal" in out
    assert "5001 Trondheim, 4601 Bergen; 2025-08-01 – 2028-07-31" in out
    code, out, _ = run(capsys, "list", "--json")
    assert {r["id"] for r in json.loads(out)["reforms"]} >= {"bpa_threshold_pilot", "bpa_state_funding_pilot"}


def test_show_gives_parameters_with_units_and_current_values(capsys):
    code, out, _ = run(capsys, "show", "pleiepenger_cap_7g", "--lang", "en")
    assert code == 0
    assert "folketrygd.sykepenger_common.income_cap_g" in out and "7 G" in out and "now: 6 G" in out


def test_unknown_reform_is_exit_2_naming_the_known_ones(capsys):
    code, _, err = run(capsys, "show", "nope")
    assert code == 2 and "raise_hjelpestonad" in err


def test_compare_prints_a_table_with_the_difference(capsys):
    # ftrl § 6-4: 1 263 → 1 500 kr a month, + 237.
    code, out, _ = run(capsys, "compare", "raise_hjelpestonad", DIABETES, "--date", "2026-03-01", "--lang", "en")
    assert code == 0
    line = next(l for l in out.splitlines() if l.startswith("Assistance allowance (hjelpestønad)"))
    assert "1 263 kr/month" in line and "1 500 kr/month" in line and "+237 kr/month" in line


def test_compare_json_and_examples(capsys):
    code, out, _ = run(capsys, "compare", "one_entry_point_pilot", "--examples", "--date", "2026-03-01", "--json")
    assert code == 0
    families = {f["family"]: f for f in json.loads(out)["families"]}
    assert families["teenager-cancer"]["reform_applies"] is True  # 5001 Trondheim
    assert families["child-diabetes"]["reform_applies"] is False  # 3201 Bærum


def test_compare_needs_a_family_and_reports_a_bad_file(capsys, tmp_path):
    assert run(capsys, "compare", "raise_hjelpestonad")[0] == 2
    bad = tmp_path / "family.yaml"
    bad.write_text("children: [{id: ida}]\n", encoding="utf-8")
    code, _, err = run(capsys, "compare", "raise_hjelpestonad", str(bad))
    assert code == 2 and "birth_date" in err


def test_validate_exit_codes(capsys):
    code, out, _ = run(capsys, "validate", "bpa_threshold_pilot", "--population", "5", "--lang", "en")
    assert code == 1 and "REJECTED" in out and "cerebral-palsy-large-assistance-need" in out
    code, out, _ = run(capsys, "validate", "raise_hjelpestonad", "--population", "5", "--lang", "en")
    assert code == 0 and "ALLOWED" in out


def test_validation_names_a_generated_family_in_the_language_asked(capsys):
    # The pilot lowers the BPA right for some of sixteen generated families (seed 20260101; which ones follows the fact
    # vocabulary, since every fact is drawn: none of the first eight since 0.22.0's facts), each named by its number:
    # the same numbers in either language.
    code, bokmal, _ = run(capsys, "validate", "bpa_threshold_pilot", "--population", "16")
    named_nb = set(re.findall(r"referansefamilie (\d+)", bokmal))
    assert code == 1 and named_nb and "reference family" not in bokmal
    code, english, _ = run(capsys, "validate", "bpa_threshold_pilot", "--population", "16", "--lang", "en")
    assert code == 1 and set(re.findall(r"reference family (\d+)", english)) == named_nb and "referansefamilie" not in english


def test_a_drafters_own_file_is_shown_validated_and_compared(capsys, tmp_path):
    draft = tmp_path / "hjelpestonad_20000.yaml"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run(capsys, "show", str(draft))[0] == 0
    assert run(capsys, "validate", str(draft), "--population", "0")[0] == 0
    # 20 000 / 12 = 1 666.67 → 1 667; 1 667 − 1 263 = 404
    code, out, _ = run(capsys, "compare", str(draft), DIABETES, "--date", "2026-03-01")
    assert code == 0 and "+404 kr/mnd" in out


def test_a_loss_is_written_with_its_unit_and_counted_by_benefit(capsys, tmp_path):
    # 12 000 / 12 = 1 000 kr a month against 1 263 (15 161 / 12, a lower bound after 1 July 2023): a loss of 263 kr a
    # month or more for the diabetes family's Nora – «a loss of at least 263», not «−263 or less», which reads as a loss
    # of up to 263 (review s21 drafter L6); only hjelpestønad and forhøyet hjelpestønad get worse (review s16d F5).
    draft = tmp_path / "hjelpestonad_12000.yaml"
    draft.write_text(DRAFT.replace("hjelpestonad_20000", "hjelpestonad_12000").replace("20000", "12000"), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(draft), "--population", "0")
    assert code == 0 and "child-diabetes, Hjelpestønad (nora), 2026-01-01: Du har rett → Du har rett, et tap på minst 263 kr/mnd" in out
    assert "2 ytelser blir dårligere" in out
    _, english, _ = run(capsys, "validate", str(draft), "--population", "0", "--lang", "en")
    assert "child-diabetes, Assistance allowance (hjelpestønad) (nora), 2026-01-01: Entitled → Entitled, a loss of at least 263 kr/month" in english


def test_a_loss_with_no_amount_shows_the_range_it_leaves(capsys, tmp_path):
    # Forhøyet hjelpestønad «to be assessed» ranges from sats 2 to sats 4 (ftrl § 6-5 andre ledd: 2 and 6 × the
    # ordinary rate): now NAV's published 2 527 and 7 580 kr a month; at 12 000 kr a year, 1 000 a month, 2 000 and
    # 6 000. The first 30 generated families (seed 20260101) include such a child (review s16d drafter F6; 10 did until
    # the facts of 0.21.0 changed the families drawn).
    draft = tmp_path / "hjelpestonad_12000.yaml"
    draft.write_text(DRAFT.replace("hjelpestonad_20000", "hjelpestonad_12000").replace("20000", "12000"), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(draft), "--population", "30")
    assert code == 0 and "Må vurderes (2 527 kr/mnd – 7 580 kr/mnd) → Må vurderes (2 000 kr/mnd – 6 000 kr/mnd)" in out


def test_a_drafters_mistake_is_exit_2_naming_the_field(capsys, tmp_path):
    draft = tmp_path / "hjelpestonad_20000.yaml"
    draft.write_text(DRAFT.replace("unit: currency-NOK", "unit: percent"), encoding="utf-8")
    code, _, err = run(capsys, "compare", str(draft), DIABETES, "--lang", "en")
    assert code == 2
    assert "parameters.folketrygd.hjelpestonad.ordinary_yearly_rate.2026-01-01" in err and "currency-NOK" in err


def test_a_structural_reform_file_works_by_path(capsys, tmp_path):
    # Issue 19: a Python reform outside reforms/ is used by its path. A copy of the BPA funding pilot,
    # renamed: its id must be the file name.
    source = (data_folder("reforms") / "bpa_state_funding_pilot.py").read_text(encoding="utf-8")
    path = tmp_path / "my_funding_pilot.py"
    path.write_text(source.replace('"id": "bpa_state_funding_pilot"', '"id": "my_funding_pilot"'), encoding="utf-8")
    code, out, _ = run(capsys, "show", str(path), "--lang", "en")
    assert code == 0 and out.startswith("my_funding_pilot: Pilot: the state funds BPA")
    code, out, _ = run(capsys, "validate", str(path), "--population", "0", "--lang", "en")
    assert code == 0 and out.startswith("my_funding_pilot: ALLOWED")  # § 3 b: the state's share, nobody loses


def test_a_broken_python_reform_file_is_exit_2_with_the_error(capsys, tmp_path):
    path = tmp_path / "broken_idea.py"
    path.write_text("raise RuntimeError('half-written reform')\n", encoding="utf-8")
    code, _, err = run(capsys, "show", str(path), "--lang", "en")
    assert code == 2 and "the Python file fails to load: RuntimeError: half-written reform" in err


def test_compare_shows_kroner_whole_with_a_space_between_thousands(capsys, tmp_path):
    # Review of 0.12.0: «≥ 15156 kr» and «→ 1e+30 kr» beside «1 263 kr», and float noise shown as exact kroner.
    draft = tmp_path / "hjelpestonad_20000.yaml"
    draft.write_text(DRAFT.replace("value: 20000", "value: 9999999.4"), encoding="utf-8")
    code, out, _ = run(capsys, "compare", str(draft), DIABETES, "--date", "2026-03-01")
    # 9 999 999.4 / 12 = 833 333.28 → 833 333 kr a month; 833 333.28 − 1 263 = 832 070.28 → +832 070.
    assert code == 0 and "833 333 kr/mnd" in out and "+832 070 kr/mnd" in out
    assert "≥ 15 161 kr" in out and "→ 9 999 999 kr" in out and "15161" not in out and "e+" not in out


def test_the_unverified_footnote_goes_with_a_row_shown(capsys):
    # Review s16d (drafter), finding 9: pleiepenger's 7 G cap changes nothing for the diabetes family (no pleiepenger):
    # no row is shown, so no «*» footnote; with --all its hjelpestønad row (the 2023 rate, not verified after 30 June
    # 2023) is shown with its «*», and the footnote with it.
    code, out, _ = run(capsys, "compare", "pleiepenger_cap_7g", DIABETES, "--date", "2026-03-01", "--lang", "en")
    assert code == 0 and "No benefit changes" in out and "* The rate is not verified" not in out
    code, out, _ = run(capsys, "compare", "pleiepenger_cap_7g", DIABETES, "--date", "2026-03-01", "--lang", "en", "--all")
    assert code == 0 and "* The rate is not verified" in out
