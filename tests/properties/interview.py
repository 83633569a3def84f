"""An interview driven through the API: ask `/v1/facts/needed`, answer every question, repeat.

Used by the guarantee test (test_interview_settles.py). An answer is picked by a
`choose(values) -> value` function from the values the API accepts for that
person, so the same driver runs hypothesis draws and fixed answering policies.
"""

from dataclasses import dataclass, field
from datetime import date

from openfisca_asb.facts.contradictions import contradicts
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.dates import grade_fits_age

MAX_ROUNDS = 12  # far more rounds than any family needs; reaching it means the interview loops


@dataclass
class Interview:
    client: object
    on: str
    facts: dict  # fact id → its description from /v1/facts
    asked: list = field(default_factory=list)  # (fact, person) in the order asked

    def questions(self, family: dict) -> list[dict]:
        response = self.client.post("/v1/facts/needed", json={"family": family, "date": self.on, "language": "en"})
        assert response.status_code == 200, response.text
        return response.json()["questions"]

    def run(self, family: dict, choose) -> dict:
        """Answer until nothing is asked; the family as finally answered."""
        for _ in range(MAX_ROUNDS):
            questions = self.questions(family)
            if not questions:
                return family
            for question in questions:
                key = (question["fact"], question["person"])
                assert key not in self.asked, f"asked twice: {key}"
                self.asked.append(key)
                values = question_values(question, self.facts, family, date.fromisoformat(self.on))
                # Answered in one round, a question may have lost an answer to one given before it (both parents
                # "temporarily alone", ftrl § 9-6): the API refuses it (facts/contradictions.py).
                values = [v for v in values if not any(contradicts(Family.model_validate(family), fact, question["person"], answer)
                                                       for fact, answer in _answers(question["fact"], v))]
                family = answered(family, question["fact"], question["person"], choose(values))
        raise AssertionError(f"still asking after {MAX_ROUNDS} rounds: {self.asked[-5:]}")


def answered(family: dict, fact: str, person: str | None, value) -> dict:
    """The family with one more answer; an answer beside the persons of a choice among them (`other_answers`: delt
    bosted) gives its facts instead."""
    given = dict(_answers(fact, value))
    if person is None:
        return {**family, **given}
    return {
        **family,
        **{
            group: [{**member, **given} if member["id"] == person else member for member in family.get(group, [])]
            for group in ("caregivers", "children")
        },
    }


def _answers(fact: str, value) -> list[tuple[str, object]]:
    """(fact, answer) for each fact an answer gives: the question's own, or an other answer's facts (a dict)."""
    return list(value.items()) if isinstance(value, dict) else [(fact, value)]


def question_values(question: dict, facts: dict, family: dict, on: date) -> list:
    """The values the API accepts for a question: a choice among the family's persons offers their ids and the answers
    beside them (`choices`, `other_answers`); any other question, its fact's values (`allowed_values`)."""
    if question.get("choices") is not None:
        return [*question["choices"], *(answer["answers"] for answer in question.get("other_answers") or [])]
    return allowed_values(facts[question["fact"]], holder(family, question["person"]), on)


def holder(family: dict, person: str | None) -> dict:
    if person is None:
        return family
    return next(member for group in ("caregivers", "children") for member in family.get(group, []) if member["id"] == person)


def allowed_values(description: dict, holder: dict, on: date) -> list:
    """The values the API accepts: every choice (with «don't know»), or the range's ends and probes
    (every whole number of a short range); a school grade only where it fits the child's age."""
    if description["allowed_values"]:
        return [item["value"] for item in description["allowed_values"]]
    if description["kind"] not in ("number", "integer"):
        raise AssertionError(f"{description['id']}: no allowed value for a {description['kind']} fact")
    low, high = description.get("minimum", 0), description.get("maximum", 1_000_000)
    if description["kind"] == "integer" and high - low <= 20:
        values = list(range(int(low), int(high) + 1))
    else:
        values = [low, high, *(v for v in description.get("probe_values", []) if low <= v <= high)]
    if description["id"] == "school_grade":
        values = [grade for grade in values if grade_fits_age(grade, date.fromisoformat(holder["birth_date"]), on)]
    return [int(v) if description["kind"] == "integer" else float(v) for v in values]
