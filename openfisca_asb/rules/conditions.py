"""The legal condition: met, not met or unknown (ADR 0002), per month.

A class that inherits `Condition` states only its entity, label, provision and formula:

    class hjelpestonad_condition_care_need(Condition):
        entity = Person
        label = "Hjelpestønad: særskilt tilsyn og pleie ..."
        reference = ftrl("6-4", ledd=(2, 3))

        def formula(person, period): ...

A condition that only passes a family's yes/no answer on, or only combines other
conditions, is declared in its right's `conditions.yaml` (ADR 0013, rules/declared.py),
which builds its formula here (`passing_on`, `combining`). A class may still name
the fact it passes on: `class ...(Condition, fact="has_lasting_illness")`.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH

from openfisca_asb.rules.tristate import Outcome, all_of, any_of, from_answer
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
            cls.formula = passing_on(fact)
        super().__init_subclass__(**kwargs)


def passing_on(fact: str):
    def formula(entity, period):
        return from_answer(entity(fact, period))

    formula.__doc__ = f"Met when the answer to `{fact}` is yes, not met when it is no, unknown when the family does not know."
    return formula


def same_as(condition: str, rule: str):
    """The formula met exactly when `condition` (a shared condition, e.g. `is_pupil`) is; `rule` says why it applies here."""

    def formula(entity, period):
        return entity(condition, period)

    formula.__doc__ = rule
    return formula


COMBINATIONS = {"all_of": all_of, "any_of": any_of}


def combining(how: str, conditions: list[str], rule: str):
    """The formula met when all (`all_of`, Kleene AND) or any (`any_of`, Kleene OR) of `conditions` are met; `rule` says it in words."""
    combine = COMBINATIONS[how]

    def formula(entity, period):
        return combine(*(entity(name, period) for name in conditions))

    formula.__doc__ = rule
    return formula
