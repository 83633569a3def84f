"""A reform's cost in the calendar years it is in force: the months in force × the month's change (review s21
drafter M5).

A run computes one month, the month asked, on a static population. The «per year» figure is that month × 12: the
full-year effect (helårsvirkning). A budget asks what the reform costs in each calendar year: a proposal in force
from `in_force` costs, in its first year, the months from then to 31 December; the next year is its first whole
year. A pilot costs the months of its period in each calendar year it runs. A month in force in part counts its
days in force as a share of it. Either is a static-population estimate, the month asked repeated, not a forecast:
no one is born, grows older or moves, and no rate is adjusted.

The month repeated must be one the reform is in force in: on a date outside that period the month's change is not
the reform's (a proposal not yet in force, a pilot not yet started), and no year is costed; the note says so.
"""

from calendar import monthrange
from datetime import date


def period_in_force(reform) -> tuple[date, date | None] | None:
    """(first day, last day or None: for good) the reform is in force: a pilot's period, a proposal's in_force on."""
    if reform is None:
        return None
    if reform.is_pilot:
        return reform.start, reform.end
    return (reform.in_force, None) if reform.in_force else None


def months_in_force(year: int, start: date, end: date | None) -> float:
    """The months of `year` from `start` to `end` (for good when None), a part month as its share of days."""
    first, last = max(start, date(year, 1, 1)), min(end or date(year, 12, 31), date(year, 12, 31))
    months = 0.0
    for month in range(first.month, last.month + 1) if first <= last else ():
        days = monthrange(year, month)[1]
        low = first.day if month == first.month else 1
        high = last.day if month == last.month else days
        months += (high - low + 1) / days
    return round(months, 4)


def years_in_force(start: date, end: date | None) -> list[int]:
    """A pilot's calendar years; a proposal's first year, and the next when the first is not whole."""
    if end is not None:
        return list(range(start.year, end.year + 1))
    return [start.year] if (start.month, start.day) == (1, 1) else [start.year, start.year + 1]


def budget_years(result, payers: list[dict], factor: float) -> dict | None:
    """The reform's change per payer in each calendar year it is in force, for the run's population and scaled by
    `factor` (to Norway, or a pilot's kommuner); `payers` are the run's payer rows (tables.payer_table). None for a
    run without a reform or a proposal without in_force."""
    period = period_in_force(result.reform)
    if period is None:
        return None
    start, end = period
    in_force_on_date = start <= result.on and (end is None or result.on <= end)
    changed = [row for row in payers if row["payer"] == "nav" or row["change_per_year"]]
    years = [_year(year, months_in_force(year, start, end), changed, factor)
             for year in years_in_force(start, end)] if in_force_on_date else []
    return {"from": start.isoformat(), "to": end.isoformat() if end else None, "legal_date_in_force": in_force_on_date,
            "years": years}


def _year(year: int, months: float, payers: list[dict], factor: float) -> dict:
    rows = []
    for row in payers:
        per_month = row["reform_per_month"] - row["base_per_month"]
        change = round(per_month * months, 2)
        rows.append({"payer": row["payer"], "name": row["name"], "change_per_month": round(per_month, 2),
                     "change": change, "change_scaled": round(change * factor, 2), "change_bound": row["change_bound"]})
    return {"year": year, "months_in_force": months, "payers": rows}
