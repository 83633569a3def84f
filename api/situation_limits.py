"""What /calculate and /trace check before OpenFisca reads a situation.

OpenFisca's situation builder accepts what JSON can say: NaN, a negative income,
`true` as a number, a date as a number of days, axes of millions of cells, periods
decades before the rules begin. Each is refused here, with a 413 naming the limit
(and the setting that changes it) or a 422 naming the place in the situation.
"""

import math
import re
from datetime import date

from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from api.errors import ApiError, problem
from openfisca_asb.facts.national_id import WHY_EN, WHY_NB, looks_like_national_id
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, range_text
from openfisca_asb.facts.messages import echoed

MAX_PROBLEMS = 10
# OpenFisca's web API addresses values by path ("persons/ida/..."): an id with a slash, or none, breaks it.
MEMBER_ID = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


def _too_large(what_en: str, what_nb: str, limit: int, setting: str, field: str) -> ApiError:
    return ApiError(413, "situation_too_large",
                    f"Situasjonen er for stor: {what_nb}; høyst {limit} ({setting}).",
                    f"The situation is too large: {what_en}; at most {limit} ({setting}).",
                    [problem(field, f"at most {limit} ({setting})", f"høyst {limit} ({setting})", {"le": limit})])


def _invalid(problems: list[dict]) -> ApiError:
    return ApiError(422, "invalid_situation", "Situasjonen er ugyldig. Se hvert felt under problems.",
                    "The situation is not valid. See each field under problems.", problems[:MAX_PROBLEMS])


def axis_cells(axes) -> int:
    """Cells of the axes grid: the product, over perpendicular axes, of the largest count of each parallel group."""
    cells = 1
    for group in axes if isinstance(axes, list) else []:
        counts = [axis.get("count") for axis in group if isinstance(axis, dict)] if isinstance(group, list) else []
        counts = [count for count in counts if isinstance(count, int) and not isinstance(count, bool)]
        cells *= max(counts, default=1)
    return cells


def check_size(situation: dict, system, settings) -> None:
    persons = situation.get("persons")
    count = len(persons) if isinstance(persons, dict) else 0
    if count > settings.max_situation_persons:
        raise _too_large(f"{count} persons", f"{count} personer", settings.max_situation_persons, "ASB_MAX_SITUATION_PERSONS", "persons")
    axes = situation.get("axes")
    cells = axis_cells(axes) * max(count, 1)
    if cells > settings.max_axis_cells:
        raise _too_large(f"axes of {cells} cells (the product of the counts, times {max(count, 1)} persons)",
                         f"akser med {cells} celler (produktet av antallene, ganger {max(count, 1)} personer)",
                         settings.max_axis_cells, "ASB_MAX_AXIS_CELLS", "axes")


def _period_problem(text, field: str) -> dict | None:
    if not isinstance(text, str):
        return problem(field, "a period is written as text, e.g. 2024-09 or 2024", "en periode skrives som tekst, f.eks. 2024-09 eller 2024")
    if text.upper() == "ETERNITY":
        return None
    try:
        period = periods.period(text)
    except (ValueError, TypeError, AttributeError):
        return None  # OpenFisca names a malformed period itself
    start, stop = period.start.date, period.stop.date
    if FIRST_DATE <= start and stop <= LAST_DATE:
        return None
    return problem(field, f"the period {text} is outside the dates the model covers ({range_text('en')})",
                   f"perioden {text} er utenfor datoene modellen dekker ({range_text('nb')})",
                   {"ge": FIRST_DATE.isoformat(), "le": LAST_DATE.isoformat()})


class PeriodMismatch(Exception):
    """A value given or asked for a period the variable is not defined for: OpenFisca's 400, in its shape."""

    def __init__(self, name: str, unit: str, text: str, field: str):
        super().__init__(f"'{name}' must be computed for a whole {unit}; the period '{text}' at {field} is not one.")


def _check_unit(text, variable, field: str) -> None:
    unit = str(getattr(variable.definition_period, "value", variable.definition_period))
    if unit not in ("month", "year") or not isinstance(text, str) or text.upper() == "ETERNITY":
        return
    try:
        period = periods.period(text)
    except (ValueError, TypeError, AttributeError):
        return
    if str(getattr(period.unit, "value", period.unit)) != unit or period.size != 1:
        raise PeriodMismatch(variable.name, unit, text, field)


def _value_problem(value, variable, field: str) -> dict | None:
    if value is None:
        return None  # a variable asked for
    kind = variable.value_type
    if kind in (float, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return problem(field, "must be a finite number (not text, true/false, NaN or Infinity)",
                           "må være et endelig tall (ikke tekst, true/false, NaN eller Infinity)")
        fact = vocabulary().get(variable.name)
        low = fact.minimum if fact else None
        high = fact.maximum if fact else None
        if low is not None and value < low or high is not None and value > high:
            return problem(field, f"must be from {low} to {high}", f"må være fra {low} til {high}", {"ge": low, "le": high})
    elif kind is bool and not isinstance(value, bool):
        return problem(field, "must be true or false", "må være true eller false")
    elif kind is date:
        written = isinstance(value, str) and len(value) == 10
        try:
            born = date.fromisoformat(value) if written else None
        except ValueError:
            born = None
        if born is None:
            return problem(field, "must be a date written YYYY-MM-DD", "må være en dato skrevet ÅÅÅÅ-MM-DD")
    elif (kind is Enum or kind is str) and not isinstance(value, str):
        return problem(field, "must be text", "må være tekst")
    return None


def _names_a_national_id(variables) -> bool:
    """Whether a group's roles name a member by what looks like a fødselsnummer ("children": ["01018012345"])."""
    named = [] if not isinstance(variables, dict) else [member for value in variables.values()
                                                          for member in (value if isinstance(value, list) else [value])]
    return any(isinstance(member, str) and looks_like_national_id(member) for member in named)


def _national_id_problem(plural: str, number: int) -> dict:
    """A member named by what looks like a fødselsnummer: the field is the entity and the member's place, never the id."""
    return problem(f"{plural}.#{number}", f"the id of member number {number} (or a member its roles name) {WHY_EN}",
                   f"id-en til medlem nummer {number} (eller et medlem rollene dets nevner) {WHY_NB}")


def check_values(situation: dict, system) -> None:
    """Periods inside the model's dates, values of the variable's type (and a fact's bounds)."""
    found: list[dict] = []
    plurals = {entity.plural for entity in system.entities}
    for plural, members in situation.items():
        if plural not in plurals or not isinstance(members, dict):
            continue
        for number, (member_id, variables) in enumerate(members.items(), start=1):
            if looks_like_national_id(member_id) or _names_a_national_id(variables):
                found.append(_national_id_problem(plural, number))
                continue
            if not MEMBER_ID.fullmatch(member_id):
                found.append(problem(f"{plural}.{member_id}", f"an id is 1 to 64 letters, digits, '_', '-' or '.' (found '{echoed(member_id)}')",
                                     f"en id er 1 til 64 bokstaver, sifre, '_', '-' eller '.' (fant '{echoed(member_id)}')",
                                     {"pattern": MEMBER_ID.pattern}))
                continue
            if not isinstance(variables, dict):
                continue
            for name, dated in variables.items():
                variable = system.variables.get(name)
                if variable is None or not isinstance(dated, dict):
                    continue  # a role, or a name OpenFisca reports
                for period, value in dated.items():
                    field = f"{plural}.{member_id}.{name}.{period}"
                    outside = _period_problem(period, field)
                    if outside is None:
                        _check_unit(period, variable, field)
                    found += [p for p in (outside, _value_problem(value, variable, field)) if p]
    for number, group in enumerate(situation.get("axes") or []):
        for index, axis in enumerate(group if isinstance(group, list) else []):
            if isinstance(axis, dict) and "period" in axis:
                found += [p for p in (_period_problem(axis["period"], f"axes.{number}.{index}.period"),) if p]
    if found:
        raise _invalid(found)
