"""What each holder's amount is of the amount in force (ADR 0009), by the rule an answer follows.

An answer qualifies a holder's amount by the rates behind it: every rate of the benefit but a limit
(`rate_binds`) that does not set this holder's amount (the published forhøyet amounts after a reform that
sets its own rates, a cap not reached). A run counts each side's holders who show money by that caveat, so
a sum is marked as `reform compare` marks each family in it, and a pilot's side holds the reformed caveat
inside it and the baseline's outside (chunk._select).

A caveat is a code: 0 none, 1 a lower bound, 2 not verified.
"""

import numpy

from openfisca_asb.answer.amount_notes import caveat_of_stale
from openfisca_asb.answer.per_system import benefit_stale_rates

CAVEATS = (None, "lower_bound", "not_verified")


def holder_caveats(system, benefit, on, read, holders: int) -> numpy.ndarray:
    """Per holder, the caveat code of its amount; `read(variable)` gives the `holders` values of a variable."""
    binds = sorted(set(benefit.rate_binds.values()))
    if not binds or not holders:
        return numpy.full(holders, _code(system, benefit, on, ()), dtype=numpy.int8)
    flags = numpy.vstack([numpy.asarray(read(variable), dtype=bool) for variable in binds])
    combinations, which = numpy.unique(flags, axis=1, return_inverse=True)
    codes = [_code(system, benefit, on, tuple(variable for variable, binding in zip(binds, column) if binding))
             for column in combinations.T]
    return numpy.asarray(codes, dtype=numpy.int8)[numpy.ravel(which)]


def _code(system, benefit, on, binding: tuple[str, ...]) -> int:
    """The caveat of amounts from the rates behind them: a limit only where its variable is in `binding`."""
    rates = tuple(rate for rate in benefit.rate_parameters
                  if rate not in benefit.rate_binds or benefit.rate_binds[rate] in binding)
    return CAVEATS.index(caveat_of_stale(list(benefit_stale_rates(system, rates, on))))


def sum_caveat(counts) -> str | None:
    """The caveat of a sum from its holders counted per caveat code: not verified when any part is, a lower
    bound when any part is one and none is not verified (a sum of exact parts and lower bounds is a lower bound)."""
    present = [code for code, count in enumerate(counts) if count > 0]
    return CAVEATS[max(present)] if present else None
