"""Every parameter value a reform changes, read from the reformed parameter tree itself.

A YAML reform lists its overrides; a Python reform may change parameters in `apply()` with
`modify_parameters` (as reforms/bpa_state_funding_pilot.py adds its own). Both are found the same
way: each leaf of the reformed tree is compared with the baseline's on every day either of them
changes value, so a pilot is classified by what it changes, not by how it is written (review s21
drafter H3).
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.parameter_tree import find, leaves


@dataclass(frozen=True)
class ParameterChange:
    path: str
    start: date  # the day the reform's value starts to differ from the baseline's
    before: object  # the baseline's value on that day (None: the baseline has no such parameter or no value yet)
    after: object
    unit: str | None = None  # the parameter's unit, from its metadata in the reformed tree


def changed_parameters(reformed, baseline) -> tuple[ParameterChange, ...]:
    """The changes of the parameter tree `reformed` against `baseline`, by path and day."""
    found = []
    for leaf in leaves(reformed):
        if getattr(leaf, "values_list", None) is None:
            continue  # a scale: no reform in this package changes one
        found += _changes_of(leaf, find(baseline, leaf.name))
    return tuple(sorted(found, key=lambda change: (change.path, change.start)))


def _changes_of(leaf, before_leaf) -> list[ParameterChange]:
    days = sorted({value.instant_str for value in leaf.values_list}
                  | {value.instant_str for value in getattr(before_leaf, "values_list", None) or []})
    changes, previous = [], None
    for day in days:
        before, after = _value(before_leaf, day), _value(leaf, day)
        differs = before != after
        if differs and (previous is None or not previous[0] or previous[1] != after):
            changes.append(ParameterChange(leaf.name, date.fromisoformat(day), before, after, leaf.metadata.get("unit")))
        previous = (differs, after)
    return changes


def _value(leaf, day: str):
    """The value in force on `day` (YYYY-MM-DD), None before the first value or without a leaf."""
    for value in getattr(leaf, "values_list", None) or []:  # newest first
        if value.instant_str <= day:
            return value.value
    return None
