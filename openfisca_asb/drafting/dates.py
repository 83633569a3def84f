"""A date in a reform or pilot file (`start`, `end`, `approval_end`, `in_force`): a day of the calendar written
YYYY-MM-DD. A day that does not exist is named as written, in the words a parameter's date gets («'2027-13-01' is not
a date: write YYYY-MM-DD»), not in pydantic's («Input should be a valid date or datetime, month value is …»)."""

from datetime import date
from typing import Annotated

from pydantic import BeforeValidator

from openfisca_asb.facts.messages import bilingual
from openfisca_asb.rules.dates import parse_date


def _a_day_that_exists(value):
    if not isinstance(value, str):
        return value  # a date YAML has read, or a value pydantic refuses in its own words
    on, problem = parse_date(value)
    if on is None:
        raise bilingual("not_a_date", problem.en, problem.nb)
    return on


FileDate = Annotated[date, BeforeValidator(_a_day_that_exists)]
