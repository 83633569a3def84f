"""The amount per day of a right paid per day at the chapter-9 daily rate (pleiepenger, opplæringspenger).

NAV pays these per weekday, Monday–Friday: the daily rate (dagsats, ftrl § 9-15, computed as for sykepenger:
the yearly basis up to 6G divided by 260, parameters/folketrygd/sykepenger_common/working_days_per_year.yaml)
at the grade, in whole kroner, for each day paid (variables/folketrygd/pleiepenger/amount.py,
opplaeringspenger/amount.py). The catalogue marks such a right: its calculation basis lists the daily rate.
A month's amount is the amount per day times the days paid, so it moves with the month's weekdays (21 or 22)
while the amount per day stays: the amount per day is what compares from month to month.
"""

from collections.abc import Callable

from openfisca_asb.answer.care_periods import BENEFIT as GRADED, DAILY_RATE, GRADE
from openfisca_asb.rules.money import whole_kroner

FULL_GRADE = 100.0  # opplæringspenger: a training day is paid in full (opplaeringspenger/amount.py)


def paid_per_day(benefit) -> bool:
    """Whether the right is paid per day at the chapter-9 daily rate: its calculation basis lists that rate."""
    return any(line.variable == DAILY_RATE for line in benefit.calculation_basis)


def amount_per_day(benefit, month_amount: float | None, read: Callable[[str], float]) -> tuple[float, int] | None:
    """(kroner per day, days paid) behind a month's amount of a right paid per day, `read` giving the model's
    value of a variable: the daily rate at the grade in whole kroner, as the amount's formula takes it. None for
    another right, no amount, or an amount that is not a whole number of days at that rate."""
    if month_amount is None or not paid_per_day(benefit):
        return None
    grade = read(GRADE) if benefit.id == GRADED else FULL_GRADE
    daily = float(whole_kroner(read(DAILY_RATE) * grade / 100))
    days = round(month_amount / daily) if daily > 0 else 0
    return (daily, days) if days > 0 and abs(days * daily - month_amount) < 0.005 else None
