"""A question's text as the answer and the interview ask it: the vocabulary's; about a child who has died, framed
as about the time before the death (ADR 0034), never as if the child lived (review s17 death M5)."""

from datetime import date

from openfisca_asb.facts.family import has_died
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.texts import Text

BEFORE_THE_DEATH = Text(nb="Om tiden før {child} døde: {question}", en="About the time before {child} died: {question}")


def question_text(fact_id: str, person_id: str | None, family, on: date, language: str) -> str:
    """The question for `fact_id` about `person_id` (None: the family), in `language`."""
    fact = vocabulary()[fact_id]
    text = fact.question.in_language(language)
    return text if fact.about_the_death else framed(text, person_id, family, on, language)


def framed(text: str, person_id: str | None, family, on: date, language: str) -> str:
    """A question's `text` about `person_id`: as it is, or about the time before the death of a child who has died."""
    child = next((child for child in family.children if child.id == person_id), None)
    if child is None or not has_died(child, on):
        return text
    return BEFORE_THE_DEATH.in_language(language).format(child=child.id, question=text)
