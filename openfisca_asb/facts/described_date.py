"""The day a family file's facts describe (its `date:`), and the family moved from it to the date asked.

A school grade is given for one school year. A family file that says which day it describes (`date:
2024-09-01`, as each example family does and `asb example` prints in its request body) can be asked about on
any date the model covers: each given grade moves one grade up each 1 August between (`grade_moved`,
opplæringslova § 2-1), and the move is said in one line. Without `date:`, the grades are as given and one that
does not fit the date asked is refused (`family_date_problems`). ADR 0030.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.rules.dates import ISO_DATE_LENGTH, grade_moved
from openfisca_asb.rules.texts import Text

DATE = "date"
# The timeline's note says the same of the grades it moves on (timeline_notes.py): one definition.
GRADE_MOVES = Text(nb="Trinnet som er oppgitt for {children}, flyttes ett trinn opp hver 1. august.",
                   en="The grade given for {children} moves one grade up each 1 August.")
MOVED_TO = Text(nb="Familien er beskrevet {described}; {on} er det {grades}.",
                en="The family is described on {described}; on {on} that is {grades}.")
GRADE_FOR = Text(nb="trinn {grade} for {child}", en="grade {grade} for {child}")
NO_GRADE_FOR = Text(nb="ferdig med 13. trinn for {child}", en="past 13th grade for {child}")


@dataclass(frozen=True)
class GradesMoved:
    """The grades a family file gave for `described`, as they are on `on`: (child id, grade or None past 13th)."""

    described: date
    on: date
    grades: tuple[tuple[str, int | None], ...]

    def text(self, language: str) -> str:
        children = ", ".join(child for child, _ in self.grades)
        grades = ", ".join((GRADE_FOR if grade is not None else NO_GRADE_FOR).in_language(language).format(grade=grade, child=child)
                           for child, grade in self.grades)
        moved_to = MOVED_TO.in_language(language).format(described=self.described, on=self.on, grades=grades)
        return f"{GRADE_MOVES.in_language(language).format(children=children)} {moved_to}"


def family_moved(family, described: date | None, on: date):
    """(the family on `on`, what was moved or None): each grade given for `described` moved by the school years
    between. A child born after `on` is left as given, for the date check to refuse."""
    if described is None:
        return family, None
    children, moved = [], []
    for child in family.children:
        given = getattr(child, "school_grade", None)
        grade = given if given is None or child.birth_date > on else grade_moved(given, child.birth_date, described, on)
        if grade != given:
            moved.append((child.id, grade))
            child = child.model_copy(update={"school_grade": grade})
        children.append(child)
    if not moved:
        return family, None
    return family.model_copy(update={"children": children}), GradesMoved(described, on, tuple(moved))


def described_date(value) -> date | None:
    """A file's `date:` as a date (YAML reads 2024-09-01 as one, JSON gives the text); ValueError when it is not one."""
    if value is None or (isinstance(value, date) and not hasattr(value, "hour")):
        return value
    if isinstance(value, str) and len(value) == ISO_DATE_LENGTH:
        return date.fromisoformat(value)
    raise ValueError(value)
