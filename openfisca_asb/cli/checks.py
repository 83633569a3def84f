"""The checks every `asb` command makes on its input, with one line naming the problem (exit 2).

Dates are checked against the same range as the API (openfisca_asb/rules/dates.py), a
family against the date asked (nobody born after it, a school grade that fits the age),
in the language chosen with --lang. A family file that says the day it describes (`date:`,
as every example does) has its grades moved to the date asked first, said in one line on
stderr (described_date.py, ADR 0030).
"""

import sys
from datetime import date
from pathlib import Path

from openfisca_asb.cli.problem import CliProblem
from openfisca_asb.facts.described_date import DATE, born_after_described, described_grade_problems, family_moved
from openfisca_asb.facts.family_file import FamilyFileError, read_family_file
from openfisca_asb.rules.dates import family_date_problems, parse_date


def checked_date(text: str | None, flag: str = "--date", projection: bool = False) -> date | None:
    """A date given on the command line, inside the model's range (with `projection`, a drafter's command: to the
    projection horizon, ADR 0044); None when not given."""
    if text is None:
        return None
    on, problem = parse_date(text.strip(), flag, projection)
    if problem is not None:
        raise CliProblem(f"{flag}: {problem.en}", f"{flag}: {problem.nb}")
    return on


def one_line(text: str) -> str:
    """A message of several lines as one: «familien er ugyldig: caregivers.0 …; children.1 …»."""
    parts = [part.strip() for part in str(text).splitlines() if part.strip()]
    return "".join(part + ("" if i == len(parts) - 1 else " " if part.endswith(":") else "; ") for i, part in enumerate(parts))


def family_on(path: str, on: date, language: str = "nb"):
    """The family in `path`, valid on the date asked."""
    return family_file_on(path, on, language)[0]


def family_file_on(path: str, on: date, language: str = "nb"):
    """The family in `path`, valid on the date asked, and the questions the file lists as answered "don't know"."""
    try:
        family, unknown, described = read_family_file(path)
    except FamilyFileError as error:
        raise CliProblem(one_line(error), one_line(error.nb)) from error
    return checked_family(family, on, path, described, language), unknown


def family_or_example_on(name: str, on: date | None, language: str = "nb"):
    """(the family, the questions its file lists as answered "don't know", the date asked) for a family file or an
    example family's name (asb example), valid on the date: `on`, else today for a file and the day the example
    describes for an example."""
    if Path(name).is_file():
        on = on or date.today()
        return *family_file_on(name, on, language), on
    family, unknown, described = example_on(name)
    on = on or described
    return checked_family(family, on, name, described, language), unknown, on


def example_on(name: str):
    """(the example family, the questions it lists as answered "don't know", the day it describes), or the problem
    naming the examples there are."""
    from openfisca_asb.facts.examples import example_file, example_names

    try:
        return example_file(name)
    except KeyError as error:
        known = ", ".join(example_names())
        raise CliProblem(f"{name}: no such file and no example family of that name; examples: {known}",
                         f"{name}: ingen slik fil og ingen eksempelfamilie med det navnet; eksempler: {known}") from error


def checked_family(family, on: date, label: str, described: date | None = None, language: str = "nb"):
    """The family on `on` (its grades moved there from the day it `described`, said on stderr), if nobody is born
    after `described` nor after `on`, and each school grade fits the child's age on both: the API's checks of
    `family_date` and `date`, in its words (api/models.py)."""
    given = [] if described is None else born_after_described(family, described, DATE) or \
        described_grade_problems(family, described, DATE)
    if given:
        raise CliProblem(f"{label}: {given[0].en}", f"{label}: {given[0].nb}")
    family, moved = family_moved(family, described, on)
    if moved is not None:
        print(f"{label}: {moved.text(language)}", file=sys.stderr)
    problems = family_date_problems(family, on)
    if problems:
        raise CliProblem(f"{label}: {problems[0].en}", f"{label}: {problems[0].nb}")
    return family


def checked_reform(name: str | None, flag: str = "--reform"):
    """The reform or pilot named by id (see `asb reform list`) or by a file path; None when not given."""
    if name is None:
        return None
    from openfisca_asb.drafting.errors import ReformError, UnknownReform  # here: only commands taking --reform load drafting
    from openfisca_asb.drafting.loading import resolve_reform

    try:
        return resolve_reform(name)
    except UnknownReform as error:
        known = ", ".join(error.known)
        raise CliProblem(f"{flag}: no reform '{name}'; known: {known}", f"{flag}: ingen reform '{name}'; kjente: {known}") from error
    except ReformError as error:
        raise CliProblem(f"{flag}: {one_line(error.describe('en'))}", f"{flag}: {one_line(error.describe('nb'))}") from error
