"""`asb entitlements FAMILY.yaml`: the family's rights as a table, or JSON."""

import json
from datetime import date

from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.assembler import NO_BINDING_RULE
from openfisca_asb.answer.grades_by_age import assumed_text
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.catalogue import catalogue
from openfisca_asb.cli.answer_sections import WORDS as SECTION_WORDS, or_more, render_contacts, render_total
from openfisca_asb.cli.checks import checked_date, family_file_on
from openfisca_asb.cli.conditions import condition_line
from openfisca_asb.cli.questions import grouped_lines
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.rules.dates import range_text
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.rules.status import STATUS_TEXT

LABELS = {
    "nb": {"benefit": "Ytelse", "person": "Gjelder", "status": "Status", "amount": "Beløp", "missing": "Mangler", "note": "Merk",
           "month": "mnd", "year": "år", "family": "familien", "week": "uke", "once": "én gang",
           "days": "dager", "hours": "timer", "periods": "Perioder", "weekdays": "hverdager", "basis": "Beregningsgrunnlag",
           "paid_by": "Hvem betaler dagene", "part_of": "del av perioden",
           "outside_periods": "utenfor periodene som er oppgitt: barnets svar gjelder",
           "conditions": "Vilkår og lovgrunnlag", "assumed": "Dette har vi antatt", "why": "Hvorfor", "up_to": "inntil",
           "or_more": "eller mer"},
    "en": {"benefit": "Benefit", "person": "For", "status": "Status", "amount": "Amount", "missing": "Missing", "note": "Note",
           "month": "month", "year": "year", "family": "the family", "week": "week", "once": "once",
           "days": "days", "hours": "hours", "periods": "Periods", "weekdays": "weekdays", "basis": "Calculation basis",
           "paid_by": "Who pays the days", "part_of": "part of the period",
           "outside_periods": "outside the periods given: the child's answers apply",
           "conditions": "Conditions and legal sources", "assumed": "What we have assumed", "why": "Why", "up_to": "up to",
           "or_more": "or more"},
}


def register(command) -> None:
    command.add_argument("family", help=said("path to the family file (see examples/)", "sti til familiefilen (se examples/)"))
    command.add_argument("--date", help=said(f"the date asked about (YYYY-MM-DD, {range_text('en')}; default today)",
                                             f"datoen svaret skal gjelde for (ÅÅÅÅ-MM-DD, {range_text('nb')}; standard: i dag)"))
    add_language(command, said("language of the answer", "språket i svaret"))
    command.add_argument("--json", action="store_true", help=said("print the full answer as JSON", "skriv ut hele svaret som JSON"))
    command.set_defaults(run=run)


def run(arguments) -> int:
    on = checked_date(arguments.date) or date.today()
    family, unknown = family_file_on(arguments.family, on, arguments.lang)
    step = run_interview(family, on, language=arguments.lang, unknown=keys_of(unknown))
    if arguments.json:
        print(json.dumps(step.answer.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render_table(step.answer, [question for question in step.questions if question.settles]))
    return 0


def _who(result) -> str:
    """ " (person)" after a right's name, or nothing for a family right."""
    return f" ({result.person})" if result.person else ""


def _money(value: float, unit: str, words) -> str:
    if unit == "NOK":
        return kroner_text(value)
    return f"{value:g} {words[unit]}"


def _amount(result, words) -> str:
    if result.folded_into is not None:  # an "entitled" zero paid as another right: said in that right's note
        return ""
    at_least = "≥ " if result.amount_is_lower_bound else ""  # ADR 0009: the amount is a lower bound
    if result.amount is not None:
        return f"{at_least}{_money(result.amount.value, result.amount.unit, words)}/{words[result.amount.period]}"
    if result.range is not None:
        low = _money(result.range.min, result.range.unit, words)
        high = _money(result.range.max, result.range.unit, words)
        if result.range.min == 0 and not at_least:  # «inntil 40 dager», not «0 dager – 40 dager» (review s16)
            return f"{words['up_to']} {high}/{words[result.range.period]}"
        # A lower-bound range is «… eller mer», as the page says it (review s24 page L5).
        more = or_more(result.range.min, result.range.max, result.amount_is_lower_bound, words)
        return f"{low} – {high}/{words[result.range.period]}{more}"
    return ""


def _shown(answer) -> list:
    """The lines that are rights: one folded into another right is told in that right's note."""
    return [r for r in answer.benefits if r.folded_into is None]


def _folded_notes(answer, words) -> list[str]:
    by_key = {(r.benefit, r.person): r for r in answer.benefits}
    lines = []
    for result in answer.benefits:
        if result.folded_into is None:
            continue
        into = by_key[(result.folded_into.benefit, result.person)]
        lines.append(f"{words['note']} – {into.name}{_who(into)}: {result.name}: {result.folded_into.text}")
    return lines


def _blocks(answer, part: str, heading: str, line) -> list[str]:
    """A block per right that has `part` (a list on the result): a heading, then one indented line each."""
    lines = []
    for result in answer.benefits:
        if not getattr(result, part):
            continue
        who = _who(result)
        lines.append(f"{heading} – {result.name}{who}:")
        lines += [f"  {line(item)}" for item in getattr(result, part)]
    return lines


def _period_lines(answer, words) -> list[str]:
    """Each piece of the month a caseworker's care periods cut it into: days, grade, amount and reason (ADR 0021),
    and the period given it is part of, or that it lies outside every period given (review s22 caseworker M2)."""
    return _blocks(answer, "periods", words["periods"], lambda p: (
        f"{p.first_day} – {p.last_day}: {p.weekdays} {words['weekdays']}, {p.grade:g} %, "
        f"{_money(p.amount, 'NOK', words)} – {p.reason.text if p.reason else STATUS_TEXT[p.status].in_language(answer.language)} "
        f"({_part_of(p, words)})"
    ))


def _part_of(piece, words) -> str:
    """«del av perioden 2025-12-15 – 2026-01-09 for liam», or that no period given covers the piece."""
    if not piece.part_of:
        return words["outside_periods"]
    return "; ".join(f"{words['part_of']} {given.first_day} – {given.last_day}" + (f" for {given.child}" if given.child else "")
                     for given in piece.part_of)


def _condition_lines(answer, words) -> list[str]:
    """Each right's conditions with their outcome and sources, a line each (as `asb check-decision` prints them),
    then once which wording the citations are to (ADR 0040)."""
    shown = {(r.benefit, r.person) for r in _shown(answer)}
    kept = answer.model_copy(update={"benefits": [r for r in answer.benefits if (r.benefit, r.person) in shown]})
    lines = _blocks(kept, "conditions", words["conditions"], condition_line)
    return [*lines, answer.citations_note] if lines else []


def _basis_lines(answer, words) -> list[str]:
    """Each entitled right's calculation basis (beregningsgrunnlag, daily rate, who is paid), a line each."""
    return _blocks(answer, "calculation_basis", words["basis"], lambda line: f"{line.text}: {_basis_value(line, words)}")


def _paid_by_lines(answer, words) -> list[str]:
    """Who pays which of a caregiver's omsorgspenger days (ftrl §§ 9-8, 9-9), a line each."""
    return _blocks(answer, "days_by_payer", words["paid_by"], lambda part: part.text)


def _basis_value(line, words) -> str:
    if line.unit == "NOK":
        return _money(line.value, "NOK", words)
    return f"{line.value:g} %" if line.unit == "percent" else f"{line.value:g}"


def _reasons(answer, words) -> list[str]:
    """Why each right shown is refused, or left to be assessed for a rule of its own (grunnstønad's rates not
    found): the binding condition or rule, in the answer's own words (as on the page)."""
    return [f"{words['why']} – {r.name}{_who(r)}: {r.reason.text}" for r in _shown(answer) if r.reason is not None
            and (r.status == "not_entitled" or (r.status == "to_be_assessed" and r.reason.code != NO_BINDING_RULE))]


def _assumed_lines(answer, words) -> list[str]:
    """What the answer assumed where the family was silent (a school grade by age, ADR 0026): one line naming
    each child once, as the page does, however many conditions read the grades."""
    grades = {g.child: g.grade for result in answer.benefits for c in result.conditions for g in c.assumed_grades or ()}
    if not grades:
        return []
    text = assumed_text(grades, answer.language)
    return [f"{words['assumed']}:", f"  - {text[:1].upper()}{text[1:]}."]


def _meaning_not_paid(result) -> str | None:
    """What a shown amount is, where it is not money paid to the family (a loan, a fee, pension earning): the
    catalogue's `amount_meaning`, as the page shows it beside the amount."""
    shown = result.amount is not None or result.range is not None
    return result.amount_meaning if shown and not catalogue()[result.benefit].in_family_total else None


def render_table(answer, missing=()) -> str:
    """The rights as a table; below it the `missing` questions that can settle a right, once each, grouped by person."""
    words = LABELS[answer.language]
    header = (words["benefit"], words["person"], words["status"], words["amount"])
    rows = [
        (r.name, r.person or words["family"], r.status_text + (" *" if r.unverified_rate else ""), _amount(r, words))
        for r in _shown(answer)
    ]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(4)]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if missing:
        lines.append(f"{words['missing']}:")
        lines += grouped_lines(missing, answer.language, prefix="  ")
    lines += _assumed_lines(answer, words)
    for result in answer.benefits:
        who = _who(result)
        notes = (result.amount_note.text if result.amount_note is not None else None, result.no_range_reason,
                 _meaning_not_paid(result), *result.notes)
        lines += [f"{words['note']} – {result.name}{who}: {note}" for note in notes if note is not None]
    lines += _folded_notes(answer, words)
    lines += _reasons(answer, words)
    lines += _period_lines(answer, words)
    lines += _basis_lines(answer, words)
    lines += _paid_by_lines(answer, words)
    lines += _condition_lines(answer, words)
    if any(r.unverified_rate for r in answer.benefits):
        lines.append(f"* {SECTION_WORDS[answer.language]['unverified']}.")
    lines += ["", *render_total(answer, _money), "", *render_contacts(answer)]
    lines.append(f"model {answer.model_version} · {answer.legal_date}")
    return "\n".join(lines)
