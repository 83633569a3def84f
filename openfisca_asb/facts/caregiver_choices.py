"""The caregivers a question answered by one of them offers (`one_of: caregivers`: `sole_caregiver`, the caregiver a
child lives with permanently without its other parent), read by the interview's question and the single changes tried.

With one caregiver listed there is nothing to choose: her own answer about sole care says it (`has_sole_care`,
variables/common/sole_care.py). With two or more, every caregiver is offered in the family's order, beside the fact's
`other_answers` (delt bosted, both parents together), where the family has said the question may apply (`asked_where`:
a caregiver lives alone or has sole care) and the holder has not answered it another way (`not_given`). A married
couple who has said neither is never asked it, nor is «if the child lived with mor alone» tried for it (ADR 0045
addendum s23).
"""

from openfisca_asb.facts.vocabulary import vocabulary

CAREGIVERS = "caregivers"


def caregiver_choices(fact: str, family) -> list[str] | None:
    """For a fact answered by one of the family's caregivers, their ids in the family's order (none with fewer than two:
    nothing to choose); None for any other fact."""
    if vocabulary()[fact].one_of != CAREGIVERS:
        return None
    ids = [caregiver.id for caregiver in family.caregivers]
    return ids if len(ids) >= 2 else []


def caregivers_to_try(fact: str, family, holder) -> list[str]:
    """The caregivers worth trying as the answer to `fact` for `holder`: those offered, where the holder has not answered
    it and the question may be asked of the holder (`may_be_asked`); none elsewhere."""
    if getattr(holder, fact, None) is not None or not may_be_asked(fact, family, holder):
        return []
    return caregiver_choices(fact, family) or []


def may_be_asked(fact: str, family, holder) -> bool:
    """Whether the family has said a fact given only where it applies may apply (`asked_where.any_said`) and the holder
    has given none of the fields or answers that say it does not (`not_given`, `not_said`)."""
    where = vocabulary()[fact].asked_where
    return (where is not None and said_by_anyone(family, where.any_said)
            and not any(getattr(holder, name, None) for name in where.not_given)
            and not any(getattr(holder, name, None) == answer for name, answer in where.not_said.items()))


def said_by_anyone(family, answers: dict[str, str]) -> bool:
    """Whether the family, or a person of it, gave one of `answers` (fact → answer)."""
    return any(getattr(holder, fact, None) == answer for holder in (family, *family.persons()) for fact, answer in answers.items())
