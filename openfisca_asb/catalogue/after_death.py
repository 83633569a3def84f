"""The condition every right a child holds has: the child is alive (variables/common/child_alive.py).

It is shown only once the child has died (`after_death`), so a living child's card does not list it. A right
the law continues after a death declares its own `after_death` condition in its benefit.yaml instead
(forhøyet hjelpestønad, ftrl § 6-5); the right's status names the same condition (`ChildRightStatus.while_alive`).
"""

CHILD_ALIVE = {
    "variable": "child_alive",
    "after_death": True,
    "text": {
        "nb": "Barnet lever. En rett barnet har, er barnets egen og faller bort fra måneden etter dødsfallet.",
        "en": "The child is alive. A right the child holds is the child's own and ends from the month after the death.",
    },
    "not_met": {
        "nb": "Barnet er dødt. Retten var barnets egen og falt bort fra måneden etter dødsfallet.",
        "en": "The child has died. The right was the child's own and ended from the month after the death.",
    },
}


def with_after_death_condition(data: dict) -> dict:
    """A catalogue entry's data with the child-alive condition first, where the child holds the right (not the
    payer's view of a grant) and the entry declares no `after_death` condition of its own."""
    if not isinstance(data, dict) or data.get("holder") != "child" or data.get("payer_view"):
        return data
    conditions = data.get("conditions") or []
    if any(isinstance(c, dict) and c.get("after_death") for c in conditions):
        return data
    return {**data, "conditions": [CHILD_ALIVE, *conditions]}
