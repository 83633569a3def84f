"""The legal condition: met, not met or unknown (ADR 0002), per month.

A class that inherits `Condition` states only its entity, label, provision and formula:

    class hjelpestonad_condition_care_need(Condition):
        entity = Person
        label = "Hjelpestønad: særskilt tilsyn og pleie ..."
        reference = ftrl("6-4", ledd=(2, 3))

        def formula(person, period): ...

A condition that only passes a family's yes/no answer on names the fact and
needs no formula: `class ...(Condition, fact="has_lasting_illness")`. It is
still a `class` statement, not a factory call, because OpenFisca registers only
variables written as classes in a file under variables/.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH

from openfisca_asb.rules.tristate import Outcome, from_answer
from openfisca_asb.rules.variable_bases import WithDefaults


class Condition(WithDefaults):
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
