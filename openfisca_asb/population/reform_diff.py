"""Which variables a reform changes, so a reform run computes only those.

Both systems are traced once on a small probe (the first families of the
population). A variable's signature is its formula's code, the parameter
values it read, and its dependencies' signatures; where the signatures differ
the reform changes it. Everything else is copied from the baseline simulation
of the same chunk, which is what keeps a reform comparison well under two runs.

Safety net: a parameter the reform changes that no traced formula read (read
in a way the tracer does not see) makes every variable count as changed.
"""

import hashlib

import numpy

from openfisca_asb.parameter_tree import leaves
from openfisca_asb.population.columnar import chunk_arrays
from openfisca_asb.population.frame import build_simulation

ALL = None  # every variable counts as changed


def affected_variables(baseline, reform, probe_table, requests) -> frozenset[str] | None:
    """Names of the variables whose values can differ under `reform`; ALL when that cannot be told."""
    traces = [_trace(system, probe_table, requests) for system in (baseline, reform)]
    signatures = [_signatures(traces[0], baseline), _signatures(traces[1], reform)]
    read = _parameters_read(traces[0]) | _parameters_read(traces[1])
    if not _changed_parameters(baseline.parameters, reform.parameters) <= read:
        return ALL
    keys = set(signatures[0]) | set(signatures[1])
    return frozenset(name for (name, period) in keys if signatures[0].get((name, period)) != signatures[1].get((name, period)))


def _trace(system, probe_table, requests):
    simulation = build_simulation(chunk_arrays(probe_table, system), system)
    simulation.trace = True
    for variable, period in requests:
        simulation.calculate(variable, period)
    return simulation.tracer.trees


def _signatures(trees, system) -> dict:
    """(variable, period) → digest; the first node for a key is the one that computed it (later ones read the cache)."""
    found: dict = {}

    def visit(node) -> str:
        key = (node.name, str(node.period))
        children = [visit(child) for child in node.children]
        if key in found:
            return found[key]
        digest = hashlib.sha256()
        digest.update(repr(key).encode())
        digest.update(_variable_fingerprint(system.variables.get(node.name)))
        for parameter in node.parameters:
            digest.update(parameter.name.encode())
            digest.update(_value_fingerprint(parameter.value))
        for child in children:
            digest.update(child.encode())
        found[key] = digest.hexdigest()
        return found[key]

    for tree in trees:
        visit(tree)
    return found


def _variable_fingerprint(variable) -> bytes:
    if variable is None:
        return b"-"
    parts = [variable.value_type.__name__, repr(variable.default_value), variable.entity.key, variable.definition_period]
    for start, formula in sorted(variable.formulas.items()):
        parts.append(start)
        parts.append(_code_fingerprint(formula.__code__))
    return repr(parts).encode()


def _code_fingerprint(code) -> str:
    nested = [_code_fingerprint(c) if hasattr(c, "co_code") else repr(c) for c in code.co_consts]
    return hashlib.sha256(code.co_code + repr((code.co_names, nested)).encode()).hexdigest()


def _value_fingerprint(value) -> bytes:
    try:
        array = numpy.asarray(value)
        if array.dtype != object:
            return array.dtype.str.encode() + array.tobytes()
    except (TypeError, ValueError):
        pass
    return repr(value).encode()


def _parameters_read(trees) -> set[str]:
    names: set[str] = set()

    def visit(node):
        names.update(parameter.name for parameter in node.parameters)
        for child in node.children:
            visit(child)

    for tree in trees:
        visit(tree)
    return names


def _changed_parameters(baseline, reform) -> set[str]:
    """Names of parameter leaves (or scales) whose dated values differ between two trees,
    or that only one of them has."""
    before, after = ({leaf.name: _dated_values(leaf) for leaf in leaves(tree)} for tree in (baseline, reform))
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def _dated_values(node):
    if hasattr(node, "values_list"):
        return [(value.instant_str, value.value) for value in node.values_list]
    return repr(node)
