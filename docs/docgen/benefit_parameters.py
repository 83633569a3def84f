"""Which parameters each benefit depends on, read from the model (as explanation.py does).

Three sources, joined: the parameters its variables read in a traced simulation of
a small probe family; the catalogue's `rate_parameters`; and the parameters filed
in a folder named after the benefit (e.g. `folketrygd.omsorgspenger.*`, which also
holds the employer period read only by the payer variables).
"""

from collections import defaultdict
from datetime import date

from openfisca_asb.answer.assembler import Periods
from openfisca_asb.facts.dependencies import PROBE_FAMILY
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.situation import build_simulation
from openfisca_asb.parameter_tree import find, leaves, walk



def _variables_of(benefit) -> list[str]:
    return benefit.variables.names() + [condition.variable for condition in benefit.conditions]


def _trace_graph(system, benefits, on: date) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """From one traced simulation: variable → variables it reads, variable → parameters it reads."""
    simulation, _ = build_simulation([Family.model_validate(PROBE_FAMILY)], system)
    simulation.trace = True
    periods = Periods.of(on)
    for benefit in benefits:
        for variable in _variables_of(benefit):
            simulation.calculate(variable, periods.of_benefit(benefit))
    reads: dict[str, set[str]] = defaultdict(set)
    parameters: dict[str, set[str]] = defaultdict(set)

    def visit(node):
        parameters[node.name] |= {parameter.name.split("(")[0] for parameter in node.parameters}
        for child in node.children:
            reads[node.name].add(child.name)
            visit(child)

    for tree in simulation.tracer.trees:
        visit(tree)
    return reads, parameters


def _read_below(name: str, reads: dict, parameters: dict, seen: set) -> set[str]:
    if name in seen:
        return set()
    seen.add(name)
    found = set(parameters.get(name, ()))
    for child in reads.get(name, ()):
        found |= _read_below(child, reads, parameters, seen)
    return found


def _leaf_paths(system, path: str) -> set[str]:
    node = find(system.parameters, path)
    if node is None:
        raise ValueError(f"docs: parameter '{path}' (catalogue or trace) is not in the model")
    return {leaf.name for leaf in leaves(node)}


def parameters_by_benefit(system, benefits, on: date) -> dict[str, list[str]]:
    """benefit id → the paths of the parameter leaves it depends on: its catalogue rates
    first, in the catalogue's order, then the others by path."""
    reads, parameters = _trace_graph(system, benefits, on)
    every_leaf = [leaf.name for leaf in leaves(system.parameters)]
    found = {}
    for benefit in benefits:
        rates = [leaf for path in benefit.rate_parameters for leaf in sorted(_leaf_paths(system, path))]
        others: set[str] = set()
        for variable in _variables_of(benefit):
            for path in _read_below(variable, reads, parameters, set()):
                others |= _leaf_paths(system, path)
        others |= {leaf for leaf in every_leaf if benefit.id in leaf.split(".")[:-1]}
        found[benefit.id] = list(dict.fromkeys(rates)) + sorted(others - set(rates))
    return found


def empty_folders(system, benefit) -> list:
    """Innermost parameter folders named after the benefit that hold no value yet (e.g. the
    kommune rates for omsorgsstønad: one file per kommune once a rate is verified)."""
    return [
        node for node in sorted(walk(system.parameters), key=lambda node: node.name)
        if benefit.id in node.name.split(".") and getattr(node, "children", None) == {}
    ]
