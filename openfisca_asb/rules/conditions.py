"""The kinds of variable the rules are written in, each with its fixed header said once.

A legal condition is met, not met or unknown (ADR 0002), per month; a class
that inherits `Condition` states only its entity, label, provision and formula:

    class hjelpestonad_condition_care_need(Condition):
        entity = Person
        label = "Hjelpestønad: særskilt tilsyn og pleie ..."
        reference = ftrl("6-4", ledd=(2, 3))

        def formula(person, period): ...

A condition that only passes a family's yes/no answer on names the fact and
needs no formula: `class ...(Condition, fact="has_lasting_illness")`.

OpenFisca reads a variable's header from the class's own attributes (not
inherited ones), and registers only variables written as `class` statements in
a file under variables/; so the bases copy their defaults into each subclass
instead of holding them, and a pass-through condition is still a class.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY, MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import Answer, Outcome, from_answer


class _WithDefaults(Variable):
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


class Condition(_WithDefaults):
    """A legal condition: met, not met or unknown; unknown until a formula says otherwise."""

    defaults = {
        "value_type": Enum,
        "possible_values": Outcome,
        "default_value": Outcome.unknown,
        "definition_period": MONTH,
    }

    def __init_subclass__(cls, fact: str | None = None, **kwargs):
        if fact is not None:
            cls.formula = _passes_on(fact)
        super().__init_subclass__(**kwargs)


def _passes_on(fact: str):
    def formula(entity, period):
        return from_answer(entity(fact, period))

    formula.__doc__ = f"Met when the answer to `{fact}` is yes, not met when it is no, unknown when the family does not know."
    return formula


class YesNoFact(_WithDefaults):
    """A yes/no question to the family, answered once (ETERNITY); unknown until answered (ADR 0001)."""

    defaults = {
        "value_type": Enum,
        "possible_values": Answer,
        "default_value": Answer.unknown,
        "definition_period": ETERNITY,
    }


class BenefitStatus(_WithDefaults):
    """A benefit's status for the month: entitled, not entitled, to be assessed or missing information."""

    defaults = {
        "value_type": Enum,
        "possible_values": Status,
        "default_value": Status.missing_information,
        "definition_period": MONTH,
    }


class MonthlyAmount(_WithDefaults):
    """An amount of money for the month, in kroner."""

    defaults = {
        "value_type": float,
        "definition_period": MONTH,
        "unit": "currency-NOK",
    }
