"""Formulas read their period as a calendar date only through openfisca_asb/rules/row_dates.py (ADR 0015).

A timeline answers dates a whole number of years apart in one OpenFisca period, each row standing
for its own date (`years_from_period`). A formula that took a first or last day, or a year, from the
period itself would give every row the period's date: its answers on the other dates would be wrong
with no test of a single answer noticing.
"""

import re
from pathlib import Path

VARIABLES = Path(__file__).resolve().parents[2] / "variables"
PERIOD_AS_A_DATE = re.compile(r"\.(start|stop)\.(date|year|day)\b")
# Holiday pay counts a year's months from the model's first month, a fixed date: a timeline shares periods only
# from the year after it (year_apart.EARLIEST_SHARED), where the filter keeps every month for every row.
ALLOWED = {("folketrygd/kapittel_9/holiday_pay.py", "m.start.date >= FIRST_DATE")}


def test_no_formula_reads_its_period_as_a_date_but_through_row_dates():
    found = [
        f"{path.relative_to(VARIABLES)}:{number}: {line.strip()}"
        for path in sorted(VARIABLES.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if PERIOD_AS_A_DATE.search(line)
        and not any(str(path.relative_to(VARIABLES)) == file and text in line for file, text in ALLOWED)
    ]
    assert found == []
