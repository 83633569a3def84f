"""Which facts a result depends on, read from the model itself.

The model is traced once per period on a small family, computing every
catalogue variable; the computation trees give a graph of which variable reads
which. Formulas are vectorised, so every branch is computed whatever the facts,
and the graph is complete. Nothing is declared by hand, so nothing can drift.

The same trees tell which parameters a variable reads, and on which day: a variable computed
per calendar year reads its parameters on 1 January (or on 31 December) of the year, whatever
month is asked about (drafting/calendar_years.py).
"""

from collections import defaultdict
from datetime import date
from functools import lru_cache

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.facts.situation import build_simulation

PROBE_FAMILY = {
    "caregivers": [{"id": "a", "birth_date": date(1985, 1, 1)}, {"id": "b", "birth_date": date(1986, 1, 1)}],
    "children": [{"id": "c", "birth_date": date(2015, 1, 1)}],
}


class DependencyGraph:
    def __init__(self, edges: dict[str, set[str]], reads: dict[str, set[tuple[str, str, bool]]] | None = None):
        self._edges = edges
        self._reads = reads or {}  # variable → (parameter, day read, whether the variable is computed per year)
        self._facts = set(vocabulary())

    @lru_cache(maxsize=None)
    def facts_below(self, variable: str) -> frozenset[str]:
        """The facts `variable` depends on, directly or through other variables."""
        found = {variable} & self._facts
        for child in self._edges.get(variable, ()):
            found |= self.facts_below(child)
        return frozenset(found)

    @lru_cache(maxsize=None)
    def parameters_below(self, variable: str) -> frozenset[tuple[str, str, bool]]:
        """(parameter, day read as YYYY-MM-DD, read by a yearly variable) for every parameter `variable` reads,
        directly or through other variables."""
        found = set(self._reads.get(variable, ()))
        for child in self._edges.get(variable, ()):
            found |= self.parameters_below(child)
        return frozenset(found)


def _add_edges(node, edges, reads) -> None:
    yearly = getattr(node.period, "unit", None) == "year"
    for parameter in node.parameters:
        reads[node.name].add((parameter.name, str(parameter.period), yearly))
    for child in node.children:
        edges[node.name].add(child.name)
        _add_edges(child, edges, reads)


@lru_cache(maxsize=32)
def dependency_graph(system, period: str, year: str) -> DependencyGraph:
    from openfisca_asb.facts.family import Family

    simulation, _ = build_simulation([Family.model_validate(PROBE_FAMILY)], system)
    simulation.trace = True
    for benefit in catalogue().values():
        for variable in benefit.variables.names() + [c.variable for c in benefit.conditions]:
            simulation.calculate(variable, year if benefit.period == "year" else period)
    edges: dict[str, set[str]] = defaultdict(set)
    reads: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)
    for tree in simulation.tracer.trees:
        _add_edges(tree, edges, reads)
    return DependencyGraph(dict(edges), dict(reads))
