"""Answers that cannot all be true of one family, by the definition of the facts themselves.

Only a plain impossibility is refused, never an unusual family: each rule names the
caregivers' fact that at most one of them can answer yes, and the provision that
defines it. The family model (facts/family.py) refuses such a family with one
problem per answer, so the API's 422 and the CLI name every field.
"""

from dataclasses import dataclass

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from openfisca_asb.rules.tristate import FactAnswer

YES = FactAnswer.yes.name  # a yes/no answer as the family model holds it


@dataclass(frozen=True)
class OnlyOne:
    """A caregivers' yes/no fact at most one caregiver of a family can answer yes."""

    fact: str
    en: str
    nb: str


ONLY_ONE = [
    # ftrl § 9-6: a parent is temporarily alone with the care when the other parent cannot supervise the children
    # for at least six months. Then the other parent is not alone with them: both cannot be.
    OnlyOne(
        fact="omsorgspenger_temporarily_alone",
        en="at most one caregiver can be temporarily alone with the care (folketrygdloven § 9-6: alone because the "
           "other parent cannot supervise the children); answered yes by {persons}",
        nb="bare én omsorgsperson kan være midlertidig alene om omsorgen (folketrygdloven § 9-6: alene fordi den "
           "andre forelderen ikke kan ha tilsyn med barna); svart ja av {persons}",
    ),
]


def refuse_contradictions(family) -> None:
    """Raise a ValidationError naming each caregiver's answer of every rule above the family breaks."""
    details = []
    for rule in ONLY_ONE:
        said_yes = [(i, c.id) for i, c in enumerate(family.caregivers) if getattr(c, rule.fact, None) == YES]
        if len(said_yes) < 2:
            continue
        persons = [person for _, person in said_yes]
        context = {"persons": " and ".join(persons), "nb": rule.nb.format(persons=" og ".join(persons))}
        details += [InitErrorDetails(type=PydanticCustomError("contradictory_answers", rule.en, context),
                                     loc=("caregivers", i, rule.fact), input="yes") for i, _ in said_yes]
    if details:
        raise ValidationError.from_exception_data("Family", details)
