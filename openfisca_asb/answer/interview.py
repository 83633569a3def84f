"""The interview: which question to ask next, and about how many are left (ADR 0014).

A question is one fact of one person (or of the family). Its *gain* is how much
it settles among the benefits still open ("missing information"): for each open
(benefit, holder) pair it is named for, the share of its possible answers under
which the pair's status is no longer open — read from the single-fact variants
the assembler already computes, so nothing is declared by hand — each share weighed
by one plus the questions that pair leaves for later (those that come once its named
questions leave it open), so a question that can close a right with questions behind
it comes first (pleiepenger's continuous care, ADR 0014 addendum 0.22.0). A fact the
variants could not try (a number without probe values) counts half.

The interview asks person by person (the family's kommune once, first; then each
child, each caregiver, the household), a person's gate question first (the child's
illness, the caregiver's work situation: `asked_first` in questions.yaml; a fact `asked_after` a gate
waits for it), then the most gain first. It asks only
a question that can settle open pairs: at least two at depth "decisive" (the
first pass: the questions that decide several rights at once), at least one at
depth "all" (the page's "answer more questions", where those that can settle a right still
open come before those that only narrow a settled one). A question that can settle
nothing is not asked — the healthy sibling is not asked about care needs. A pair
one of whose questions was answered "don't know" stays open, naming what is
missing, and is not pursued further in the first pass, nor is a right whose group
gate was answered "don't know" (its wording covers the follower); depth "all" asks
every question that can still settle a pair. A child's group
gates are asked together, as one checklist (`next`, ADR 0028); a caregiver's question is asked of each
caregiver it can settle something for in one step (ADR 0035), and the facts of a scale — levels of one need —
as one question (ADR 0036). `questions_left`
is the number of questions the interview can be expected to ask, from how often
this family knew the answer and over both branches of a gate; a checklist, a question to each caregiver and a
scale are one each.
"""

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date

import numpy

from openfisca_asb.answer.ruled_out import ruled_out
from openfisca_asb.answer.assembler import AMOUNT_OPEN_STATUSES, DONT_KNOW, answer_for_interview, open_rights
from openfisca_asb.answer.child_choices import child_choices
from openfisca_asb.answer.grant_questions import facts_that_would_grant
from openfisca_asb.answer.models import Entitlements
from openfisca_asb.answer.question_text import (asked_together_text, framed, left_out_values, offered_other_answers,
                                                question_text, wording_for)
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.caregiver_choices import caregiver_choices, may_be_asked
from openfisca_asb.facts.family import holders_of
from openfisca_asb.facts.gates import covered_by, group_gates
from openfisca_asb.facts.vocabulary import (answered_by_other_answers, asked_where, checklists, gate_leads_to, gated_by,
                                            Wording, gates, scale_question, scales, vocabulary)

OPEN = "missing_information"
UNTRIED_GAIN = 0.5  # a fact the variants could not try: settles its pair under some answers, we assume half
KOMMUNE = "kommunenummer"
CAREGIVER = "caregiver"  # a fact's holder whose question is asked of each caregiver at once (ADR 0035)
MIN_PAIRS = {"decisive": 2, "all": 1}  # open (benefit, holder) pairs a question must be able to settle to be asked
LASTING_ILLNESS = "has_lasting_illness"
ILLNESS_OR_NEEDS = "has_illness_or_extra_needs"  # the child's gate over every question about its health and needs
WORK_SITUATION = "employment"  # the caregiver's gate before income and the four weeks of work
# "Questions left" only (an estimate, not the law): how often a child's group gate is answered "no", for a
# child with and without a lasting illness, and how often a second child of the family has one too.
# Chosen on the example families (ADR 0014); they change no answer and no question asked.
GROUP_GATE_NO = {"ill": 0.5, "not ill": 0.9}
ANOTHER_ILL_CHILD = 0.2
# … and the figure if much of what is asked applies (review s23 page M2, s24 page M3): every group of needs still
# unanswered ticked, every answer known. A parent who ticks the checklist's lines is asked 20 to 29 questions where
# one who ticks none is asked 11 to 18, so no one figure made before the checklist holds for both; this one is shown
# beside it where it is more than `ESTIMATE_MARGIN` (issue 17's ±3) above.
ALL_APPLY = {"ill": 0.0, "not ill": 0.0}
ESTIMATE_MARGIN = 3
# "Questions left" only: how likely each answer the variants try is, where they try several (the gain and the
# questions asked weigh them equally). A yes/no answer is "yes" six times in ten: chosen on the example families,
# like the two above. The work situation: Laplace's rule over the 13 caregivers of the example families (11
# employees, one freelancer, one self-employed, none not working, none on dagpenger or AAP): (count + 1) / (13 + 6).
ANSWER_LIKELIHOOD = {"yes_no": {"yes": 0.6, "no": 0.4},
                     "employment": {"employee": 12 / 19, "frilanser": 2 / 19, "self_employed": 2 / 19, "not_working": 1 / 19,
                                    "dagpenger": 1 / 19, "arbeidsavklaringspenger": 1 / 19}}
# … and how often a fact an open right leaves for later (the assembler's `later_facts`) comes to be asked once the
# right's named questions leave it open: half, chosen on the example families (the teenager with cancer is asked
# two of pleiepenger's four; two parents are never asked about sole care, read only of a family's one caregiver).
LATER_FACT_ASKED = 0.5

Key = tuple[str, str | None]  # (fact, person); person None for a family fact
Pair = tuple[str, str | None]  # (benefit, holder); holder None for a family benefit


@dataclass
class Question:
    fact: str
    person: str | None
    question: str
    settles: list[str] = field(default_factory=list)  # benefits whose open status it can settle
    gain: float = 0.0
    choices: list[str] | None = None  # where the answer is one of the family's children or caregivers (`one_of`): their ids
    wording: Wording | None = None  # the fact's other words the family's answers fit (`wordings`), with what they offer

    @property
    def key(self) -> Key:
        return (self.fact, self.person)

    @property
    def checklist_key(self) -> Key | None:
        """(the gate whose checklist asks it, the person) where it is a line of a checklist (ADR 0028)."""
        gate = checklists().get(self.fact)
        return (gate, self.person) if gate else None

    def checklist_item(self, language: str) -> str | None:
        """Its line in its checklist, in `language`."""
        item = vocabulary()[self.fact].checklist_item
        return item.in_language(language) if item else None

    def other_answers(self, language: str) -> list[dict] | None:
        """The answers beside the persons chosen among (`other_answers`: delt bosted, both parents together), each with
        its words in `language` and the answer it gives each of its facts; None where the fact has none."""
        return offered_other_answers(vocabulary()[self.fact], self.wording, language)

    def as_row(self, language: str) -> dict:
        """The question as POST /v1/interview and `asb questions --json` show it, in `language`."""
        return {"fact": self.fact, "person": self.person, "question": self.question, "settles": self.settles,
                "checklist": checklists().get(self.fact), "checklist_item": self.checklist_item(language),
                "scale": scales().get(self.fact), "choices": self.choices, "other_answers": self.other_answers(language),
                "leaves_out": left_out_values(vocabulary()[self.fact], self.wording)}


@dataclass(frozen=True)
class Interview:
    answer: Entitlements
    questions: list[Question]  # every missing fact not answered "don't know", in the interview's order (POST /v1/facts/needed)
    steps: list[list[Question]]  # those the interview asks, step by step (alone, to each caregiver, or a scale); the first is next
    next: list[Question]  # what to ask now: the first step, or its checklist's lines (`_asked_now`)
    questions_left: int  # a checklist, or a question to each caregiver, counted once; 0 when nothing is asked
    questions_left_high: int | None = None  # where much applying would take more than ESTIMATE_MARGIN more (`_high_where_far`)
    more_questions: int = 0  # when the first pass is done: the questions "answer more questions" (depth "all") asks now
    scale_asked: dict | None = None  # where `next` is a scale: its question (framed as its rows are) and levels (ADR 0036)

    @property
    def asked(self) -> list[Question]:
        """The questions the interview asks, in order; the first is next."""
        return [question for step in self.steps for question in step]

    @property
    def next_kind(self) -> str | None:
        """What `next` is: one `question`, a `checklist`'s lines (ADR 0028), one question to `each_caregiver` (ADR
        0035), or the facts of a `scale` (ADR 0036); None when nothing is asked."""
        if not self.next:
            return None
        if len(self.next) == 1:
            return "question"
        if self.next[0].checklist_key:
            return "checklist"
        return "scale" if self.next[0].fact in scales() else "each_caregiver"

    @property
    def numbered_steps(self) -> list[list[Question]]:
        """The steps as they are shown, numbered from 1: `next`, then each later step without what `next` asks
        already, a later checklist's lines (a step each in `steps`) joined at the first (ADR 0028). The rows of one
        step share its number: the `step` of POST /v1/interview and `asb questions --json`, the number `asb
        questions` prints."""
        if not self.next:
            return []
        shown_now = {question.key for question in self.next}
        later = [[question for question in step if question.key not in shown_now] for step in self.steps[1:]]
        return [self.next, *_checklists_joined([step for step in later if step])]

    def rows(self, language: str) -> list[dict]:
        """The questions of `numbered_steps` in order, as POST /v1/interview's `questions` and `asb questions --json`
        show them: each with its `step`, 1 for the rows of `next`."""
        return [question.as_row(language) | {"step": number}
                for number, step in enumerate(self.numbered_steps, 1) for question in step]

    def next_rows(self, language: str) -> list[dict]:
        """The rows of `next`, as the first step of `rows`."""
        return [question.as_row(language) | {"step": 1} for question in self.next]

    @property
    def scale(self) -> str | None:
        """The fact whose scale `next` is, when it is one (ADR 0036)."""
        return scales()[self.next[0].fact] if self.next_kind == "scale" else None

    @property
    def checklist(self) -> str | None:
        """The gate whose checklist `next` is, when it is one (two lines or more)."""
        return self.next[0].checklist_key[0] if self.next_kind == "checklist" else None


def run_interview(family, on: date, language: str = "nb", unknown: set[Key] = frozenset(), depth: str = "decisive",
                  **assembler_options) -> Interview:
    """The answer for `family` and the questions worth asking next; `unknown` holds those answered "don't know"."""
    answer, outcomes, later = answer_for_interview(family, on, language, unknown=frozenset(unknown), **assembler_options)
    order = _order(family, on, answer.benefits, outcomes, unknown, language, depth, later)
    steps = _worded_together(_as_asked(_asked_steps(order, MIN_PAIRS[depth]), order), family, language)
    if not steps:  # done at this depth; the first pass says what the second would ask (review s16)
        more = 0 if depth == "all" else _second_pass_left(family, _order(family, on, answer.benefits, outcomes, unknown, language, "all", later))
        return Interview(answer=answer, questions=order.missing, steps=[], next=[], questions_left=0, more_questions=more)
    asked_now = _asked_now(steps[0], order)
    left = _questions_left(family, order, depth)
    return Interview(answer=answer, questions=order.missing, steps=steps, next=asked_now, questions_left=left,
                     questions_left_high=_high_where_far(left, _questions_left_if_much_applies(family, order, depth)),
                     scale_asked=_scale_asked(asked_now, family, on, language))


def _checklists_joined(steps: list[list[Question]]) -> list[list[Question]]:
    """The steps in order, a checklist's lines (each a step of its own in the interview's list) joined at the first."""
    joined: list[list[Question]] = []
    checklists: dict[Key, list[Question]] = {}
    for step in steps:
        key = step[0].checklist_key
        if key in checklists:
            checklists[key].extend(step)
            continue
        joined.append(list(step))
        if key is not None:
            checklists[key] = joined[-1]
    return joined


def _scale_asked(asked_now: list[Question], family, on: date, language: str) -> dict | None:
    """The scale `asked_now` is, with its question about a child who has died framed as its rows are (ADR 0034, 0036)."""
    if len(asked_now) < 2 or asked_now[0].fact not in scales():
        return None
    scale = scale_question(scales()[asked_now[0].fact], language)
    return {**scale, "question": framed(scale["question"], asked_now[0].person, family, on, language)}


def _questions_left(family, order: "_Order", depth: str) -> int:
    """About how many questions the interview asks at `depth` from here."""
    return _expected_questions(order, MIN_PAIRS[depth], _knows(family, order.unknown), _chances_of_lasting_illness(family),
                               lambda key: _reached_through_gate(key, family))


def _questions_left_if_much_applies(family, order: "_Order", depth: str) -> int:
    """About how many questions the interview asks at `depth` from here if much of what it asks about applies: every
    group of needs still unanswered ticked (`ALL_APPLY`), every child not yet asked about taken to have a lasting
    illness, every answer known."""
    lasting = {child: float(chance > 0) for child, chance in _chances_of_lasting_illness(family).items()}
    return _expected_questions(order, MIN_PAIRS[depth], 1.0, lasting, lambda key: _reached_through_gate(key, family),
                               group_gate_no=ALL_APPLY,
                               opened=order.opened | _behind_lines(family, [q.key for q in order.ranked], answered=None))


def _high_where_far(left: int, high: int) -> int | None:
    """`high`, where it is more than `ESTIMATE_MARGIN` above `left`; None where `left` covers it."""
    return high if high - left > ESTIMATE_MARGIN else None


def _second_pass_left(family, order: "_Order") -> int:
    """What «answer more questions» (depth "all") would show as questions left, as its own first step does; 0 where it
    asks nothing."""
    return _questions_left(family, order, "all") if _asked_steps(order, MIN_PAIRS["all"]) else 0


def missing_in_order(family, on: date, language: str = "nb", system=None, catalogue_overrides=None,
                     unknown: set[Key] = frozenset()) -> list[Question]:
    """`run_interview(...).questions` without the rest of the answer: every missing fact not answered "don't
    know", in the interview's order."""
    rights, outcomes, later = open_rights(family, on, language, system=system, catalogue_overrides=catalogue_overrides,
                                          unknown=frozenset(unknown))
    return _order(family, on, rights, outcomes, unknown, language, "decisive", later).missing


@dataclass(frozen=True)
class _Order:
    ranked: list[Question]  # every question, in the interview's order
    shares: dict[Key, dict[Pair, float]]  # what each question can settle, a gate with its followers
    own_shares: dict[Key, dict[Pair, float]]  # what each question can settle itself
    likely: dict[Key, dict[Pair, float]]  # … weighed by how likely each answer is (`ANSWER_LIKELIHOOD`), for the estimate only
    unknown: set[Key]
    closed: set[Pair]
    opened: set[Key]  # asked if they settle one pair: a ticked checklist line's, those said to apply, a child's condition with questions behind it
    missing: list[Question]  # the missing facts not answered "don't know", in order
    later: dict[Key, set[Pair]]  # facts no question asks yet, for the open pairs they come later for (`_later`)
    texts: dict[Key, str]  # the question of each of those later facts, asked now only with its scale (ADR 0036)

    @cached_property
    def to_ask(self) -> set[Key]:
        """The questions still to ask: ranked, and not answered "don't know" (a gate among them is unanswered)."""
        return {question.key for question in self.ranked if question.key not in self.unknown}


def _order(family, on: date, rights, outcomes, unknown: set[Key], language: str, depth: str, later: dict | None = None) -> _Order:
    """The questions of the rights' missing facts (and their gates, and the kommune), in the interview's order."""
    unknown = set(unknown) | _said_dont_know(family, rights)
    questions, shares, likely = _questions(rights, outcomes, unknown)
    for result in rights:
        _add_change_questions(result, questions, shares, unknown)
        _add_grant_questions(result, questions, shares, unknown, family, on, language)
    said_to_apply = _add_said_to_apply(family, on, language, rights, outcomes, (questions, shares, likely), unknown)
    _leave_out_what_cannot_change(family, questions, shares)
    missing_facts = set(questions)  # a fact whose answer would change a granted right is missing too (review s15)
    # The first pass does not pursue a pair one of whose questions was answered "don't know"; "answer more
    # questions" (depth "all") asks every question that can still settle a pair (review of 0.9.0).
    closed = _closed_by(unknown | _covered_by(unknown), shares) if depth == "decisive" else set()
    later = _later(later or {}, rights, questions, unknown, closed)
    behind = _questions_behind(later)
    for key, question in questions.items():
        pursued = {pair: share for pair, share in shares[key].items() if pair not in closed and share > 0}
        question.gain = sum(share * (1 + behind.get(pair, 0)) for pair, share in pursued.items())
        question.settles = list(dict.fromkeys(benefit for benefit, _ in pursued))
    own_shares = {key: dict(pairs) for key, pairs in shares.items()}  # before a gate stands for its followers
    _add_gates(questions, shares, family, on, unknown, language)
    _add_kommune(questions, family, language)
    _add_choices(questions.values(), family, on)
    ranked = sorted(questions.values(), key=_rank_key(family, _settling_open_rights(rights, shares) if depth == "all" else None))
    missing = [q for q in ranked if q.key in missing_facts and q.key not in unknown]
    return _Order(ranked=ranked, shares=shares, own_shares=own_shares, likely=likely, unknown=unknown, closed=closed,
                  opened=_opened_by_a_tick(family, questions) | said_to_apply | _closing_what_leads_on(shares, closed, behind),
                  missing=missing, later=later,
                  texts={key: question_text(*key, family, on, language) for key in later})


def _closing_what_leads_on(shares, closed: set[Pair], behind: dict[Pair, int]) -> set[Key]:
    """A child's condition (a yes/no fact after its illness-or-needs gate, not itself a gate) that can close a pursued
    pair with questions behind it: asked in the first pass even where it settles one pair, since without it the
    right's later questions cannot be weighed — a single parent's pleiepenger and the child's continuous care (review
    s23 page M1), NAV's acceptance of a chronic illness before being temporarily alone (ADR 0014 addendum 0.22.0)."""
    after, first, facts = gated_by(), gates(), vocabulary()
    return {key for key, pairs in shares.items()
            if after.get(key[0]) == ILLNESS_OR_NEEDS and key[0] not in first and facts[key[0]].type == "yes_no"
            and any(share > 0 and pair not in closed and behind.get(pair, 0) > 0 for pair, share in pairs.items())}


def _questions_behind(later: dict[Key, set[Pair]]) -> dict[Pair, int]:
    """For each open pair, how many questions it leaves for later (`_later`): those that come once its named questions
    leave it open (a caregiver's question, asked of all of them at once, counted once: ADR 0035)."""
    waiting: dict[Pair, set] = defaultdict(set)
    for (fact, person), pairs in later.items():
        for pair in pairs:
            waiting[pair].add((fact, CAREGIVER) if _asked_of_each_caregiver(fact) else (fact, person))
    return {pair: len(keys) for pair, keys in waiting.items()}


def _leave_out_what_cannot_change(family, questions: dict[Key, Question], shares) -> None:
    """Not asked for a right its answer cannot change (`ruled_out`): the answer names no such fact missing for that
    right (assembler `_missing_facts`), and no question found elsewhere (a change, a grant) asks it for the right."""
    for key, rights in ruled_out(family).items():
        if key in shares:
            shares[key] = {pair: share for pair, share in shares[key].items() if rights is not None and pair[0] not in rights}
        if key in questions and not shares.get(key):
            del questions[key]


def _later(later: dict, rights, questions, unknown: set[Key], closed: set[Pair]) -> dict[Key, set[Pair]]:
    """For each fact an open right leaves for later (the assembler's `later_facts`: none of its answers moves the
    right alone yet) that is no question now, the pursued pairs it will be asked for once the named questions
    are answered and the right is still open."""
    found: dict[Key, set[Pair]] = defaultdict(set)
    for result in rights:
        pair = (result.benefit, result.person)
        if result.status != OPEN or pair in closed:
            continue
        for fact in later.get(pair, []):
            key = (fact.fact, fact.person)
            if key not in questions and key not in unknown:
                found[key].add(pair)
    return dict(found)


def _opened_by_a_tick(family, questions) -> set[Key]:
    """The questions behind a checklist line the family answered "yes": the checklist says "tick it, and we ask
    about it", so the first pass asks each that can settle a right, not only those that settle two (ADR 0028)."""
    return _behind_lines(family, questions, answered="yes")


def _behind_lines(family, keys, answered: str | None) -> set[Key]:
    """Those of `keys` asked after a checklist line whose person answered it `answered` (None: not answered; the
    figure if much applies takes such a line as ticked, `_questions_left_if_much_applies`)."""
    persons = {person.id: person for person in family.persons()}
    lines, after = checklists(), gated_by()
    return {(fact, person) for fact, person in keys
            if after.get(fact) in lines and getattr(persons.get(person), after[fact], None) == answered}


def _questions(rights, outcomes, unknown: set[Key]) -> tuple[dict[Key, Question], dict[Key, dict[Pair, float]], dict[Key, dict[Pair, float]]]:
    """Every missing fact of an open right, and for each open pair it is named for, the share it settles — of its
    tried answers, and weighed by how likely each is (`_likely_share`, for the estimate only). Where no fact still
    to ask settles the pair alone, the facts left together do, each worth its part."""
    benefits = catalogue()
    tried = _variants_by_key(outcomes.variants)
    weights = _answer_weights(outcomes.variants)
    questions: dict[Key, Question] = {}
    shares: dict[Key, dict[Pair, float]] = defaultdict(dict)
    likely: dict[Key, dict[Pair, float]] = defaultdict(dict)
    for result in rights:
        if result.status != OPEN:
            continue
        statuses = outcomes.statuses(benefits[result.benefit], result.person)
        keys = [(missing.fact, missing.person) for missing in result.missing_facts]
        settled = [_share_settled(statuses, tried.get(key)) for key in keys]
        if keys and not any(settled):
            # No fact settles the pair alone (an hours figure and a percentage both needed):
            # together they do, so each is worth its part.
            settled = [1 / len(keys)] * len(keys)
        elif _settled_only_by_dont_knows(keys, settled, unknown):
            # The facts that settle it alone were answered «don't know» (the expected child, for barnekoordinator):
            # the two or more left to ask settle it together (the child's own illness and services), each its part.
            to_ask = [key not in unknown for key in keys]
            settled = [1 / sum(to_ask) if asked else 0.0 for asked in to_ask]
        for missing, key, share in zip(result.missing_facts, keys, settled):
            questions.setdefault(key, Question(missing.fact, missing.person, missing.question))
            shares[key][(result.benefit, result.person)] = share
            likely[key][(result.benefit, result.person)] = _likely_share(statuses, tried.get(key), weights)
    return questions, shares, likely


def _settled_only_by_dont_knows(keys: list[Key], settled: list[float], unknown: set[Key]) -> bool:
    """Every fact that settles the pair alone was answered «don't know», and two or more facts are left to ask."""
    settling = [key for key, share in zip(keys, settled) if share]
    return all(key in unknown for key in settling) and sum(key not in unknown for key in keys) > 1


def _add_change_questions(result, questions: dict[Key, Question], shares, unknown: set[Key]) -> None:
    """A right granted or to be assessed that an answer the family has not given would still change (the
    assembler's `changes` name only such facts): the amount shown reads that fact the least favourable way
    (night watch for pleiepenger, transport costs for grunnstønad), or the status waits on it (whether the care
    needs both parents at once, when two claim a full share of pleiepenger — review s15). Its answer settles the
    pair, so the pair is open until then. A fact that could only lower the amount (a rate NAV has already
    decided) is told in "what would change it", not asked."""
    if result.status not in AMOUNT_OPEN_STATUSES:
        return
    shown = result.amount.value if result.amount is not None else 0.0
    for change in result.changes:
        if (change.fact, change.person) in unknown:  # answered "don't know": told in "what would change it", not asked again
            continue
        higher = change.new_status == result.status and change.new_amount is not None and change.new_amount.value > shown
        if higher or _settles_an_assessment(result.status, change.new_status):
            questions.setdefault((change.fact, change.person), Question(change.fact, change.person, change.question))
            shares[(change.fact, change.person)][(result.benefit, result.person)] = 1.0


def _add_grant_questions(result, questions: dict[Key, Question], shares, unknown: set[Key], family, on: date,
                         language: str) -> None:
    """A right in the plan whose catalogue entry says which answer means it is already granted (ADR 0042), where
    that answer is not given: it decides whether the family applies at all, so it settles the pair like an answer
    that changes the status or amount. NAV's decided hjelpestønad sats is asked this way also where it could only
    narrow an assessed range, which `_add_change_questions` does not ask for (review s21 page H1)."""
    for key in facts_that_would_grant(result, family, unknown):
        questions.setdefault(key, Question(*key, question_text(*key, family, on, language)))
        shares[key][(result.benefit, result.person)] = 1.0


def _add_said_to_apply(family, on: date, language: str, rights, outcomes, found, unknown: set[Key]) -> set[Key]:
    """A fact given only where it applies (`absent_means`) that is asked after all where the family has said it may
    (`asked_where`, ADR 0045 addendum): delt bosted once a parent says they live without a spouse or samboer, or the
    only caregiver says they have sole care. It is asked of each holder who has not given it and of whom it may be
    asked (`may_be_asked`: none of its `not_given` fields named), for the pairs its answer changes (`_pairs_changed`).
    Like a checklist line ticked, the family's own answer asked for it, so it is asked where it changes one pair
    (`opened`). A fact chosen among the caregivers (who a child lives with, ADR 0045 addendum s23) is asked only where
    there are two or more to choose from, for the pairs its answers beside them change too (`other_answers`: delt
    bosted), and the fact those answer is then not asked on its own. `found` is (questions, shares, likely), added
    to; returns the questions so opened."""
    questions, shares, likely = found
    opened: set[Key] = set()
    for fact in asked_where():
        for person_id, holder in holders_of(family, vocabulary()[fact].holder):
            key = (fact, person_id)
            if getattr(holder, fact, None) is not None or key in unknown or not may_be_asked(fact, family, holder):
                continue
            if caregiver_choices(fact, family) == [] or _asked_by_a_choice(fact, person_id, family, unknown):
                continue
            changed = _pairs_changed(key, rights, outcomes)
            for other in _other_answer_facts(fact):
                for pair, share in _pairs_changed((other, person_id), rights, outcomes).items():
                    changed[pair] = max(share, changed.get(pair, 0.0))
            if changed:
                questions.setdefault(key, Question(fact, person_id, question_text(fact, person_id, family, on, language)))
                shares[key] |= changed
                likely[key] |= changed
                opened.add(key)
    return opened


def _other_answer_facts(fact: str) -> list[str]:
    """The facts a question's answers beside the persons give (`other_answers`): delt bosted, for who a child lives with."""
    return list(dict.fromkeys(name for answer in vocabulary()[fact].other_answers or [] for name in answer.answers))


def _asked_by_a_choice(fact: str, person_id: str, family, unknown: set[Key]) -> bool:
    """Whether a question chosen among the caregivers asks `fact` as one of its other answers (delt bosted, by «who
    does the child live with») for this holder: it is offered (two or more caregivers), or was answered «don't know»."""
    chooser = answered_by_other_answers().get(fact)
    return chooser is not None and (bool(caregiver_choices(chooser, family)) or (chooser, person_id) in unknown)


def _pairs_changed(key: Key, rights, outcomes) -> dict[Pair, float]:
    """The pairs the answer to `key` changes, each with its share: an open right, the share of its tried answers that
    settle it (the variants); a right granted or to be assessed, 1 where one of its `changes` is that answer (the delt
    bosted child takes the sole care's 40 days down to 20, ftrl § 9-6)."""
    benefits, tried = catalogue(), _variants_by_key(outcomes.variants)
    found = {}
    for result in rights:
        if result.status == OPEN:
            share = _share_settled(outcomes.statuses(benefits[result.benefit], result.person), tried[key]) if key in tried else 0.0
        else:
            share = float(any((change.fact, change.person) == key for change in result.changes))
        if share > 0:
            found[(result.benefit, result.person)] = share
    return found


def _settles_an_assessment(status: str, new_status: str) -> bool:
    """An answer that turns "to be assessed" into a settled right or refusal."""
    return status == "to_be_assessed" and new_status in ("entitled", "not_entitled")


def _said_dont_know(family, rights) -> set[Key]:
    """The facts a right names (missing, or in "what would change it") that the family itself answered "don't
    know" (a yes/no fact's or a choice's `unknown`): asked already, not again."""
    persons = {person.id: person for person in family.persons()}
    named = {(entry.fact, entry.person) for result in rights for entry in [*result.missing_facts, *result.changes]}
    return {(fact, person) for fact, person in named if getattr(persons.get(person, family), fact, None) == DONT_KNOW}


def _closed_by(unknown, shares) -> set[Pair]:
    """Pairs one of whose questions was answered "don't know": they stay open and are not pursued."""
    return {pair for key in unknown for pair in shares.get(key, {})}


def _covered_by(unknown) -> set[Key]:
    """The followers of a group gate answered "don't know": the gate's wording covers each of them, so in the
    first pass its "don't know" stands for the parent's "don't know" to each — their rights stay open, naming
    them, never a "no" — and they are not pursued; depth "all" asks them one by one."""
    return {(fact, person) for gate, person in unknown for fact in covered_by(gate)}


def _variants_by_key(variants) -> dict[Key, numpy.ndarray]:
    found: dict[Key, list[int]] = defaultdict(list)
    for index, variant in enumerate(variants):
        found[(variant.fact, variant.person)].append(index)
    return {key: numpy.array(indices, dtype=int) for key, indices in found.items()}


def _share_settled(statuses, indices) -> float:
    """The share of a fact's tried answers under which the pair is no longer open."""
    if indices is None:
        return UNTRIED_GAIN
    return float(numpy.mean(statuses[indices] != OPEN))


def _answer_weights(variants) -> numpy.ndarray:
    """How likely each variant's answer is (`ANSWER_LIKELIHOOD`), 1 where nothing is declared."""
    facts = vocabulary()
    likelihood = [ANSWER_LIKELIHOOD.get(variant.fact) or ANSWER_LIKELIHOOD.get(facts[variant.fact].type) or {}
                  for variant in variants]
    return numpy.array([chances.get(variant.value, 1.0) for chances, variant in zip(likelihood, variants)], dtype=float)


def _likely_share(statuses, indices, weights) -> float:
    """The chance that a known answer settles the pair alone, each tried answer weighed by how likely it is
    (a fact the variants could not try: `UNTRIED_GAIN`)."""
    if indices is None:
        return UNTRIED_GAIN
    chances = weights[indices]
    return float(chances[statuses[indices] != OPEN].sum() / chances.sum())


def _add_kommune(questions: dict[Key, Question], family, language: str) -> None:
    """The kommune sets its own rates and decides the kommune's rights; no baseline status turns on it, so it
    settles nothing, but it is asked once, first, so that the answer can name the kommune."""
    if getattr(family, KOMMUNE, None) is not None or (KOMMUNE, None) in questions:
        return
    questions[(KOMMUNE, None)] = Question(KOMMUNE, None, vocabulary()[KOMMUNE].question.in_language(language))


def _add_choices(questions, family, on: date) -> None:
    """A question whose answer is one of the family's children offers the children a claim can be for (`child_choices`);
    one whose answer is one of its caregivers, every caregiver (`caregiver_choices`). Each offers what the words the
    family's answers fit offer (`wording_for`: a foster home is not offered shared barnetrygd, nor a foster child delt
    bosted; ADR 0045 addendum 0.24.0)."""
    for question in questions:
        question.choices = child_choices(question.fact, family, on)
        if question.choices is None:
            question.choices = caregiver_choices(question.fact, family)
        question.wording = wording_for(vocabulary()[question.fact], [question.person], family)


def _add_gates(questions: dict[Key, Question], shares, family, on: date, unknown, language: str) -> None:
    """A fact declared `asked_after` a gate (a caregiver's income or weeks of work, after their work situation)
    is asked only once the gate is answered, even where the gate settles less alone: it is the question the
    follower follows from, so it stands for what the follower can settle too — and a gate that follows a gate
    of its own (a child's group of needs, after the child's illness-or-needs gate) passes that on."""
    persons = {person.id: person for person in family.persons()}
    after = gated_by()
    waiting = list(questions)
    while waiting:
        fact, person = waiting.pop(0)
        gate = (after.get(fact), person)
        if gate[0] is None or gate in unknown or getattr(persons.get(person), gate[0], None) is not None:
            continue
        if _gate_answered_by_a_follower(gate[0], persons.get(person)):
            continue
        follower = questions[(fact, person)]
        if gate not in questions:
            questions[gate] = Question(gate[0], person, question_text(gate[0], person, family, on, language))
            waiting.append(gate)
        questions[gate].settles = list(dict.fromkeys([*questions[gate].settles, *follower.settles]))
        questions[gate].gain = max(questions[gate].gain, follower.gain)
        shares[gate] = {**shares[(fact, person)], **shares.get(gate, {})}


def _gate_answered_by_a_follower(gate: str, person) -> bool:
    """A group gate one of whose followers the family answered otherwise than the gate's "no" would
    (a child's school transport "yes", and so its school gate and its illness-or-needs gate): the gate's
    answer is known to be "yes", so it is not asked."""
    facts = vocabulary()
    return any(
        getattr(person, fact, None) not in (None, facts[fact].if_gate_no, DONT_KNOW)
        for fact in covered_by(gate)
    )


def _settling_open_rights(rights, shares) -> set[Key]:
    """The questions that can settle a right still «missing information» (a gate by what its followers can settle)."""
    still_open = {(result.benefit, result.person) for result in rights if result.status == OPEN}
    return {key for key, pairs in shares.items() if any(share > 0 and pair in still_open for pair, share in pairs.items())}


def _rank_key(family, first_of_all: set[Key] | None = None):
    """Kommune first; then person by person (children, caregivers, the household); gates, then most gain first. Where
    `first_of_all` is given («answer more questions»: those that can settle a right still «missing information»), they
    come before the questions that only narrow a right already settled or to be assessed (ADR 0014 addendum 0.24.0)."""
    persons = [person.id for person in [*family.children, *family.caregivers]]
    order = list(vocabulary())
    first = gates()

    def key(question: Question):
        if question.fact == KOMMUNE:
            place = -1
        else:
            place = persons.index(question.person) if question.person in persons else len(persons)
        later_tier = first_of_all is not None and question.fact != KOMMUNE and question.key not in first_of_all
        return (later_tier, place, question.fact not in first, -question.gain, order.index(question.fact))

    return key


def _asked_steps(order: _Order, min_pairs: int) -> list[list[Question]]:
    """The questions the interview asks, in order, if each were answered "don't know", step by step: a question
    alone, or a caregiver's question with the same question to the other caregivers it is asked of now
    (`_asked_with`, ADR 0035), worth asking for what they can settle together. In the first pass a step closes every
    pair it is named for, as a "don't know" does there; at depth "all", where a "don't know" closes nothing, only the
    pairs it can settle (NAV's sats, named by a parent's omsorgsopptjening it cannot settle alone, leaves the care
    hours that do to be asked)."""
    closed = set(order.closed)
    closes_all = min_pairs == MIN_PAIRS["decisive"]
    steps: list[list[Question]] = []
    taken: set[Key] = set()
    for question in order.ranked:
        if question.key in order.unknown or question.key in taken:
            continue
        step = _asked_with(question, order, closed)
        if step and _worth_asking(step, order.shares, closed, min(_pairs_needed(q, min_pairs, order.opened) for q in step)):
            steps.append(step)
            taken |= {q.key for q in step}
            closed |= {pair for q in step for pair, share in order.shares.get(q.key, {}).items() if closes_all or share > 0}
    return steps


def _as_asked(steps: list[list[Question]], order: _Order) -> list[list[Question]]:
    """The steps with a question on a scale asked with its scale's other open facts (`_on_its_scale`, ADR 0036) and a
    checklist's line with its other lines that can settle a right (`_asked_now`, ADR 0028: a line the first pass would
    not ask alone, such as a second ill child's extra costs, review s23 M5), each fact once: the list shows the
    questions as they will be asked."""
    shown, seen = [], set()
    for step in steps:
        if step[0].fact in scales():
            step = _on_its_scale(step[0], order)
        elif step[0].checklist_key is not None:
            step = _asked_now(step, order)
        step = [question for question in step if question.key not in seen]
        if step:
            shown.append(step)
            seen |= {question.key for question in step}
    return shown


def _worded_together(steps: list[list[Question]], family, language: str) -> list[list[Question]]:
    """The steps with a question asked of several caregivers (ADR 0035) in one wording for all its rows, the one that
    fits any of them (`asked_together_text`): the page shows one question over their answers, as `asb questions` does."""
    return [[replace(question, question=asked_together_text(question.fact, [q.person for q in step], family, language),
                     wording=wording_for(vocabulary()[question.fact], [q.person for q in step], family))
             for question in step] if len(step) > 1 and len({q.fact for q in step}) == 1 else step for step in steps]


def _asked_with(question: Question, order: _Order, closed: set[Pair]) -> list[Question]:
    """`question`, and where it is a caregiver's, the same question to each other caregiver it is asked of now: one
    whose own gate (the work situation) is not still to be asked, and for whom it can settle a pair still pursued
    (ADR 0035). Empty for a caregiver's question that can settle nothing itself."""
    if not _asked_of_each_caregiver(question.fact):
        return [question]
    if not _pursued([question], order.shares, closed):
        return []
    return [question] + [
        q for q in order.ranked
        if q.fact == question.fact and q.person != question.person and q.key not in order.unknown
        and not _gate_waits(q, order) and _pursued([q], order.shares, closed)]


def _asked_now(first: list[Question], order: _Order) -> list[Question]:
    """What to ask now: the first step (a question, one question to each caregiver, ADR 0035, or a scale, ADR 0036);
    where it is a line of a checklist, with every other line of that checklist and person that can settle an open
    right, at either depth — asked together, a line costs no question (ADR 0028). A line left alone is asked as its
    own question."""
    if first[0].checklist_key is None:
        return first
    lines = [question for question in order.ranked if question.checklist_key == first[0].checklist_key
             and question.key not in order.unknown and _worth_asking([question], order.shares, order.closed, 1)]
    return _in_declared_order(lines) if len(lines) > 1 else first


def _in_declared_order(lines: list[Question]) -> list[Question]:
    """A checklist's lines as the vocabulary declares them: the same list reads the same for every child."""
    declared = list(vocabulary())
    return sorted(lines, key=lambda question: declared.index(question.fact))


def _on_its_scale(question: Question, order: _Order) -> list[Question]:
    """The facts of the question's scale for its person that are still open, in the scale's order: asked now, or
    left for later by an open right (a higher level whose right waits on the lower one's answer). Asked as one
    question, each level answers all of them (ADR 0036); where only the question is open, it is asked alone."""
    scale = scales()[question.fact]
    members = list(vocabulary()[scale].scale.levels[0].answers)
    open_now = {q.key: q for q in order.ranked if q.key not in order.unknown}
    found = []
    for key in ((fact, question.person) for fact in members):
        if key in open_now:
            found.append(open_now[key])
        elif key in order.later and key not in order.unknown:
            found.append(Question(*key, order.texts[key]))
    return found if len(found) > 1 else [question]


def _pairs_needed(question: Question, min_pairs: int, opened: set[Key]) -> int:
    """How many pursued pairs a question must be able to settle to be asked: one for a question in `opened` (the family
    asked for it by ticking its checklist line, or by an answer that says it may apply, `_add_said_to_apply`; or a
    child's condition with questions behind it), else the depth's `min_pairs`."""
    return 1 if question.key in opened else min_pairs


def _worth_asking(questions: list[Question], shares, closed: set[Pair], min_pairs: int) -> bool:
    """The kommune, or questions asked together that can settle at least `min_pairs` pairs still pursued."""
    return questions[0].fact == KOMMUNE or len(_pursued(questions, shares, closed)) >= min_pairs


def _pursued(questions: list[Question], shares, closed: set[Pair]) -> set[Pair]:
    """The pairs still pursued (not closed) that the questions can settle."""
    return {pair for q in questions for pair, share in shares.get(q.key, {}).items() if share > 0 and pair not in closed}


def _expected_questions(order: _Order, min_pairs: int, knows: float, lasting: dict[str, float],
                        reached=lambda key: 1.0, group_gate_no: dict[str, float] = GROUP_GATE_NO,
                        opened: set[Key] | None = None) -> int:
    """How many questions the interview can be expected to ask: walking the ranked questions, each pair is
    still pursued with some probability; a question is asked as likely as it reaches `min_pairs` pursued
    pairs (a gate with what its followers can settle too, `shares`), and its answer closes a pair when it is
    "don't know" (1 − knows) or settles it (knows × the chance it settles, `_settling`). A follower (income
    after the work situation) is asked as likely as its gate leads on: its chances are read as they stood
    just after its gate — once the gate's own "no" has closed what it closes (a healthy sibling's needs),
    before the gate's other followers settle anything (where the family answered the work situation, as
    they stand before the first of them). Then a right's tail (`_tail`): the facts it leaves for later and
    those it names that settle it only together with others, each asked as likely as it reaches `min_pairs`
    pairs that the questions before leave open (not settled; the work situation's followers taken to lead on,
    `_leaves_open`, and a child's condition that settles nothing alone weighed as one, `_tail_waits_on`), times how often such a fact comes (`LATER_FACT_ASKED`); a caregiver's fact once for all
    caregivers, as it is asked (ADR 0035), and one the rules read only under some answers of its gate as often as
    the gate gives them (`reached`, `_reached_through_gate`).
    `knows` is how often this family has known the answer (`_knows`); `lasting` the chance that each
    child has a lasting illness; `group_gate_no` how often a group gate is "no" (`GROUP_GATE_NO`); `opened` the
    questions asked where they settle one pair (`order.opened` unless given)."""
    opened = order.opened if opened is None else opened
    pursued = defaultdict(lambda: 1.0, {pair: 0.0 for pair in order.closed})
    left_open = defaultdict(lambda: 1.0, {pair: 0.0 for pair in order.closed})  # not settled by the questions walked
    at_gate: dict[Key, dict[Pair, float]] = {}
    after, first = gated_by(), gates()
    expected = 0.0
    # a checklist, or a question to each caregiver, is one question, asked as likely as its likeliest line or caregiver
    one_step_asked: dict[tuple, float] = defaultdict(float)
    for question in order.ranked:
        if question.key in order.unknown:
            continue
        gate = (after.get(question.fact), question.person)
        if gate[0] == WORK_SITUATION and gate not in at_gate:
            at_gate[gate] = defaultdict(lambda: 1.0, pursued)
        step = _counted_with(question, order)
        chances = _chances_pursued(question, step, order, at_gate, pursued)
        asked = 1.0 if question.fact == KOMMUNE else _at_least(_pairs_needed(question, min_pairs, opened), chances)
        if step is None:
            expected += asked
        else:
            expected += max(asked - one_step_asked[step], 0.0)
            one_step_asked[step] = max(asked, one_step_asked[step])
        settling = _settling(question, order, lasting, group_gate_no)
        for pair, settles in settling.items():
            pursued[pair] *= 1 - asked * ((1 - knows) + knows * settles)
        for pair, share in order.own_shares.get(question.key, {}).items():
            if share > 0:
                left_open[pair] *= asked * _leaves_open(question, settling.get(pair, 0.0))
        for pair in _tail_waits_on(question, order):
            left_open[pair] *= ANSWER_LIKELIHOOD["yes_no"]["yes"]
        if question.fact in first:
            at_gate[question.key] = defaultdict(lambda: 1.0, pursued)
    expected += LATER_FACT_ASKED * sum(reached(key) * _at_least(min_pairs, [left_open[pair] for pair in pairs])
                                       for key, pairs in _tail(order).items())
    return round(expected)


def _reached_through_gate(key: Key, family) -> float:
    """How likely a tail fact the rules read only under some answers of its gate (`asked_if_gate`: the dagpenger's
    daily rate on dagpenger) comes to be asked: for each holder, as likely as the gate gives one of those answers
    (`ANSWER_LIKELIHOOD`) while the gate is unanswered, else whether it gave one; 1 for any other fact."""
    fact, person = key
    declared = vocabulary()[fact]
    if not declared.asked_if_gate:
        return 1.0
    likely = ANSWER_LIKELIHOOD.get(declared.asked_after, {})
    holders = [c for c in family.caregivers if person in (CAREGIVER, c.id)] if declared.holder == "caregiver" else []
    not_reached = 1.0
    for holder in holders:
        leads = gate_leads_to(declared, holder)
        chance = float(leads) if leads is not None else sum(likely.get(v, 0.0) for v in declared.asked_if_gate)
        not_reached *= 1 - chance
    return 1 - not_reached if holders else 1.0


def _tail(order: _Order) -> dict[tuple, set[Pair]]:
    """The questions the open rights come to once the questions that can settle them alone are answered and leave
    them open, each with the pursued pairs it is for: the facts a right leaves for later (`order.later`, the
    assembler's `later_facts`), and the facts it names that no answer settles alone (whether the care takes two
    caregivers, the working time lost, being temporarily alone: they then settle it together, `_questions`). A
    caregiver's fact is one question to each caregiver (ADR 0035), so it is counted once, for all their pairs."""
    tail: dict[tuple, set[Pair]] = defaultdict(set)
    named = {question.key: order.shares.get(question.key, {}) for question in order.ranked if question.key not in order.unknown}
    together = {key: {pair for pair in shares if pair not in order.closed} for key, shares in named.items()
                if not any(share > 0 for pair, share in shares.items() if pair not in order.closed)}
    for (fact, person), pairs in [*order.later.items(), *together.items()]:
        tail[(fact, CAREGIVER) if _asked_of_each_caregiver(fact) else (fact, person)] |= pairs
    return {key: pairs for key, pairs in tail.items() if pairs}


def _tail_waits_on(question: Question, order: _Order) -> set[Pair]:
    """The pursued pairs whose tail (`_tail`) waits on a child's yes/no condition (a fact asked after the child's
    illness-or-needs gate, not itself a gate) that no answer settles alone: each child's continuous care where two
    children could qualify for pleiepenger, NAV's acceptance of a chronic illness for omsorgspenger. The tail is
    taken to come as often as it is «yes» (`ANSWER_LIKELIHOOD`); it cost nothing before, so a family whose children's
    conditions were still to ask counted every later question of their rights as reached."""
    if gated_by().get(question.fact) != ILLNESS_OR_NEEDS or question.fact in gates() or vocabulary()[question.fact].type != "yes_no":
        return set()
    pairs = {pair: share for pair, share in order.shares.get(question.key, {}).items() if pair not in order.closed}
    return set() if any(share > 0 for share in pairs.values()) else set(pairs)


def _leaves_open(question: Question, settles: float) -> float:
    """For a right's tail (`_tail`), the chance that a known answer to `question` leaves the right open. A follower
    of the work situation (the four weeks of work, income) is taken to lead on: its answers that settle a right
    alone (no work in the last four weeks, no income) are the branch the work situation's own «not working»
    already weighs (`ANSWER_LIKELIHOOD`), and a parent who works has worked and has an income."""
    return 1.0 if gated_by().get(question.fact) == WORK_SITUATION else 1 - settles


def _counted_with(question: Question, order: _Order) -> tuple | None:
    """For the estimate, the step a question is counted in with others: its checklist (ADR 0028), its scale (ADR
    0036), or the same question to the caregivers whose gate is as far as this one's — all answered, or all still
    to ask and then asked together (ADR 0035); None for a question counted alone."""
    if question.checklist_key is not None:
        return question.checklist_key
    if question.fact in scales():
        return (scales()[question.fact], question.person)
    if _asked_of_each_caregiver(question.fact):
        return (question.fact, _gate_waits(question, order))
    return None


def _gate_waits(question: Question, order: _Order) -> bool:
    """The question's gate (a caregiver's work situation) is still to be asked."""
    return (gated_by().get(question.fact), question.person) in order.to_ask


def _asked_of_each_caregiver(fact: str) -> bool:
    """A caregiver's fact: its question is asked of each caregiver at once (ADR 0035)."""
    return vocabulary()[fact].holder == CAREGIVER


def _chances_pursued(question: Question, step: tuple | None, order: _Order, at_gate: dict, pursued) -> list[float]:
    """The chance that each pair a question (with the same question to the other caregivers counted in its `step`,
    ADR 0035) can settle is still pursued, each read as it stood just after the question's gate."""
    asked_with = [question]
    if _asked_of_each_caregiver(question.fact):
        asked_with = [q for q in order.ranked if q.fact == question.fact and q.key not in order.unknown
                      and _counted_with(q, order) == step]
    chances = {}
    for other in asked_with:
        seen = at_gate.get((gated_by().get(other.fact), other.person), pursued)
        chances |= {pair: seen[pair] for pair, share in order.shares.get(other.key, {}).items() if share > 0}
    return list(chances.values())


def _settling(question: Question, order: _Order, lasting: dict[str, float],
              group_gate_no: dict[str, float] = GROUP_GATE_NO) -> dict[Pair, float]:
    """For each pair a known answer to `question` can close, the chance that it does, over both branches of a
    gate: a child's illness-or-needs gate closes the pairs of every question under it when it is "no" (as
    likely as the child has no lasting illness); a child's lasting illness closes the child's pairs when it is
    "no"; a group gate closes its followers' pairs when it is "no" (`GROUP_GATE_NO`, likelier for a child
    without a lasting illness). Any other question closes a pair as often as its answers settle it, each
    weighed by how likely it is (`ANSWER_LIKELIHOOD`) — the work situation too ("not working" settles most,
    "employee" leads on to income and the four weeks, which no single-fact variant shows)."""
    shares = order.shares.get(question.key, {})
    own = {pair: order.likely.get(question.key, {}).get(pair, share) for pair, share in order.own_shares.get(question.key, {}).items()}
    if question.fact == ILLNESS_OR_NEEDS:
        no = 1 - lasting.get(question.person, 1.0)
        return {pair: no for pair, share in shares.items() if share > 0}
    if question.fact == LASTING_ILLNESS:
        return {pair: (1 - lasting.get(question.person, 1.0)) * (share > 0) for pair, share in own.items()}
    if question.fact in group_gates():
        ill = lasting.get(question.person, 1.0)
        no = ill * group_gate_no["ill"] + (1 - ill) * group_gate_no["not ill"]
        return {pair: no for pair, share in shares.items() if share > 0}
    if question.fact == WORK_SITUATION:
        return {pair: share for pair, share in own.items() if order.own_shares[question.key][pair] > 0}
    return own


def _chances_of_lasting_illness(family) -> dict[str, float]:
    """The chance that each child has a lasting illness: 1 or 0 where the family said so; otherwise, until
    some child is said to have one, the family is taken to have come for one of the children not yet asked
    (1 / their number); after that, a further ill child is taken to be rarer (`ANOTHER_ILL_CHILD`). A child
    whose illness-or-needs gate is "no" has none."""
    said = {child.id: getattr(child, LASTING_ILLNESS, None) or ("no" if getattr(child, ILLNESS_OR_NEEDS, None) == "no" else None)
            for child in family.children}
    not_asked = [child for child, answer in said.items() if answer is None]
    other = 1 / len(not_asked) if not_asked and "yes" not in said.values() else ANOTHER_ILL_CHILD
    return {child: {"yes": 1.0, "no": 0.0}.get(answer, other) for child, answer in said.items()}


def _knows(family, unknown) -> float:
    """How often this family has known the answer: Laplace's rule over the facts given (the family step's
    birth dates included) and the "don't know" answers. A group gate's "don't know" is left out: it says the
    family cannot answer for a whole group at once, and is counted in the followers it leaves open."""
    given, groups = _facts_given(family), group_gates()
    dont_know = [key for key in unknown if key[0] not in groups]
    return (given + 1) / (given + len(dont_know) + 2)


def _at_least(count: int, chances: list[float]) -> float:
    """The probability that at least `count` of independent events with these chances happen."""
    exactly = [1.0] + [0.0] * len(chances)  # exactly[k]: probability that k of those seen so far happen
    for chance in chances:
        exactly = [exactly[k] * (1 - chance) + (exactly[k - 1] * chance if k else 0.0) for k in range(len(exactly))]
    return sum(exactly[count:])


def _facts_given(family) -> int:
    """How many facts the family has given, the family step's birth dates included."""
    skipped = {"id", "sole_caregiver", "caregivers", "children"}
    given = [name for name, value in family if name not in skipped and value is not None]
    for person in family.persons():
        given += [name for name, value in person if name not in skipped and value is not None]
    return len(given)

