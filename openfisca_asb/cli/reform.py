"""`asb reform list|show|validate|compare`: reforms and Trial Act pilots for drafters.

A reform is named by its id (a file in reforms/) or by the path to a YAML file.
Exit codes: 0 done (validate: allowed), 1 validate: rejected, 2 bad input (an invalid reform, or a
structural reform that fails while it runs), 3 validate: needs judgement (a person must judge, or the tool could not
check: each such line says NOT CHECKED).
"""

import json
import sys
from datetime import date

from openfisca_asb.drafting.calendar_years import calendar_year_changes, warnings as calendar_year_warnings
from openfisca_asb.drafting.comparison import compare, value_caveat
from openfisca_asb.drafting.plausibility import plausibility_warnings
from openfisca_asb.drafting.projection import projection
from openfisca_asb.facts.examples import example_names
from openfisca_asb.cli.argument_errors import NOT_NEGATIVE, value_error, whole_number, within
from openfisca_asb.cli.checks import checked_date, checked_family, example_on, family_on
from openfisca_asb.cli.answer_sections import WORDS as SECTION_WORDS
from openfisca_asb.cli.help_texts import ACTION, said
from openfisca_asb.cli.language import ACTION_LANGUAGE, add_language
from openfisca_asb.drafting.overrides import value_on, value_with_unit
from openfisca_asb.rules.dates import LAST_DATE, projection_range_text
from openfisca_asb.drafting.reference_population import DEFAULT_SEED, DEFAULT_SIZE
from openfisca_asb.drafting.errors import ReformError, UnknownReform
from openfisca_asb.drafting.loading import available_reforms, load_reform, resolve_reform
from openfisca_asb.drafting.summary import reform_summary
from openfisca_asb.drafting.validation import validate
from openfisca_asb.parameter_tree import find
from openfisca_asb.population.defaults import MAX_SEED
from openfisca_asb.system import baseline_system
from openfisca_asb.rules.money import kroner_text
from openfisca_asb.version import MODEL_VERSION

WORDS = {
    "nb": {"benefit": "Ytelse", "person": "Gjelder", "before": "Før", "after": "Etter", "difference": "Forskjell",
           "family": "familien", "month": "mnd", "year": "år", "week": "uke", "once": "én gang", "days": "dager", "hours": "timer",
           "applies": "reformen gjelder", "no_change": "Ingen ytelser endres for denne familien.", "why": "Hvorfor",
           "allowed": "TILLATT", "rejected": "AVVIST", "needs_judgement": "MÅ VURDERES AV EN PERSON",
           "checked": "Sjekket {families} familier ({examples} eksempler og {generated} genererte, frø {seed}) på {dates}.",
           "nothing_checked": "Ingen familie er sjekket: det var ingen dato å sjekke.",
           "not_checked": "Ikke sjekket av verktøyet (forsøksloven)",
           "loss_exact": "et tap på {}", "loss_at_most": "et tap på minst {}", "loss_at_least": "et tap på høyst {}",
           "loss_uncertain": "et tap på {} (usikkert)",
           "losses": "Dårligere for", "payer": "betaler", "pilot": "Forsøk", "parameters": "Parametere",
           "structural": "Strukturell reform (Python): {doc}", "baseline": "nå", "rows": "ytelser",
           "invalid": "reformen er ugyldig", "note": "Merk",
           "at_most": "{} eller mindre", "at_least": "{} eller mer", "uncertain": "{} (usikker)", "no_families": "oppgi minst én familiefil, eller --examples"},
    "en": {"benefit": "Benefit", "person": "For", "before": "Before", "after": "After", "difference": "Difference",
           "family": "the family", "month": "month", "year": "year", "week": "week", "once": "once", "days": "days", "hours": "hours",
           "applies": "the reform applies", "no_change": "No benefit changes for this family.", "why": "Why",
           "allowed": "ALLOWED", "rejected": "REJECTED", "needs_judgement": "NEEDS JUDGEMENT",
           "checked": "Checked {families} families ({examples} examples and {generated} generated, seed {seed}) on {dates}.",
           "nothing_checked": "No family was checked: there was no date to check.",
           "not_checked": "Not checked by the tool (forsøksloven)",
           "loss_exact": "a loss of {}", "loss_at_most": "a loss of at least {}", "loss_at_least": "a loss of at most {}",
           "loss_uncertain": "a loss of {} (uncertain)",
           "losses": "Worse off", "payer": "payer", "pilot": "Pilot", "parameters": "Parameters",
           "structural": "Structural reform (Python): {doc}", "baseline": "now", "rows": "benefits",
           "invalid": "the reform is not valid", "note": "Note",
           "at_most": "{} or less", "at_least": "{} or more", "uncertain": "{} (uncertain)", "no_families": "give at least one family file, or --examples"},
}


def register(command) -> None:
    add_language(command, ACTION_LANGUAGE)
    actions = command.add_subparsers(dest="action", metavar=ACTION, required=True)

    listing = actions.add_parser("list", help=said("the reforms and pilots in reforms/", "reformene og forsøkene i reforms/"))
    _common(listing)
    listing.set_defaults(run=run_list)

    show = actions.add_parser("show", help=said("a reform's metadata, parameters and pilot scope",
                                                "en reforms metadata, parametere og forsøksområde"))
    show.add_argument("reform", help=said("a reform id (see `asb reform list`) or a path to a reform file (YAML, or Python for a structural reform)",
                                          "id-en til en reform (se `asb reform list`) eller stien til en reformfil "
                                          "(YAML, eller Python for en strukturell reform)"))
    show.add_argument("--date", help=said(f"show parameter values on this date (YYYY-MM-DD, {projection_range_text('en')}; "
                                          f"after {LAST_DATE} a projection)",
                                          f"vis parameterverdiene på denne datoen (ÅÅÅÅ-MM-DD, {projection_range_text('nb')}; "
                                          f"etter {LAST_DATE} en framskriving)"))
    _common(show)
    show.set_defaults(run=run_show)

    check = actions.add_parser("validate", help=said("check a reform, and a pilot against forsøksloven (4 + 2 years, no right taken away); "
                                                     "exit code 0 allowed, 1 rejected, 2 bad input, 3 needs judgement (a person must judge)",
                                                     "sjekk en reform, og et forsøk mot forsøksloven (4 + 2 år, ingen rettighet tatt bort); "
                                                     "avslutningskode 0 tillatt, 1 avvist, 2 feil i det som er gitt, 3 må vurderes av en person"))
    check.add_argument("reform", help=said("a reform id or a path to a reform file (YAML or Python)",
                                           "id-en til en reform eller stien til en reformfil (YAML eller Python)"))
    check.add_argument("--population", type=_count, default=DEFAULT_SIZE,
                       help=said(f"size of the reference population (default {DEFAULT_SIZE})",
                                 f"størrelsen på referansebefolkningen (standard: {DEFAULT_SIZE})"))
    check.add_argument("--seed", type=within(0, MAX_SEED), default=DEFAULT_SEED,
                       help=said(f"seed of the reference population, 0 to {MAX_SEED} (default {DEFAULT_SEED})",
                                 f"frøet til referansebefolkningen, 0 til {MAX_SEED} (standard: {DEFAULT_SEED})"))
    _common(check)
    check.set_defaults(run=run_validate)

    comparing = actions.add_parser("compare", help=said("baseline against the reform for one or more families",
                                                        "reglene nå mot reformen for én eller flere familier"))
    comparing.add_argument("reform", help=said("a reform id or a path to a reform file (YAML or Python)",
                                               "id-en til en reform eller stien til en reformfil (YAML eller Python)"))
    comparing.add_argument("families", nargs="*", help=said("family files (YAML or JSON, see examples/)",
                                                            "familiefiler (YAML eller JSON, se examples/)"))
    comparing.add_argument("--examples", action="store_true", help=said("compare every example family in examples/",
                                                                        "sammenlign alle eksempelfamiliene i examples/"))
    comparing.add_argument("--date", help=said(f"the date asked about (YYYY-MM-DD, {projection_range_text('en')}; after {LAST_DATE} "
                                               "a projection, the last known rules carried forward; default today)",
                                               f"datoen svaret skal gjelde for (ÅÅÅÅ-MM-DD, {projection_range_text('nb')}; etter {LAST_DATE} "
                                               "en framskriving, de siste kjente reglene ført videre; standard: i dag)"))
    comparing.add_argument("--all", action="store_true", help=said("show every benefit, not only those that change",
                                                                   "vis alle ytelser, ikke bare dem som endres"))
    _common(comparing)
    comparing.set_defaults(run=run_compare)


def _count(text: str) -> int:
    """A whole number, 0 or more."""
    value = whole_number(text)
    if value < 0:
        raise value_error(NOT_NEGATIVE, value)
    return value


def _common(parser) -> None:
    add_language(parser, said("language of the output", "språket i utskriften"))
    parser.add_argument("--json", action="store_true", help=said("print JSON", "skriv ut JSON"))


def _fail(message: str) -> int:
    print(f"asb reform: {message}", file=sys.stderr)
    return 2


def resolve(name: str):
    """A reform by id, or from a YAML or Python file when `name` is a path."""
    return resolve_reform(name)


def _load(arguments):
    try:
        return resolve(arguments.reform), None
    except UnknownReform as error:
        return None, _fail(error.in_language(arguments.lang))
    except ReformError as error:
        return None, _fail(f"{WORDS[arguments.lang]['invalid']}:\n{error.describe(arguments.lang)}")


def run_list(arguments) -> int:
    reforms = []
    for reform_id in available_reforms():
        try:
            reforms.append(load_reform(reform_id))
        except ReformError as error:
            return _fail(f"{WORDS[arguments.lang]['invalid']}:\n{error.describe(arguments.lang)}")
    if arguments.json:
        print(json.dumps({"model_version": MODEL_VERSION, "reforms": [reform_summary(r) for r in reforms]},  # GET /v1/reforms
                         ensure_ascii=False, indent=2, default=str))
        return 0
    for reform in reforms:
        scope = f"  [{_scope(reform.pilot)}]" if reform.pilot else ""
        print(f"{reform.id:<28} {reform.metadata.status:<9} {reform.metadata.title.in_language(arguments.lang)}{scope}")
    return 0


def _scope(pilot) -> str:
    names = ", ".join(f"{number} {name}".strip() for number, name in pilot.municipalities.items())
    return f"{names}; {pilot.start} – {pilot.end}"


def run_show(arguments) -> int:
    arguments.date = checked_date(arguments.date, projection=True)
    reform, failed = _load(arguments)
    if reform is None:
        return failed
    if arguments.json:
        print(json.dumps({"model_version": MODEL_VERSION, "reform": reform_summary(reform)},  # GET /v1/reforms/{id}
                         ensure_ascii=False, indent=2, default=str))
        return 0
    words, language = WORDS[arguments.lang], arguments.lang
    meta = reform.metadata
    lines = [f"{reform.id}: {meta.title.in_language(language)}", f"status: {meta.status} · {meta.author}", "",
             meta.summary.in_language(language).strip(), ""]
    lines += [f"- {source.title} {source.url}" for source in meta.legal_basis]
    if reform.kind == "structural":
        lines += ["", words["structural"].format(doc=(reform.reform_class.__doc__ or "").strip())]
    if reform.parameter_changes:
        lines += ["", f"{words['parameters']}:"]
        lines += [_change_line(change, reform, arguments.date, words, language) for change in reform.parameter_changes]
    notes = calendar_year_warnings(calendar_year_changes(reform), language) + plausibility_warnings(reform, language)
    shown_on = projection([arguments.date], language) if arguments.date else None  # values shown after the known rules
    notes += [shown_on.note] if shown_on else []
    lines += [""] + [f"! {note}" for note in notes] if notes else []
    if reform.pilot:
        pilot = reform.pilot
        lines += ["", f"{words['pilot']}: {_scope(pilot)}"]
        lines += [f"- {source.title} {source.url}" for source in pilot.legal_basis]
        for change in pilot.organisation:
            which = change.benefits if change.benefits == "all" else ", ".join(change.benefits)
            if change.agency:
                lines.append(f"  ({which}) → {change.agency.in_language(language)}")
    print("\n".join(lines))
    return 0


def _change_line(change, reform, on, words, language) -> str:
    """A value the reform sets, with the value in force beside it («nå: –» for a parameter the reform adds)."""
    leaf = find(reform.system.parameters, change.path)
    label = leaf.metadata.get("label_nb" if language == "nb" else "label_en") or ""
    day = on or change.start
    now = value_on(baseline_system().parameters, change.path, day)
    at_least, caveat = value_caveat(change.path, day, language)
    since = "fra" if language == "nb" else "from"
    now_text = f"{at_least}{value_with_unit(now, change.unit, language)}" + (f"; {caveat}" if caveat else "")
    return (f"  {change.path} ({label}): {value_with_unit(change.after, change.unit, language)} {since} {change.start} "
            f"({words['baseline']}: {now_text})")


def run_validate(arguments) -> int:
    reform, failed = _load(arguments)
    if reform is None:
        return failed
    report = validate(reform, arguments.lang, arguments.population, arguments.seed)
    if arguments.json:
        print(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render_validation(report))
    return EXIT_CODES[report.verdict]


EXIT_CODES = {"allowed": 0, "rejected": 1, "needs_judgement": 3}  # 2: bad input, as every command


def render_validation(report) -> str:
    words = WORDS[report.language]
    lines = [f"{report.reform}: {words[report.verdict]}"]
    lines += [f"- {problem.message}" for problem in report.problems]
    lines += [f"? {problem.message}" for problem in report.to_judge]  # what a person must judge
    lines += [f"! {report.projection.note}"] if report.projection else []  # a date checked after the known rules (ADR 0044)
    lines += [f"! {warning}" for warning in report.warnings]
    if report.losses:
        lines.append(f"{words['losses']}:")
        for loss in report.losses[:20]:
            lines.append(f"  {loss.family}, {loss.name} ({loss.person or words['family']}), {loss.date}: "
                         f"{_loss_state(loss.status_before_text, loss.range_before, loss, words)} → "
                         f"{_loss_state(loss.status_after_text, loss.range_after, loss, words)}"
                         + (f", {_bounded(loss, words)}" if loss.difference else ""))
        if len(report.losses) > 20:
            lines.append(f"  … ({len(report.losses)})")
    lines += _checked(report, words)
    if report.not_checked:
        lines.append(f"{words['not_checked']}:")
        lines += [f"  · {part}" for part in report.not_checked]
    return "\n".join(lines)


def _checked(report, words) -> list[str]:
    """Which families were checked on which dates; the generated ones are counted as checked, not as asked."""
    if not report.dates_checked:
        return [words["nothing_checked"]]
    examples = min(len(example_names()), report.families_checked)
    return [words["checked"].format(families=report.families_checked, examples=examples,
                                    generated=report.families_checked - examples, seed=report.seed,
                                    dates=", ".join(report.dates_checked))]


def _loss_state(text, range_, loss, words) -> str:
    """A status in the right's own words, with the range it leaves open where no amount shows the loss (a lower
    «to be assessed» range; review s16d drafter F6)."""
    if loss.difference or range_ is None:
        return text
    return f"{text} ({_amount(range_.min, range_, words)} – {_amount(range_.max, range_, words)})"


def _bounded(loss, words) -> str:
    """The loss with its unit (review s16d drafter F5), said as a loss: «a loss of at least 263 kr/month» where the
    difference is −263 or less (review s21 drafter L6)."""
    shown = _amount(abs(loss.difference), loss.amount_after or loss.amount_before, words)
    if loss.difference > 0:  # a row worse off in its status or range while its amount rose
        return _amount(loss.difference, loss.amount_after or loss.amount_before, words, sign="+")
    return words[f"loss_{loss.difference_bound}"].format(shown)


def _families(arguments, on: date):
    paths = list(arguments.families)
    labels, families = [], []
    for path in paths:
        families.append(family_on(path, on, arguments.lang))
        labels.append(path)
    if arguments.examples:
        for name in example_names():
            family, _, described = example_on(name)
            families.append(checked_family(family, on, name, described, arguments.lang))
            labels.append(name)
    return labels, families


def run_compare(arguments) -> int:
    on = checked_date(arguments.date, projection=True) or date.today()
    reform, failed = _load(arguments)
    if reform is None:
        return failed
    labels, families = _families(arguments, on)
    if not families:
        return _fail(WORDS[arguments.lang]["no_families"])
    comparison = compare(reform, families, on, arguments.lang, labels=labels)
    if arguments.json:
        print(json.dumps(comparison.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render_comparison(comparison, show_all=arguments.all))
    return 0


def render_comparison(comparison, show_all: bool = False) -> str:
    words = WORDS[comparison.language]
    lines = [f"{comparison.reform}: {comparison.title} · {comparison.legal_date}"]
    lines += [f"! {comparison.projection.note}"] if comparison.projection else []  # after the known rules (ADR 0044)
    lines += [f"! {warning}" for warning in comparison.warnings]
    shown = []
    for family in comparison.families:
        where = f" ({family.kommunenummer})" if family.kommunenummer else ""
        lines += ["", f"{family.family}{where}: {family.scope_note or words['applies']}"]
        rows = [r for r in [*family.benefits, *family.payer_view] if show_all or r.change != "unchanged"]
        shown += rows
        if not rows:
            lines.append(words["no_change"])
            continue
        lines += _table(rows, words)
        lines += _reasons(rows, words)
        lines += [f"  {words['note']} – {row.name} ({row.person or words['family']}): {row.difference_note}"
                  for row in rows if row.difference_note]
    if any(row.rate_unverified_before or row.rate_unverified_after for row in shown):  # the «*» of a row shown
        lines.append(f"\n* {SECTION_WORDS[comparison.language]['unverified']}.")
    lines.append(f"\nmodel {comparison.model_version}")
    return "\n".join(lines)


def _reasons(rows, words) -> list[str]:
    """Each reason once; a reason shared by many rows (a pilot's new entry point) is not repeated."""
    subjects: dict[str, list[str]] = {}
    for row in rows:
        for reason in row.why:
            subjects.setdefault(reason, []).append(f"{row.name} ({row.person or words['family']})")
    lines = []
    for reason, who in subjects.items():
        if len(who) > 3:
            lines.append(f"  {words['why']} ({len(who)} {words['rows']}): {reason}")
        else:
            lines += [f"  {subject}: {reason}" for subject in who]
    return lines


def _table(rows, words) -> list[str]:
    header = (words["benefit"], words["person"], words["before"], words["after"], words["difference"])
    cells = [
        (row.name + (f" ({words['payer']})" if row.payer_view else ""), row.person or words["family"],
         _state(row.status_before_text, row.amount_before, row.amount_before_is_lower_bound, row.rate_unverified_before, words),
         _state(row.status_after_text, row.amount_after, row.amount_after_is_lower_bound, row.rate_unverified_after, words),
         _difference(row, words))
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    table = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in [header, *cells]]
    table.insert(1, "  ".join("-" * width for width in widths))
    return table


def _state(status_text, amount, lower_bound: bool, unverified: bool, words) -> str:
    """Status in the right's own words (Benefit.status_words, as the answer says it) and amount, flagged as
    `asb entitlements` flags them: * a rate not verified, ≥ a lower bound (ADR 0009)."""
    text = status_text + (" *" if unverified else "")
    return f"{text}, {'≥ ' if lower_bound else ''}{_amount(amount.value, amount, words)}" if amount else text


def _amount(value: float, amount, words, sign: str = "") -> str:
    """An amount as `asb entitlements` shows it: kroner whole (kroner_text), other units as computed."""
    if amount.unit == "NOK":
        shown = kroner_text(abs(value))
        return f"{'-' if value < 0 else sign}{shown}/{words[amount.period]}"
    number = f"{value:{sign},.0f}" if value == round(value) else f"{value:{sign},.2f}"
    return f"{number.replace(',', ' ')} {words.get(amount.unit, amount.unit)}/{words[amount.period]}"


def _difference(row, words) -> str:
    amount = row.amount_after or row.amount_before
    if row.difference is None or amount is None or row.difference == 0:
        return ""
    shown = _amount(row.difference, amount, words, sign="+")
    return shown if row.difference_bound == "exact" else words[row.difference_bound].format(shown)
