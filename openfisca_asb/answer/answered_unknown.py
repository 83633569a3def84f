"""The questions a family answered "don't know" outside the family (facts/unknown.py), as the assembler reads them.

A yes/no fact answered «unknown» in the family is marked by the assembler itself. A "don't know" the family
cannot hold (a number, a text, most choices) is listed apart, in a request's `unknown` or a family file's, and
passed to the assembler as (fact, person) keys (`assemble(..., unknown=...)`): it marks those missing facts
`answered_unknown`, so that a portal can tell "asked, not known" from "not asked yet" in the answer, the
explanation, the application packets and the decision check alike, and names the facts held back behind them
where every fact named was answered so.
"""

Key = tuple[str, str | None]  # (fact, person); person None for a family fact


def keys_of(unknown) -> set[Key]:
    """The (fact, person) of each entry of an `unknown` list (FactAsked)."""
    return {(item.fact, item.person) for item in unknown}
