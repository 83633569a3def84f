"""`asb apply FAMILY` and `asb check-decision FAMILY` (issue 18 [portal])."""

import json

import pytest
from pathlib import Path

from openfisca_asb.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"


def test_apply_prints_the_plan_with_hjelpestonad_before_omsorgsstonad(capsys):
    assert main(["apply", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"]) == 0
    plan = capsys.readouterr().out
    assert plan.startswith("What to apply for, in what order, and with which documents")
    # ftrl § 6-4 last ledd: hjelpestønad is applied for before the kommune's omsorgsstønad
    assert plan.index("Assistance allowance (hjelpestønad)") < plan.index("omsorgsstønad")
    assert "NAV 06-04.04" in plan


def test_apply_names_the_right_a_step_waits_for(capsys):
    # ftrl § 6-4 last ledd: omsorgsstønad waits for hjelpestønad, named as the plan names it, never by its id
    assert main(["apply", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"]) == 0
    plan = capsys.readouterr().out
    assert "After: Assistance allowance (hjelpestønad) – " in plan and "After: hjelpestonad" not in plan
    assert "Used for: Assistance allowance (hjelpestønad)" in plan and "Used for: hjelpestonad" not in plan


def test_apply_lists_a_right_with_nothing_to_send_apart_and_says_what_is_not_verified(capsys):
    # Review s21 page M5 and L5, as the page shows it: Emil's fritak for egenandel (children under 16 pay none, ftrl
    # § 5-3 and Helsedirektoratet's rundskriv) has no channel and no documents, so it is no numbered step, and is told
    # in its entry's words; redusert arbeidstid's unverified channel has no note, so the caveat says what is unverified.
    assert main(["apply", str(EXAMPLE), "--date", "2024-09-01", "--lang", "en"]) == 0
    plan = capsys.readouterr().out
    apart = plan.index("\nNo application to send\n")
    assert plan.index("- No user fees for children under 16 (emil) – Entitled", apart) > apart
    assert "You do not need to apply." in plan[apart:]
    assert "How to apply is not verified in an official source – check before use." in plan
    assert "(Not verified – check before use)" not in plan and "is not described yet" not in plan
    numbers = [int(line.split(".")[0]) for line in plan.splitlines() if line[:1].isdigit() and ". " in line[:4]]
    assert numbers == list(range(1, len(numbers) + 1))  # the numbered steps count on without the right set apart


def test_apply_takes_an_example_name_and_prints_json(capsys):
    assert main(["apply", "teenager-cancer", "--date", "2024-09-01", "--json"]) == 0
    packets = json.loads(capsys.readouterr().out)
    assert any(r["benefit"] == "pleiepenger" for p in packets["packets"] for r in p["rights"])


def test_apply_with_an_unknown_family_says_so(capsys):
    assert main(["apply", "no-such-family", "--lang", "en"]) == 2
    assert "no example family" in capsys.readouterr().err


def test_check_decision_prints_a_draft_where_the_model_differs(capsys):
    assert main(["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "refused", "--date", "2024-09-01"]) == 0
    out = capsys.readouterr().out
    assert "UTKAST – IKKE JURIDISK RÅDGIVNING" in out and "Folketrygdloven § 6-4" in out
    assert "lagres ikke" in out


@pytest.mark.parametrize("amount", ["-5", "1e30", "nan"])
def test_check_decision_refuses_the_amounts_the_api_refuses(capsys, amount):
    # POST /v1/decisions/check refuses an amount below 0 or above 100 000 000 (decision.amount, 422); the CLI the same.
    arguments = ["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "lower", f"--amount={amount}"]
    assert main(arguments) == 2
    bokmal = capsys.readouterr().err.splitlines()[-1]
    assert bokmal == f"asb check-decision: feil: argumentet --amount: må være fra 0 til 100 000 000 (oppgitt: {amount})"
    assert main([*arguments, "--lang", "en"]) == 2
    english = capsys.readouterr().err.splitlines()[-1]
    assert english == f"asb check-decision: error: argument --amount: must be from 0 to 100 000 000 (got {amount})"


def test_check_decision_and_the_api_share_the_amounts_bounds():
    from api.routes.decisions import DecisionIn
    from openfisca_asb.answer.decision_check import LEAST_AMOUNT, MOST_AMOUNT

    schema = DecisionIn.model_json_schema()["properties"]["amount"]["anyOf"][0]
    assert (schema["minimum"], schema["maximum"]) == (LEAST_AMOUNT, MOST_AMOUNT) == (0, 100_000_000)


@pytest.mark.parametrize("outcome", ["refused", "granted"])
def test_check_decision_takes_an_amount_only_for_a_lower_grant(capsys, outcome):
    # As POST /v1/decisions/check refuses decision.amount with another outcome (review s15, finding 6).
    arguments = ["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", outcome, "--amount", "1300"]
    assert main(arguments) == 2
    bokmal = capsys.readouterr().err.splitlines()[-1]
    assert bokmal == f"asb check-decision: feil: argumentet --amount: bare sammen med --outcome lower; ta det bort ved --outcome {outcome}"
    assert main([*arguments, "--lang", "en"]) == 2
    english = capsys.readouterr().err.splitlines()[-1]
    assert english == f"asb check-decision: error: argument --amount: only with --outcome lower; leave it out with --outcome {outcome}"


def test_check_decision_does_not_call_a_grant_above_a_lower_bound_more_than_the_law_gives(capsys):
    # Review s15, finding 2: hjelpestønad on 2025-06-01 is at least 15 161 / 12 = 1 263.4 → 1 263 kr a month (the 2023 rate
    # carried forward after 1 July 2023, ordinary_yearly_rate.yaml); 1 300 is what "at least" allows.
    arguments = ["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "lower", "--amount", "1300",
                 "--date", "2025-06-01"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "mer enn modellen finner grunnlag for" not in out
    assert "Modellen kan ikke avgjøre om vedtaket gir for lite." in out and "minst 1 263 kr i måneden" in out
    assert "UTKAST" not in out


def test_check_decision_shows_a_choice_by_its_label_in_what_would_change_it(capsys):
    # Review s15b, finding 9. jonas (cerebral-palsy-large-assistance-need) has 20 000 kr of yearly costs and no
    # diagnosis given; on 2025-06-01 coeliac disease would give its fixed grunnstønad rate (ftrl § 6-3), so entitled.
    example = EXAMPLE.parent / "cerebral-palsy-large-assistance-need.yaml"
    arguments = ["check-decision", str(example), "--benefit", "grunnstonad", "--outcome", "refused", "--date", "2025-06-01"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "~ Har barnet cøliaki (påvist av spesialist)? → Cøliaki: Du har rett" in out and "coeliac_disease" not in out
    assert main(["--lang", "en", *arguments]) == 0
    assert "→ Coeliac disease: Entitled" in capsys.readouterr().out


def test_check_decision_offers_no_draft_for_a_lower_grant_until_its_amount_is_given(capsys):
    # Review s15b, finding 10: hjelpestønad on 2025-06-01 is at least 1 263 kr a month (ADR 0009 addendum); without
    # the amount granted the model cannot tell whether the grant is below it.
    arguments = ["--lang", "en", "check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "lower",
                 "--date", "2025-06-01", "--json"]
    assert main(arguments) == 0
    check = json.loads(capsys.readouterr().out)
    assert check["draft_complaint"] is None
    assert check["summary"].endswith("A draft complaint is offered once the amount is given: without it the model "
                                     "cannot tell whether the decision gives less than it finds.")


def test_check_decision_names_the_right_that_replaces_the_one_decided(capsys):
    # Review s15b, finding 3: jonas has forhøyet hjelpestønad at sats 3, which replaces the ordinary rate (ftrl § 6-5);
    # NAV's 2023 sats 3 is 5 054 kr a month, carried forward after 1 July 2023 as a lower bound. 1 300 is below it.
    example = EXAMPLE.parent / "cerebral-palsy-large-assistance-need.yaml"
    arguments = ["check-decision", str(example), "--benefit", "hjelpestonad", "--outcome", "lower", "--amount", "1300",
                 "--date", "2025-06-01"]
    assert main(arguments) == 0
    out = capsys.readouterr().out
    assert "mer enn modellen finner grunnlag for" not in out
    assert ("Modellen finner at hjelpestønad her erstattes av forhøyet hjelpestønad: minst 5 054 kr i måneden, en nedre "
            "grense som ikke er bekreftet for denne datoen.") in out


def test_a_person_the_decision_cannot_be_for_names_the_option(capsys):
    # Review s16c (API), finding 7: the refusal names --person, where the API names decision.person.
    assert main(["check-decision", str(Path(__file__).parents[2] / "examples" / "child-diabetes.yaml"), "--benefit", "hjelpestonad",
                 "--outcome", "refused", "--person", "x", "--date", "2024-09-01"]) == 2
    assert capsys.readouterr().err.strip() == "asb check-decision: --person: 'x' er ikke med i familien"


def test_apply_and_check_decision_read_the_files_dont_know_answers(capsys, tmp_path):
    # README: a "don't know" to a number goes in the file's `unknown`, and the --json answers of `asb apply` and
    # `asb check-decision` mark it `answered_unknown`, as the API does with a request's `unknown` (ADR 0038).
    # Pleiepenger (ftrl § 9-11) are paid from the caregiver's income: left "don't know", the right stays open naming it.
    family = tmp_path / "family.yaml"
    family.write_text("caregivers:\n  - {id: mor, birth_date: 1990-05-05, employment: employee, has_worked_four_weeks: yes}\n"
                      "children:\n  - {id: nora, birth_date: 2017-02-11, has_illness_or_extra_needs: yes, has_lasting_illness: yes}\n"
                      "unknown:\n  - {fact: yearly_income, person: mor}\n", encoding="utf-8")
    assert main(["apply", str(family), "--date", "2024-09-01", "--json"]) == 0
    packets = json.loads(capsys.readouterr().out)
    pleiepenger = next(r for p in packets["packets"] for r in p["rights"] if r["benefit"] == "pleiepenger")
    assert {(m["fact"], m["person"]) for m in pleiepenger["missing_facts"] if m["answered_unknown"]} == {("yearly_income", "mor")}
    arguments = ["check-decision", str(family), "--benefit", "pleiepenger", "--person", "mor", "--outcome", "refused"]
    assert main([*arguments, "--date", "2024-09-01", "--json"]) == 0
    check = json.loads(capsys.readouterr().out)
    assert {(m["fact"], m["person"]) for m in check["missing_facts"] if m["answered_unknown"]} == {("yearly_income", "mor")}


def test_check_decision_says_a_changes_status_in_the_rights_own_words(capsys):
    # Review s21 diff M3: Olav (child-diabetes) refused SFO; a yes to special needs would make him covered by the offer
    # the kommune must have (opplæringsloven § 13-7), which the «~» line says, not «Du har rett».
    arguments = ["check-decision", "child-diabetes", "--benefit", "sfo", "--person", "olav", "--outcome", "refused",
                 "--date", "2024-09-01"]
    assert main(arguments) == 0
    changes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("~ ")]
    assert any(line.endswith("→ Ja: Omfattet av tilbudet kommunen skal ha") for line in changes), changes
    assert not any("Du har rett" in line for line in changes), changes


def test_the_citations_note_is_said_where_the_check_cites_a_source():
    # Review s21 diff L11: the page showed the note always, the CLI only with conditions. One rule on both (ADR 0040):
    # the note goes with what the check cites, its conditions or the provisions its draft refers to.
    from datetime import date

    from openfisca_asb.answer.decision_check import Decision, check_decision
    from openfisca_asb.cli.check_decision import render_check
    from openfisca_asb.facts.examples import example_family

    check = check_decision(example_family("school-child-autism-single-parent"), date(2024, 9, 1),
                           Decision("hjelpestonad", "refused"), "en")
    assert check.conditions and check.draft_complaint and check.citations_note in render_check(check)
    draft_only = check.model_copy(update={"conditions": []})
    assert check.citations_note in render_check(draft_only)
    nothing_cited = check.model_copy(update={"conditions": [], "draft_complaint": None})
    assert check.citations_note not in render_check(nothing_cited)


@pytest.mark.parametrize("reason", ["Avslag for 01018012345", "Avslag 010180-12345", "Avslag 01.01.80 12345"])
def test_check_decision_refuses_a_reason_with_a_fodselsnummer_as_the_api_does(capsys, reason):
    # Review s22 M4: the reason is printed into the draft complaint; a fødselsnummer (born 1 January 1980, written
    # together or in groups) is refused in the API's words (facts/free_text.py), exit 2, and never printed.
    arguments = ["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "refused", "--reason", reason]
    assert main(arguments) == 2
    output = capsys.readouterr()
    assert output.err.strip() == "asb check-decision: --reason: begrunnelsen ser ut som et fødselsnummer: ikke send fødselsnummer"
    assert "12345" not in output.out + output.err
    assert main([*arguments, "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "asb check-decision: --reason: the reason looks like a national identity number: do not send it"


def test_check_decision_refuses_a_reason_that_would_print_reversed(capsys):
    # U+202E (right-to-left override) would print the rest of the complaint letter reversed.
    arguments = ["check-decision", str(EXAMPLE), "--benefit", "hjelpestonad", "--outcome", "refused", "--reason", "a\u202eevil"]
    assert main(arguments) == 2
    assert "--reason: begrunnelsen inneholder et kontrolltegn" in capsys.readouterr().err
