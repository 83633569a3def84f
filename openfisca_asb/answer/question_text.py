"""A question's text as the answer and the interview ask it: the vocabulary's, in the first of its `wordings` the
family's answers fit (review s23 page L1, L2); about a child who has died, framed as about the time before the death
(ADR 0034), never as if the child lived (review s17 death M5)."""

from datetime import date

from openfisca_asb.facts.caregiver_choices import said_by_anyone
from openfisca_asb.facts.family import has_died
from openfisca_asb.facts.vocabulary import Fact, Wording, vocabulary
from openfisca_asb.rules.texts import Text

BEFORE_THE_DEATH = Text(nb="Om tiden før {child} døde: {question}", en="About the time before {child} died: {question}")


def question_text(fact_id: str, person_id: str | None, family, on: date, language: str) -> str:
    """The question for `fact_id` about `person_id` (None: the family), in `language`."""
    fact = vocabulary()[fact_id]
    text = worded(fact, [person_id], family).in_language(language)
    return text if fact.about_the_death else framed(text, person_id, family, on, language)


def asked_together_text(fact_id: str, person_ids: list[str], family, language: str) -> str:
    """The question for `fact_id` asked of several caregivers in one step (ADR 0035): in the first wording that fits
    any of them, so that words for one (the self-employed parent's three years) are there for her."""
    return worded(vocabulary()[fact_id], person_ids, family).in_language(language)


def worded(fact: Fact, person_ids: list[str | None], family) -> Text:
    """The fact's question, or the first of its `wordings` that fits one of the persons (None: the family)."""
    wording = wording_for(fact, person_ids, family)
    return fact.question if wording is None else wording.question


def wording_for(fact: Fact, person_ids: list[str | None], family) -> Wording | None:
    """The first of the fact's `wordings` that fits one of the persons (None: the family); None where none fits."""
    holders = [next((person for person in family.persons() if person.id == person_id), family) for person_id in person_ids]
    return next((wording for wording in fact.wordings or []
                 if any(_fits(wording, holder, family) for holder in holders)), None)


def offered_other_answers(fact: Fact, wording: Wording | None, language: str) -> list[dict] | None:
    """The answers beside the persons (`other_answers`) a question offers in `wording`: those it does not leave out,
    each in its words (ADR 0045 addendum 0.24.0: a foster child is offered no delt bosted, and «Begge fosterforeldrene»);
    None where the fact has none."""
    if fact.other_answers is None:
        return None
    leaves_out = wording.leaves_out if wording else []
    labels = wording.answer_labels if wording else {}
    return [{"label": labels.get(answer.id, answer.label).in_language(language), "answers": dict(answer.answers)}
            for answer in fact.other_answers if answer.id not in leaves_out]


def left_out_values(fact: Fact, wording: Wording | None) -> list[str] | None:
    """The values of a choice a question does not offer in `wording` (shared barnetrygd in a foster home); None where it
    offers them all, or where what it leaves out are answers beside the persons (`offered_other_answers`)."""
    others = {answer.id for answer in fact.other_answers or []}
    values = [name for name in (wording.leaves_out if wording else []) if name not in others]
    return values or None


def _fits(wording: Wording, holder, family) -> bool:
    """The holder's own answers are among `holder_said`, and someone in the family gave one of `any_said`."""
    own = all(getattr(holder, name, None) in answers for name, answers in wording.holder_said.items())
    return own and (not wording.any_said or said_by_anyone(family, wording.any_said))


def framed(text: str, person_id: str | None, family, on: date, language: str) -> str:
    """A question's `text` about `person_id`: as it is, or about the time before the death of a child who has died."""
    child = next((child for child in family.children if child.id == person_id), None)
    if child is None or not has_died(child, on):
        return text
    return BEFORE_THE_DEATH.in_language(language).format(child=child.id, question=text)
