"""The questions whose answer would say a right is already granted (review s21 page H1, ADR 0014 addendum 0.19.0).

A right the family is entitled to or should be assessed for is a step of the application plan unless the family
says the deciding agency has already granted it (the catalogue's `application.already_granted`, ADR 0042). Where
that fact is not given, its answer decides whether the family applies at all: «Har NAV allerede innvilget en sats
for hjelpestønad?» is what tells a family with sats 3 not to apply again. Which answer means so is the right's own
catalogue data; nothing here names a right.
"""

from openfisca_asb.answer.already_granted import NOT_CONCERNED, already_granted
from openfisca_asb.answer.assembler import AMOUNT_OPEN_STATUSES, DONT_KNOW
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.family import holders_of
from openfisca_asb.facts.gates import gate_answering
from openfisca_asb.facts.vocabulary import vocabulary

Key = tuple[str, str | None]  # (fact, person); person None for a family fact


def facts_that_would_grant(result, family, unknown: set[Key]) -> list[Key]:
    """The (fact, person) of `result`'s `already_granted` fact that the family has not given nor answered «don't
    know», where a granting answer from each of them would make the right already granted — given the family's other
    answers (a frilanser's omsorgspenger is claimed from NAV all the same, so nothing is asked for it). Empty for a
    right the plan does not hold, or whose entry declares no grant."""
    application = catalogue()[result.benefit].application
    declared = application.already_granted if application and result.status in AMOUNT_OPEN_STATUSES else None
    if declared is None:
        return []
    persons = _persons_for(declared.fact, result, family)
    open_keys = [(declared.fact, person_id) for person_id, person in persons
                 if _answer(declared.fact, person_id, person, unknown) is None]
    if not open_keys:
        return []

    def answers_of(fact_id: str) -> list:
        answers = [_answer(fact_id, person_id, person, unknown) for person_id, person in _persons_for(fact_id, result, family)]
        if fact_id != declared.fact:
            return answers
        return [declared.values[0] if answer is None else answer for answer in answers]

    return open_keys if already_granted(declared, answers_of) else []


def _persons_for(fact_id: str, result, family) -> list[tuple[str | None, object]]:
    """The persons a fact is about for one holder's right: the holder alone where the fact is of the right's own
    kind of holder (a child's sats for that child's hjelpestønad), every holder of the fact otherwise (each child's
    accepted chronic illness for a parent's omsorgspenger)."""
    holder = vocabulary()[fact_id].holder
    persons = holders_of(family, holder)
    if holder == catalogue()[result.benefit].holder and result.person is not None:
        persons = [(person_id, person) for person_id, person in persons if person_id == result.person]
    return persons


def _answer(fact_id: str, person_id: str | None, person, unknown: set[Key]):
    """The person's answer as the catalogue names answers: «unknown» for «don't know», NOT_CONCERNED where a group
    gate's «no» answered it (ADR 0026), None where nothing is given."""
    value = getattr(person, fact_id, None)
    if (fact_id, person_id) in unknown or value == DONT_KNOW:
        return DONT_KNOW
    if value is None:
        return NOT_CONCERNED if gate_answering(person, fact_id) else None
    return getattr(value, "value", value)
