"""Whether the family says a right is already granted, so that no new application is made (review s21 M10).

Which answer means so is the right's own catalogue data (`application.already_granted`); this reads the family's
answers against it. An answer may leave something to send all the same: a claim through the channel, or a change to
tell the agency (`still_to_apply_if`, its `tell`). Nothing here names a right.
"""

from collections.abc import Callable
from dataclasses import dataclass

from openfisca_asb.catalogue.application import AlreadyGranted
from openfisca_asb.rules.texts import Text

NOT_CONCERNED = object()  # a person the fact does not concern: a child whose group gate the family answered «no»

Answers = Callable[[str], list]  # fact id → the answers of the persons it is about for the right, NOT_CONCERNED among them


@dataclass(frozen=True)
class Grant:
    """What the family's answers say of a right's application: granted (nothing to send), or granted but with a change
    to tell the agency instead of a new application (`tell`), or neither (apply as usual)."""

    granted: bool = False
    tell: Text | None = None


NOT_GRANTED = Grant()


def grant_of(declared: AlreadyGranted | None, answers_of: Answers) -> Grant:
    """Granted where every person the fact concerns gave a granting answer (at least one did) and no answer leaves
    something to send; where what is left is only a change to tell the agency, that change."""
    if declared is None:
        return NOT_GRANTED
    told = [answer for answer in answers_of(declared.fact) if answer is not NOT_CONCERNED]
    if not told or any(answer not in declared.values for answer in told):
        return NOT_GRANTED
    left = [still for still in declared.still_to_apply_if if any(answer in still.values for answer in answers_of(still.fact))]
    if not left:
        return Grant(granted=True)
    return Grant(tell=left[0].tell) if all(still.tell is not None for still in left) else NOT_GRANTED
