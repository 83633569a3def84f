"""`asb timeline FAMILY.yaml --years 5`: the rights that start, change and end ahead, and what to do before each."""

import json
from datetime import date

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import DEFAULT_YEARS, MAX_YEARS
from openfisca_asb.cli.checks import CliProblem, checked_date, checked_reform, family_on
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.rules.dates import range_text

WORDS = {
    "nb": {"title": "Hva skjer framover?", "because": "Fordi", "law": "Lov", "do": "Gjør", "by": "senest", "if": "Forutsetning",
           "assumes_law": "Bygger på at loven og satsene per {date} gjelder uendret.",
           "notes": "Merk", "none": "Ingen endringer i rettighetene i perioden.", "years": "--years: et helt antall år fra 1 til {max}"},
    "en": {"title": "What happens next", "because": "Because", "law": "Law", "do": "Do", "by": "by", "if": "Provided",
           "assumes_law": "Assumes that the law and rates of {date} continue unchanged.",
           "notes": "Notes", "none": "No changes in the rights in the period.", "years": "--years: a whole number of years from 1 to {max}"},
}


def register(command) -> None:
    command.add_argument("family", help=said("path to the family file (see examples/)", "sti til familiefilen (se examples/)"))
    command.add_argument("--date", help=said(f"the date to start from (YYYY-MM-DD, {range_text('en')}; default today)",
                                             f"datoen tidslinjen starter fra (ÅÅÅÅ-MM-DD, {range_text('nb')}; standard: i dag)"))
    command.add_argument("--years", type=int, default=DEFAULT_YEARS, help=said(f"years ahead, 1 to {MAX_YEARS} (default {DEFAULT_YEARS})",
                                                                               f"antall år framover, 1 til {MAX_YEARS} (standard: {DEFAULT_YEARS})"))
    command.add_argument("--reform", help=said("a reform or pilot id (see `asb reform list`) or a path to a reform file (YAML or Python): "
                                               "the events under its rules, where it applies to the family",
                                               "id-en til en reform eller et forsøk (se `asb reform list`) eller stien til en reformfil "
                                               "(YAML eller Python): hendelsene etter reglene i den, der den gjelder for familien"))
    add_language(command, said("language of the answer", "språket i svaret"))
    command.add_argument("--json", action="store_true", help=said("print the full timeline as JSON", "skriv ut hele tidslinjen som JSON"))
    command.set_defaults(run=run)


def run(arguments) -> int:
    if not 1 <= arguments.years <= MAX_YEARS:
        raise CliProblem(WORDS["en"]["years"].format(max=MAX_YEARS), WORDS["nb"]["years"].format(max=MAX_YEARS))
    start = checked_date(arguments.date) or date.today()
    family = family_on(arguments.family, start, arguments.lang)
    answer = timeline(family, start, arguments.years, language=arguments.lang, reform=checked_reform(arguments.reform))
    if arguments.json:
        print(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render(answer))
    return 0


def render(answer) -> str:
    """The events by date, each with why, the law, a condition where one holds, and what to do by when."""
    words = WORDS[answer.language]
    lines = [f"{words['title']} {answer.from_date} – {answer.to_date}" + (f" ({answer.reform})" if answer.reform else ""), ""]
    if not answer.events:
        lines.append(words["none"])
    for event in answer.events:
        who = f" ({event.person})" if event.person else ""
        lines.append(f"{event.date}  {event.text}{who}")
        if event.per_day:
            lines.append(f"    {event.per_day.text}")
        lines.append(f"    {words['because']}: {'; '.join(f'{t.text} ({t.date})' for t in event.because)}")
        lines.append(f"    {words['law']}: {'; '.join(p.cited() for p in event.provisions)}")
        if event.condition:
            lines.append(f"    {words['if']}: {event.condition}")
        if event.assumes_law_of:
            lines.append(f"    {words['assumes_law'].format(date=event.assumes_law_of)}")
        for action in event.actions:
            by = f" ({words['by']} {action.act_by})" if action.act_by else ""
            lines.append(f"    {words['do']}{by}: {action.text} {action.lead_time}")
    lines += ["", f"{words['notes']}:"]
    lines += [f"- {note.date + ': ' if note.date else ''}{note.text}" for note in answer.notes]
    lines.append(f"model {answer.model_version}")
    return "\n".join(lines)
