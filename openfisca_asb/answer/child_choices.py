"""The children a question answered by one of the family's children (`one_of: children`, the child a pleiepenger claim
is for) offers: read by the interview's questions and by the answer's missing facts, so that the card's «Svar nå»
offers the same children as the interview (review s22 page M2)."""

from datetime import date

from openfisca_asb.facts.family import has_died
from openfisca_asb.facts.vocabulary import vocabulary

ILLNESS_OR_NEEDS = "has_illness_or_extra_needs"  # the child's gate over every question about its health and needs
CONTINUOUS_CARE = "needs_continuous_care_and_supervision"  # ftrl § 9-10: the child a pleiepenger claim is for needs it


def child_choices(fact: str, family, on: date) -> list[str] | None:
    """For a fact answered by one of the family's children, their ids in the family's order, only those a claim can be
    for (`_may_be_claimed_for`): a client shows each as it names the child, and sends back the id the service knows,
    where a name typed might not be one (ADR 0014 addendum 2026-11-30). None for any other fact."""
    if vocabulary()[fact].one_of != "children":
        return None
    return [child.id for child in family.children if _may_be_claimed_for(child, on)]


def _may_be_claimed_for(child, on: date) -> bool:
    """A child a new pleiepenger claim can be for (ftrl § 9-10 første ledd: a child who needs continuous supervision and
    care): alive on the date asked, and not answered as having no illness or extra needs, nor as not needing that care.
    A healthy sibling or a child who has died is not offered (review s22 page M2)."""
    return not has_died(child, on) and all(getattr(child, fact, None) != "no" for fact in (ILLNESS_OR_NEEDS, CONTINUOUS_CARE))
