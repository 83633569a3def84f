"""Known adjustments of a rate, and whether the value in force on a date predates one (ADR 0009).

A parameter's metadata may say when its value is known to change:

    adjustments:
      every_year_on: "01-01"     # set every year from this day (the budget; G from "05-01")
      known: [2023-07-01]        # one-off adjustments known to have happened
      stale_value_is: lower_bound  # or unknown: what an older value says about the current one
      source: where the schedule comes from

`last_value_still_valid_on` counts too: the day after it is a known change of the newest
value. A value in force on a date is *stale* when one of these dates lies after the value's
start and on or before the date: the amount it gives is then, at best, a lower bound.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

StaleValueIs = Literal["lower_bound", "unknown"]
AdjustmentKind = Literal["known", "yearly", "valid_until"]


@dataclass(frozen=True)
class StaleRate:
    parameter: str
    value: object
    value_since: str
    adjusted_on: str  # the first known adjustment after `value_since`, on or before the date asked
    stale_value_is: StaleValueIs
    source: str | None
    adjustment_kind: AdjustmentKind  # a dated one-off, a yearly date, or the day after last_value_still_valid_on

    @property
    def adjustment_is_known(self) -> bool:
        return self.adjustment_kind == "known"

    @property
    def valid_until(self) -> str:
        """The last day the value is known to hold."""
        return (date.fromisoformat(self.adjusted_on) - timedelta(days=1)).isoformat()


def adjustments(leaf) -> dict:
    return dict(leaf.metadata.get("adjustments") or {})


def value_in_force(leaf, on: date):
    """The dated value in force on `on` (OpenFisca lists values newest first), or None."""
    for value in leaf.values_list:
        if value.instant_str <= on.isoformat():
            return None if value.value is None else value
    return None


def next_value_start(leaf, since: str) -> str | None:
    later = [value.instant_str for value in leaf.values_list if value.instant_str > since]
    return min(later) if later else None


def adjustment_dates(leaf, after: str, until: str) -> list[str]:
    """Known adjustment dates in (after, until], oldest first."""
    schedule = adjustments(leaf)
    found = {str(day) for day in schedule.get("known") or []}
    every_year_on = schedule.get("every_year_on")
    if every_year_on:
        found |= {f"{year:04d}-{every_year_on}" for year in range(int(after[:4]), int(until[:4]) + 1)}
    valid_until = leaf.metadata.get("last_value_still_valid_on")
    if valid_until is not None and next_value_start(leaf, after) is None:
        found.add((date.fromisoformat(str(valid_until)) + timedelta(days=1)).isoformat())
    return sorted(day for day in found if after < day <= until)


def stale_rate(leaf, on: date) -> StaleRate | None:
    """The rate in force on `on`, when a known adjustment since its start has no value."""
    value = value_in_force(leaf, on)
    if value is None:
        return None
    dates = adjustment_dates(leaf, value.instant_str, on.isoformat())
    if not dates:
        return None
    schedule = adjustments(leaf)
    source = schedule.get("source")
    return StaleRate(
        parameter=leaf.name,
        value=value.value,
        value_since=value.instant_str,
        adjusted_on=dates[0],
        stale_value_is="lower_bound" if schedule.get("stale_value_is") == "lower_bound" else "unknown",
        source=" ".join(str(source).split()) if source else None,
        adjustment_kind=_kind(schedule, dates[0]),
    )


def _kind(schedule: dict, day: str) -> AdjustmentKind:
    if day in {str(known) for known in schedule.get("known") or []}:
        return "known"
    if schedule.get("every_year_on") and day[5:] == schedule["every_year_on"]:
        return "yearly"
    return "valid_until"


def is_current(leaf, on: date) -> bool:
    """Whether the value in force on `on` predates no known adjustment: a formula that compares with a rate
    (a threshold) can only trust a current one, since a stale rate is at best a lower bound of the real one."""
    return stale_rate(leaf, on) is None
