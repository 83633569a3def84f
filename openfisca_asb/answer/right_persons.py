"""The persons a fact is about for one right, and their answers to it, as an application asks them (issue 18)."""

from openfisca_asb.facts.gates import gate_answering
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.tristate import FactAnswer


def persons_for(family, holder: str, person: str | None, right_holder: str) -> list[tuple[str | None, object]]:
    """(id, person) of those a fact held by `holder` is about for the right `person` holds (`right_holder`: child,
    caregiver or family): the right's own holder, and every one of the other role."""
    if holder == "family":
        return [(None, family)]
    children = [c for c in family.children if person in (None, c.id)] or list(family.children)
    caregivers = [c for c in family.caregivers if person in (None, c.id)] or list(family.caregivers)
    if right_holder == "child":
        caregivers = list(family.caregivers)
    if right_holder == "caregiver":
        children = list(family.children)
    persons = {"child": children, "caregiver": caregivers, "person": [*caregivers, *children]}[holder]
    return [(p.id, p) for p in persons]


def answers_to(family, fact_id: str, person: str | None, right_holder: str, unknown, not_concerned) -> list:
    """The answers to a fact of the persons it is about for the right, as JSON gives them; «don't know» (held in
    `unknown`) as "unknown"; `not_concerned` for a person whose group gate the family answered «no» (ADR 0026)."""
    answers = []
    for person_id, holder in persons_for(family, vocabulary()[fact_id].holder, person, right_holder):
        value = getattr(holder, fact_id, None)
        if value is None and gate_answering(holder, fact_id):
            answers.append(not_concerned)
        else:
            answers.append(FactAnswer.unknown.name if (fact_id, person_id) in unknown else plain(value))
    return answers


def plain(value):
    """A fact's value as JSON gives it (dates as ISO text, choices by name)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)
