"""The day a family file's facts describe (its `date:`), and the family moved from it to the date asked.

A school grade is given for one school year. A family file that says which day it describes (`date:
2024-09-01`, as each example family does and `asb example` prints in its request body) can be asked about on
any date the model covers: each given grade moves one grade up each 1 August between (`grade_moved`,
opplæringslova § 2-1; down, to a date asked before the day described), and the move is said in one line, with
its direction. A grade that cannot be the child's on the day described
is refused before it is moved (`described_grade_problems`), as is a person born after that day
(`born_after_described`), and a moved grade refused on the date asked is
said with the grade given and the day it was given for (`moved_grade_problem`). Without `date:`, the grades are as given and one that
does not fit the date asked is refused (`family_date_problems`). ADR 0030.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.rules.dates import ISO_DATE_LENGTH, DateProblem, age_grade_said, grade_fits_age, grade_moved
from openfisca_asb.rules.grade_words import GRADE, NOT_STARTED
from openfisca_asb.rules.texts import Text

DATE = "date"
# The timeline's note says the same of the grades it moves on (timeline_notes.py): one definition.
GRADE_MOVES = Text(nb="Trinnet som er oppgitt for {children}, flyttes ett trinn opp hver 1. august.",
                   en="The grade given for {children} moves one grade up each 1 August.")
GRADES_MOVE = Text(nb="Trinnene som er oppgitt for {children}, flyttes ett trinn opp hver 1. august.",
                   en="The grades given for {children} move one grade up each 1 August.")
# A date asked before the day described: the grades go back one for each 1 August between (`grade_moved`).
GRADE_MOVES_DOWN = Text(nb="Trinnet som er oppgitt for {children}, flyttes ett trinn ned for hver 1. august tilbake i tid.",
                        en="The grade given for {children} moves one grade down for each 1 August back in time.")
GRADES_MOVE_DOWN = Text(nb="Trinnene som er oppgitt for {children}, flyttes ett trinn ned for hver 1. august tilbake i tid.",
                        en="The grades given for {children} move one grade down for each 1 August back in time.")
MOVED_TO = Text(nb="Familien er beskrevet {described}; {on}: {grades}.",
                en="The family is described on {described}; on {on}: {grades}.")
# A child's grade on the date asked in the words of the grades by age (answer/grades_by_age.py): one definition.
PAST_LAST_GRADE = Text(nb="{child} ferdig med 13. trinn", en="{child} past 13th grade")
AND = Text(nb="og", en="and")


def grades_move(children: list[str], language: str, down: bool = False) -> str:
    """«Trinnet som er oppgitt for nora, …» for one child, «Trinnene som er oppgitt for nora og olav, …» for more;
    `down` for a date asked before the day described."""
    one, several = (GRADE_MOVES_DOWN, GRADES_MOVE_DOWN) if down else (GRADE_MOVES, GRADES_MOVE)
    return (one if len(children) == 1 else several).in_language(language).format(children=listed(children, language))


def listed(names: list[str], language: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {AND.in_language(language)} {names[-1]}"


def grade_said(child: str, grade: int | None, language: str) -> str:
    """A moved grade as the answer says a grade: «nora 4. trinn», «nora har ikke begynt på skolen»."""
    if grade is None:
        return PAST_LAST_GRADE.in_language(language).format(child=child)
    return (GRADE if grade else NOT_STARTED).in_language(language).format(child=child, grade=grade)


@dataclass(frozen=True)
class GradesMoved:
    """The grades a family file gave for `described`, as they are on `on`: (child id, grade given, grade on `on`:
    0 not at school yet, None past 13th)."""

    described: date
    on: date
    grades: tuple[tuple[str, int, int | None], ...]

    def text(self, language: str) -> str:
        grades = ", ".join(grade_said(child, grade, language) for child, _, grade in self.grades)
        moved_to = MOVED_TO.in_language(language).format(described=self.described, on=self.on, grades=grades)
        moves = grades_move([child for child, _, _ in self.grades], language, down=self.on < self.described)
        return f"{moves} {moved_to}"

    def parts(self) -> dict:
        """What the sentence says, for a page to say it in its own date format and with the names typed."""
        return {"family_date": self.described.isoformat(), "date": self.on.isoformat(),
                "children": [{"child": child, "grade_given": given, "grade": grade} for child, given, grade in self.grades]}

    def given(self, child: str) -> int | None:
        return next((given for moved, given, _ in self.grades if moved == child), None)


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
            moved.append((child.id, given, grade))
            child = child.model_copy(update={"school_grade": grade})
        children.append(child)
    if not moved:
        return family, None
    return family.model_copy(update={"children": children}), GradesMoved(described, on, tuple(moved))


@dataclass(frozen=True)
class BornAfterDescribed:
    """A person born after the day the family describes: located at the birth date, named by how that day is given
    (the API's `family_date`, a file's `date`)."""

    field: str
    en: str
    nb: str
    code: str = "born_after_family_date"


def born_after_described(family, described: date | None, named: str, where: str = "family") -> list[BornAfterDescribed]:
    """Each person of the family born after `described` (none when it is not given): nobody can be born after the day
    the family is described, on the API (`family_date`) and in a family file (`date`) alike."""
    if described is None:
        return []
    return [BornAfterDescribed(
        f"{where}.{group}.{number}.birth_date",
        f"{person.id}: born {person.birth_date}, after {named} {described}, the day the family is described",
        f"{person.id}: født {person.birth_date}, etter {named} {described}, dagen familien er beskrevet")
        for group in ("caregivers", "children")
        for number, person in enumerate(getattr(family, group))
        if person.birth_date > described]


def described_grade_problems(family, described: date, named: str, where: str = "family") -> list[DateProblem]:
    """Each grade that cannot be the child's on the day the family describes (`named`: how that day is given, the
    API's family_date or a file's date), by the check the date asked gets (`grade_fits_age`), before it is moved."""
    return [DateProblem(
        f"{where}.children.{number}.school_grade",
        f"child '{child.id}': grade {child.school_grade} does not fit the age on {named} {described} (born "
        f"{child.birth_date}: {age_grade_said(child.birth_date, described).en}, two years either way); give the grade "
        f"the child was in on {named}, or correct {named}",
        f"barn '{child.id}': trinn {child.school_grade} passer ikke med alderen på {named} {described} (født "
        f"{child.birth_date}: {age_grade_said(child.birth_date, described).nb}, to år opp eller ned); oppgi trinnet "
        f"barnet gikk i på {named}, eller rett {named}")
        for number, child in enumerate(family.children)
        if getattr(child, "school_grade", None) is not None and child.birth_date <= described
        and not grade_fits_age(child.school_grade, child.birth_date, described)]


def moved_grade_problem(problem: DateProblem, child, said: GradesMoved, named: str) -> DateProblem:
    """A moved grade that does not fit the age on the date asked, said with the grade given and the day it was
    given for: the combination is wrong, not the grade the client never sent."""
    given, on = said.given(child.id), said.on
    age = age_grade_said(child.birth_date, on)
    return DateProblem(
        problem.field,
        f"child '{child.id}': grade {given} given for {named} {said.described} is grade {child.school_grade} on {on}, "
        f"which does not fit the age (born {child.birth_date}: {age.en}, two years either way); correct the grade "
        f"or {named}",
        f"barn '{child.id}': trinn {given} oppgitt for {named} {said.described} er trinn {child.school_grade} {on}, "
        f"og det passer ikke med alderen (født {child.birth_date}: {age.nb}, to år opp eller ned); rett trinnet "
        f"eller {named}")


def described_date(value) -> date | None:
    """A file's `date:` as a date (YAML reads 2024-09-01 as one, JSON gives the text); ValueError when it is not one."""
    if value is None or (isinstance(value, date) and not hasattr(value, "hour")):
        return value
    if isinstance(value, str) and len(value) == ISO_DATE_LENGTH:
        return date.fromisoformat(value)
    raise ValueError(value)
