"""How to ask for a fact: its kind, allowed values and what it affects."""

from openfisca_core.indexed_enums import Enum

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import Fact, vocabulary
from openfisca_asb.rules.tristate import Answer


def fact_kind(variable) -> str:
    if variable.value_type is Enum:
        return "answer" if variable.possible_values is Answer else "choice"
    return {float: "number", int: "integer", bool: "boolean", str: "text"}.get(variable.value_type, "date")


def allowed_values(variable) -> list[dict] | None:
    if variable.value_type is not Enum:
        return None
    return [{"value": item.name, "label": item.value} for item in variable.possible_values]


def benefits_affected(graph) -> dict[str, list[str]]:
    """fact id → ids of the benefits whose status or amount depends on it."""
    affected: dict[str, list[str]] = {fact_id: [] for fact_id in vocabulary()}
    for benefit in catalogue().values():
        facts = set().union(*(graph.facts_below(name) for name in benefit.variables.names()))
        for fact_id in facts:
            affected[fact_id].append(benefit.id)
    return affected


def describe_fact(fact: Fact, system, affects: list[str]) -> dict:
    variable = system.variables[fact.id]
    return {
        **fact.model_dump(mode="json", exclude_none=True),
        "kind": fact_kind(variable),
        "allowed_values": allowed_values(variable),
        "label": variable.label,
        "affects": affects,
    }
