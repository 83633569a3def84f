"""Single-fact variants of a family: "what one change would alter the outcome?"

Each variant is the family with one fact of one person changed. The situation
builder writes them as extra families of the same vectorised simulation.
"""

from dataclasses import dataclass

from openfisca_asb.facts.contradictions import contradicts
from openfisca_asb.facts.vocabulary import Fact, vocabulary
from openfisca_asb.facts.family import holders_of
from openfisca_asb.facts.description import fact_kind
from openfisca_asb.rules.tristate import FactAnswer

UNKNOWN = FactAnswer.unknown.name  # "don't know": a choice's answer that is no change to try


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


def single_fact_variants(family, system, facts: set[str]) -> list[Variant]:
    """Every single change of one of `facts` for one person of the family."""
    variants = []
    for fact_id in sorted(facts):
        fact = vocabulary()[fact_id]
        variable = system.variables[fact_id]
        for person_id, holder in holders_of(family, fact.holder):
            for value in _alternatives(fact, variable, getattr(holder, fact_id, None)):
                if not contradicts(family, fact_id, person_id, value):  # a change the family could not give
                    variants.append(Variant(fact_id, person_id, value))
    return variants
