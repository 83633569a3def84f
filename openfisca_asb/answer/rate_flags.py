"""Unverified-rate flags: the model never extrapolates silently (DESIGN §3).

A rate is flagged on a date when the value in force then was not found in an
official source (`unverified: true`), or when the date lies after the
parameter's `last_value_still_valid_on`: a known adjustment may be missing.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.parameter_tree import find, leaves


@dataclass(frozen=True)
class RateFlag:
    parameter: str
    reason: str  # "unverified_value" or "after_last_verified_value"
    value_since: str
    last_value_still_valid_on: str | None


def _value_in_force(parameter, on: date):
    for value in parameter.values_list:  # newest first
        if value.instant_str <= on.isoformat():
            return value
    return None


def rate_flags(system, paths: list[str], on: date) -> list[RateFlag]:
    flags = []
    for path in paths:
        for leaf in leaves(find(system.parameters, path)):
            flag = _flag(leaf, on)
            if flag:
                flags.append(flag)
    return flags


def _flag(leaf, on: date) -> RateFlag | None:
    value = _value_in_force(leaf, on)
    # OpenFisca's loader may give dates as text: compare ISO strings.
    valid_until = leaf.metadata.get("last_value_still_valid_on")
    valid_until = str(valid_until) if valid_until is not None else None
    since = value.instant_str if value else ""
    if value is not None and (value.metadata or {}).get("unverified"):
        return RateFlag(leaf.name, "unverified_value", since, valid_until)
    if valid_until is not None and on.isoformat() > valid_until:
        return RateFlag(leaf.name, "after_last_verified_value", since, valid_until)
    return None
