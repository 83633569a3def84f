"""The one way the package walks a parameter tree: find a node by its dotted path,
list the nodes and leaves below it, and the days their values start.

A leaf is a parameter or a scale (it has no `children`); a node is a folder. Walks go
in the order the tree keeps its children (the order of the YAML files and keys);
callers that show a list sort it themselves.
"""

from datetime import date


def find(node, path: str):
    """The parameter or node at dotted `path` below `node`, or None."""
    for step in path.split("."):
        children = getattr(node, "children", None)
        if children is None or step not in children:
            return None
        node = children[step]
    return node


def walk(node):
    """`node` and everything below it, depth first."""
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def dated_values(node):
    """(parameter, the day one of its values starts) for every dated value at or below `node`."""
    for each in walk(node):
        for value in getattr(each, "values_list", None) or []:
            yield each, date.fromisoformat(value.instant_str)


def leaves(node):
    """The parameters and scales at or below `node` (the node itself when it is a leaf)."""
    return [each for each in walk(node) if getattr(each, "children", None) is None]


def value_at(node, instant: str):
    """The value on `instant` of a parameter, or of every parameter at or below a node or a scale, as plain data
    that compares by value: a node gives {child: value}, a scale its brackets' values in order. (A node or a scale
    at an instant is an OpenFisca object that compares by identity: two readings of the same values differ.)"""
    if getattr(node, "children", None) is not None:
        return {name: value_at(child, instant) for name, child in node.children.items()}
    if getattr(node, "brackets", None) is not None:
        return [value_at(bracket, instant) for bracket in node.brackets]
    if getattr(node, "values_list", None) is not None:
        return node(instant)
    raise TypeError(f"{getattr(node, 'name', node)!r} is neither a parameter, a scale nor a node of parameters")
