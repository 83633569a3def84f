"""Single-fact variants of a family: "what one change would alter the outcome?"

Each variant is the family with one fact of one person changed. The situation
builder writes them as extra families of the same vectorised simulation.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.facts.caregiver_choices import CAREGIVERS, caregivers_to_try
from openfisca_asb.facts.contradictions import contradicts
from openfisca_asb.facts.gates import GATE_NO, group_gates
from openfisca_asb.facts.vocabulary import Fact, vocabulary
from openfisca_asb.facts.family import holders_of
from openfisca_asb.facts.description import fact_kind
from openfisca_asb.parameter_tree import find, leaves
from openfisca_asb.rules.tristate import FactAnswer

UNKNOWN = FactAnswer.unknown.name  # "don't know": a choice's answer that is no change to try
YES = FactAnswer.yes.name


@dataclass(frozen=True)
class Variant:
    fact: str
    person: str | None  # None for a family fact
    value: str | float


def _alternatives(fact: Fact, variable, current) -> list:
    kind = fact_kind(variable)
    if kind in ("answer", "choice"):
        # A choice's "unknown" is not an answer that changes anything for the family: it is "don't know".
        names = ["yes", "no"] if kind == "answer" else [item.name for item in variable.possible_values if item.name != UNKNOWN]
        return [name for name in names if name != current]
    if kind in ("number", "integer"):
        return [variable.value_type(value) for value in fact.probe_values if value != current]
    return []


def single_fact_variants(family, system, facts: set[str], values_to_try: dict | None = None) -> list[Variant]:
    """Every single change of one of `facts` for one person of the family; `values_to_try` gives the values to
    try for a (fact, person) instead of the fact's own (a child's grades a year either way of its age's). A fact
    chosen among the caregivers (the caregiver a child lives with alone) is tried with each of them, where the
    interview may ask it (facts/caregiver_choices.py)."""
    variants = []
    for fact_id in sorted(facts):
        fact = vocabulary()[fact_id]
        variable = system.variables[fact_id]
        for person_id, holder in holders_of(family, fact.holder):
            current = getattr(holder, fact_id, None)
            values = (values_to_try or {}).get((fact_id, person_id))
            if values is None and fact.one_of == CAREGIVERS:
                values = caregivers_to_try(fact_id, family, holder)
            alternatives = _alternatives(fact, variable, current) if values is None else [
                variable.value_type(value) for value in values if value != current]
            # A change the family could not give (facts/contradictions.py) is not tried, nor a group gate's "yes"
            # turned "no": a family that said its child needs more cannot act on "if it did not" (review s19 L1).
            variants.extend(Variant(fact_id, person_id, value) for value in alternatives
                            if not contradicts(family, fact_id, person_id, value)
                            and not _takes_back_a_need(fact_id, current, value))
    return variants


def rates_to_try(family, system, on: date) -> dict[tuple[str, str | None], list[float]]:
    """(fact, person) → the thresholds "what would change it" tries for a fact with `probe_rates`: that parameter's
    values on `on` (each sats of grunnstønad in force then), not a year's figures written down once."""
    found = {}
    for fact in vocabulary().values():
        if fact.probe_rates is None:
            continue
        rates = sorted({float(leaf(on.isoformat())) for leaf in leaves(find(system.parameters, fact.probe_rates))})
        found |= {(fact.id, person_id): rates for person_id, _ in holders_of(family, fact.holder)}
    return found


def _takes_back_a_need(fact_id: str, current, value) -> bool:
    return fact_id in group_gates() and current == YES and value == GATE_NO
