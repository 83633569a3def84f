"""The dates the model answers for."""

from datetime import date

# The oldest rates encoded are from 2014–2015; beyond 2030 nothing is known.
FIRST_DATE = date(2015, 1, 1)
LAST_DATE = date(2030, 12, 31)


def outside_model_range(on: date) -> bool:
    return not FIRST_DATE <= on <= LAST_DATE
