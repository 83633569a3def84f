"""The order of the application plan's steps (ADR 0012, addendum on the plan's order; review s24 page M1).

A step comes after every step of the rights it depends on (the catalogue's `depends_on`). Within that, steps go by
status — what the family is entitled to, then what must be assessed, then what lacks information — and within a
status by urgency: a benefit paid instead of lost pay (`application.replaces_income`), then one whose back-payment
is limited to some months (ftrl § 22-13 tredje ledd: 3 months), then the rest. A right another step depends on
takes the place of the most urgent step that waits for it, so a dependency is never left behind with the rights
that lack information. Ties keep the answer's order (the catalogue's), so the order is stable. Nothing here names
a right.
"""

APPLY_STATUSES = ("entitled", "to_be_assessed", "missing_information")  # the statuses a plan has a step for, in its order
STATUS_RANK = {status: rank for rank, status in enumerate(APPLY_STATUSES)}
REPLACES_INCOME, BACK_PAYMENT_LIMITED, OTHER = 0, 1, 2


def urgency(benefit, right) -> int:
    """How urgent applying is: pay lost now, or a back-payment limit that makes waiting cost money, before the rest."""
    if benefit.application is not None and benefit.application.replaces_income:
        return REPLACES_INCOME
    if right.back_payment is not None and right.back_payment.months:
        return BACK_PAYMENT_LIMITED
    return OTHER


def in_plan_order(steps: list, depends_on) -> list:
    """`steps` (benefit, result, packet right) in the plan's order; `depends_on(benefit)` gives its dependencies."""
    own = [(STATUS_RANK[result.status], urgency(benefit, right)) for benefit, result, right in steps]
    waits_for = [_waits_for(steps, benefit, depends_on) for benefit, _, _ in steps]
    rank = _ranks_with_dependents(own, waits_for)
    placed: list[int] = []
    remaining = list(range(len(steps)))
    while remaining:
        ready = [i for i in remaining if waits_for[i] <= set(placed)] or remaining  # a cycle in the data: take the rest
        chosen = min(ready, key=lambda i: (rank[i], i))
        placed.append(chosen)
        remaining.remove(chosen)
    return [steps[i] for i in placed]


def _waits_for(steps: list, benefit, depends_on) -> set[int]:
    """The positions of every step of a right `benefit` depends on (each person's, where several hold it)."""
    wanted = {dependency.benefit for dependency in depends_on(benefit)}
    return {i for i, (other, _, _) in enumerate(steps) if other.id in wanted}


def _ranks_with_dependents(own: list[tuple], waits_for: list[set[int]]) -> list[tuple]:
    """Each step's rank: its own, or the most urgent of the steps that wait for it, directly or through others."""
    rank = list(own)
    changed = True
    while changed:  # at most as many rounds as the longest chain of dependencies
        changed = False
        for waiting, needed in enumerate(waits_for):
            for i in needed:
                if rank[waiting] < rank[i]:
                    rank[i], changed = rank[waiting], True
    return rank
