"""The fact vocabulary: what a family can tell, in bokmål and English.

Each fact is an input variable of the model, described once in the
`questions.yaml` beside the formulas that define it (`variables/<domain>/<right>/`,
shared facts in `variables/common/`; ADR 0007) with who it belongs to (a child,
a caregiver or the family), its question, its unit and its allowed range; a fact declared there
(`type`, `label`, `reference`: ADR 0013) is built into the model's variable by
rules/declared.py. Its type comes from the model's variable: yes/no/unknown questions, numbers, dates
or choices. A file's `order` places its questions among the others. `facts/description.py` joins
the two into what the API and the page ask with. `asked_first` and `asked_after` place a question in
the interview (ADR 0014): a gate is asked first of its person, and a fact asked after a gate waits
for the gate's answer.
"""

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from openfisca_asb.catalogue.agencies import Agency
from openfisca_asb.paths import question_files
from openfisca_asb.rules.person_id import PERSON_ID
from openfisca_asb.rules.phrases import with_phrases
from openfisca_asb.rules.texts import Text
from openfisca_asb.rules.tristate import FactAnswer
from openfisca_asb.rules.yaml_files import load_yaml

FactHolder = Literal["child", "caregiver", "person", "family"]  # whom the fact is about


class ScaleLevel(BaseModel):
    """One answer on a scale (ADR 0036): its words, and the answer it gives each of the scale's facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Text
    answers: dict[str, Literal["yes", "no", "unknown"]] = Field(min_length=1)


class OtherAnswer(BaseModel):
    """An answer to a question chosen among the family's persons (`one_of`) that names none of them: its words, and the
    answer it gives each of the holder's yes/no facts it stands for (the child's delt bosted «yes», or «no» where the
    child lives with several of the caregivers together)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Its name, by which a wording leaves it out or words it")
    label: Text
    answers: dict[str, Literal["yes", "no"]] = Field(min_length=1)


class Wording(BaseModel):
    """Other words for a fact's question, asked instead of `question` where the family's answers say they fit (review
    s23 page L1, L2): where the holder's own answers are among `holder_said` (a self-employed parent's income: the
    average of three years) and someone in the family gave one of `any_said` (a foster home: «den andre
    fosterforelderen»). Each fact named is one the interview asks (a yes/no fact or a choice), so the page, which holds
    those answers, words the question as the service does."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    holder_said: dict[str, list[str]] = Field(
        default={}, description="fact of the same holder → the answers of the holder's under which these words fit")
    any_said: dict[str, str] = Field(
        default={}, description="fact → answer: a person of the family (or the family) answered one of these")
    question: Text
    help: Text | None = Field(default=None, description="Other help where these words are asked; the fact's own if none")
    leaves_out: list[str] = Field(
        default=[], description="Answers not offered where these words are asked (ADR 0045 addendum 0.24.0): a choice's "
        "values by name (shared barnetrygd in a foster home), or answers beside the persons by `id` (delt bosted for a "
        "foster child). Left out of what is offered only: an answer given is still read")
    answer_labels: dict[str, Text] = Field(
        default={}, description="answer beside the persons (`other_answers`, by `id`) → its words where these are asked")


class Scale(BaseModel):
    """Yes/no facts that are levels of one need, asked as one question with an answer for each level (ADR 0036)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: Text
    help: Text | None = None
    levels: list[ScaleLevel] = Field(min_length=2)


# What declares the model's variable (ADR 0013) or places the question in the interview (ADR 0014)
# rather than the question itself: not part of a fact's description.
DECLARATION = {"type", "label", "reference", "documentation", "asked_first", "asked_after", "if_gate_no", "asked_where",
               "asked_if_gate"}


class AskedWhere(BaseModel):
    """Where a fact given only where it applies (`absent_means`) is asked after all (ADR 0045 addendum): once someone
    in the family has given one of the answers that say it may apply, of a holder none of whose `not_given` fields is
    set and none of whose `not_said` answers is given, and only where its answer would change a right (the interview
    reads that from the variants)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    any_said: dict[str, Literal["yes", "no"]] = Field(
        min_length=1, description="fact → answer: a person of the family (or the family) answered one of these")
    not_given: list[str] = Field(
        default=[], description="The holder's own fields that, set, say it does not apply (a child's `sole_caregiver`: "
        "the child lives with that one)")
    not_said: dict[str, Literal["yes", "no"]] = Field(
        default={}, description="fact → answer: the holder's own answers that say it does not apply (a foster child has "
        "no delt bosted, an agreement between its parents; ADR 0045 addendum 0.24.0)")


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="The model's input variable")
    holder: FactHolder
    question: Text
    help: Text | None = None
    required: bool = False
    unit: str | None = None
    pattern: str | None = Field(default=None, description="For text facts: the regular expression a value must match")
    minimum: float | None = None
    maximum: float | None = None
    probe_values: list[float] = Field(
        default=[],
        description="Values worth trying when asking which single change would alter an outcome",
    )
    probe_rates: str | None = Field(
        default=None,
        description="A parameter (or a node of them) whose values on the date asked are the thresholds worth trying "
        "instead of `probe_values`: a rate the law moves each year (grunnstønad's sats)",
    )
    type: Literal["yes_no", "number"] | None = Field(
        default=None, description="Declares the fact's variable here (ADR 0013): a yes/no question or a number",
    )
    label: str | None = Field(default=None, description="The variable's label, with the Norwegian legal term")
    reference: str | list[str] | None = Field(
        default=None, description='The provision(s) it rests on, written as in a formula: ftrl("6-4", ledd=1)',
    )
    documentation: str | None = None
    audience: Literal["family", "caseworker"] = Field(
        default="family",
        description="Who can answer it: a caseworker's fact (a refund claim, several jobs) is accepted as input "
        "but never asked of a family as a missing fact",
    )
    absent_means: Text | None = Field(
        default=None,
        description="What leaving the fact out says, where that is itself an answer (a child with no date of death "
        "lives, ADR 0034): such a fact is never missing, so never asked; the family gives it only where it applies",
    )
    decided_by: Agency | None = Field(
        default=None,
        description="The agency whose own decision or assessment this fact reports (NAV's sats, the kommune's "
        "documentation): the family may tell it, but an application to that agency never asks the family for it",
    )
    asked_first: bool = Field(
        default=False,
        description="A gate (ADR 0014): asked before the person's other questions, since its answer decides which "
        "of them apply (the child's illness, the caregiver's work situation)",
    )
    asked_after: str | None = Field(
        default=None, pattern=r"^[a-z][a-z0-9_]*$",
        description="The gate this fact waits for (ADR 0014): asked only once the gate is answered, and the gate "
        "is asked for what this fact can settle",
    )
    if_gate_no: str | float | None = Field(
        default=None,
        description="The answer this fact takes when its yes/no gate (`asked_after`) is answered \"no\" and the fact "
        "is not given (facts/gates.py, ADR 0014): the gate's wording covers the fact, so its \"no\" answers it too",
    )
    asked_if_gate: list[str] | None = Field(
        default=None,
        description="The answers of its gate (`asked_after`) under which the rules read this fact, where only some do "
        "(the dagpenger's daily rate only on dagpenger): for «questions left», which counts it only as often as the "
        "gate gives one of them (ADR 0014); the variants already never ask it otherwise",
    )
    checklist_question: Text | None = Field(
        default=None,
        description="A gate's question for its followers that have a `checklist_item`, asked together as one "
        "checklist (ADR 0028): the parent ticks what applies, \"none of these\" or \"don't know\"",
    )
    checklist_item: Text | None = Field(
        default=None,
        description="This yes/no group gate's line in its own gate's checklist (ADR 0028): ticked is \"yes\"",
    )
    about_the_death: bool = Field(
        default=False,
        description="Its question is about a child's death (forhøyet hjelpestønad's three years): not framed again as "
        "about the time before the death (ADR 0034)",
    )
    scale: Scale | None = Field(
        default=None,
        description="This yes/no fact and others that are higher levels of the same need, asked as one question "
        "whose answers each give every one of them (ADR 0036)",
    )
    one_of: Literal["children", "caregivers"] | None = Field(
        default=None,
        description="A text fact whose value is the `id` of one of the family's children (the child a claim is for) or "
        "caregivers (the caregiver a child lives with permanently, alone): asked as a choice among them, never typed "
        "(ADR 0014 addendum 2026-11-30, ADR 0045 addendum s23)",
    )
    other_answers: list[OtherAnswer] | None = Field(
        default=None,
        description="For a fact chosen `one_of` the family's persons: the answers beside them, each naming no one and "
        "giving other facts of the same holder instead (the child's delt bosted, or «several of us together»); the "
        "question counts as answered once the fact or one of those is given",
    )
    asked_where: AskedWhere | None = Field(
        default=None,
        description="A fact given only where it applies (`absent_means`) that the interview asks where the family has "
        "said it may apply and its answer would change a right (ADR 0045 addendum): delt bosted once the parents are "
        "said to live apart",
    )
    wordings: list[Wording] | None = Field(
        default=None,
        description="Other words for the question where the family's answers say they fit: the first that fits is "
        "asked instead of `question` (answer/question_text.py); a question asked of several caregivers in one step, "
        "in the first that fits any of them",
    )

    @model_validator(mode="before")
    @classmethod
    def _phrases_said_once(cls, data):
        """Words a fact's checklist line and question both say are written once, in its `phrases`, and quoted in the
        texts as `{w:name}` (rules/phrases.py): the texts are built with them, so the two cannot drift apart."""
        return with_phrases(data) if isinstance(data, dict) else data

    @model_validator(mode="before")
    @classmethod
    def _names_a_person_by_id(cls, data):
        """A fact chosen among the family's persons (`one_of`) holds a person's id, whose form is defined once
        (rules/person_id.py): it takes that pattern and declares none of its own."""
        if isinstance(data, dict) and data.get("one_of") is not None:
            if data.get("pattern") is not None:
                raise ValueError(f"'{data.get('id')}' is chosen `one_of` the family's {data['one_of']}: its pattern is a "
                                 "person's id (rules/person_id.py), so it declares none")
            data = {**data, "pattern": PERSON_ID}
        return data


class Questions(BaseModel):
    """One folder's `questions.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    order: int = Field(description="Where these questions come among all questions: lower first")
    facts: list[Fact] = Field(min_length=1)


def _load(path) -> Questions:
    with open(path, encoding="utf-8") as file:
        data = load_yaml(file)
    try:
        return Questions.model_validate(data)
    except ValueError as error:
        raise ValueError(f"fact vocabulary {path}: {error}") from error


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Fact]:
    """All facts by id: files by `order`, facts in their file's order."""
    facts: dict[str, Fact] = {}
    files = sorted(((path, _load(path)) for path in question_files()), key=lambda loaded: (loaded[1].order, loaded[0]))
    for path, questions in files:
        for fact in questions.facts:
            if fact.id in facts:
                raise ValueError(f"fact vocabulary {path}: fact '{fact.id}' is described twice")
            facts[fact.id] = fact
    _check_gates(facts)
    _check_scales(facts)
    _check_one_of(facts)
    _check_asked_where(facts)
    _check_wordings(facts)
    return facts


def _check_gates(facts: dict[str, Fact]) -> None:
    """A fact is asked after a gate of its own holder: a fact declared `asked_first`."""
    for fact in facts.values():
        gate = facts.get(fact.asked_after) if fact.asked_after else None
        if fact.asked_after and (gate is None or not gate.asked_first or gate.holder != fact.holder):
            raise ValueError(f"fact vocabulary: '{fact.id}' is asked after '{fact.asked_after}', "
                             f"which must be a fact of the same holder declared `asked_first: true`")
        if fact.asked_if_gate and gate is None:
            raise ValueError(f"fact vocabulary: '{fact.id}' declares `asked_if_gate` but is not asked after a gate")
        if fact.if_gate_no is not None and (gate is None or gate.type != "yes_no" or not _fits(fact, fact.if_gate_no)):
            raise ValueError(f"fact vocabulary: '{fact.id}' declares `if_gate_no` but is not asked after "
                             f"a yes/no gate, or its `if_gate_no` is not of its own type")
        if fact.checklist_item is not None and (gate is None or gate.checklist_question is None or fact.type != "yes_no"):
            raise ValueError(f"fact vocabulary: '{fact.id}' has a `checklist_item` but is not a yes/no fact asked "
                             f"after a gate with a `checklist_question` (ADR 0028)")


def _check_scales(facts: dict[str, Fact]) -> None:
    """A scale's levels each answer the same yes/no facts of the declaring fact's holder, the declaring fact among
    them, and no fact is on two scales (ADR 0036)."""
    on_a_scale: set[str] = set()
    for fact in facts.values():
        if fact.scale is None:
            continue
        members = list(fact.scale.levels[0].answers)
        wrong = [m for m in members if m not in facts or facts[m].type != "yes_no" or facts[m].holder != fact.holder]
        if fact.id not in members or wrong or any(list(level.answers) != members for level in fact.scale.levels):
            raise ValueError(f"fact vocabulary: the scale of '{fact.id}' must answer, at every level and in one order, "
                             f"the same yes/no facts of its holder, '{fact.id}' among them")
        if len({(facts[m].asked_after, facts[m].if_gate_no) for m in members}) > 1:
            raise ValueError(f"fact vocabulary: the facts of the scale of '{fact.id}' must be asked after the same gate, "
                             f"with the same `if_gate_no` (they are asked together)")
        if on_a_scale & set(members):
            raise ValueError(f"fact vocabulary: {sorted(on_a_scale & set(members))} on two scales")
        on_a_scale |= set(members)


def _check_one_of(facts: dict[str, Fact]) -> None:
    """A fact chosen among the family's persons (`one_of`) holds a person's id: text, not a yes/no fact or a number.
    Its `other_answers` give yes/no facts of its own holder, and only such a fact has them."""
    for fact in facts.values():
        if fact.one_of is not None and fact.type is not None:
            raise ValueError(f"fact vocabulary: '{fact.id}' is chosen `one_of` the family's {fact.one_of}, so it holds "
                             f"an id (text) and declares no `type`")
        given = [name for answer in fact.other_answers or [] for name in answer.answers]
        if given and (fact.one_of is None or any(name not in facts or facts[name].type != "yes_no"
                                                 or facts[name].holder != fact.holder for name in given)):
            raise ValueError(f"fact vocabulary: '{fact.id}' declares `other_answers`, so it must be chosen `one_of` the "
                             f"family's persons, and each answer must give yes/no facts of its own holder")


def _check_asked_where(facts: dict[str, Fact]) -> None:
    """`asked_where` places a fact given only where it applies (`absent_means`), opened by yes/no facts' answers."""
    for fact in facts.values():
        if fact.asked_where is None:
            continue
        said = [*fact.asked_where.any_said, *fact.asked_where.not_said]
        if fact.absent_means is None or any(name not in facts or facts[name].type != "yes_no" for name in said) or any(
                facts[name].holder != fact.holder for name in fact.asked_where.not_said):
            raise ValueError(f"fact vocabulary: '{fact.id}' declares `asked_where`, so it must have `absent_means`, "
                             f"each fact it names must be a yes/no fact, and those of `not_said` of its own holder")


def _check_wordings(facts: dict[str, Fact]) -> None:
    """A wording names facts of the vocabulary, and at least one: `holder_said` facts of the fact's own holder. Of a fact
    with answers beside the persons (`other_answers`), what it leaves out or words are those answers, by `id`; a
    choice's values are the model's, checked against it (tests/unit/test_model_contract.py)."""
    for fact in facts.values():
        others = [answer.id for answer in fact.other_answers or []]
        if len(set(others)) != len(others):
            raise ValueError(f"fact vocabulary: the `other_answers` of '{fact.id}' must each have an `id` of its own")
        for wording in fact.wordings or []:
            named = [*wording.holder_said, *wording.any_said]
            if not named or any(name not in facts for name in named) or any(
                    facts[name].holder != fact.holder for name in wording.holder_said):
                raise ValueError(f"fact vocabulary: a wording of '{fact.id}' must name facts of the vocabulary, at least "
                                 f"one, and those of `holder_said` must be of its own holder")
            answers = [*wording.leaves_out, *wording.answer_labels]
            if (wording.answer_labels or (others and answers)) and not set(answers) <= set(others):
                raise ValueError(f"fact vocabulary: a wording of '{fact.id}' leaves out or words answers beside the "
                                 f"persons by their `id`: {others}")


def answered_by_other_answers() -> dict[str, str]:
    """fact id → the fact chosen `one_of` the family's persons whose `other_answers` also answer it (the child's delt
    bosted, answered by «who does the child live with permanently»)."""
    return {name: fact.id for fact in vocabulary().values() for answer in fact.other_answers or [] for name in answer.answers}


def asked_where() -> dict[str, AskedWhere]:
    """fact id → where it is asked, for each fact given only where it applies that the interview asks after all."""
    return {fact.id: fact.asked_where for fact in vocabulary().values() if fact.asked_where is not None}


def gate_leads_to(fact: Fact, holder) -> bool | None:
    """For a fact the rules read only under some answers of its gate (`asked_if_gate`): whether `holder` answered the
    gate with one of them; None while the gate is unanswered or answered «don't know», which rules nothing out."""
    answer = getattr(holder, fact.asked_after, None)
    if answer is None or answer == FactAnswer.unknown.name:
        return None
    return answer in fact.asked_if_gate


def _fits(fact: Fact, value) -> bool:
    """A yes/no fact's answer is "yes" or "no", a number fact's a number, a choice's the name of a choice."""
    if fact.type == "yes_no":
        return value in ("yes", "no")
    return isinstance(value, str) == (fact.type != "number")


def gates() -> set[str]:
    """The facts asked first of their person (`asked_first`)."""
    return {fact.id for fact in vocabulary().values() if fact.asked_first}


@lru_cache(maxsize=1)
def gated_by() -> dict[str, str]:
    """fact id → the gate it is asked after (`asked_after`)."""
    return {fact.id: fact.asked_after for fact in vocabulary().values() if fact.asked_after}


@lru_cache(maxsize=1)
def checklists() -> dict[str, str]:
    """fact id → the gate whose checklist asks it (ADR 0028): a fact with a `checklist_item` (asked after a
    gate with a `checklist_question`, `_check_gates`); the facts of one checklist and one person are asked together."""
    return {fact.id: fact.asked_after for fact in vocabulary().values() if fact.checklist_item is not None}


@lru_cache(maxsize=1)
def scales() -> dict[str, str]:
    """fact id → the fact whose scale asks it (ADR 0036), for every fact on a scale."""
    return {member: fact.id for fact in vocabulary().values() if fact.scale for member in fact.scale.levels[0].answers}


def scale_question(fact: str, language: str) -> dict:
    """A scale's question and its levels (each with the answer it gives every fact of the scale), in `language`."""
    scale = vocabulary()[fact].scale
    return {"question": scale.question.in_language(language), "help": scale.help.in_language(language) if scale.help else None,
            "levels": [{"label": level.label.in_language(language), "answers": dict(level.answers)} for level in scale.levels]}


def checklist_question(gate: str, language: str) -> str:
    """The question a gate's checklist is asked with, in `language`."""
    return vocabulary()[gate].checklist_question.in_language(language)
