"""`asb questions FAMILY.yaml`: the next questions for a family, grouped by person, the most decisive first.

The same interview as the page and POST /v1/interview (answer/interview.py); the family file is
the one `asb entitlements` reads. A "don't know" is "unknown" in it (a yes/no fact) or listed in its
`unknown` (a number, a text, a choice; as the page saves it): either way it is not asked again.
"""

import json
from datetime import date

from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.interview import run_interview
from openfisca_asb.catalogue import catalogue
from openfisca_asb.cli.checks import checked_date, family_file_on
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.facts.vocabulary import checklist_question, scale_question, scales
from openfisca_asb.rules.dates import range_text

WORDS = {
    "nb": {"heading": "Neste spørsmål, de mest avgjørende først (omtrent {n} igjen):",
           "heading_up_to": "Neste spørsmål, de mest avgjørende først (omtrent {n} igjen, opptil {high} hvis mye av det vi spør om, gjelder barnet):",
           "done": "Ingen flere spørsmål å stille.",
           "done_more": ("Ingen flere avgjørende spørsmål. Ett spørsmål til kan avgjøre en rettighet: kjør med --all.",
                         "Ingen flere avgjørende spørsmål. Omtrent {n} spørsmål til kan avgjøre én rettighet hver: kjør med --all."),
           "family": "Familien", "settles": "kan avgjøre", "and": "og"},
    "en": {"heading": "Next questions, the most decisive first (about {n} left):",
           "heading_up_to": "Next questions, the most decisive first (about {n} left, up to {high} if much of what we ask about applies to the child):",
           "done": "No more questions to ask.",
           "done_more": ("No more decisive questions. One more question can settle a right: run with --all.",
                         "No more decisive questions. About {n} more questions can each settle one right: run with --all."),
           "family": "The family", "settles": "can settle", "and": "and"},
}


def register(command) -> None:
    command.add_argument("family", help=said("path to the family file (see examples/)", "sti til familiefilen (se examples/)"))
    command.add_argument("--date", help=said(f"the date asked about (YYYY-MM-DD, {range_text('en')}; default today)",
                                             f"datoen svaret skal gjelde for (ÅÅÅÅ-MM-DD, {range_text('nb')}; standard: i dag)"))
    add_language(command, said("language of the questions", "språket i spørsmålene"))
    command.add_argument("--all", action="store_true", help=said("every question that can settle a right, not only the decisive ones",
                                                                 "alle spørsmål som kan avgjøre en rettighet, ikke bare de avgjørende"))
    command.add_argument("--json", action="store_true", help=said("print the questions as JSON", "skriv ut spørsmålene som JSON"))
    command.set_defaults(run=run)


def run(arguments) -> int:
    on = checked_date(arguments.date) or date.today()
    family, unknown = family_file_on(arguments.family, on, arguments.lang)
    step = run_interview(family, on, language=arguments.lang, unknown=keys_of(unknown),
                         depth="all" if arguments.all else "decisive")
    if arguments.json:
        print(json.dumps({
            "model_version": step.answer.model_version, "legal_date": step.answer.legal_date,  # as POST /v1/interview
            "questions": step.rows(arguments.lang), "next": step.next_rows(arguments.lang),
            "next_kind": step.next_kind,
            "scale": step.scale_asked,
            "checklist_question": checklist_question(step.checklist, arguments.lang) if step.checklist else None,
            "questions_left": step.questions_left, "questions_left_high": step.questions_left_high,
            "more_questions": step.more_questions,
        }, ensure_ascii=False, indent=2))
        return 0
    words = WORDS[arguments.lang]
    if not step.asked:
        more = step.more_questions
        print(words["done_more"][more > 1].format(n=more) if more else words["done"])
        return 0
    heading = words["heading"] if step.questions_left_high is None else words["heading_up_to"]
    print(heading.format(n=step.questions_left, high=step.questions_left_high))
    print("\n".join(step_lines(step.numbered_steps, arguments.lang, step.scale_asked)))
    return 0


def step_lines(steps: list[list], language: str, scale_asked: dict | None = None) -> list[str]:
    """The interview's numbered steps (`Interview.numbered_steps`: the numbers are the `step` of `--json`), under a
    heading for whom each is about (a new heading where it changes): a question alone, two lines or more of one
    checklist as one question with its lines to tick below it (ADR 0028), a question to each caregiver once under a
    heading naming them (ADR 0035), a scale with a line for each level (ADR 0036; `scale_asked`: the first step's,
    as the interview words it)."""
    lines: list[str] = []
    heading = object()
    for number, asked in enumerate(steps, 1):
        about = _about(asked, language)
        if about != heading:
            lines.append(about)
            heading = about
        lines += _question_lines(asked, f"{number:>3}.", language, scale_asked if number == 1 else None)
    return lines


def grouped_lines(questions, language: str, prefix: str = "") -> list[str]:
    """One heading per person (in the order first asked about), each question once below it: the missing facts."""
    by_person: dict[str, list] = {}
    for question in questions:
        by_person.setdefault(_about([question], language), []).append(question)
    lines = []
    for about, asked in by_person.items():
        lines.append(f"{prefix}{about}")
        lines += [line for question in asked for line in _question_lines([question], "-", language)]
    return lines


def _about(asked: list, language: str) -> str:
    """Whom a step is about: the person, the caregivers asked together («mor og far», «a, b og c»), or the family."""
    persons = list(dict.fromkeys(q.person for q in asked))
    if persons == [None]:
        return WORDS[language]["family"]
    return persons[0] if len(persons) == 1 else f"{', '.join(persons[:-1])} {WORDS[language]['and']} {persons[-1]}"


def _question_lines(asked: list, mark: str, language: str, scale_asked: dict | None = None) -> list[str]:
    if len(asked) > 1 and asked[0].fact in scales():  # a scale (ADR 0036): one answer among its levels
        scale = scale_asked or scale_question(scales()[asked[0].fact], language)
        return [f"  {mark} {scale['question']}{_settles(asked, language)}",
                *(f"  {' ' * len(mark)} ( ) {level['label']}" for level in scale["levels"])]
    if asked[0].checklist_key is None or len(asked) == 1:  # a choice among the persons: a line for each (its id)
        others = [answer["label"] for answer in asked[0].other_answers(language) or []] if asked[0].choices else []
        return [f"  {mark} {asked[0].question}{_settles(asked, language)}",
                *(f"  {' ' * len(mark)} ( ) {choice}" for choice in [*(asked[0].choices or []), *others])]
    return [f"  {mark} {checklist_question(asked[0].checklist_key[0], language)}",
            *(f"  {' ' * len(mark)} [ ] {q.checklist_item(language)}{_settles([q], language)}" for q in asked)]


def _settles(questions, language: str) -> str:
    benefits = dict.fromkeys(benefit for question in questions for benefit in question.settles)
    names = ", ".join(catalogue()[benefit].name.in_language(language) for benefit in benefits)
    return f" ({WORDS[language]['settles']}: {names})" if names else ""
