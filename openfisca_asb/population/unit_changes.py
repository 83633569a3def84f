"""Changes to rights counted in days or hours (omsorgsdager, leave for a child's illness, free SFO hours).

A reform that changes only days or hours moves no krone, so the families' winners and losers, counted in kroner,
show none (review s21 drafter M1). These sums count, per right, the holders (caregivers or children) who get more
or fewer in the right's own unit, by the size of the change, nationally and per kommune. A holder counts when it
is entitled on either side, or its change is a bound (change_bounds.py: a right with no amount on one side).
"""

import numpy

from openfisca_asb.population import change_bounds
from openfisca_asb.population.outputs import ENTITLED

LEVELS = (0.5, 5.0, 10.0)  # a change under 0.5 is none; under 5; 5 to 10; more than 10 (days or hours)
MIDDLE = len(LEVELS)  # the bracket of no change: those below lose, those above gain
BRACKETS = 2 * len(LEVELS) + 1
LABELS = {
    "en": ("lose more than 10", "lose 5–10", "lose under 5", "no change", "gain under 5", "gain 5–10", "gain more than 10"),
    "nb": ("taper over 10", "taper 5–10", "taper under 5", "ingen endring", "vinner under 5", "vinner 5–10", "vinner over 10"),
}


def brackets(change: numpy.ndarray) -> numpy.ndarray:
    """Each change's bracket, by its size either way: 5 and 10 are «5–10» whether gained or lost."""
    size = numpy.abs(change)
    level = (size >= LEVELS[0]).astype(int) + (size >= LEVELS[1]) + (size > LEVELS[2])
    return MIDDLE + numpy.sign(change).astype(int) * level


def record(sums, outputs, base: dict, reformed: dict, families: int) -> dict:
    """Each unit right's holders counted and summed per bracket, with their bounds; returns per right the
    families' (holders gaining, holders losing, change) for the kommune table."""
    per_family = {}
    for o in outputs:
        if o.counts_units:
            per_family[o.id] = _record_one(sums, o.id, base[o.id], reformed[o.id], families)
    return per_family


def _record_one(sums, benefit: str, before, after, families: int) -> tuple:
    change = after.amount - before.amount
    bound = change_bounds.holder_bounds(before.status, after.status)
    bracket = brackets(change)
    counted = (before.status == ENTITLED) | (after.status == ENTITLED) | (bound != change_bounds.EXACT)
    sums.add(f"units.{benefit}.count", numpy.bincount(bracket[counted], minlength=BRACKETS))
    sums.add(f"units.{benefit}.sum", numpy.bincount(bracket[counted], weights=change[counted], minlength=BRACKETS))
    moved = (change != 0) | (bound != change_bounds.EXACT)
    n = len(change_bounds.BOUNDS)
    sums.add(f"units.{benefit}.bounds", numpy.bincount(bracket[moved] * n + bound[moved], minlength=BRACKETS * n))
    family = before.holder_family
    return (numpy.bincount(family, weights=(bracket > MIDDLE), minlength=families),
            numpy.bincount(family, weights=(bracket < MIDDLE), minlength=families),
            numpy.bincount(family, weights=change, minlength=families))
