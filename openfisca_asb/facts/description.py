"""How to ask for a fact: its kind, allowed values and what it affects.

The vocabulary (`facts/vocabulary.py`) says what a fact is in words (holder,
question, unit, range); the model's input variable (`variables/**/facts.py`) says
what type of value it holds. This module joins the two into the description the
API and page ask with; `fact_kind` is the one place the value types are told apart.
"""

import re
from datetime import date
from typing import Literal

from openfisca_core.indexed_enums import Enum

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import DECLARATION, Fact, checklists, vocabulary
from openfisca_asb.rules.tristate import FactAnswer


FactKind = Literal["answer", "choice", "number", "integer", "boolean", "text", "date"]
KINDS = {float: "number", int: "integer", bool: "boolean", str: "text", date: "date"}


def fact_kind(variable) -> FactKind:
    """What a variable's value is: a yes/no/unknown answer, another choice, a number, text or a date."""
    if variable.value_type is Enum:
        return "answer" if variable.possible_values is FactAnswer else "choice"
    return KINDS[variable.value_type]


def allowed_values(variable) -> list[dict] | None:
    if fact_kind(variable) not in ("answer", "choice"):
        return None
    return [{"value": item.name, "label": item.value} for item in variable.possible_values]


# A choice's label is «Bokmål (English)», every one of them, numbers and all (review s21 page L4: the sats labels kept
# their Norwegian in English). The page reads labels the same way (api/static/js/format.js `choiceLabel`).
BILINGUAL_LABEL = re.compile(r"^(.+?) \(([^()]+)\)$")


def choice_label(label: str, language: str) -> str:
    """A choice's label in one language: «Cøliaki (coeliac disease)» is «Cøliaki» in bokmål, «Coeliac disease» in English."""
    found = BILINGUAL_LABEL.match(label)
    if found is None:
        return label
    return found[1] if language == "nb" else found[2][:1].upper() + found[2][1:]


def choice_labels(variable, language: str) -> dict[str, str]:
    """A choice fact's values (by name) and their labels in one language; empty for any other kind of fact."""
    return {item["value"]: choice_label(item["label"], language) for item in allowed_values(variable) or []
            if fact_kind(variable) == "choice"}


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
    checklist = {"checklist": checklists()[fact.id]} if fact.id in checklists() else {}  # its gate (ADR 0028)
    gate = {"asked_after": fact.asked_after} if fact.asked_after else {}  # asked only after this gate's answer (ADR 0014)
    return {
        **fact.model_dump(mode="json", exclude_none=True, exclude=DECLARATION),
        **checklist,
        **gate,
        "kind": fact_kind(variable),
        "allowed_values": allowed_values(variable),
        "label": variable.label,
        "affects": affects,
    }
