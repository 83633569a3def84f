"""The dates the model answers for, and the date checks every surface (API, CLI, page, docs) shares.

Every benefit in the catalogue has rules encoded from 1 October 2017, when
today's pleiepenger rules (ftrl §§ 9-10 to 9-16, Prop. 48 L (2016–2017)) took
effect. The range ends with 2027 (issue 15 item 5): an answer after the newest
verified value of a rate still works, with the rate flagged (ADR 0009); beyond
2027 nothing is known. A date outside the range is refused everywhere, with the
range named (`/v1/dates` serves it to the page).

A drafter may go further, to PROJECTION_HORIZON (ADR 0044): a reform validated,
compared or costed on a date after LAST_DATE is a projection, the last known rules
and rates carried forward unchanged and marked so (drafting/projection.py). A
family's answer keeps to LAST_DATE.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.rules.provisions import SELF_EMPLOYED_AVERAGE_IN_FORCE
from openfisca_asb.rules.self_employed_years import LATEST_YEAR
from openfisca_asb.rules.texts import Text

FIRST_DATE = date(2017, 10, 1)
LAST_DATE = date(2027, 12, 31)
# Four calendar years past the last known rules: the longest approval forsøksloven § 3 gives a pilot, so a pilot
# approved from 2028 can be costed to its end, and a 2028 budget with its following years (ADR 0044).
PROJECTION_HORIZON = date(2031, 12, 31)

# Norwegian pupils start 1st grade in August of the year they turn six; a school year runs August to June.
SCHOOL_YEAR_STARTS_IN_MONTH = 8
SCHOOL_START_AGE = 6
# A grade up to two years off the age's grade is accepted: a child may start school a year early
# or late, and a grade is often given in one school year for a date asked in the next. Beyond
# that the grade was given for another time, and would silently be wrong: it is refused.
GRADE_TOLERANCE = 2
LAST_COMPULSORY_GRADE = 10  # from 11 (Vg1) on, pupils of any age may attend
LAST_SCHOOL_GRADE = 13  # how the school_grade fact is coded: 11–13 is videregående (Vg1–Vg3)


@dataclass(frozen=True)
class DateProblem:
    field: str
    en: str
    nb: str

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else self.en


def range_text(language: str) -> str:
    return f"{FIRST_DATE} {'til' if language == 'nb' else 'to'} {LAST_DATE}"


def date_problem(on: date, field: str = "date") -> DateProblem | None:
    """A date asked outside the dates the model covers, named with the range."""
    if FIRST_DATE <= on <= LAST_DATE:
        return None
    return DateProblem(field, f"{on} is outside the dates the model covers ({range_text('en')})",
                       f"{on} er utenfor datoene modellen dekker ({range_text('nb')})")


def projection_range_text(language: str) -> str:
    return f"{FIRST_DATE} {'til' if language == 'nb' else 'to'} {PROJECTION_HORIZON}"


def drafting_date_problem(on: date, field: str = "date") -> DateProblem | None:
    """A date a reform is asked about outside the model's dates and the projection after them, named with both
    (ADR 0044)."""
    if FIRST_DATE <= on <= PROJECTION_HORIZON:
        return None
    return DateProblem(
        field,
        f"{on} is outside the dates a reform can be asked about ({projection_range_text('en')}: the rules known to "
        f"{LAST_DATE}, carried forward unchanged after it as a projection)",
        f"{on} er utenfor datoene en reform kan spørres om ({projection_range_text('nb')}: reglene kjent til og med "
        f"{LAST_DATE}, ført videre uendret etter det som en framskriving)")


def parse_date(text: str, field: str = "date", projection: bool = False) -> tuple[date | None, DateProblem | None]:
    """A YYYY-MM-DD date inside the range (with `projection`, the range a reform may be asked about), or the
    problem with it."""
    try:
        on = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        on = None
    if on is None:
        return None, DateProblem(field, f"'{text}' is not a date: write YYYY-MM-DD", f"'{text}' er ikke en dato: skriv ÅÅÅÅ-MM-DD")
    return on, (drafting_date_problem if projection else date_problem)(on, field)


def expected_school_grade(birth_date: date, on: date) -> int:
    """The grade a child born on `birth_date` is in on `on` when it started school at six (0: not started)."""
    return _grade_of_birth_year(birth_date.year, on)


def grades_a_year_either_way(birth_date: date, on: date) -> list[int]:
    """The grades a child born on `birth_date` is in on `on` had it started school a year early, at six, or a
    year late: what "what would change it" tries for a grade, as a grade follows the age (ADR 0026)."""
    return sorted({_grade_of_birth_year(birth_date.year + years, on) for years in (-1, 0, 1)})


def _grade_of_birth_year(birth_year: int, on: date) -> int:
    return max(0, _years_of_school(birth_year, on))


def _years_of_school(birth_year: int, on: date) -> int:
    """The school years a child born in `birth_year` has begun by `on` at school start at six; negative before."""
    return _school_year(on) - birth_year - (SCHOOL_START_AGE - 1)


def _school_year(on: date) -> int:
    return on.year if on.month >= SCHOOL_YEAR_STARTS_IN_MONTH else on.year - 1


def school_years_between(start: date, end: date) -> int:
    """The 1 Augusts after `start` up to `end` (negative, counted back, when `end` is before `start`)."""
    return _school_year(end) - _school_year(start)


def grade_moved(grade: int, birth_date: date, given_on: date, on: date) -> int | None:
    """A grade given for `given_on`, moved to `on`. A pupil (grade 1 or more) moves one grade up each 1 August
    between (down, going back, to 0: not yet at school). A child not at school yet (grade 0) starts school with the
    age (opplæringslova § 2-1: in August of the year the child turns six), as far behind it as given. Past 13th
    grade: none."""
    if grade == 0:
        moved = max(0, expected_school_grade(birth_date, on) - expected_school_grade(birth_date, given_on))
    else:
        moved = max(0, grade + school_years_between(given_on, on))
    return None if moved > LAST_SCHOOL_GRADE else moved


def grade_fits_age(grade: int, birth_date: date, on: date) -> bool:
    """Two grades either way of the age's grade; a child too young for school (the age's grade below 0 before it
    is 0) is at most two grades ahead of that: a one-year-old is in no grade."""
    expected = expected_school_grade(birth_date, on)
    if grade > max(0, _years_of_school(birth_date.year, on) + GRADE_TOLERANCE):
        return False
    return grade > LAST_COMPULSORY_GRADE or grade >= min(expected, LAST_COMPULSORY_GRADE + 1) - GRADE_TOLERANCE


def age_grade_said(birth_date: date, on: date) -> Text:
    """The age's grade in words, «trinn 7», «ikke begynt på skolen» for a child not at school yet, or «ferdig med
    13. trinn» past the last grade (never «trinn 28», review s16)."""
    expected = expected_school_grade(birth_date, on)
    if expected == 0:
        return Text(nb="ikke begynt på skolen", en="not at school yet")
    if expected > LAST_SCHOOL_GRADE:
        return Text(nb=f"ferdig med {LAST_SCHOOL_GRADE}. trinn", en=f"past grade {LAST_SCHOOL_GRADE}")
    return Text(nb=f"trinn {expected}", en=f"grade {expected}")


# Said of a child born after the date asked only: a caregiver is not an expected child.
EXPECTED_CHILD_HINT = {"children": Text(nb="; et ventet barn oppgis som et faktum om familien",
                                        en="; an expected child is given as a fact of the family"),
                       "caregivers": Text(nb="", en="")}


def family_date_problems(family, on: date, where: str = "family") -> list[DateProblem]:
    """Persons born after the date asked, children who died after it, school grades that cannot be the child's on that
    date, and a self-employed parent's three years of income that cannot be counted on it.

    An expected child is a family fact, not a birth date. A school grade is given for one
    date; asked about a date years away it would be silently wrong, so it is refused with
    the grade the child's age gives.
    """
    problems = [DateProblem(
        f"{where}.{group}.{number}.birth_date",
        f"{person.id}: born {person.birth_date}, after the date asked ({on})" + EXPECTED_CHILD_HINT[group].en,
        f"{person.id}: født {person.birth_date}, etter datoen det spørres om ({on})" + EXPECTED_CHILD_HINT[group].nb)
        for group in ("caregivers", "children") for number, person in enumerate(getattr(family, group)) if person.birth_date > on]
    problems += died_after_date_asked(family, on, where)
    problems += income_years_problems(family, on, where)
    for number, child in enumerate(family.children):
        grade = getattr(child, "school_grade", None)
        if grade is None or child.birth_date > on or grade_fits_age(grade, child.birth_date, on):
            continue
        expected = age_grade_said(child.birth_date, on)
        problems.append(DateProblem(
            f"{where}.children.{number}.school_grade",
            f"child '{child.id}': grade {grade} does not fit the age on {on} (born {child.birth_date}: {expected.en}, "
            f"two years either way); give the grade for the date asked, or ask about the date the grade is for",
            f"barn '{child.id}': trinn {grade} passer ikke med alderen {on} (født {child.birth_date}: {expected.nb}, "
            f"to år opp eller ned); oppgi trinnet på datoen det spørres om, eller spør om datoen trinnet gjelder"))
    return problems


# NAV's ft-beregning (FastsettBeregningsperiodeForAktivitetstatus, FP_BR 2.1) ends the three years with the last year
# settled before the skjæringstidspunkt, and never earlier than two years before its year: the latest of the three
# years is the year before, or the one before that (ftrl § 8-35 andre ledd, «de tre siste årene»; review s23 law M1).
OLDEST_LATEST_YEAR_BACK = 2


def income_years_problems(family, on: date, where: str = "family") -> list[DateProblem]:
    """A self-employed parent's three years of pensjonsgivende inntekt (ftrl § 8-35) that cannot be counted on the date
    asked: the latest year must be over (a year's income is known once it has ended) and no older than NAV uses (the
    year before, or the one before that while last year's settlement is not ready: `OLDEST_LATEST_YEAR_BACK`), and the
    date must be under the wording of 2019 that averages the incomes (before it, the average of pensjonspoeng, not
    modelled)."""
    problems = []
    for number, caregiver in enumerate(family.caregivers):
        latest = getattr(caregiver, LATEST_YEAR, None)
        field = f"{where}.caregivers.{number}.{LATEST_YEAR}"
        if latest is not None and latest >= on.year:
            problems.append(DateProblem(
                field, f"{caregiver.id}: the latest of the three years, {latest}, must be a year before the date asked "
                       f"({on}): its pensionable income is known once the year is over",
                f"{caregiver.id}: det siste av de tre årene, {latest}, må være et år før datoen det spørres om ({on}): "
                f"den pensjonsgivende inntekten er kjent når året er omme"))
        elif latest is not None and latest < on.year - OLDEST_LATEST_YEAR_BACK:
            allowed = f"{on.year - OLDEST_LATEST_YEAR_BACK} {{}} {on.year - 1}"
            problems.append(DateProblem(
                field, f"{caregiver.id}: the latest of the three years, {latest}, is older than NAV uses on {on}: give "
                       f"{allowed.format('or')} (the year before, or the one before that if last year's tax settlement "
                       f"is not ready; ftrl § 8-35 andre ledd «de tre siste årene»)",
                f"{caregiver.id}: det siste av de tre årene, {latest}, er eldre enn NAV bruker per {on}: oppgi "
                f"{allowed.format('eller')} (året før, eller året før det hvis fjorårets skatteoppgjør ikke er klart; "
                f"folketrygdloven § 8-35 andre ledd «de tre siste årene»)"))
        elif latest is not None and on < SELF_EMPLOYED_AVERAGE_IN_FORCE:
            problems.append(DateProblem(
                field, f"{caregiver.id}: the three years are averaged under § 8-35 as worded from "
                       f"{SELF_EMPLOYED_AVERAGE_IN_FORCE}; for {on} give the average as yearly_income",
                f"{caregiver.id}: de tre årene regnes sammen etter § 8-35 slik den lyder fra "
                f"{SELF_EMPLOYED_AVERAGE_IN_FORCE}; for {on} oppgir du gjennomsnittet som yearly_income"))
    return problems


def died_after_date_asked(family, on: date, where: str = "family") -> list[DateProblem]:
    """Children whose date of death is after the date asked (review s20 L1). The answer is for a day, and a death is
    what happened by then: one that has not happened on the date asked is not known then, as a birth after it is not
    (ADR 0034 addendum)."""
    return [DateProblem(
        f"{where}.children.{number}.date_of_death",
        f"{child.id}: died {child.date_of_death}, after the date asked ({on})",
        f"{child.id}: død {child.date_of_death}, etter datoen det spørres om ({on})")
        for number, child in enumerate(family.children)
        if getattr(child, "date_of_death", None) is not None and child.date_of_death > on]


ISO_DATE_LENGTH = len("2024-09-01")


def iso_date_only(value):
    """A date is written YYYY-MM-DD: not a number of seconds, not a date and time, not a count of days."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and len(value) == ISO_DATE_LENGTH and value[4] == "-" and value[7] == "-":
        return value
    from pydantic_core import PydanticCustomError

    raise PydanticCustomError("date_type", "Input should be a date written YYYY-MM-DD")


def years_later(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a year without it (as NAV's plusYears does)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
