"""Bases for the kinds of variable the rules are written in, each header said once.

OpenFisca reads a variable's header (value type, default, period) from the
class's own attributes, not inherited ones; so a base here copies its
`defaults` into each subclass that does not set them itself. A subclass states
what is particular to it: entity, label, reference (a provision, see
provisions.py) and formula. `Condition` (conditions.py) is the legal condition.
"""

import functools

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.person_id import ID_LENGTH
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import NOT_GIVEN, FactAnswer


class WithDefaults(Variable):
    """Copies `defaults` into each subclass that does not set them itself."""

    defaults: dict = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in cls._defaults().items():
            if name not in cls.__dict__:
                setattr(cls, name, value)

    @classmethod
    def _defaults(cls) -> dict:
        found = {}
        for base in reversed(cls.__mro__):
            found.update(base.__dict__.get("defaults", {}))
        return found


class YesNoFact(WithDefaults):
    """A yes/no question to the family, answered once (ETERNITY); unknown until answered (ADR 0001)."""

    defaults = {
        "value_type": Enum,
        "possible_values": FactAnswer,
        "default_value": FactAnswer.unknown,
        "definition_period": ETERNITY,
    }


class PersonIdText(WithDefaults):
    """A person's id in the family as text, once (ETERNITY), at most as long as an id may be; empty until given."""

    defaults = {
        "value_type": str,
        "max_length": ID_LENGTH,
        "default_value": "",
        "definition_period": ETERNITY,
    }


class NumberFact(WithDefaults):
    """A number the family gives once (ETERNITY); NOT_GIVEN (-1) until given, tested with `is_given` (ADR 0001)."""

    defaults = {
        "value_type": float,
        "default_value": NOT_GIVEN,
        "definition_period": ETERNITY,
    }


class BenefitStatus(WithDefaults):
    """A benefit's status for the month: entitled, not entitled, to be assessed or missing information.

    A status that follows its combined conditions and nothing else names them and
    needs no formula: `class hjelpestonad_status(BenefitStatus, conditions="hjelpestonad_conditions")`.
    """

    defaults = {
        "value_type": Enum,
        "possible_values": Status,
        "default_value": Status.missing_information,
        "definition_period": MONTH,
    }

    def __init_subclass__(cls, conditions: str | None = None, **kwargs):
        if conditions is not None:
            cls.formula = _status_of(conditions)
        super().__init_subclass__(**kwargs)


def _status_of(conditions: str):
    def formula(entity, period):
        return status_from(entity(conditions, period))

    formula.__doc__ = f"Entitled when `{conditions}` is met, not entitled when it is not met, missing information while it is unknown."
    return formula


class ChildRightStatus(BenefitStatus):
    """The status of a right the child holds, or of a right for the care of a child: as its formula says while the
    child lives, not entitled once its `while_alive` condition is not met (`child_alive`: from the month after the
    month of the child's death; a care right names the family's, `caregiver_child_alive` and the like; a folketrygd
    benefit given per month its own, `<right>_condition_child_alive`, which cites ftrl § 22-12 sjette ledd).

    A right the law continues after a death names a condition of its own:
    `class forhoyet_hjelpestonad_status(ChildRightStatus, while_alive="forhoyet_hjelpestonad_condition_after_death")`.
    """

    def __init_subclass__(cls, while_alive: str = "child_alive", **kwargs):
        super().__init_subclass__(**kwargs)
        for name, formula in list(vars(cls).items()):
            if name.startswith("formula"):
                setattr(cls, name, _ended_by_death(formula, while_alive))


# The best status a right can have while its `while_alive` condition is not met, unknown, met (NOT_MET, UNKNOWN, MET).
CEILING_BY_OUTCOME = (Status.not_entitled.index, Status.missing_information.index, Status.entitled.index)


def _ended_by_death(formula, while_alive: str):
    def ended(status, person, period):
        # Statuses run worst to best, conditions not met < unknown < met: an unknown `while_alive` leaves at most
        # "missing information", one not met "not entitled".
        ceiling = numpy.choose(numpy.asarray(person(while_alive, period), dtype=numpy.int16), CEILING_BY_OUTCOME)
        return numpy.minimum(numpy.asarray(status, dtype=numpy.int16), ceiling).astype(numpy.int16)

    if formula.__code__.co_argcount == 3:
        def with_parameters(person, period, parameters):
            return ended(formula(person, period, parameters), person, period)
        wrapped = with_parameters
    else:
        def without_parameters(person, period):
            return ended(formula(person, period), person, period)
        wrapped = without_parameters
    functools.update_wrapper(wrapped, formula)
    wrapped.__doc__ = f"{(formula.__doc__ or '').rstrip()}\n\nNot entitled once `{while_alive}` is not met: the right ends with the child's life."
    wrapped.while_alive = while_alive
    return wrapped


class BenefitReason(WithDefaults):
    """Which rule decided a benefit's outcome or amount, for the month: one of its reason Enum's codes, `none` by default.

    The subclass names its Enum: `class hjelpestonad_reason(BenefitReason, values=HjelpestonadReason)`.
    """

    defaults = {
        "value_type": Enum,
        "definition_period": MONTH,
    }

    def __init_subclass__(cls, values: type[Enum] | None = None, **kwargs):
        if values is not None:
            cls.possible_values = values
            cls.default_value = values.none
        super().__init_subclass__(**kwargs)


# Quantities: a value type, a period and a unit, nothing else.


class MonthlyAmount(WithDefaults):
    """An amount of money for the month, in kroner."""

    defaults = {"value_type": float, "definition_period": MONTH, "unit": "currency-NOK"}


class YearlyAmount(WithDefaults):
    """An amount of money for the calendar year, in kroner."""

    defaults = {"value_type": float, "definition_period": YEAR, "unit": "currency-NOK"}


class MonthlyPercent(WithDefaults):
    """A share for the month, in percent (0–100)."""

    defaults = {"value_type": float, "definition_period": MONTH, "unit": "percent"}


class YearlyDays(WithDefaults):
    """A number of whole days in the calendar year."""

    defaults = {"value_type": int, "definition_period": YEAR, "unit": "day"}
