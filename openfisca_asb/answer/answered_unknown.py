"""The questions a family answered "don't know" (facts/unknown.py), marked where an answer lists missing facts.

A yes/no fact answered «unknown» in the family is marked by the assembler itself. A "don't know" the family
cannot hold (a number, a text, most choices) is listed apart, in a request's `unknown` or a family file's, and
marked here, so that a portal can tell "asked, not known" from "not asked yet" in the answer, the explanation,
the application packets and the decision check alike.
"""

from openfisca_asb.answer.models import BenefitResult, Entitlements

Key = tuple[str, str | None]  # (fact, person); person None for a family fact


def keys_of(unknown) -> set[Key]:
    """The (fact, person) of each entry of an `unknown` list (FactAsked)."""
    return {(item.fact, item.person) for item in unknown}


def marked_results(results: list[BenefitResult], unknown: set[Key]) -> list[BenefitResult]:
    """The results with each missing fact the family answered "don't know" marked `answered_unknown`."""
    if not unknown:
        return results
    return [result.model_copy(update={"missing_facts": [
        fact.model_copy(update={"answered_unknown": True}) if (fact.fact, fact.person) in unknown else fact
        for fact in result.missing_facts]}) for result in results]


def marked_answer(answer: Entitlements, unknown: set[Key]) -> Entitlements:
    """The answer with its rights' missing facts marked as `marked_results` marks them, the payer's view too."""
    if not unknown:
        return answer
    return answer.model_copy(update={"benefits": marked_results(answer.benefits, unknown),
                                     "payer_view": marked_results(answer.payer_view, unknown)})
