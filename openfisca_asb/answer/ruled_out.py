"""The facts a family's own answers leave nothing to change, read by the interview (not asked) and the answer (not named
missing): being alone with the care where every child has delt bosted (`alone_with_the_care`), the working time lost of
a parent on AAP with no work beside it (`aap_without_work`), and a fact the rules read
only under some answers of its gate (`asked_if_gate`) where the gate is answered otherwise — the dagpenger's daily rate
and the work beside a benefit for a parent who is an employee (review s23: a «don't know» to an employee's income named
both among pleiepenger's missing facts)."""

from openfisca_asb.answer import aap_without_work, alone_with_the_care
from openfisca_asb.facts.vocabulary import gate_leads_to, vocabulary

Key = tuple[str, str | None]  # (fact, person)


def ruled_out(family) -> dict[Key, set[str] | None]:
    """Each (fact, person) no answer to can change a right here, with the rights it cannot change (None: any)."""
    return alone_with_the_care.ruled_out(family) | aap_without_work.ruled_out(family) | _gated_out(family)


def cannot_change(family, benefit_id: str) -> set[Key]:
    """The (fact, person) of `ruled_out` whose answer cannot change the right `benefit_id`."""
    return {key for key, rights in ruled_out(family).items() if rights is None or benefit_id in rights}


def _gated_out(family) -> dict[Key, None]:
    """The facts declared `asked_if_gate` whose holder answered the gate with none of those answers."""
    found: dict[Key, None] = {}
    for fact in vocabulary().values():
        if not fact.asked_if_gate:
            continue
        for person in family.persons():
            if gate_leads_to(fact, person) is False:
                found[(fact.id, person.id)] = None
    return found
