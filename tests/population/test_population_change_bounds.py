"""What a family's change is of the true one when a right has no amount on one side (ADR 0009 § 5 and its
addendum «a population run and rights with no amount»): «Må vurderes» counts 0 kr, a lower bound."""

import numpy

from openfisca_asb.population import change_bounds
from openfisca_asb.rules.status import Status

ENTITLED, ASSESSED, MISSING, REFUSED = (Status.entitled.index, Status.to_be_assessed.index,
                                        Status.missing_information.index, Status.not_entitled.index)
MIDDLE = 4  # brackets 0–3 lose, 4 no change, 5–8 gain (summary.CHANGE_EDGES)


def test_a_holder_is_bounded_only_where_one_side_has_no_amount():
    before = numpy.array([ASSESSED, ENTITLED, ASSESSED, ENTITLED, MISSING, ASSESSED])
    after = numpy.array([ENTITLED, ASSESSED, ASSESSED, ENTITLED, ENTITLED, REFUSED])
    # 0 before and an amount after: the gain is at most that; the other way: the change is at least what is
    # shown; no amount on both sides or on neither: exact; «Må vurderes» to «Ikke rett»: 0 shown, at most 0.
    assert [change_bounds.BOUNDS[c] for c in change_bounds.holder_bounds(before, after)] == [
        "at_most", "at_least", "exact", "exact", "at_most", "at_most"]


def test_a_family_combines_its_holders_bounds():
    bounds = numpy.array([change_bounds.AT_MOST, change_bounds.AT_LEAST, change_bounds.AT_MOST], dtype=numpy.int8)
    # Family 0 holds the first two (one at most, one at least: uncertain), family 1 the third.
    assert list(change_bounds.family_bounds(bounds, numpy.array([0, 0, 1]), 3)) == [
        change_bounds.UNCERTAIN, change_bounds.AT_MOST, change_bounds.EXACT]


def _matrix(*families):
    matrix = numpy.zeros((9, 4))
    for bracket, bound in families:
        matrix[bracket, change_bounds.code(bound)] += 1
    return matrix


def test_one_winner_from_to_be_assessed_makes_the_winners_at_most_and_the_losers_at_least():
    # A family gaining 1 000–5 000 whose gain is at most that may in truth gain less, or lose: at most one
    # winner, at least no loser, the gain and the largest gain at most, the (zero) loss at most. It may in truth be
    # unchanged, and no family shown unchanged can move: at least that many unchanged (review s21 M2).
    bounds = change_bounds.summary_bounds(_matrix((7, "at_most"), (7, "exact")), MIDDLE)
    assert bounds == {"winners": "at_most", "losers": "at_least", "gain": "at_most", "loss": "at_most",
                      "largest": "at_most", "unchanged": "at_least"}


def test_a_loser_to_to_be_assessed_makes_the_losers_at_most_and_the_winners_at_least():
    # A family losing 100–1 000 because a right became «Må vurderes» (counted 0) may lose less, or gain, or
    # be unchanged: at least the unchanged shown.
    bounds = change_bounds.summary_bounds(_matrix((2, "at_least")), MIDDLE)
    assert bounds == {"winners": "at_least", "losers": "at_most", "gain": "at_least", "loss": "at_least",
                      "largest": "at_least", "unchanged": "at_least"}


def test_a_certain_loss_leaves_the_counts_exact_and_a_bounded_no_change_may_fall():
    # Review s21 M2: a loss that is at most what is shown (the amount before a lower bound, the one after exact)
    # is a loss for sure: the losers and the unchanged are exact. A family shown unchanged whose change is a bound
    # may in truth have changed: at most that many unchanged.
    assert change_bounds.summary_bounds(_matrix((2, "at_most")), MIDDLE)["unchanged"] == "exact"
    assert change_bounds.summary_bounds(_matrix((2, "at_most")), MIDDLE)["losers"] == "exact"
    assert change_bounds.summary_bounds(_matrix((MIDDLE, "at_least")), MIDDLE)["unchanged"] == "at_most"


def test_exact_changes_are_exact():
    assert set(change_bounds.summary_bounds(_matrix((7, "exact"), (1, "exact")), MIDDLE).values()) == {"exact"}
    assert change_bounds.bracket_bounds(_matrix((7, "exact"), (7, "at_most")))[7] == "at_most"
