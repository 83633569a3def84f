"""Answers that cannot all be true of one family, by the definition of the facts themselves.

Only a plain impossibility is refused, never an unusual family: each rule names the
caregivers' fact that at most one of them can answer yes, and the provision that
defines it. The family model (facts/family.py) refuses such a family with one
problem per answer, so the API's 422 and the CLI name every field. Once one caregiver
has answered yes, "no" is the only answer left to the others: the answer takes it as
theirs (`with_implied_answers`), so it is never asked, and no single change tried
(facts/variants.py) is one the family could not give (`contradicts`).
"""

from dataclasses import dataclass

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from openfisca_asb.rules.tristate import FactAnswer

YES, NO = FactAnswer.yes.name, FactAnswer.no.name  # yes/no answers as the family model holds them


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
                                     loc=("caregivers", i, rule.fact), input=YES) for i, _ in said_yes]
    if details:
        raise ValidationError.from_exception_data("Family", details)


def with_implied_answers(family):
    """The family with "no" for each caregiver who has not answered a rule's fact that another answered yes."""
    caregivers = list(family.caregivers)
    for rule in ONLY_ONE:
        said_yes = [c.id for c in caregivers if getattr(c, rule.fact, None) == YES]
        if len(said_yes) == 1:
            caregivers = [c.model_copy(update={rule.fact: NO}) if getattr(c, rule.fact, None) is None else c for c in caregivers]
    return family if caregivers == list(family.caregivers) else family.model_copy(update={"caregivers": caregivers})


def contradicts(family, fact: str, person: str | None, value) -> bool:
    """Whether `person` answering `value` to `fact` would break a rule above."""
    if value != YES or fact not in {rule.fact for rule in ONLY_ONE}:
        return False
    return any(getattr(c, fact, None) == YES for c in family.caregivers if c.id != person)


def first_yes_only(caregivers: list[dict]) -> list[dict]:
    """Drawn caregivers' answers (dicts) made possible: for each rule, a yes after the first is a no."""
    for rule in ONLY_ONE:
        said_yes = [c for c in caregivers if c.get(rule.fact) == YES]
        for caregiver in said_yes[1:]:
            caregiver[rule.fact] = NO
    return caregivers
