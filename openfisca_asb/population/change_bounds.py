"""What a family's change under a reform is of the true one when a right has no amount on one side (ADR 0009 § 5).

A holder whose right is «Må vurderes» or «Mangler opplysninger» counts 0 kr, and 0 is a lower bound of what
NAV or the kommune may grant. So, by ADR 0009's difference rules, a holder's change is at most what is shown
when only the side before has no amount (from «Må vurderes» to «Du har rett»: the gain may be smaller), at
least what is shown when only the side after has none, and exact when both or neither have one (equal amounts
under the same caveat count as equal).

A bound is a code of two bits, so that combining two is a bitwise or, as `amount_notes.combined_bound`:
0 exact, 1 at most, 2 at least, 3 uncertain (both).
"""

import numpy

from openfisca_asb.answer.amount_notes import combined_bound
from openfisca_asb.population.outputs import RANGE_STATUSES

BOUNDS = ("exact", "at_most", "at_least", "uncertain")
EXACT, AT_MOST, AT_LEAST, UNCERTAIN = range(4)


def holder_bounds(status_before: numpy.ndarray, status_after: numpy.ndarray) -> numpy.ndarray:
    """Per holder, the bound of its change from the two sides' statuses."""
    before_unknown = numpy.isin(status_before, RANGE_STATUSES)
    after_unknown = numpy.isin(status_after, RANGE_STATUSES)
    return ((before_unknown & ~after_unknown) * AT_MOST | (after_unknown & ~before_unknown) * AT_LEAST).astype(numpy.int8)


def family_bounds(bounds: numpy.ndarray, holder_family: numpy.ndarray, families: int) -> numpy.ndarray:
    """Per family, its holders' bounds combined."""
    combined = numpy.zeros(families, dtype=numpy.int8)
    numpy.bitwise_or.at(combined, holder_family, bounds)
    return combined


def code(name: str) -> int:
    return BOUNDS.index(name)


def name_of(codes) -> str:
    """The bound of a sum of parts with these bound codes."""
    return combined_bound(BOUNDS[int(c)] for c in codes)


def present(counts: numpy.ndarray) -> list[int]:
    """The codes counted at least once in `counts` (one count per code)."""
    return [c for c in range(len(BOUNDS)) if counts[c] > 0]


def _part(codes, bit: int) -> list[int]:
    return [c & bit for c in codes]


def summary_bounds(matrix: numpy.ndarray, middle: int) -> dict[str, str]:
    """The bound of each figure of the winners-and-losers summary, from families counted per (change bracket, code);
    the brackets below `middle` are losses, those above it gains, `middle` no change.

    Each figure moves one way with every family's change: the gain (a sum of positive changes) and the count of
    winners cannot fall when a change rises, so a family shown without a gain raises them only if its change may
    be larger (at least); the losses likewise; the count of losers falls when a change rises. The unchanged are
    at most those shown unchanged with a bound (they may move either way) and at least one more for each family
    shown changing whose change may reach zero: a loss that may be smaller, a gain that may be smaller (review s21
    M2: a certain loss leaves the unchanged count exact)."""
    brackets = [present(row) for row in matrix]
    losers = [c for row in brackets[:middle] for c in row]
    unchanged = brackets[middle]
    winners = [c for row in brackets[middle + 1:] for c in row]
    return {
        "winners": name_of(_part(winners, AT_MOST) + _part(losers + unchanged, AT_LEAST)),
        "losers": name_of([AT_MOST if c & AT_LEAST else EXACT for c in losers]
                          + [AT_LEAST if c & AT_MOST else EXACT for c in unchanged + winners]),
        "gain": name_of(winners + unchanged + _part(losers, AT_LEAST)),
        "loss": name_of(losers + unchanged + _part(winners, AT_MOST)),
        "largest": name_of(losers + unchanged + winners),
        "unchanged": name_of([AT_MOST if c else EXACT for c in unchanged]
                             + [AT_LEAST if c & AT_LEAST else EXACT for c in losers]
                             + [AT_LEAST if c & AT_MOST else EXACT for c in winners]),
    }


def bracket_bounds(matrix: numpy.ndarray) -> list[str]:
    """The bound of each bracket's total change: its families' bounds combined."""
    return [name_of(present(row)) for row in matrix]
