"""Answers under two sets of rules at once: those in a reform's or pilot's scope, and the rest (DESIGN §4)."""


def by_scope(scoped: list[bool], items: list, inside, outside) -> list:
    """Each item's answer in the items' order: `inside` answers those in scope, `outside` the others, each in
    one call (one vectorised run), and neither is called without items."""
    inner = iter(inside([item for item, applies in zip(items, scoped) if applies]) if any(scoped) else [])
    outer = iter(outside([item for item, applies in zip(items, scoped) if not applies]) if not all(scoped) else [])
    return [next(inner) if applies else next(outer) for applies in scoped]
