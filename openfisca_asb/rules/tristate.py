"""Three-valued (Kleene) logic for facts and conditions.

A fact a family does not know yet is *unknown*, never a silent *no*. Both enums
are ordered false < unknown < true, so Kleene AND is the minimum of the indices,
OR the maximum and NOT the mirror: conditions combine with plain numpy.
"""

from typing import Literal

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.texts import Text


class FactAnswer(Enum):
    """A family's answer to a yes/no question about a fact (not the answer the service gives)."""

    no = "Nei (no)"
    unknown = "Vet ikke (unknown)"
    yes = "Ja (yes)"


class Outcome(Enum):
    """Whether a legal condition is met."""

    not_met = "Ikke oppfylt (not met)"
    unknown = "Uavklart (unknown)"
    met = "Oppfylt (met)"


NOT_MET, UNKNOWN, MET = 0, 1, 2

# An answer's word for an unknown condition its settled status did not need: not reached, or
# not asked, because another condition already decided (ADR 0018). Never a model outcome.
NOT_ASSESSED = "not_assessed"

# What the API, page, CLI and docs call an outcome; `OutcomeName` is its name in JSON.
OUTCOME_TEXT = {
    Outcome.met.name: Text(nb="Oppfylt", en="Met"),
    Outcome.not_met.name: Text(nb="Ikke oppfylt", en="Not met"),
    Outcome.unknown.name: Text(nb="Uavklart", en="Unknown"),
    NOT_ASSESSED: Text(nb="Ikke vurdert", en="Not assessed"),
}
OutcomeName = Literal[tuple(OUTCOME_TEXT)]

# Numeric facts that were not given hold this value (all such facts are >= 0).
NOT_GIVEN = -1


def index(values) -> numpy.ndarray:
    """The plain index array behind a FactAnswer or Outcome EnumArray."""
    return numpy.asarray(values, dtype=numpy.int16)


def from_answer(answer) -> numpy.ndarray:
    """yes → met, no → not met, unknown → unknown."""
    return index(answer)


def from_bool(mask) -> numpy.ndarray:
    return numpy.where(mask, MET, NOT_MET).astype(numpy.int16)


def from_known_bool(known, mask) -> numpy.ndarray:
    """A condition on a fact that may not have been given."""
    return numpy.where(known, from_bool(mask), UNKNOWN).astype(numpy.int16)


def is_given(value) -> numpy.ndarray:
    """A numeric fact was given (it is not NOT_GIVEN)."""
    return numpy.asarray(value) >= 0


def all_of(*outcomes) -> numpy.ndarray:
    """Kleene AND: not met if any is not met, else unknown if any is unknown."""
    return numpy.minimum.reduce([index(o) for o in outcomes]).astype(numpy.int16)


def any_of(*outcomes) -> numpy.ndarray:
    """Kleene OR: met if any is met, else unknown if any is unknown."""
    return numpy.maximum.reduce([index(o) for o in outcomes]).astype(numpy.int16)


def negation(outcome) -> numpy.ndarray:
    return (MET - index(outcome)).astype(numpy.int16)
