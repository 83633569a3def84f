"""`asb check-decision FAMILY --benefit ID --outcome refused`: the model beside a decision (issue 18).

Prints the model's evaluation, what the decision may have turned on, the complaint
route and, where they differ, a draft complaint. Nothing is stored.
"""

import json
import sys

from pydantic_core import PydanticCustomError

from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.decision_check import (LEAST_AMOUNT, MOST_AMOUNT, OUTCOME_WITH_AMOUNT, Decision, DecisionInputError,
                                                 answer_words, check_decision)
from openfisca_asb.catalogue import catalogue
from openfisca_asb.cli.argument_errors import NOT_A_NUMBER, ONLY_WITH, OUTSIDE, value_error
from openfisca_asb.cli.checks import checked_date, family_or_example_on
from openfisca_asb.cli.conditions import condition_line
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.facts.free_text import REASON_GIVEN, checked_free_text


def register(command) -> None:
    command.add_argument("family", help=said("path to a family file, or the name of an example family",
                                             "sti til en familiefil, eller navnet på en eksempelfamilie"))
    command.add_argument("--benefit", required=True, choices=list(catalogue()), help=said("the right decided", "rettigheten vedtaket gjelder"))
    command.add_argument("--outcome", required=True, choices=("granted", "refused", "lower"),
                         help=said("what the decision said: granted, refused, or granted at a lower rate, grade or fewer hours",
                                   "hva vedtaket sa: innvilget (granted), avslag (refused) "
                                   "eller innvilget med lavere sats, grad eller færre timer (lower)"))
    command.add_argument("--person", default=None, help=said("whom the decision is about (a person id)", "hvem vedtaket gjelder (en persons id)"))
    command.add_argument("--amount", type=_amount, default=None, help=said("for a lower grant only (--outcome lower): the amount granted",
                                                                         "bare ved lavere innvilgelse (--outcome lower): beløpet som ble innvilget"))
    command.add_argument("--reason", default=None, help=said("the reason the decision gives", "begrunnelsen i vedtaket"))
    command.add_argument("--date", help=said("the date of the decision (YYYY-MM-DD; default today, or the day the examples describe for an example)",
                                             "datoen for vedtaket (ÅÅÅÅ-MM-DD; standard: i dag, "
                                             "eller dagen eksemplene beskriver for et eksempel)"))
    add_language(command, said("language of the check", "språket i svaret"))
    command.add_argument("--json", action="store_true", help=said("print the check as JSON", "skriv ut svaret som JSON"))
    command.set_defaults(run=run, parser=command)


def _amount(text: str) -> float:
    """The amount granted, inside the bounds the API's decision check takes (decision_check.py)."""
    try:
        value = float(text)
    except ValueError:
        raise value_error(NOT_A_NUMBER, text) from None
    if not LEAST_AMOUNT <= value <= MOST_AMOUNT:  # also refuses nan and inf
        raise value_error(OUTSIDE, text, least=_number(LEAST_AMOUNT), most=_number(MOST_AMOUNT))
    return value


def _refused_reason(reason: str | None, language: str) -> str | None:
    """Why the reason cannot be printed into the draft complaint, in `language`, as the API refuses
    decision.reason_given (a fødselsnummer, a control or direction character); None when it can."""
    try:
        checked_free_text(reason or "", *REASON_GIVEN)
    except PydanticCustomError as error:
        return error.context["nb"] if language == "nb" else error.message()
    return None


def _number(value: int) -> str:
    return f"{value:,}".replace(",", " ")


# The request field a refused decision names (DecisionInputError.field), as the option that gives it here.
FLAGS = {"decision.person": "--person", "decision.benefit": "--benefit", "decision.amount": "--amount"}


def run(arguments) -> int:
    if arguments.amount is not None and arguments.outcome != OUTCOME_WITH_AMOUNT:  # as the API refuses decision.amount
        arguments.parser.error("argument --amount: " + str(ONLY_WITH).format(
            needed=f"--outcome {OUTCOME_WITH_AMOUNT}", given=f"--outcome {arguments.outcome}"))
    refused = _refused_reason(arguments.reason, arguments.lang)
    if refused:
        print(f"asb check-decision: --reason: {refused}", file=sys.stderr)
        return 2
    family, unknown, on = family_or_example_on(arguments.family, checked_date(arguments.date), arguments.lang)
    try:
        decision = Decision(benefit=arguments.benefit, outcome=arguments.outcome, person=arguments.person,
                            amount=arguments.amount, reason_given=arguments.reason)
        check = check_decision(family, on, decision, arguments.lang, unknown=keys_of(unknown))
    except DecisionInputError as error:
        flag = FLAGS.get(error.field)
        print(f"asb check-decision: {flag + ': ' if flag else ''}{error.in_language(arguments.lang)}", file=sys.stderr)
        return 2
    if arguments.json:
        print(json.dumps(check.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render_check(check))
    return 0


def cites_sources(check) -> bool:
    """Whether the check cites a source, so that its note on which wording the citations are to is said: its
    conditions, or the provisions its draft refers to. The page shows the note by the same rule (portalStep.js)."""
    return bool(check.conditions or check.draft_complaint)


def render_check(check) -> str:
    who = f" ({check.person})" if check.person else ""
    lines = [f"{check.name}{who}: {check.model_status_text}", check.summary, ""]
    for condition in check.conditions:
        lines.append(f"- {condition_line(condition)}")
    if cites_sources(check):
        lines.append(check.citations_note)
    for point in check.may_have_turned_on:
        lines.append(f"? {point.text}")
    for change in check.what_would_change:
        value = answer_words(change.fact, change.value, check.language)
        lines.append(f"~ {change.question} → {value}: {change.new_status_text}")
    lines.append("")
    lines.append(check.complaint.text if check.complaint else check.complaint_text)
    if check.draft_complaint:
        lines += ["", check.draft_complaint.notice, "", check.draft_complaint.nb if check.language == "nb" else check.draft_complaint.en]
    lines.append(f"\n{check.not_stored}")
    return "\n".join(lines)
