"""Why a benefit came out as it did: the condition tree, the parameters used, a curated trace.

The answer's simulation (the family and its single-fact variants), traced while it
computes the benefit's variables, then read for that benefit's results only; the
trace is cut down to what a caseworker reads: conditions as a tree, each computed value once with its
label, and every parameter value used with its source.
"""

from dataclasses import dataclass
from datetime import date

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.answer.answered_unknown import Key
from openfisca_asb.answer.assembler import Periods, answer_context
from openfisca_asb.catalogue import Benefit
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.answer.citation_texts import citations_note
from openfisca_asb.answer.per_system import condition_references
from openfisca_asb.answer.value_source import sources, value_source
from openfisca_asb.parameter_tree import find
from openfisca_asb.system import baseline_system
from openfisca_asb.rules.tristate import Outcome
from openfisca_asb.version import MODEL_VERSION


@dataclass
class _Reader:
    system: object
    rows: list
    person_index: int | None
    language: str = "nb"

    def value(self, node, position: int | None = None):
        """The node's value for the holder (or for the person at `position`; a family's value is the family's)."""
        variable = self.system.variables[node.name]
        if variable.entity.key == "familie":
            position = 0
        elif position is None:
            position = 0 if self.person_index is None else self.person_index
        raw = node.value[position] if node.value is not None and len(node.value) > position else None
        if raw is None:
            return None
        if variable.value_type is Enum:
            return list(variable.possible_values)[int(raw)].name
        if isinstance(raw, numpy.datetime64):
            return str(raw)
        value = raw.item() if hasattr(raw, "item") else raw
        return round(value, 2) if isinstance(value, float) else value

    def about(self, name: str, nodes, position: int | None) -> list[int | None]:
        """Whom a condition met on the way is about: the row it is read on, or each person of the other role
        (under a family's right, each person of the role its facts belong to, or everyone).

        A caregiver's benefit may rest on a condition computed for the child (pleiepenger_child_condition_age):
        on the caregiver's row it only holds the caregiver's own empty facts. A per-person condition whose facts
        all belong to the other role (a fact's `holder`), and whose value is not the same for the whole family
        (as a condition read through the family is), is read for each person of that role instead.
        """
        if self.system.variables[name].entity.key == "familie":
            return [position]
        holders = {vocabulary()[fact].holder for fact in _facts_below(name, nodes)} - {"person"}
        role = next(iter(holders)) if len(holders) == 1 else None
        if position is None:  # a family's right (barnekoordinator) resting on a condition about each child
            return [i for i, row in enumerate(self.rows) if role is None or row.role == role]
        values = {self.value(nodes[name], i) for i in range(len(self.rows))}
        if role not in ("child", "caregiver") or role == self.rows[position].role or len(values) == 1:
            return [position]
        return [i for i, row in enumerate(self.rows) if row.role == role]

    def by_person(self, node) -> dict[str, object] | None:
        """Every family member's value of a per-person condition: a caregiver's benefit
        may rest on a condition about the child, which is read on the child's row."""
        if self.system.variables[node.name].entity.key == "familie":
            return None
        return {row.person.id: self.value(node, i) for i, row in enumerate(self.rows)}


def _first_nodes(trees) -> dict[str, object]:
    """The node where each variable was computed (later reads are cached and have no children)."""
    found: dict[str, object] = {}

    def visit(node):
        if node.name not in found or (node.children and not found[node.name].children):
            found[node.name] = node
        for child in node.children:
            visit(child)

    for tree in trees:
        visit(tree)
    return found


def _facts_below(name, nodes, seen=()) -> set[str]:
    """The facts a computed value read, directly or through other values (the trace's tree below it)."""
    found = {name} & set(vocabulary())
    node = nodes.get(name)
    for child in dict.fromkeys(c.name for c in node.children) if node is not None else ():
        if child not in seen:
            found |= _facts_below(child, nodes, (*seen, name))
    return found


def _condition_trees(name, nodes, reader, on: date, position, seen=()) -> list[dict]:
    """The condition as read for each person it is about (see _Reader.about), with the conditions it is made of."""
    variable = reader.system.variables[name]
    node = nodes[name]
    references = condition_references(reader.system, name, on, reader.language)
    below = [child.name for child in node.children if _is_condition(reader.system, child.name) and child.name not in seen]
    return [{
        "variable": name,
        "label": variable.label,
        "person": None if about is None or variable.entity.key == "familie" else reader.rows[about].person.id,
        "outcome": reader.value(node, about),
        "by_person": reader.by_person(node),
        "reference": references[0].model_dump(),
        "references": [reference.model_dump() for reference in references],
        "conditions": [tree for child in dict.fromkeys(below) for tree in _condition_trees(child, nodes, reader, on, about, (*seen, name))],
    } for about in reader.about(name, nodes, position)]


def _is_condition(system, name) -> bool:
    variable = system.variables.get(name)
    return variable is not None and variable.value_type is Enum and variable.possible_values is Outcome


def _parameters_used(nodes, system) -> list[dict]:
    """Each parameter read, once: the value read on the date asked (`period`), the parameter's own description and
    reference, then what its file says of that value itself (value_source.py)."""
    used: dict[str, dict] = {}
    for node in nodes.values():
        for parameter in node.parameters:
            name = parameter.name.split("(")[0]
            leaf = find(system.parameters, name)
            if name in used or leaf is None:
                continue
            used[name] = {
                "parameter": name,
                "period": str(parameter.period),
                "value": parameter.value.item() if hasattr(parameter.value, "item") else parameter.value,
                "description": leaf.description,
                "reference": leaf.metadata.get("reference"),  # as the file writes it: an address or [{title, href}]
                "references": [source.model_dump() for source in sources(leaf.metadata.get("reference"))],
                **value_source(leaf, _day(parameter.period)),
            }
    return sorted(used.values(), key=lambda entry: entry["parameter"])


def _day(instant) -> date:
    """The day a parameter was read on, as the trace records it (an instant, "2024-09-01")."""
    return date.fromisoformat(str(instant)[:10])


def _calculation_basis(results, person_id) -> list[dict]:
    """The holder's calculation basis (beregningsgrunnlag, daily rate, who is paid) as the answer gives it."""
    return [line.model_dump() for r in results if r.person == person_id for line in r.calculation_basis]


def _trace(simulation, benefit: Benefit, on: date) -> list:
    """The trace trees of computing the benefit's variables in the answer's simulation, before anything else is
    computed in it: every value is computed and traced there, as it would be in a simulation of the family alone."""
    simulation.trace = True
    period = Periods.of(on).of_benefit(benefit)
    for name in benefit.variables.names():
        simulation.calculate(name, period)
    trees = simulation.tracer.trees
    simulation.trace = False  # the results read next are not traced
    return trees


def _shown(condition, shown_in_answer: set[str] | None) -> bool:
    """A condition as the holder's answer shows it (the child-alive one only once the child has died, ADR 0034);
    with no holder to answer for, every condition but that one."""
    return condition.variable in shown_in_answer if shown_in_answer is not None else not condition.after_death


def explain(family, benefit: Benefit, on: date, language: str = "nb", system=None, catalogue_overrides=None,
            unknown: set[Key] = frozenset()) -> dict:
    """The benefit's results (their missing facts answered "don't know", `unknown`, marked so), condition trees,
    parameters used and trace."""
    system = system or baseline_system()
    context = answer_context(family, on, language, system=system, catalogue_overrides=catalogue_overrides,
                             unknown=frozenset(unknown))
    nodes = _first_nodes(_trace(context.results.simulation, benefit, on))
    results = context.results_of(benefit.id)
    rows = [row for row in context.results.rows if row.family == context.number]  # the family's rows; its variants' follow
    holders = [(i, row.person.id) for i, row in enumerate(rows) if row.role == benefit.holder] or [(None, None)]
    shown = {r.person: {c.variable for c in r.conditions} for r in results}
    explained = []
    for person_index, person_id in holders:
        reader = _Reader(system, rows, person_index, language)
        explained.append({
            "person": person_id,
            "calculation_basis": _calculation_basis(results, person_id),
            "condition_tree": [tree for c in benefit.conditions if c.variable in nodes and _shown(c, shown.get(person_id))
                               for tree in _condition_trees(c.variable, nodes, reader, on, person_index)],
            "trace": [
                {"variable": name, "label": system.variables[name].label, "period": str(node.period), "value": reader.value(node)}
                for name, node in nodes.items()
                if name not in vocabulary() and not _is_condition(system, name)
            ],
        })
    return {
        "model_version": MODEL_VERSION,
        "legal_date": on.isoformat(),
        "citations_note": citations_note(on, language),
        "benefit": benefit.id,
        "results": [r.model_dump(mode="json") for r in results],
        "parameters": _parameters_used(nodes, system),
        "explanations": explained,
    }
