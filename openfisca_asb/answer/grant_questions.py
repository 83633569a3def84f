"""The questions whose answer would say a right is already granted (review s21 page H1, ADR 0014 addendum 0.19.0).

A right the family is entitled to or should be assessed for is a step of the application plan unless the family
says the deciding agency has already granted it (the catalogue's `application.already_granted`, ADR 0042): then
nothing is sent, or only a change told to the agency. Where that fact is not given, its answer decides whether the
family applies at all: «Har NAV allerede innvilget en sats for hjelpestønad?» is what tells a family with sats 3 not
to apply again. Which answer means so is the right's own catalogue data; nothing here names a right.
"""

from openfisca_asb.answer.already_granted import NOT_CONCERNED, grant_of
from openfisca_asb.answer.assembler import AMOUNT_OPEN_STATUSES
from openfisca_asb.answer.right_persons import answers_to, persons_for
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary

Key = tuple[str, str | None]  # (fact, person); person None for a family fact


def facts_that_would_grant(result, family, unknown: set[Key]) -> list[Key]:
    """The (fact, person) of `result`'s `already_granted` fact that the family has neither given nor answered «don't
    know», where a granting answer from each of them would make the right granted (or granted with a change to tell)
    given the family's other answers: a self-employed parent's omsorgspenger are claimed from NAV all the same, so
    nothing is asked for them. Empty for a right the plan does not hold, or whose entry declares no grant."""
    benefit = catalogue()[result.benefit]
    declared = benefit.application.already_granted if benefit.application and result.status in AMOUNT_OPEN_STATUSES else None
    if declared is None:
        return []
    answers = answers_to(family, declared.fact, result.person, benefit.holder, unknown, NOT_CONCERNED)
    persons = persons_for(family, vocabulary()[declared.fact].holder, result.person, benefit.holder)
    open_keys = [(declared.fact, person_id) for (person_id, _), answer in zip(persons, answers) if answer is None]
    if not open_keys:
        return []

    def answers_of(fact_id: str) -> list:
        given = answers_to(family, fact_id, result.person, benefit.holder, unknown, NOT_CONCERNED)
        return [declared.values[0] if answer is None else answer for answer in given] if fact_id == declared.fact else given

    grant = grant_of(declared, answers_of)
    return open_keys if grant.granted or grant.tell is not None else []
