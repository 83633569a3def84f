"""Unverified-rate flags: the model never extrapolates silently (DESIGN §3).

A rate is flagged on a date when the value in force then was not found in an
official source (`unverified: true`), when the date lies after the
parameter's `last_value_still_valid_on` and that value is in force, or when a
known adjustment (a yearly schedule or a dated one-off, see adjustments.py)
lies between the value's start and the date: the value after that adjustment
is missing.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.rules.adjustments import stale_rate, value_in_force
from openfisca_asb.parameter_tree import find, leaves


@dataclass(frozen=True)
class RateFlag:
    parameter: str
    reason: str  # "unverified_value", "after_last_verified_value" or "after_known_adjustment"
    value_since: str
    last_value_still_valid_on: str | None
    adjusted_on: str | None = None  # the first known adjustment the value in force predates


def rate_flags(system, paths: list[str], on: date) -> list[RateFlag]:
    flags = []
    for path in paths:
        for leaf in leaves(find(system.parameters, path)):
            flag = _flag(leaf, on)
            if flag:
                flags.append(flag)
    return flags


def _flag(leaf, on: date) -> RateFlag | None:
    value = value_in_force(leaf, on)
    # OpenFisca's loader may give dates as text: compare ISO strings.
    valid_until = leaf.metadata.get("last_value_still_valid_on")
    valid_until = str(valid_until) if valid_until is not None else None
    since = value.instant_str if value else ""
    stale = stale_rate(leaf, on)
    adjusted_on = stale.adjusted_on if stale else None
    if value is not None and (value.metadata or {}).get("unverified"):
        return RateFlag(leaf.name, "unverified_value", since, valid_until, adjusted_on)
    # `last_value_still_valid_on` speaks of the parameter's newest value in its file: a value starting after it
    # is a reform's own (drafting/overrides.py), not one whose validity ran out.
    if valid_until is not None and on.isoformat() > valid_until and since <= valid_until:
        return RateFlag(leaf.name, "after_last_verified_value", since, valid_until, adjusted_on)
    if stale is not None:
        return RateFlag(leaf.name, "after_known_adjustment", since, valid_until, adjusted_on)
    return None
