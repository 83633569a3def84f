"""Whether the family says a right is already granted, so that no new application is made (review s21 M10).

Which answer means so is the right's own catalogue data (`application.already_granted`); this reads the family's
answers against it. Nothing here names a right.
"""

from collections.abc import Callable

from openfisca_asb.catalogue.application import AlreadyGranted

NOT_CONCERNED = object()  # a person the fact does not concern: a child whose group gate the family answered «no»

Answers = Callable[[str], list]  # fact id → the answers of the persons it is about for the right, NOT_CONCERNED among them


def already_granted(declared: AlreadyGranted | None, answers_of: Answers) -> bool:
    """Every person the fact concerns gave a granting answer (at least one did), and no answer leaves something
    still to apply for."""
    if declared is None:
        return False
    told = [answer for answer in answers_of(declared.fact) if answer is not NOT_CONCERNED]
    if not told or any(answer not in declared.values for answer in told):
        return False
    return not any(answer in still.values for still in declared.still_to_apply_if for answer in answers_of(still.fact))
