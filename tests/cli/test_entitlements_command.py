"""`asb entitlements FAMILY` as a new user types it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "teenager-cancer.yaml"


def test_readable_table(capsys):
    assert main(["entitlements", str(EXAMPLE), "--date", "2024-09-01"]) == 0
    table = capsys.readouterr().out
    # ftrl § 9-15: 480 000 / 260 = 1 846 per day × 21 weekdays in September 2024 = 38 766.
    assert "Pleiepenger for sykt barn" in table and "38 766 kr/mnd" in table
    assert "model " in table.splitlines()[-1]


def test_json_in_english(capsys):
    assert main(["entitlements", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["language"] == "en" and answer["legal_date"] == "2024-09-01"
    mother = next(r for r in answer["benefits"] if r["benefit"] == "pleiepenger" and r["person"] == "mor")
    # 6G = 6 × 124 028 = 744 168; round(744 168 / 260) = 2 862 × 21 = 60 102.
    assert mother["amount"]["value"] == 60102.0


@pytest.mark.parametrize(
    ("content", "suffix", "expected"),
    [
        ("children: [{id: x}]", ".yaml", "children.0.birth_date"),
        ("children: [{id: x, birth_date: 2015-01-01, has_lasting_illness: perhaps}]", ".yaml", "children.0.has_lasting_illness"),
        ("{not json", ".json", "not valid JSON"),
        ("- just a list", ".yaml", "must hold a mapping"),
    ],
)
def test_bad_files_give_a_clear_message_and_exit_2(tmp_path, capsys, content, suffix, expected):
    path = tmp_path / f"family{suffix}"
    path.write_text(content, encoding="utf-8")
    assert main(["entitlements", str(path), "--lang", "en"]) == 2
    assert expected in capsys.readouterr().err


def test_missing_file(capsys):
    assert main(["entitlements", "/no/such/family.yaml", "--lang", "en"]) == 2
    assert "cannot read the file (No such file or directory)" in capsys.readouterr().err
    assert main(["entitlements", "/no/such/family.yaml"]) == 2
    assert "kan ikke lese filen (filen finnes ikke)" in capsys.readouterr().err


def test_installed_console_script_runs():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "asb"), "entitlements", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"],
        capture_output=True, text=True, check=True,
    )
    assert "Care allowance days" in result.stdout


def test_example_prints_a_request_body_the_api_accepts(capsys):
    from fastapi.testclient import TestClient

    from api.app import create_app

    assert main(["example", "teenager-cancer", "--date", "2024-09-01"]) == 0
    body = json.loads(capsys.readouterr().out)
    response = TestClient(create_app()).post("/v1/entitlements", json=body)
    assert response.status_code == 200 and response.json()["legal_date"] == "2024-09-01"


def test_an_example_without_a_date_is_asked_about_on_the_day_it_describes(capsys):
    # child-diabetes gives Olav's grade for the school year 2024–25 (grade 6, born 2012): on today's date the
    # API would refuse it (grade_fits_age), so the body carries the examples' day, as the page opens them.
    assert main(["example", "child-diabetes"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["date"] == "2024-09-01"
    assert main(["example"]) == 0
    assert "--date 2024-09-01" in capsys.readouterr().out


def test_example_lists_names_and_refuses_unknown_ones(capsys):
    assert main(["example"]) == 0
    assert "teenager-cancer" in capsys.readouterr().out.split()
    assert main(["example", "--lang", "en"]) == 0  # each with its title, as the page lists it
    assert any(line.split() == ["teenager-cancer", "Teenager", "with", "leukaemia", "in", "intensive", "treatment"]
               for line in capsys.readouterr().out.splitlines())
    assert main(["example", "no-such-family", "--lang", "en"]) == 2
    assert "no example family" in capsys.readouterr().err
    assert main(["example", "no-such-family"]) == 2
    assert "ingen eksempelfamilie 'no-such-family'" in capsys.readouterr().err


def test_an_amount_after_a_known_adjustment_is_shown_as_at_least(capsys):
    # Hjelpestønad: 1 263 kr a month from 1 January 2023 (secondary); price-adjusted from
    # 1 July 2023 to an amount not found, so on 1 September 2024 it is "at least" (ADR 0009).
    family = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"
    assert main(["entitlements", str(family), "--date", "2024-09-01", "--lang", "en"]) == 0
    table = capsys.readouterr().out
    assert "≥ 1 263 kr/month" in table
    assert ("Note – Assistance allowance (hjelpestønad) (emil): At least 1 263 kr a month: the rate from 1 January 2023, "
            "in force before 1 July 2023, "
            "when the rates were adjusted; the rate from 1 July 2023 on was not verified.") in table


def test_the_table_ends_with_what_to_act_on(capsys):
    # Issue 17. Cerebral palsy family, 1 September 2024: forhøyet hjelpestønad sats 3 (5 054 kr a month,
    # 2023 rate) + grunnstønad sats 2, the sats its 20 000 kr of costs are known to reach (13 752 / 12 = 1 146;
    # sats 3 of 2023 predates the 1 July 2023 adjustment) = 6 200 kr a month, × 12 = 74 400 a year; both lower
    # bounds (ADR 0009 and its addendum on stale thresholds).
    family = Path(__file__).parents[2] / "examples" / "cerebral-palsy-large-assistance-need.yaml"
    assert main(["entitlements", str(family), "--date", "2024-09-01"]) == 0
    table = capsys.readouterr().out
    # Each amount that is only a lower bound says «minst» before it (review s21 page L2: «(minst)» after both).
    assert "  Familien til sammen: minst 6 200 kr/mnd · minst 74 400 kr/år" in table
    assert "    Forhøyet hjelpestønad (jonas, Du har rett): minst 5 054 kr/mnd · minst 60 648 kr/år" in table
    # The ordinary rate (0 kr: forhøyet is paid instead, ftrl § 6-5) is no row; forhøyet's note tells it.
    rows = table.split("\n\n")[0]
    assert not any(line.startswith("Hjelpestønad ") for line in rows.splitlines())
    assert "Merk – Forhøyet hjelpestønad (jonas): Hjelpestønad: Betales som forhøyet hjelpestønad" in table
    # No "0 timer/uke" for SFO on 6th grade; the note says what the right is.
    assert "0 timer/uke" not in table
    assert "Merk – Skolefritidsordning (SFO) (jonas): Barnet er omfattet av SFO-tilbudet kommunen skal ha" in table
    # Whom to contact: school transport under the county authority, as in the card and the page.
    contacts = table.split("Hvem dere kontakter:\n")[1]
    assert "  Fylkeskommunen:\n    Gratis skoleskyss ved sykdom eller funksjonsnedsettelse (jonas, Du har rett)" in contacts
    # SFO is the kommune's duty to have an offer («Alle kommuner skal ha et tilbud om skolefritidsordning», Udir), not a
    # right to a place: its line says so here too, as in the table and on the card (review s21 M16).
    assert "Skolefritidsordning (SFO) (jonas, Omfattet av tilbudet kommunen skal ha)" in contacts
    assert "Skolefritidsordning (SFO) (jonas, Du har rett)" not in table
    # The kommune's note (no verified link to its website, ADR 0020) once, first, not under each of its offices.
    assert contacts.count("Vi kjenner ingen kontrollert lenke til nettstedet til Stavanger kommune") == 1
    assert contacts.startswith("  (Vi kjenner ingen kontrollert lenke til nettstedet til Stavanger kommune;")


def test_a_reader_that_stops_early_gets_no_error():
    # `asb entitlements … --json | head -1` (review of 0.10.0): the answer is longer than a pipe holds, the reader
    # closes it after one line, and asb said «intern feil (BrokenPipeError)» with exit 1. As other tools: quiet, 0.
    process = subprocess.Popen([str(Path(sys.executable).parent / "asb"), "entitlements", str(EXAMPLE), "--date", "2024-09-01",
                                "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait() == 0 and error == "", error


def test_a_range_from_nothing_says_up_to(capsys):
    # Review s16 (page), finding 7: «0 dager – 40 dager/år» read oddly. The diabetes family's answer on the four weeks
    # in work is not given, so omsorgspenger (ftrl §§ 9-5, 9-6) may be none: its days are a range from 0.
    assert main(["entitlements", str(EXAMPLE.parent / "child-diabetes.yaml"), "--date", "2024-09-01"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Omsorgspenger")]
    assert rows and all("inntil " in row and "0 dager –" not in row for row in rows), rows


def test_a_range_from_nothing_to_a_lower_bound_puts_no_mark_before_the_nothing(capsys, tmp_path):
    # Review s16c (API), finding 3. Barnetilsyn (ftrl § 15-10) for a 12-year-old in 7th grade, past the main rule's
    # 4th school year, rests on NAV accepting that he needs substantially more supervision: «Må vurderes», from 0 to
    # min(64 % × 10 000 = 6 400, the one-child maximum 4 895 of 2026) = 4 895 on 2027-02-01, a maximum older than the
    # adjustment of 1 January 2027: «0 kr – 4 895 kr/mnd eller mer», never «minst 0 kr» nor «inntil», which would cap
    # it (a lower-bound range's upper end may be more, as the page says «Fra 0 kr til 4 895 kr eller mer», review s24
    # page L5).
    family = tmp_path / "family.yaml"
    family.write_text("""date: 2027-02-01
kommunenummer: "4204"
caregivers: [{id: mor, birth_date: 1994-10-03, employment: employee, has_worked_four_weeks: yes, yearly_income: 480000, is_single: yes}]
children: [{id: per, birth_date: 2014-06-01, has_illness_or_extra_needs: yes, sole_caregiver: mor, school_grade: 7,
            monthly_childcare_cost: 10000, needs_substantially_more_supervision_than_peers: yes}]
""", encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2027-02-01"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Stønad til barnetilsyn"))
    assert row.endswith("0 kr – 4 895 kr/mnd eller mer") and "minst" not in row and "≥" not in row, row


def test_a_reason_that_opens_with_a_childs_id_opens_with_a_capital(capsys, tmp_path):
    # Review s18 D5: «nora, som døde …». Nora (ill) died on 15 October 2026; from November opplæringspenger (ftrl
    # § 9-14) are refused on Olav, the only child counted (ADR 0034), and the reason says that Nora is not counted — a
    # sentence opening with her id, a name the family chose: «Nora». The heading naming whose right it is keeps the id.
    family = tmp_path / "family.yaml"
    family.write_text((EXAMPLE.parent / "child-diabetes.yaml").read_text(encoding="utf-8").replace(
        "    has_lasting_illness: yes\n", "    has_lasting_illness: yes\n    date_of_death: 2026-10-15\n", 1), encoding="utf-8")
    assert main(["entitlements", str(family), "--date", "2026-11-01"]) == 0
    why = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Hvorfor – Opplæringspenger (mor)"))
    assert why.endswith(" Nora, som døde 15. oktober 2026, regnes ikke med fra måneden etter dødsfallet."), why
