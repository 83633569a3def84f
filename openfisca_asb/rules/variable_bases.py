"""Bases for the kinds of variable the rules are written in, each header said once.

OpenFisca reads a variable's header (value type, default, period) from the
class's own attributes, not inherited ones; so a base here copies its
`defaults` into each subclass that does not set them itself. A subclass states
what is particular to it: entity, label, reference (a provision, see
provisions.py) and formula. `Condition` (conditions.py) is the legal condition.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.variables import Variable

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
