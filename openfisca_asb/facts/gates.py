"""Group gate questions: a parent's "no" for a group stands for a "no" to each of its followers (ADR 0014).

A yes/no gate (`asked_first` in questions.yaml) asks about a group of needs at once ("Does the child need
anything extra at school or SFO …?"). A follower declared `asked_after` the gate with `if_gate_no` takes
that answer when the gate is answered "no" and the follower itself is not given: the gate's wording covers
the follower, so its "no" is the parent's own "no" to the follower. A follower answered explicitly wins; a
gate answered "yes" or not at all leaves its followers to be asked. This is the one place that reads it:
the situation builder for the model's inputs, and the assembler for what is still lacking.
"""

from collections.abc import Mapping
from functools import cache

from openfisca_asb.facts.vocabulary import vocabulary

GATE_NO = "no"


@cache
def _followers() -> tuple:
    """The facts a gate's "no" answers (those declared with `if_gate_no`), found once."""
    return tuple(fact for fact in vocabulary().values() if fact.if_gate_no is not None)


@cache
def group_gates() -> frozenset[str]:
    """The gates whose "no" answers followers: a child's groups of needs (found once)."""
    return frozenset(fact.asked_after for fact in _followers())


@cache
def _followers_of(gate: str) -> tuple:
    """The facts a gate's "no" answers directly, found once per gate."""
    return tuple(fact for fact in _followers() if fact.asked_after == gate)


@cache
def covered_by(gate: str) -> tuple[str, ...]:
    """The facts a group gate's wording covers: its followers (declared with `if_gate_no`) and, where a
    follower is a gate of its own (a child's group of needs under the child's illness-or-needs gate), its
    followers in turn; found once per gate."""
    followers = [fact.id for fact in _followers_of(gate)]
    return tuple(dict.fromkeys(followers + [below for fact in followers for below in covered_by(fact)]))


def answered_by_gates(given: Mapping[str, object]) -> dict[str, object]:
    """fact id → the answer a gate's "no" gives it, for the followers `given` (one holder's facts) leaves out."""
    return {fact_id: value for fact_id, (value, _gate) in answers_by_gate(given).items()}


def answers_by_gate(given: Mapping[str, object]) -> dict[str, tuple[object, str]]:
    """fact id → (the answer a gate's "no" gives it, the gate the holder answered): from each gate the holder
    answered "no", down through the followers it leaves out; a follower that is a gate passes the "no" on."""
    answered: dict[str, tuple[object, str]] = {}

    def answer_below(gate: str, answered_gate: str) -> None:
        for fact in _followers_of(gate):
            if given.get(fact.id) is None:
                answered[fact.id] = (fact.if_gate_no, answered_gate)
                if fact.if_gate_no == GATE_NO:
                    answer_below(fact.id, answered_gate)

    for gate in group_gates():
        if given.get(gate) == GATE_NO:
            answer_below(gate, gate)
    return answered


def with_gate_answers(given: Mapping[str, object]) -> dict[str, object]:
    """One holder's facts with the followers its gates' "no" answers filled in; what is given wins."""
    return {**answered_by_gates(given), **given}


def facts_given(holder) -> dict[str, object]:
    """A person's or the family's own facts (the persons of a family left out), as `answered_by_gates` reads them."""
    return holder.model_dump(exclude_none=True, exclude={"caregivers", "children"})


def gate_answering(holder, fact_id: str) -> tuple[object, str] | None:
    """(the answer, the id of the gate the family answered) where a group gate's "no" answers the holder's fact
    it left out; else None."""
    return answers_by_gate(facts_given(holder)).get(fact_id)

