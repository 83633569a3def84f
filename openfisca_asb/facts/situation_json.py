"""A family as an OpenFisca situation (the JSON that `/calculate` takes).

For OpenFisca clients and benchmarks: the same facts the situation builder
sets as arrays, written as `{entity: {id: {variable: {period: value}}}}`.
"""

from datetime import date

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.gates import facts_given, with_gate_answers
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.facts.situation import CAREGIVER_NUMBER, NAMED_PERSON_COPIES, PERSON_ID, SOLE_CAREGIVER_NUMBER

ETERNITY = "ETERNITY"


def _value(value):
    return value.isoformat() if isinstance(value, date) else value


def _person_facts(person, holder_role: str) -> dict:
    given = with_gate_answers(facts_given(person))  # a group gate's "no" answers its followers, as in the builder
    return {fact.id: {ETERNITY: _value(given[fact.id])} for fact in vocabulary().values()
            if fact.holder in (holder_role, "person") and given.get(fact.id) is not None}


def situation(family, on: date, requested: bool = True) -> dict:
    """The family's facts, with every catalogue status and amount requested for `on` when `requested`."""
    month, year = f"{on:%Y-%m}", f"{on:%Y}"
    caregiver_ids = [c.id for c in family.caregivers]
    persons = {c.id: {**_person_facts(c, "caregiver"), CAREGIVER_NUMBER: {ETERNITY: n}, PERSON_ID: {ETERNITY: c.id},
                      **{copy: {ETERNITY: getattr(c, fact)} for fact, copy in NAMED_PERSON_COPIES.items() if getattr(c, fact, None)}}
               for n, c in enumerate(family.caregivers)}
    for child in family.children:
        sole = caregiver_ids.index(child.sole_caregiver) if child.sole_caregiver else -1
        persons[child.id] = {**_person_facts(child, "child"), SOLE_CAREGIVER_NUMBER: {ETERNITY: sole}, PERSON_ID: {ETERNITY: child.id}}
    familie = {"caregivers": caregiver_ids, "children": [c.id for c in family.children]}
    given = with_gate_answers(facts_given(family))
    familie.update({f.id: {ETERNITY: given[f.id]} for f in vocabulary().values()
                    if f.holder == "family" and given.get(f.id) is not None})
    if requested:
        _request_results(persons, familie, family, month, year)
    return {"persons": persons, "familier": {"familie": familie}}


def _request_results(persons, familie, family, month, year):
    holders = {"child": [c.id for c in family.children], "caregiver": [c.id for c in family.caregivers]}
    for benefit in catalogue().values():
        period = year if benefit.period == "year" else month
        names = [n for n in (benefit.variables.status, benefit.variables.amount) if n]
        targets = [familie] if benefit.holder == "family" else [persons[i] for i in holders[benefit.holder]]
        for target in targets:
            for name in names:
                target[name] = {period: None}
