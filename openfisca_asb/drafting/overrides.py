"""Parameter overrides of a parametric reform: `{parameter.path: {date: value}}`.

Each value holds from its date until the reform's next date for the same
parameter, or for good. A value is in the parameter's own unit (its metadata,
kept unchanged); written as `{value: 7, unit: G}` the unit is checked, so a
percent given for a G multiple is refused. A value must also be one the parameter
can mean: no number is negative, no percent over 100, no amount in kroner over
10 000 000 (an engineering bound, not a legal one: ADR 0009 §5), and a parameter whose
metadata carries `limits` (`above`, `at_least`, `at_most`) keeps inside them, so
that G, a divisor such as the working days of a year, or a benefit's rate cannot
be set to 0. Every problem is named by its path, with the limit.
"""

import difflib
import math
from dataclasses import dataclass
from datetime import date

from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_asb.rules.dates import drafting_date_problem
from openfisca_asb.drafting.errors import ReformError, ReformProblem
from openfisca_asb.parameter_tree import find, leaves
from openfisca_asb.rules.money import kroner_text

UNIT_ALIASES = {
    "nok": "currency-NOK", "kr": "currency-NOK", "kroner": "currency-NOK", "%": "percent",
    "hours": "hour", "timer": "hour", "days": "day", "dager": "day", "years": "year", "år": "year",
    "months": "month", "weeks": "week",
}
PERCENT_MAXIMUM = 100
# Not a legal limit: the most a money value may be for the model to count it to the krone. OpenFisca keeps amounts
# as float32, exact for whole kroner up to 2**24 = 16 777 216; the largest money value in the parameters is
# 1 608 000 kr (the toppfinansiering threshold). ADR 0009 §5.
KRONER_MAXIMUM = 10_000_000
# A parameter's unit as a reader writes it with a number, per language: one, several ({n}: the number). Kroner are
# written by kroner_text.
UNIT_WORDS = {
    "/1": {"nb": ("{n}", "{n}"), "en": ("{n}", "{n}")},  # a share from 0 to 1
    "percent": {"nb": ("{n} %", "{n} %"), "en": ("{n} %", "{n} %")},
    "G": {"nb": ("{n} G", "{n} G"), "en": ("{n} G", "{n} G")},
    "year": {"nb": ("{n} år", "{n} år"), "en": ("{n} year", "{n} years")},
    "month": {"nb": ("{n} måned", "{n} måneder"), "en": ("{n} month", "{n} months")},
    "week": {"nb": ("{n} uke", "{n} uker"), "en": ("{n} week", "{n} weeks")},
    "day": {"nb": ("{n} dag", "{n} dager"), "en": ("{n} day", "{n} days")},
    "hour": {"nb": ("{n} time", "{n} timer"), "en": ("{n} hour", "{n} hours")},
    "trinn": {"nb": ("{n}. trinn", "{n}. trinn"), "en": ("grade {n}", "grade {n}")},
}

# How a value in a parameter's unit is given, said to a drafter who has only the unit's id (`/1` tells nothing).
UNIT_GIVEN = {
    "/1": {"nb": "som et rent tall uten enhet, en andel fra 0 til 1 (0,64 er 64 %) eller et antall ganger (2,5)",
           "en": "as a plain number with no unit, a share from 0 to 1 (0.64 is 64 %) or a number of times (2.5)"},
    "currency-NOK": {"nb": "i kroner", "en": "in kroner"},
    "percent": {"nb": "i prosent, fra 0 til 100", "en": "in percent, from 0 to 100"},
    "G": {"nb": "i G, ganger grunnbeløpet", "en": "in G, times the grunnbeløp"},
    "year": {"nb": "i år", "en": "in years"},
    "month": {"nb": "i måneder", "en": "in months"},
    "week": {"nb": "i uker", "en": "in weeks"},
    "day": {"nb": "i dager", "en": "in days"},
    "hour": {"nb": "i timer", "en": "in hours"},
    "trinn": {"nb": "som et trinn (4 for 4. trinn)", "en": "as a school grade (4 for grade 4)"},
}


@dataclass(frozen=True)
class ParameterOverride:
    path: str
    start: date
    value: float | int | bool
    unit: str | None  # the parameter's unit (from its metadata)


def parse_overrides(raw, parameters: ParameterNode, field: str = "parameters") -> tuple[ParameterOverride, ...]:
    """Checked overrides, or a ReformError naming every problem."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ReformError(field, [_problem(field, "must map parameter paths to {date: value}", "må knytte parameterstier til {dato: verdi}")])
    overrides, problems = [], []
    suggestions = _Suggestions(parameters)
    for path, dated in raw.items():
        _parse_one(str(path), dated, parameters, f"{field}.{path}", overrides, problems, suggestions)
    if problems:
        raise ReformError(field, problems)
    return tuple(sorted(overrides, key=lambda o: (o.path, o.start)))


class _Suggestions:
    """Close matches for misspelt paths: computed for the first few only, each costs a scan of every path."""

    LIMIT = 3

    def __init__(self, parameters: ParameterNode):
        self.parameters, self.given, self.paths = parameters, 0, None

    def for_path(self, path: str) -> list[str]:
        self.given += 1
        if self.given > self.LIMIT:
            return []
        self.paths = self.paths if self.paths is not None else [each.name for each in leaves(self.parameters)]
        return difflib.get_close_matches(path, self.paths, n=3, cutoff=0.6)


def _parse_one(path, dated, parameters, field, overrides, problems, suggestions) -> None:
    leaf = find(parameters, path)
    if leaf is None:
        close = suggestions.for_path(path)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        hint_nb = f"; mente du {', '.join(close)}?" if close else ""
        problems.append(_problem(field, f"unknown parameter path '{path}'{hint}", f"ukjent parametersti '{path}'{hint_nb}"))
        return
    if not isinstance(leaf, Parameter):
        children = ", ".join(sorted(leaf.children))
        problems.append(_problem(
            field, f"'{path}' is a group of parameters, not one value; choose one of: {children}",
            f"'{path}' er en gruppe parametere, ikke én verdi; velg en av: {children}",
        ))
        return
    if not isinstance(dated, dict) or not dated:
        problems.append(_problem(field, "must map dates (YYYY-MM-DD) to values", "må knytte datoer (ÅÅÅÅ-MM-DD) til verdier"))
        return
    unit = leaf.metadata.get("unit")
    for key, entry in dated.items():
        start = _date(key, f"{field}.{key}", problems)
        value = _value(entry, unit, _example_value(leaf), f"{field}.{key}", problems)
        value = _within_limits(value, path, leaf.metadata.get("limits") or {}, unit, f"{field}.{key}", problems)
        if start is not None and value is not None:
            overrides.append(ParameterOverride(path, start, value, unit))


def _date(key, field, problems) -> date | None:
    try:
        start = key if isinstance(key, date) else date.fromisoformat(str(key))
    except ValueError:
        problems.append(_problem(field, f"'{key}' is not a date: write YYYY-MM-DD", f"'{key}' er ikke en dato: skriv ÅÅÅÅ-MM-DD"))
        return None
    outside = drafting_date_problem(start, field)
    if outside is not None:
        problems.append(_problem(field, outside.en, outside.nb))
        return None
    return start


def _example_value(leaf: Parameter):
    return next((v.value for v in leaf.values_list if v.value is not None), None)


def _value(entry, unit, example, field, problems):
    if isinstance(entry, dict):
        unknown_keys = sorted(set(entry) - {"value", "unit", "note"})
        if unknown_keys or "value" not in entry:
            problems.append(_problem(
                field, f"write a value as a number or as {{value, unit}} (found keys {sorted(entry)})",
                f"skriv en verdi som et tall eller som {{value, unit}} (fant nøklene {sorted(entry)})",
            ))
            return None
        if "unit" in entry and not _same_unit(entry["unit"], unit):
            how = {language: unit_given(unit, example, language) for language in ("en", "nb")}
            problems.append(_problem(
                field, f"unit '{entry['unit']}' differs from the parameter's unit '{unit}': give the value {how['en']}",
                f"enheten '{entry['unit']}' er ikke parameterens enhet '{unit}': oppgi verdien {how['nb']}",
            ))
            return None
        entry = entry["value"]
    return _checked_value(entry, unit, example, field, problems)


def unit_given(unit: str | None, latest, language: str) -> str:
    """How a value is given in `unit`, and the parameter's latest value as an example: «in G, times the grunnbeløp;
    its latest value is 6 G»."""
    unit_named = {"nb": f"i {unit}", "en": f"in {unit}"} if unit else {"nb": "i parameterens enhet", "en": "in the parameter's unit"}
    words = UNIT_GIVEN.get(unit, unit_named)[language]
    if latest is None or isinstance(latest, bool):
        return words
    latest_text = value_with_unit(latest, unit, language)
    return f"{words}; den siste verdien er {latest_text}" if language == "nb" else f"{words}; its latest value is {latest_text}"


def _same_unit(given, unit) -> bool:
    given = str(given)
    return (UNIT_ALIASES.get(given.lower(), given)) == unit


def _checked_value(value, unit, example, field, problems):
    if isinstance(example, bool):
        if not isinstance(value, bool):
            problems.append(_problem(field, f"must be true or false (found {value!r})", f"må være true eller false (fant {value!r})"))
            return None
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(_problem(field, f"must be a number (found {value!r}): give it {unit_given(unit, example, 'en')}",
                                 f"må være et tall (fant {value!r}): oppgi det {unit_given(unit, example, 'nb')}"))
        return None
    if value < 0:
        problems.append(_problem(field, f"must not be negative (found {value})", f"kan ikke være negativ (fant {value})"))
        return None
    if unit == "percent" and value > PERCENT_MAXIMUM:
        problems.append(_problem(field, f"a percent cannot exceed {PERCENT_MAXIMUM} (found {value})", f"en prosent kan ikke være over {PERCENT_MAXIMUM} (fant {value})"))
        return None
    if unit == "currency-NOK" and value > KRONER_MAXIMUM:
        most = kroner_text(KRONER_MAXIMUM)
        problems.append(_problem(field, f"an amount cannot exceed {most}, the most the model counts exactly (found {value})",
                                 f"et beløp kan ikke være over {most}, det meste modellen regner nøyaktig med (fant {value})"))
        return None
    return value


LIMITS = {  # metadata key → (holds, English, bokmål)
    "above": (lambda value, limit: value > limit, "must be above", "må være over"),
    "at_least": (lambda value, limit: value >= limit, "must be at least", "må være minst"),
    "at_most": (lambda value, limit: value <= limit, "must be at most", "må være høyst"),
}


def _within_limits(value, path, limits: dict, unit, field, problems):
    """`value` when inside the parameter's `limits` (its metadata), else None and a problem naming them."""
    if value is None or isinstance(value, bool):
        return value
    for key, (holds, en, nb) in LIMITS.items():
        if key in limits and not holds(value, limits[key]):
            bound = {language: value_with_unit(limits[key], unit, language) for language in ("en", "nb")}
            problems.append(_problem(field, f"{path} {en} {bound['en']} (found {value:g})",
                                     f"{path} {nb} {bound['nb']} (fant {_number(value, 'nb')})"))
            return None
    return value


def value_with_unit(value, unit: str | None, language: str = "en") -> str:
    """A parameter's value as a reader reads it: kroner whole and with a space between thousands, as every amount
    shown («15 156 kr»), other units in words («20 %», «12 timer», «7 G», «0,64»); «–» before the parameter's first
    value."""
    if value is None:
        return "–"
    if unit == "currency-NOK" and not isinstance(value, bool):
        return kroner_text(value)
    number = _number(value, language)
    words = UNIT_WORDS.get(unit)
    if words is None:
        return f"{number} {unit or ''}".rstrip()
    one, several = words[language]
    return (one if value == 1 else several).format(n=number)


def _number(value, language: str) -> str:
    """A number as written in the language: «0,64» in bokmål, «0.64» in English."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "nb" else text


def _problem(field, en, nb) -> ReformProblem:
    return ReformProblem(field, en, nb)


def apply_overrides(parameters: ParameterNode, overrides) -> ParameterNode:
    """Set each override on `parameters` (a copy the reform owns); each leaf keeps its metadata."""
    for override in sorted(overrides, key=lambda o: (o.path, o.start)):
        leaf = find(parameters, override.path)
        if not isinstance(leaf, Parameter):
            raise ReformError("parameters", [_problem(override.path, "unknown parameter path in this tax-benefit system", "ukjent parametersti i dette systemet")])
        leaf.update(start=periods.instant(override.start.isoformat()), value=override.value)
    return parameters


def value_on(parameters: ParameterNode, path: str, on: date):
    """The value of a parameter in force on a date, or None before its first value or where the tree has no such
    parameter (one a Python reform adds is not in the baseline's)."""
    leaf = find(parameters, path)
    for value in getattr(leaf, "values_list", None) or []:  # newest first
        if value.instant_str <= on.isoformat():
            return value.value
    return None
