"""A date in a reform or pilot file (`start`, `end`, `approval_end`, `in_force`): a day of the calendar written
YYYY-MM-DD. A day that does not exist is named as written, in the words a parameter's date gets («'2027-13-01' is not
a date: write YYYY-MM-DD»), not in pydantic's («Input should be a valid date or datetime, month value is …»).
A date the model must answer on (`in_force`) is refused outside the dates a reform may be asked about (the model's,
and the projection after them to PROJECTION_HORIZON, ADR 0044) with the range named, as a parameter's date is, not as
pydantic's «less than or equal to datetime.date(2031, 12, 31)»."""

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from openfisca_asb.facts.messages import bilingual
from openfisca_asb.rules.dates import drafting_date_problem, parse_date


def _a_day_that_exists(value):
    if not isinstance(value, str):
        return value  # a date YAML has read, or a value pydantic refuses in its own words
    on, problem = parse_date(value)
    if on is None:
        raise bilingual("not_a_date", problem.en, problem.nb)
    return on


def _inside_the_model(on: date) -> date:
    problem = drafting_date_problem(on)
    if problem is not None:
        raise bilingual("outside_the_model", problem.en, problem.nb)
    return on


FileDate = Annotated[date, BeforeValidator(_a_day_that_exists)]
ModelDate = Annotated[FileDate, AfterValidator(_inside_the_model)]
