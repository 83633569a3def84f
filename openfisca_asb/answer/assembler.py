"""The one answer: for every catalogue benefit, what this family is entitled to and why.

One vectorised simulation holds the family and, as extra families, every
single-fact variant worth trying; the catalogue turns its results into
statuses, amounts, conditions, reasons, missing facts and ways to apply.
"""

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date

import numpy
from openfisca_core.periods import DateUnit, period as openfisca_period

from openfisca_asb.answer import models as out
from openfisca_asb.answer.ruled_out import cannot_change
from openfisca_asb.answer.already_granted import NOT_CONCERNED, NOT_GRANTED, Grant, grant_of
from openfisca_asb.answer.child_choices import child_choices
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.catalogue.after_death import CHILD_ALIVE
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.answer.amount_notes import amount_note, format_date, is_lower_bound
from openfisca_asb.answer.citation_texts import citations_note
from openfisca_asb.answer.kommune_notes import kommune_note
from openfisca_asb.answer.question_text import question_text
from openfisca_asb.answer.packet_texts import ALREADY_GRANTED_ON_THE_CARD
from openfisca_asb.answer.right_persons import answers_to
from openfisca_asb.answer.grades_by_age import SCHOOL_GRADE, assumed_text, grades_by_age, grades_to_tell, grades_to_try, with_grades
from openfisca_asb.answer.care_periods import (
    BENEFIT as GRADED_BY_PERIOD, DAILY_RATE, PAID_FOR_PERIODS, REFUSED_ON_SUPERVISION, SUPERVISION_CONDITION,
    TRAINING_BENEFIT, for_month, graded_by_period, graded_periods, month_amount, said_why, some_piece_paid,
    training_periods,
)
from openfisca_asb.answer.days_by_payer import days_by_payer
from openfisca_asb.answer.per_day import amount_per_day
from openfisca_asb.answer.per_system import benefit_rate_flags, benefit_stale_rates, condition_references, every_reference
from openfisca_asb.answer.quoted_rates import quoted_rate_caveat, text_on_date
from openfisca_asb.answer.totals import by_contact, family_total
from openfisca_asb.answer.year_apart import LawRead, shared_periods
from openfisca_asb.catalogue.agencies import AGENCY_IN_KOMMUNE, AGENCY_OF_THE_KOMMUNE, AGENCY_TEXT
from openfisca_asb.facts.contradictions import with_implied_answers
from openfisca_asb.facts.family import has_died, holders_of
from openfisca_asb.facts.kommuner import kommune_name
from openfisca_asb.facts.gates import answers_by_gate, facts_given
from openfisca_asb.facts.situation import build_simulation, first_numbers
from openfisca_asb.system import baseline_system
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.texts import Text, fill_parameters, opening_a_sentence
from openfisca_asb.rules.tristate import NOT_ASSESSED, OUTCOME_TEXT, FactAnswer, Outcome
from openfisca_asb.facts.variants import rates_to_try, single_fact_variants
from openfisca_asb.parameter_tree import find, value_at
from openfisca_asb.version import MODEL_VERSION, parameter_set_hash

EXPLAINED_STATUSES = {Status.not_entitled.name, Status.missing_information.name}
SETTLED_STATUSES = {Status.not_entitled.name, Status.entitled.name}
AMOUNT_OPEN_STATUSES = {Status.entitled.name, Status.to_be_assessed.name}  # granted: the amount may still turn on an answer
NO_BINDING_RULE = "none"  # a reason code: no particular rule limited the amount
CONDITION_NOT_MET = "condition_not_met"  # a refusal whose reason variable names no rule: its first failed condition
CHILD_DIED = "child_died"  # a right the child held, ended by the child's death: its `after_death` condition not met
CONDITION_NOT_MET_TEXT = Text(nb="Vilkåret «{requirement}» er ikke oppfylt.", en="The condition “{requirement}” is not met.")
# A right for the care of the family's children refused while another child lives: the child who died is not among
# those its conditions read (ADR 0034), which its failed condition alone does not say (review s17 death M6). The
# sentence opens with the child's id, given a capital (`opening_a_sentence`, review s18 D5).
NOT_COUNTED_AFTER_DEATH = {
    "month": Text(nb="{child}, som døde {date}, regnes ikke med fra måneden etter dødsfallet.",
                  en="{child}, who died on {date}, is not counted from the month after the death."),
    "year": Text(nb="{child}, som døde {date}, regnes ikke med fra året etter dødsfallet.",
                 en="{child}, who died on {date}, is not counted from the year after the death."),
}
DONT_KNOW = FactAnswer.unknown.name  # a yes/no answer, or a choice, the family does not know
CHILD_GATE = "has_illness_or_extra_needs"  # the family step's «no»: the child needs nothing more than others of its age


@dataclass(frozen=True)
class Periods:
    month: str
    year: str

    @classmethod
    def of(cls, on: date) -> "Periods":
        return cls(month=f"{on.year:04d}-{on.month:02d}", year=f"{on.year:04d}")

    def of_benefit(self, benefit: Benefit) -> str:
        return self.year if benefit.period == "year" else self.month


class SimulationResults:
    """Values of one simulation, read per family and person, each variable computed once."""

    def __init__(self, simulation, rows, periods: Periods):
        self.simulation, self.rows, self.periods = simulation, rows, periods
        self._variables = simulation.tax_benefit_system.variables
        self._cache: dict[tuple[str, str], tuple[numpy.ndarray, bool]] = {}
        self._index = {(row.family, row.person.id): i for i, row in enumerate(rows)}
        self._variant_rows: dict[tuple[int, str | None, int], numpy.ndarray] = {}
        self._holders: dict[tuple[str, int], list] = {}
        self._members: dict[int, list[int]] = {}
        for index, row in enumerate(rows):
            self._members.setdefault(row.family, []).append(index)
        # Periods as OpenFisca objects: a string would be parsed again on every calculate().
        self._periods = {text: openfisca_period(text) for text in (periods.month, periods.year)}

    def _column(self, variable: str, period: str) -> tuple[numpy.ndarray, bool]:
        """The decoded values of `variable`, and whether they are per family (else per person)."""
        key = (variable, period)
        if key not in self._cache:
            values = self.simulation.calculate(variable, self._periods[period])
            decoded = values.decode_to_str() if hasattr(values, "decode_to_str") else numpy.asarray(values)
            self._cache[key] = (decoded, self._variables[variable].entity.key == "familie")
        return self._cache[key]

    def value(self, variable: str, benefit: Benefit, family: int, person: int | None, period: str | None = None):
        """The value for a person, or for the family when the variable belongs to the family; for the
        benefit's period unless `period` ("month" or "year") says another."""
        column, on_family = self._column(variable, self.periods.of_benefit(benefit) if period is None else getattr(self.periods, period))
        value = column[family] if on_family else column[person]
        return value.item() if hasattr(value, "item") else value  # a text variable's values are Python strings

    def across_variants(self, variable: str, benefit: Benefit, family: int, person_id: str | None, count: int) -> numpy.ndarray:
        """The values for the same person (or family) in family `family`'s variants 1…count, which follow it."""
        column, on_family = self._column(variable, self.periods.of_benefit(benefit))
        if on_family:
            return column[family + 1:family + count + 1]
        key = (family, person_id, count)
        if key not in self._variant_rows:
            self._variant_rows[key] = numpy.array([self._index[(family + number, person_id)] for number in range(1, count + 1)], dtype=int)
        return column[self._variant_rows[key]]

    def holders(self, benefit: Benefit, family: int) -> list[tuple[int | None, str | None]]:
        """(person index, person id) of everyone holding the benefit in the family."""
        if benefit.holder == "family":
            return [(None, None)]
        key = (benefit.holder, family)
        if key not in self._holders:
            self._holders[key] = [
                (index, self.rows[index].person.id)
                for index in self._members.get(family, [])
                if self.rows[index].role == benefit.holder
            ]
        return self._holders[key]

    def index_of(self, family: int, person_id: str | None) -> int | None:
        return None if person_id is None else self._index[(family, person_id)]


def assemble(family, on: date, language: str = "nb", system=None, reform: str | None = None,
             catalogue_overrides: dict | None = None, unknown: frozenset = frozenset()) -> out.Entitlements:
    """What `family` is entitled to on `on`, and which single fact would change each answer.

    `catalogue_overrides` (benefit id → catalogue fields, e.g. agency and how_to_apply)
    lets a pilot change organisation for the families it covers. `unknown`: the (fact, person) the family
    answered «don't know» outside the family (a number, a text, most choices; answer/answered_unknown.py).
    """
    return answer_with_variants(family, on, language, system, reform, catalogue_overrides, unknown)[0]


def answer_with_variants(family, on: date, language: str = "nb", system=None, reform: str | None = None,
                         catalogue_overrides: dict | None = None,
                         unknown: frozenset = frozenset()) -> tuple[out.Entitlements, "VariantOutcomes"]:
    """`assemble`'s answer, and what each single-fact variant does to each benefit's status (for the interview)."""
    return _answers([family], on, language, system, reform, catalogue_overrides, with_variants=True, unknowns=[unknown])[0]


def answer_for_interview(family, on: date, language: str = "nb", system=None, reform: str | None = None,
                         catalogue_overrides: dict | None = None,
                         unknown: frozenset = frozenset()) -> tuple[out.Entitlements, "VariantOutcomes", dict]:
    """`answer_with_variants`' answer and variant outcomes, and for each open right the facts its missing facts
    leave for later (`_Context.later_facts`): what the interview's estimate counts beyond the questions named.
    `unknown`: the (fact, person) answered «don't know», marked so among the missing facts."""
    context, outcomes = _contexts([family], on, language, system, catalogue_overrides, with_variants=True, unknowns=[unknown])[0]
    answer = context.entitlements(reform)
    return answer, outcomes, context.later_facts


@dataclass(frozen=True)
class VariantOutcomes:
    """The single-fact variants tried, and a benefit's status for one holder in each of them."""

    results: SimulationResults
    variants: list
    family: int  # the family's number in the simulation; its variants follow it

    def statuses(self, benefit: Benefit, person_id: str | None) -> numpy.ndarray:
        return self.results.across_variants(benefit.variables.status, benefit, self.family, person_id, len(self.variants))


def assemble_many(families, on: date, language: str = "nb", system=None, reform: str | None = None,
                  catalogue_overrides: dict | None = None, with_variants: bool = False) -> list[out.Entitlements]:
    """The answers for many families from one vectorised simulation, without single-fact variants unless
    `with_variants`: then with each family's own, so that each answer is `assemble(family)`'s, byte for byte."""
    return [answer for answer, _ in _answers(families, on, language, system, reform, catalogue_overrides, with_variants)]


def _answers(families, on: date, language, system, reform, catalogue_overrides, with_variants: bool,
             unknowns=None) -> list[tuple[out.Entitlements, VariantOutcomes]]:
    """Each family's answer and variant outcomes, all from one simulation: each family followed by its
    single-fact variants (none unless `with_variants`)."""
    return [(context.entitlements(reform), outcomes)
            for context, outcomes in _contexts(families, on, language, system, catalogue_overrides, with_variants, unknowns)]


def answer_context(family, on: date, language: str = "nb", system=None, catalogue_overrides: dict | None = None,
                   unknown: frozenset = frozenset()) -> "_Context":
    """What `assemble` reads its answer from, nothing computed yet: to read part of the answer (one benefit's
    results, `_Context.results_of`), OpenFisca computing only what that part reads."""
    return _contexts([family], on, language, system, catalogue_overrides, with_variants=True, unknowns=[unknown])[0][0]


def open_rights(family, on: date, language: str = "nb", system=None, catalogue_overrides: dict | None = None,
                unknown: frozenset = frozenset()) -> tuple[list["OpenRight"], VariantOutcomes, dict]:
    """Each right's status and missing facts as `answer_for_interview` gives them, with its variant outcomes and the
    facts left for later, without the rest of the answer (amounts, texts, changes, rate flags): what the interview
    ranks."""
    context, outcomes = _contexts([family], on, language, system, catalogue_overrides, with_variants=True, unknowns=[unknown])[0]
    return context.open_rights(), outcomes, context.later_facts


def _contexts(families, on: date, language, system, catalogue_overrides, with_variants: bool,
              unknowns=None) -> list[tuple["_Context", VariantOutcomes]]:
    """Each family's answer context and variant outcomes, all on one simulation: each family followed by
    its single-fact variants (none unless `with_variants`); nothing computed yet. `unknowns`: each family's
    «don't know» answers (none where not given)."""
    system = system or baseline_system()
    periods = Periods.of(on)
    graph = dependency_graph(system, periods.month, periods.year)
    by_age = [grades_by_age(family, on) for family in families]
    families = [with_grades(for_month(with_implied_answers(family), on), grades) for family, grades in zip(families, by_age, strict=True)]
    worth_varying = _facts_worth_varying(graph) if with_variants else set()
    variants = [single_fact_variants(family, system, worth_varying, grades_to_try(family, on, grades) | rates_to_try(family, system, on))
                if worth_varying else [] for family, grades in zip(families, by_age, strict=True)]
    simulation, rows = build_simulation(families, system, variants, days_asked=[(periods.month, on.day)] * len(families))
    results = SimulationResults(simulation, rows, periods)
    unknowns = unknowns or [frozenset()] * len(families)
    return [
        (_Context(family, number, on, language, system, graph, results, family_variants, catalogue_overrides or {},
                  grades_to_tell(family, on, grades), frozenset(unknown)),
         VariantOutcomes(results, family_variants, number))
        for family, number, family_variants, grades, unknown in zip(families, first_numbers(variants), variants, by_age,
                                                                    unknowns, strict=True)
    ]


@dataclass(frozen=True)
class OpenRight:
    """A right's status for one holder and, while information is missing, the facts missing (as in the answer)."""

    benefit: str
    person: str | None
    status: str
    missing_facts: list
    changes: list  # a right granted or to be assessed: the unanswered facts that would change its amount
    amount: object  # the amount (out.Amount) where granted, else None


@dataclass(frozen=True)
class _Outcome:
    """A condition's outcome: all `_missing_facts` reads of a condition's result."""

    variable: str
    outcome: str


@dataclass(frozen=True)
class RightOnDate:
    """What a timeline compares of one right on one date: its status, amount and conditions' outcomes
    (as the answer gives them), without the answer's explanations, missing facts, changes or rate flags."""

    benefit: str
    person: str | None
    name: str
    status: str
    status_text: str
    amount: out.Amount | None
    range: out.AmountRange | None
    conditions: tuple[tuple[str, str], ...]  # (condition variable, outcome)
    legal_basis: object  # the catalogue's first legal basis
    per_day: float | None = None  # a right paid per day (answer/per_day.py): kroner per day
    days_paid: int | None = None  # … and the days of the month paid

    @classmethod
    def of(cls, result: out.BenefitResult, legal_basis) -> "RightOnDate":
        return cls(benefit=result.benefit, person=result.person, name=result.name, status=result.status,
                   status_text=result.status_text, amount=result.amount, range=result.range,
                   conditions=tuple((c.variable, c.outcome) for c in result.conditions), legal_basis=legal_basis)


def assemble_on_dates(families, dates, language: str = "nb", system=None,
                      catalogue_overrides: dict | None = None) -> list[list[RightOnDate]]:
    """Family k's rights on dates[k], without single-fact variants.

    Dates in the same month of the year are answered at one period, the latest's, the others' families as rows
    whole years below it (answer/year_apart.py), all in one simulation. A date for which the law read moved in
    between is answered again at its own period, in a second simulation with the others left. Only what a
    timeline compares is read: the payer's view, reasons, missing facts and rate flags are not computed.
    """
    system = system or baseline_system()
    first = Periods.of(dates[0])
    graph = dependency_graph(system, first.month, first.year)  # the start's: names missing facts where periods are given
    families = [for_month(with_implied_answers(family), on) for family, on in zip(families, dates, strict=True)]
    answer = _DatesRun(language, system, graph, catalogue_overrides or {})
    answers, again = answer(families, dates, shared_periods(dates, system))
    if again:
        for number, rights in zip(again, answer([families[k] for k in again], [dates[k] for k in again])[0]):
            answers[number] = rights
    return answers


@dataclass(frozen=True)
class _DatesRun:
    language: str
    system: object
    graph: object
    catalogue_overrides: dict

    def __call__(self, families, dates, periods=None) -> tuple[list[list[RightOnDate]], list[int]]:
        """Family k's rights on dates[k], answered at the period of periods[k] (its own date's when not given),
        in one simulation; and the numbers of those whose law moved between the two (to answer again).

        The families sharing a period are read together, those of the latest shared period first and the
        dates answered alone last, and checked right after against everything read until then (their own
        reads, and those of the groups before, whose year they may reuse): what the dates answered alone
        read (the start's year, say) is not held against them."""
        periods = periods or dates
        years = [on.year - period.year for on, period in zip(dates, periods, strict=True)]
        simulation, rows = build_simulation(families, self.system, years_from_period=years,
                                            days_asked=[(Periods.of(period).month, on.day) for on, period in zip(dates, periods, strict=True)])
        law = LawRead(simulation) if any(years) else None
        shared = {period for period, shift in zip(periods, years) if shift}
        answers: list = [None] * len(dates)
        again = []
        for period in sorted(set(periods), key=lambda day: (day not in shared, -day.toordinal())):
            results = SimulationResults(simulation, rows, Periods.of(period))
            group = [number for number in range(len(dates)) if periods[number] == period]
            for number in group:
                answers[number] = _Context(families[number], number, dates[number], self.language, self.system, self.graph,
                                           results, [], self.catalogue_overrides).rights_on_date()
            moved = law.moved_for(years[number] for number in group) if law else set()
            again += [number for number in group if years[number] in moved]
        return answers, sorted(again)


def _facts_worth_varying(graph) -> set[str]:
    """The facts below a right's status or amount: one may settle it, or move what is paid."""
    facts: set[str] = set()
    for benefit in catalogue().values():
        names = benefit.variables
        for name in filter(None, (names.status, names.amount, names.amount_min, names.amount_max)):
            facts |= graph.facts_below(name)
    return facts


@dataclass
class _Context:
    """One family's answer, read from a simulation that may hold other families."""

    family: object
    number: int
    on: date
    language: str
    system: object
    graph: object
    results: SimulationResults
    variants: list
    catalogue_overrides: dict = field(default_factory=dict)
    grades_by_age: dict = field(default_factory=dict)  # child id → the grade taken by age it tells (grades_by_age.py)
    unknown: frozenset = frozenset()  # (fact, person) answered «don't know» outside the family (a request's or a file's `unknown`)
    graded_by_period: dict | None = field(default=None, init=False, repr=False)
    # (benefit, holder) → the facts below its unknown conditions that `_missing_facts` left out, since no answer
    # to one of them alone moves the right yet: the questions that come once the named ones are answered
    later_facts: dict = field(default_factory=dict, init=False, repr=False)

    def entitlements(self, reform) -> out.Entitlements:
        rows_by_view = {True: [], False: []}
        for benefit in catalogue().values():
            benefit = self._entry(benefit)
            for person_index, person_id in self.results.holders(benefit, self.number):
                rows_by_view[benefit.payer_view].append(self.benefit_result(benefit, person_index, person_id))
        return out.Entitlements(
            model_version=MODEL_VERSION,
            parameter_set_hash=parameter_set_hash(),
            legal_date=self.on.isoformat(),
            month=self.results.periods.month,
            year=self.results.periods.year,
            language=self.language,
            reform=reform,
            benefits=rows_by_view[False],
            payer_view=rows_by_view[True],
            family_total=family_total(rows_by_view[False], self.language, self.on.isoformat(), self._shared_ranges()),
            by_contact=by_contact(rows_by_view[False], self.language),
            kommune=self._kommune(),
            citations_note=citations_note(self.on, self.language),
        )

    def _shared_ranges(self) -> dict[str, tuple[float, float]]:
        """For each right the caregivers share, the family's lowest and highest total (ADR 0027)."""
        ranges = {}
        for benefit in catalogue().values():
            names = benefit.variables
            if names.family_amount_min and names.family_amount_max:
                ranges[benefit.id] = (self._number(names.family_amount_min, benefit, None),
                                      self._number(names.family_amount_max, benefit, None))
        return ranges

    @cached_property
    def _kommune_number_and_name(self) -> tuple[str, str] | None:
        number = getattr(self.family, "kommunenummer", None)
        name = kommune_name(number)
        return None if name is None else (number, name)

    def _kommune(self) -> out.KommuneResult | None:
        if self._kommune_number_and_name is None:
            return None
        number, name = self._kommune_number_and_name
        return out.KommuneResult(number=number, name=name, link_note=kommune_note(number, self.on, self.language))

    def _contact(self, benefit: Benefit) -> out.Contact:
        """Whom to contact: the agency's name, or the family's own kommune by name where it decides and is known."""
        agency = benefit.contact_agency()
        if not benefit.decided_in_kommune():
            return out.Contact(agency=agency, name=self.text(AGENCY_TEXT[agency]))
        if self._kommune_number_and_name is None:
            return out.Contact(agency=agency, name=self.text(AGENCY_OF_THE_KOMMUNE.get(agency, AGENCY_TEXT[agency])))
        number, name = self._kommune_number_and_name
        return out.Contact(agency=agency, name=self.text(AGENCY_IN_KOMMUNE[agency]).format(kommune=name), kommune=number,
                           link_note=kommune_note(number, self.on, self.language))

    def rights_on_date(self) -> list[RightOnDate]:
        """The family's rights as a timeline compares them (`RightOnDate`), the payer's view left out."""
        found = []
        for benefit, person_index, person_id in self._own_rights():
            if self._periods_given(benefit, person_id):  # the amount comes from the periods (ADR 0021): as the answer
                found.append(RightOnDate.of(self.benefit_result(benefit, person_index, person_id), benefit.legal_basis[0]))
                continue
            status = self.results.value(benefit.variables.status, benefit, self.number, person_index)
            outcomes = tuple(
                (c.variable, _assessed(self.results.value(c.variable, benefit, self.number, person_index), status))
                for c in self._shown_conditions(benefit, person_index)
            )
            amount = self._amount(benefit, person_index, status)
            per_day, days = self._per_day(benefit, person_index, amount) or (None, None)
            found.append(RightOnDate(
                benefit=benefit.id, person=person_id, name=self.text(benefit.name), status=status,
                status_text=self._status_text(benefit, status), amount=amount,
                range=self._range(benefit, person_index, status), conditions=outcomes, legal_basis=benefit.legal_basis[0],
                per_day=per_day, days_paid=days,
            ))
        return found

    def _own_rights(self):
        """(benefit, person index, person id) of each right the family holds, the payer's view left out."""
        for benefit in catalogue().values():
            benefit = self._entry(benefit)
            if not benefit.payer_view:
                for person_index, person_id in self.results.holders(benefit, self.number):
                    yield benefit, person_index, person_id

    def results_of(self, benefit_id: str) -> list[out.BenefitResult]:
        """One benefit's results, one per holder, as `entitlements` gives them."""
        benefit = self._entry(catalogue()[benefit_id])
        return [self.benefit_result(benefit, index, person_id) for index, person_id in self.results.holders(benefit, self.number)]

    def _entry(self, benefit: Benefit) -> Benefit:
        """The catalogue entry as a reform changes it, as it reads on the date asked (its legal basis then in force,
        its complaint route then open)."""
        return benefit.model_copy(update=self.catalogue_overrides.get(benefit.id, {})).on_date(self.on)

    def open_rights(self) -> list[OpenRight]:
        """Each right's status and missing facts, as `benefit_result` gives them; the payer's view left out."""
        found = []
        for benefit, person_index, person_id in self._own_rights():
            status = self.results.value(benefit.variables.status, benefit, self.number, person_index)
            missing = []
            if status == "missing_information":
                outcomes = [_Outcome(c.variable, self.results.value(c.variable, benefit, self.number, person_index))
                            for c in benefit.conditions]
                missing = self._missing_facts(benefit, person_id, outcomes)
            changes = self._changes(benefit, person_id, person_index, status) if status in AMOUNT_OPEN_STATUSES else []
            found.append(OpenRight(benefit.id, person_id, status, missing, changes, self._amount(benefit, person_index, status)))
        return found

    def _status_text(self, benefit: Benefit, status: str) -> str:
        """The status in words; an entitled answer to a right that is the kommune's duty to offer says so (SFO)."""
        return self.text(benefit.status_words(status))

    def text(self, bilingual) -> str:
        text = bilingual.in_language(self.language)
        return fill_parameters(text, self._parameters_on_date) if "{p:" in text else text

    @cached_property
    def _parameters_on_date(self):
        return self.system.get_parameters_at_instant(self.on.isoformat())  # built once per system and date

    def benefit_result(self, benefit: Benefit, person_index, person_id) -> out.BenefitResult:
        status = month_status = self.results.value(benefit.variables.status, benefit, self.number, person_index)
        by_periods = self._granted_by_periods(benefit, person_id, person_index, status)
        if by_periods:
            status = Status.entitled.name
        evaluated = [self._by_age(self._by_gate(self._condition(benefit, c, person_index), person_id), person_id)
                     for c in self._shown_conditions(benefit, person_index)]
        missing = self._missing_facts(benefit, person_id, evaluated) if status == "missing_information" else []
        conditions = [self._as_assessed(condition, status) for condition in evaluated]
        if by_periods:
            conditions = [self._met_in_the_periods(condition) for condition in conditions]
        changes = self._changes(benefit, person_id, person_index, month_status)  # without the periods (ADR 0021)
        amount, range_ = self._amount(benefit, person_index, status), self._range(benefit, person_index, status)
        reason = self._reason(benefit, person_index, status, conditions)
        if by_periods:  # the pieces refused keep the month's refusal (said_why); the month says only parts are paid
            periods = self._periods(benefit, person_id, person_index, status, self._month_refusal(benefit, person_index))
            reason = out.Reason(code=PAID_FOR_PERIODS, text=self.text(benefit.reasons[PAID_FOR_PERIODS]))
        else:
            periods = self._periods(benefit, person_id, person_index, status, reason)
        if periods is not None and status == "entitled":
            # The days were given as periods: the month's amount is their sum, 0 kr in a month none of them falls in
            # (a timeline's later month), not the "days not given" a zero otherwise means (review s21 caseworker M3).
            amount = out.Amount(value=month_amount(periods), unit=benefit.amount_unit or "NOK",
                                period=benefit.amount_period or benefit.period)
        grant = self._grant(benefit, person_id)
        rates, paid = _rates_behind(benefit, lambda variable: self.results.value(variable, benefit, self.number, person_index))
        stale = benefit_stale_rates(self.system, rates, self.on)
        note = amount_note(stale, amount, range_, self.language, paid)
        flags = benefit_rate_flags(self.system, rates, self.on)
        # No amount for a flag to qualify: the reason says it if it quotes the rate. A zero told in words instead of
        # an amount (no free SFO hours on the grade, ADR 0017) is still what the rates give, so it keeps its flags.
        if amount is None and range_ is None and not (status == "entitled" and _zero_is_no_amount(benefit)):
            reason, flags = self._with_rate_caveat(benefit, reason, conditions, flags), ()
        return out.BenefitResult(
            benefit=benefit.id,
            name=self.text(benefit.name),
            sector=benefit.sector,
            agency=self.text(benefit.agency),
            holder=benefit.holder,
            person=person_id,
            status=status,
            status_text=self._status_text(benefit, status),
            amount=amount,
            range=range_,
            amount_is_lower_bound=note is not None and is_lower_bound(stale),
            amount_note=note,
            reason=reason,
            conditions=conditions,
            missing_facts=missing,
            changes=changes,
            unverified_rate=[out.RateFlagResult(**vars(f)) for f in flags],
            legal_basis=[out.LegalSourceResult(title=s.title, url=str(s.url)) for s in benefit.legal_basis],
            how_to_apply=self._how_to_apply(benefit, person_index, grant),
            already_granted=grant.granted,
            to_tell=self.text(grant.tell) if grant.tell is not None else None,
            child=self._claim_child(benefit, person_index),
            notes=self._notes(benefit, person_index, status),
            documents=[] if self._advised_after_death(benefit, person_index) or grant != NOT_GRANTED
            else [self.text(d) for d in benefit.document_texts()],  # nothing to send: no documents to gather (ADR 0042)
            complaint=self.text(benefit.complaint),
            contact=self._contact(benefit),
            summary=text_on_date(benefit.summary.in_language(self.language), self._parameters_on_date,
                                 benefit_rate_flags(self.system, tuple(benefit.rate_parameters), self.on), self.on, self.language),
            amount_meaning=self.text(benefit.amount_meaning) if benefit.amount_meaning else None,
            no_range_reason=self._no_range_reason(benefit, status, amount, range_),
            folded_into=self._folded_into(benefit, status, amount, reason),
            periods=periods,
            calculation_basis=self._basis(benefit, person_index, status),
            days_by_payer=self._days_by_payer(benefit, person_index, amount, range_),
        )

    def _periods_given(self, benefit, person_id) -> bool:
        """Whether a caseworker gave dated periods for this right: for pleiepenger, care periods or this caregiver's
        training periods with a weekday in the month (`graded_by_period`); for opplæringspenger, this caregiver's
        training periods."""
        if benefit.id == TRAINING_BENEFIT:
            return any(c.id == person_id and c.training_periods is not None for c in self.family.caregivers)
        return benefit.id == GRADED_BY_PERIOD and graded_by_period(self.family, person_id, self.on)

    def _granted_by_periods(self, benefit, person_id, person_index, status) -> bool:
        """Whether care periods give pleiepenger in a month the family-level facts refuse on the tilsyn alone: NAV grades
        each piece on its own (BeregnGrader, navikt/pleiepenger-barn-uttak @ b476489b), so a piece the whole model
        grants is paid though the rest of the month is refused (ADR 0021 addendum 0.24.0)."""
        if status != Status.not_entitled.name or benefit.id != GRADED_BY_PERIOD or not self._periods_given(benefit, person_id):
            return False
        if self._month_refusal(benefit, person_index).code not in REFUSED_ON_SUPERVISION:
            return False
        return some_piece_paid(self._periods(benefit, person_id, person_index, status, None))

    def _met_in_the_periods(self, condition: out.ConditionResult) -> out.ConditionResult:
        """The tilsyn condition of a month care periods grant in part: met in the parts paid, as the reason says."""
        if condition.variable != SUPERVISION_CONDITION:
            return condition
        met = Outcome.met.name
        return condition.model_copy(update={"outcome": met, "outcome_text": self.text(OUTCOME_TEXT[met]), "not_met_text": None})

    def _month_refusal(self, benefit, person_index) -> out.Reason:
        """The month's reason as the family-level facts give it."""
        code = self.results.value(benefit.variables.reason, benefit, self.number, person_index)
        return out.Reason(code=code, text=self.text(benefit.reasons[code]))

    def _periods(self, benefit, person_id, person_index, status, reason) -> list[out.PeriodResult] | None:
        """The caregiver's pieces of the month, or training periods, where a caseworker gave them (ADR 0021)."""
        if not self._periods_given(benefit, person_id):
            return None
        if benefit.id == TRAINING_BENEFIT:
            given = next(c.training_periods for c in self.family.caregivers if c.id == person_id)
            daily_rate = float(self.results.value(DAILY_RATE, benefit, self.number, person_index))
            return training_periods(given, self.on, status == "entitled", daily_rate, reason, status)
        if self.graded_by_period is None:  # one simulation of the pieces, for every caregiver
            self.graded_by_period = graded_periods(self.family, self.on, self.system, benefit, self.text)
        return said_why(self.graded_by_period[person_id], reason)

    def _days_by_payer(self, benefit, person_index, amount, range_) -> list[out.PaidDays] | None:
        """Who pays which of the days shown (omsorgspenger, answer/days_by_payer.py), with the law of the year asked."""
        shown = (amount.value, amount.value) if amount is not None else (range_.min, range_.max) if range_ else None
        year_start = f"{self.results.periods.year}-01-01"
        return days_by_payer(benefit.id, shown, lambda variable: self.results.value(variable, benefit, self.number, person_index),
                             lambda name: value_at(find(self.system.parameters, name), year_start), self.language)

    def _basis(self, benefit, person_index, status) -> list[out.BasisLine]:
        """The calculation basis of an entitled answer: its lines that are not zero."""
        if status != "entitled":
            return []
        lines = []
        for line in benefit.calculation_basis:
            value = round(float(self.results.value(line.variable, benefit, self.number, person_index, line.period)), 2)
            if value != 0:
                lines.append(out.BasisLine(variable=line.variable, text=self.text(line.text), value=value, unit=line.unit))
        return lines

    def _claim_child(self, benefit, person_index) -> str | None:
        """The id of the child the holder's claim is for, where the catalogue names the variable and it tells (L9)."""
        if benefit.claim_child is None:
            return None
        return self.results.value(benefit.claim_child, benefit, self.number, person_index) or None

    def _notes(self, benefit, person_index, status) -> list[str]:
        """The catalogue's notes whose variable is true for the holder, on a right that is not refused (review s24 M2).
        A note's variable is read for its own period: a monthly one for the month asked, on a yearly right too (the
        year's days after a death, review s24 caseworker L1)."""
        if status == "not_entitled":
            return []
        return [self.text(note.text) for note in benefit.notes
                if self.results.value(note.when, benefit, self.number, person_index, self._period_of(note.when))]

    def _period_of(self, variable: str) -> str:
        """"month" or "year": the period a variable is defined for."""
        return "month" if self.system.variables[variable].definition_period == DateUnit.MONTH else "year"

    def _no_range_reason(self, benefit, status, amount, range_) -> str | None:
        """Why a right that is not refused shows neither an amount nor a range (issue 16): for a right granted
        with a zero that is no amount (an SFO place with no free hours), the catalogue's words for that zero."""
        if status == "not_entitled" or amount is not None or range_ is not None:
            return None
        if status == "entitled" and _zero_is_no_amount(benefit):
            return self.text(benefit.zero_amount.text)
        return None if benefit.no_range is None else self.text(benefit.no_range)

    def _folded_into(self, benefit, status, amount, reason) -> out.FoldedInto | None:
        """An "entitled" zero paid as another right is not a right of its own: told in that right's reason."""
        zero = benefit.zero_amount
        if zero is None or zero.replaced_by is None or status != "entitled" or amount is None or amount.value != 0:
            return None
        text = self.text(zero.text) if zero.text is not None else reason.text
        return out.FoldedInto(benefit=zero.replaced_by, text=text)

    def _after_the_death(self, benefit, person_index) -> bool:
        """Whether the answer is about the time after the death of the child the right is for: its `after_death`
        condition is not met, or — a right the law continues — the child it is held by has died (ADR 0034)."""
        after_death = next((c for c in benefit.conditions if c.after_death), None)
        return after_death is not None and (
            self.results.value(after_death.variable, benefit, self.number, person_index) == "not_met"
            or benefit.holder == "child" and self.results.value(CHILD_ALIVE["variable"], benefit, self.number, person_index) == "not_met")

    def _shown_conditions(self, benefit, person_index) -> list:
        """The right's conditions while the child lives; once it has died, its `after_death` condition alone: the
        right has ended, or continues on that condition only (catalogue/after_death.py, ADR 0034). A condition
        shown `only_when_not_met` is left out unless it is not met (ADR 0026), one `hidden_when_met` where it is met."""
        died = self._after_the_death(benefit, person_index)
        return [c for c in benefit.conditions if c.after_death == died and not self._hidden(c, benefit, person_index)]

    def _hidden(self, condition, benefit, person_index) -> bool:
        """A condition shown only where it refuses (`only_when_not_met`), or only where it is not met (`hidden_when_met`)."""
        outcome = self.results.value(condition.variable, benefit, self.number, person_index)
        return condition.only_when_not_met and outcome != "not_met" or condition.hidden_when_met and outcome == "met"

    def _advised_after_death(self, benefit, person_index) -> bool:
        """Whether the card says what the family does after the child's death (`how_to_apply_after_death`, a right
        the law continues) instead of how to apply and what to bring: advice about a living child would not fit."""
        return benefit.how_to_apply_after_death is not None and self._after_the_death(benefit, person_index)

    def _how_to_apply(self, benefit, person_index, grant: Grant) -> out.HowToApplyResult:
        """The catalogue's words, or after a death its words for then (ADR 0034); for a right the family says is granted,
        that nothing is to apply for, or the change to tell the agency instead (ADR 0042)."""
        if self._advised_after_death(benefit, person_index):
            how = benefit.how_to_apply_after_death
        elif grant.granted or grant.tell is not None:
            return out.HowToApplyResult(text=self.text(grant.tell or ALREADY_GRANTED_ON_THE_CARD), url=None)
        else:
            how = benefit.how_to_apply
        return out.HowToApplyResult(text=self.text(how), url=str(how.url) if how.url else None)

    def _grant(self, benefit, person_id) -> Grant:
        """What the family's answers say of the right's application: already granted, granted with a change to tell
        the agency, or neither (answer/already_granted.py; the packets read it from the answer)."""
        application = benefit.application
        if application is None or application.already_granted is None:
            return NOT_GRANTED
        return grant_of(application.already_granted, lambda fact: answers_to(
            self.family, fact, person_id, benefit.holder, self.unknown, NOT_CONCERNED))

    def _condition(self, benefit, condition, person_index) -> out.ConditionResult:
        outcome = self.results.value(condition.variable, benefit, self.number, person_index)
        condition, references = self._as_the_rules_go_on(benefit, condition, person_index)
        text = self.text(condition.text)
        return out.ConditionResult(
            variable=condition.variable,
            outcome=outcome,
            outcome_text=self.text(OUTCOME_TEXT[outcome]),
            text=text,
            not_met_text=self._not_met_text(condition, text) if outcome == "not_met" else None,
            reference=references[0],
            references=list(references),
        )

    def _as_the_rules_go_on(self, benefit, condition, person_index) -> tuple[object, tuple]:
        """The condition and the sources in force on the date; for a holder the old rules go on for after a change for
        new cases (`old_rules_go_on`), the condition in the old rule's words and its sources, each dated, whatever the
        date (review s24 law M4)."""
        old = condition.old_rules_go_on
        if old is not None and self.results.value(old.variable, benefit, self.number, person_index):
            as_old = condition.model_copy(update={"text": old.text, "not_met": old.not_met, "old_rules_go_on": None})
            return as_old, every_reference(self.system, old.variable, self.language)
        return condition, condition_references(self.system, condition.variable, self.on, self.language)

    def _not_met_text(self, condition, requirement: str) -> str:
        """The catalogue's `not_met` finding for the condition, or else its requirement named as the condition not
        met: quoted after a bare "Not met:", a requirement reads as a finding about the family ("Not met: The
        child has not started school" read as "the child has not started school"; review of 0.10.0)."""
        if condition.not_met is not None:
            return self.text(condition.not_met)
        return self.text(CONDITION_NOT_MET_TEXT).format(requirement=requirement.rstrip("."))

    @cached_property
    def _holders(self) -> dict[str | None, object]:
        """Each holder of facts by id: None for the family, each person's id."""
        return {None: self.family, **{person.id: person for person in self.family.persons()}}

    @cached_property
    def _answered_by_gates(self) -> dict[str | None, dict[str, tuple[object, str]]]:
        """Each holder's (None: the family's) facts a group gate's "no" answers, with the gate the family
        answered, worked out once per answer."""
        return {holder_id: answers_by_gate(facts_given(holder)) for holder_id, holder in self._holders.items()}

    def _given(self, holder_id, holder, fact_id):
        """The holder's answer to the fact: given, or given by a group gate's "no" (facts/gates.py)."""
        value = getattr(holder, fact_id, None)
        return self._answered_by_gates[holder_id].get(fact_id, (None,))[0] if value is None else value

    def _by_age(self, condition: out.ConditionResult, person_id) -> out.ConditionResult:
        """A condition that read a school grade taken by age says so, with the grade (ADR 0026): the holder's
        own where the holder is a child, every child's otherwise."""
        if not self.grades_by_age or SCHOOL_GRADE not in self.graph.facts_below(condition.variable):
            return condition
        is_child = any(child.id == person_id for child in self.family.children)
        grades = {child: grade for child, grade in self.grades_by_age.items() if child == person_id or not is_child}
        if not grades:
            return condition
        listed = [out.AssumedGrade(child=child, grade=grade) for child, grade in grades.items()]
        return condition.model_copy(update={"assumed": assumed_text(grades, self.language), "assumed_grades": listed})

    def _by_gate(self, condition: out.ConditionResult, person_id) -> out.ConditionResult:
        """A condition not met reading a fact a group gate's "no" answered names that gate's question: the family
        answered the gate, not the fact (ADR 0014)."""
        if condition.outcome != "not_met":
            return condition
        below = sorted(self.graph.facts_below(condition.variable) & self._answered_by_gates[person_id].keys())
        if not below:
            return condition
        gate = self._answered_by_gates[person_id][below[0]][1]
        return condition.model_copy(update={"answered_by_gate": question_text(gate, person_id, self.family, self.on, self.language)})

    def _as_assessed(self, condition: out.ConditionResult, status) -> out.ConditionResult:
        """An unknown condition of a settled answer was not needed to reach it: not assessed (ADR 0018)."""
        if _assessed(condition.outcome, status) == condition.outcome:
            return condition
        return condition.model_copy(update={"outcome": NOT_ASSESSED, "outcome_text": self.text(OUTCOME_TEXT[NOT_ASSESSED])})

    def _number(self, variable, benefit, person_index) -> float:
        return round(float(self.results.value(variable, benefit, self.number, person_index)), 2)

    def _amount(self, benefit, person_index, status) -> out.Amount | None:
        if benefit.variables.amount is None or status != "entitled":
            return None
        return self._amount_of(benefit, self._number(benefit.variables.amount, benefit, person_index))

    def _per_day(self, benefit, person_index, amount) -> tuple[float, int] | None:
        """Kroner per day and the days paid, for a right paid per day (answer/per_day.py)."""
        return amount_per_day(benefit, None if amount is None else amount.value,
                              lambda variable: float(self.results.value(variable, benefit, self.number, person_index)))

    def _range(self, benefit, person_index, status) -> out.AmountRange | None:
        """What the amount can come to while the status is open; none where nothing is known of it."""
        names = benefit.variables
        low_name = names.amount_min or names.amount
        if names.amount_max is None or low_name is None or status not in ("to_be_assessed", "missing_information"):
            return None
        high = self._number(names.amount_max, benefit, person_index)
        if high <= 0:
            return None
        return out.AmountRange(
            min=self._number(low_name, benefit, person_index),
            max=high,
            unit=benefit.amount_unit or "NOK",
            period=benefit.amount_period or benefit.period,
        )

    def _reason(self, benefit, person_index, status, conditions) -> out.Reason | None:
        """The rule that bound the result. "No rule bound" (`none`) is said only of a settled amount:
        a refusal names its binding condition instead (so does a refusal of a right with no reason of its
        own), an open answer no rule."""
        died = _failed_after_death(benefit, conditions)
        if status == "not_entitled" and died is not None:
            return out.Reason(code=CHILD_DIED, text=died.not_met_text)
        if benefit.variables.reason is not None:
            code = self.results.value(benefit.variables.reason, benefit, self.number, person_index)
            if code != NO_BINDING_RULE or status in ("entitled", "to_be_assessed"):
                return out.Reason(code=code, text=self.text(benefit.reasons[code]))
        failed = [condition for condition in conditions if condition.outcome == "not_met"]
        if status != "not_entitled" or not failed:
            return None
        not_counted = " ".join(self._not_counted_after_death(benefit, failed[0])) or None
        return out.Reason(code=CONDITION_NOT_MET, text=" ".join(filter(None, [failed[0].not_met_text, not_counted])),
                          not_counted=not_counted)

    def _not_counted_after_death(self, benefit, failed) -> list[str]:
        """For a right for the care of the family's children refused on a condition that reads the children's facts,
        each child who died before the right's period began: from then on not among the children it reads (ADR 0034).
        A condition on the caregiver alone (being single, an employee) names none: the death is not its cause. Nor does a
        child's fact given only where it applies (`absent_means`: delt bosted, a foster home) that no child has: it
        counted none of them."""
        facts = vocabulary()
        reads_children = any(facts[fact].holder == "child" and self._given_of_a_child(facts[fact])
                             for fact in self.graph.facts_below(failed.variable) if fact in facts)
        if not benefit.for_the_care_of_a_child or not reads_children:
            return []
        start = self.on.replace(day=1) if benefit.period == "month" else self.on.replace(month=1, day=1)
        template = self.text(NOT_COUNTED_AFTER_DEATH[benefit.period])
        return [opening_a_sentence(template.format(child=child.id, date=format_date(child.date_of_death.isoformat(), self.language)))
                for child in self.family.children if has_died(child, start)]

    def _given_of_a_child(self, fact) -> bool:
        """Whether a child's fact can tell the children apart: any fact, but one given only where it applies only where
        some child of the family has it."""
        return fact.absent_means is None or any(getattr(child, fact.id, None) is not None for child in self.family.children)

    def _with_rate_caveat(self, benefit, reason, conditions, flags) -> out.Reason | None:
        """The reason, with a caveat when its text quotes a rate flagged on the date (answer/quoted_rates.py)."""
        if reason is None or not flags:
            return reason
        caveat = quoted_rate_caveat(self._reason_template(benefit, reason, conditions), flags, self.on, self.language)
        return reason if caveat is None else reason.model_copy(update={"text": f"{reason.text} {caveat}", "rate_caveat": caveat})

    def _reason_template(self, benefit, reason, conditions) -> str:
        """The catalogue text the reason was filled from, with its `{p:path}` placeholders."""
        if reason.code not in (CONDITION_NOT_MET, CHILD_DIED):
            return benefit.reasons[reason.code].in_language(self.language)
        failed = next(c.variable for c in conditions if c.outcome == "not_met")
        condition = next(c for c in benefit.conditions if c.variable == failed)
        return (condition.not_met or condition.text).in_language(self.language)

    def _missing_facts(self, benefit, person_id, conditions) -> list[out.MissingFact]:
        """The family's facts below an unknown condition that are not given or answered «don't know».

        Where variants were tried, only those whose answer alone would move the benefit (a condition,
        the status, the amount or its range) — unless none would alone: then they decide only together
        and all are named, so a benefit missing information always names what settles it. Those left out
        are kept in `later_facts`: they become missing once the others are answered (the interview's
        estimate counts them, ADR 0014) — or once every one named is answered «don't know», since only
        they can settle it then (barnekoordinator: the child's own illness and services, when the family
        does not know whether it is expecting such a child; review s20 H1). A fact the family's own answers leave
        nothing to change for the right is never named (being alone with the care where every child has delt bosted,
        answer/alone_with_the_care.py; review s22 page M1).
        """
        candidates = self._open_facts(benefit, person_id, conditions)
        ruled_out = cannot_change(self.family, benefit.id)
        candidates = [entry for entry in candidates if (entry.fact, entry.person) not in ruled_out]
        tried = self._tried
        moving = self._facts_moving(benefit, person_id, conditions)
        decisive = [entry for entry in candidates if (entry.fact, entry.person) not in tried or (entry.fact, entry.person) in moving]
        if all(entry.answered_unknown for entry in decisive):
            decisive = []
        self.later_facts[(benefit.id, person_id)] = [entry for entry in candidates if entry not in decisive] if decisive else []
        return decisive or self._its_own(candidates, benefit, person_id, moving) or candidates

    def _its_own(self, candidates: list[out.MissingFact], benefit, person_id, moving) -> list[out.MissingFact]:
        """The facts a right names when none settles it alone, or each that does was answered «don't know»: for a
        caregiver's right, not those of another caregiver, nor of a child the family said needs nothing more than
        others of its age (the child's illness-or-needs gate «no», ADR 0026), where no answer to them moves it
        alone. The mother's omsorgsstønad names her own care facts, never the father's (review s21 page L3)."""
        return [entry for entry in candidates if not self._someone_elses(entry, benefit, person_id)
                or (entry.fact, entry.person) not in self._tried or (entry.fact, entry.person) in moving]

    def _someone_elses(self, entry: out.MissingFact, benefit, person_id) -> bool:
        """For a caregiver's right, a fact of another caregiver, or of a child whose illness-or-needs gate is «no»."""
        if benefit.holder != "caregiver" or entry.person in (None, person_id):
            return False
        if entry.person in {caregiver.id for caregiver in self.family.caregivers}:
            return True
        return getattr(self._holders[entry.person], CHILD_GATE, None) == "no"

    def _open_facts(self, benefit, person_id, conditions) -> list[out.MissingFact]:
        found: list[out.MissingFact] = []
        for condition in conditions:
            if condition.outcome != "unknown":
                continue
            for fact_id in sorted(self.graph.facts_below(condition.variable)):
                fact = vocabulary()[fact_id]
                if fact.audience == "caseworker" or fact.absent_means is not None:
                    continue  # a caseworker's input is never asked of a family, nor a fact whose absence answers it
                for lacking, answered_unknown in self._persons_lacking(fact_id, benefit, person_id):
                    entry = out.MissingFact(fact=fact_id, person=lacking, answered_unknown=answered_unknown,
                                            question=question_text(fact_id, lacking, self.family, self.on, self.language),
                                            choices=child_choices(fact_id, self.family, self.on))
                    if entry not in found:
                        found.append(entry)
        return found

    @cached_property
    def _tried(self) -> set[tuple[str, str | None]]:
        return {(variant.fact, variant.person) for variant in self.variants}

    def _facts_moving(self, benefit, person_id, conditions) -> set[tuple[str, str | None]]:
        """(fact, person) of the variants that change a condition, the status, the amount or its range."""
        count = len(self.variants)
        moved = numpy.zeros(count, dtype=bool)
        for condition in conditions:
            moved |= self.results.across_variants(condition.variable, benefit, self.number, person_id, count) != condition.outcome
        person_index = self.results.index_of(self.number, person_id)
        names = benefit.variables
        for name in filter(None, (names.status, names.amount, names.amount_min, names.amount_max)):
            base = self.results.value(name, benefit, self.number, person_index)
            moved |= self.results.across_variants(name, benefit, self.number, person_id, count) != base
        return {(self.variants[i].fact, self.variants[i].person) for i in numpy.flatnonzero(moved)}

    def _persons_lacking(self, fact_id, benefit, person_id) -> list[tuple[str | None, bool]]:
        """(person, answered «don't know») for each holder of the fact who has not given it. A child's right reads
        that child's own facts (and the family's and caregivers'), never a sibling's, though the fact dependencies,
        read by name, reach every holder (review s15: Nora's toppfinansiering asked for her brother's wage costs)."""
        holder = vocabulary()[fact_id].holder
        holders = holders_of(self.family, holder)
        if benefit.holder == "child" and holder == "child":
            holders = [(holder_id, child) for holder_id, child in holders if holder_id == person_id]
        values = [(holder_id, self._given(holder_id, holder, fact_id)) for holder_id, holder in holders]
        return [(holder_id, value == DONT_KNOW or (fact_id, holder_id) in self.unknown)
                for holder_id, value in values if value is None or value == DONT_KNOW]

    def _changes(self, benefit, person_id, person_index, status) -> list[out.Change]:
        """The single changes that give another status or amount. While information is missing, a fact
        whose every answer leads to the same status and amount changes nothing and is left out. A right
        granted or to be assessed names only the facts the family has not given (night watch that would
        raise pleiepenger), never what a different answer to a given fact would do. A change to a fact the family
        gave is marked `answered`: the page leaves it off a right still missing information, which waits on the
        answers not given (review s21 page L12)."""
        statuses = self.results.across_variants(benefit.variables.status, benefit, self.number, person_id, len(self.variants)).tolist()
        amounts = self._variant_amounts(benefit, person_id, statuses)
        current = self._amount(benefit, person_index, status)
        here = (status, current.value if current else None)
        outcomes = list(zip(statuses, amounts))
        changing = [i for i, outcome in enumerate(outcomes) if outcome != here]
        if status == "missing_information":
            changing = [i for i in changing if not self._decides_nothing(outcomes, i)]
        elif status not in EXPLAINED_STATUSES:
            changing = [i for i in changing if self._not_given(self.variants[i])]
        return [
            out.Change(
                fact=self.variants[i].fact,
                person=self.variants[i].person,
                value=self.variants[i].value,
                new_status=outcomes[i][0],
                new_status_text=self._status_text(benefit, outcomes[i][0]),
                new_amount=self._amount_of(benefit, outcomes[i][1]),
                new_amount_is_lower_bound=bool(outcomes[i][1]) and self._variant_lower_bound(benefit, person_id, i),
                question=question_text(self.variants[i].fact, self.variants[i].person, self.family, self.on, self.language),
                answered=not self._not_given(self.variants[i]),
            )
            for i in changing
        ]

    def _variant_lower_bound(self, benefit, person_id, i: int) -> bool:
        """Whether variant i's amount is only a lower bound, as `amount_is_lower_bound` is for the answer's (ADR 0009):
        every rate behind it in force before a known adjustment that can only raise it (grunnstønad's 1 146 kr with
        costs that may reach a higher sats whose new amount is not found)."""
        count = len(self.variants)
        rates, _ = _rates_behind(benefit, lambda variable: self.results.across_variants(variable, benefit, self.number, person_id, count)[i])
        return is_lower_bound(list(benefit_stale_rates(self.system, rates, self.on)))

    def _not_given(self, variant) -> bool:
        return self._given(variant.person, self._holders[variant.person], variant.fact) in (None, DONT_KNOW)

    @cached_property
    def _tried_together(self) -> list[list[int]]:
        """For each variant, the variants (by position) that change the same fact of the same person, itself included."""
        by_fact: dict[tuple[str, str | None], list[int]] = {}
        for i, variant in enumerate(self.variants):
            by_fact.setdefault((variant.fact, variant.person), []).append(i)
        return [by_fact[(variant.fact, variant.person)] for variant in self.variants]

    def _decides_nothing(self, outcomes: list, i: int) -> bool:
        """Every answer tried for variant i's fact gives the same status and amount (and more than one was tried)."""
        tried = self._tried_together[i]
        return len(tried) > 1 and len({outcomes[j] for j in tried}) == 1

    def _variant_amounts(self, benefit, person_id, statuses) -> list[float | None]:
        """Each variant's amount where it is entitled (as `_amount` gives it), else None."""
        if benefit.variables.amount is None:
            return [None] * len(statuses)
        values = self.results.across_variants(benefit.variables.amount, benefit, self.number, person_id, len(statuses))
        return [_shown_value(benefit, round(float(value), 2)) if new_status == "entitled" else None
                for value, new_status in zip(values, statuses)]

    def _amount_of(self, benefit, value) -> out.Amount | None:
        value = None if value is None else _shown_value(benefit, value)
        if value is None:
            return None
        return out.Amount(value=value, unit=benefit.amount_unit or "NOK", period=benefit.amount_period or benefit.period)


def _rates_behind(benefit, read) -> tuple[tuple[str, ...], str | None]:
    """The rate parameters behind a holder's amount, and the one it pays (None: all of them may), `read` giving the
    holder's value of a variable: where a right pays one rate chosen per person, from the rate it is known to reach
    to the highest it may; otherwise every rate but a limit (`rate_binds`) not reached."""
    chosen = benefit.rate_chosen
    if chosen is None:
        return tuple(rate for rate in benefit.rate_parameters
                     if benefit.rate_binds.get(rate) is None or bool(read(benefit.rate_binds[rate]))), None
    known, possible = (int(read(variable)) for variable in (chosen.by, chosen.possible))
    paid = benefit.rate_parameters[known - 1] if known > 0 else None
    return tuple(benefit.rate_parameters[max(known, 1) - 1:possible]), paid


def _failed_after_death(benefit, conditions):
    """The right's `after_death` condition where it is not met: the child has died and the right has ended."""
    after_death = {c.variable for c in benefit.conditions if c.after_death}
    return next((c for c in conditions if c.variable in after_death and c.outcome == "not_met"), None)


def _zero_is_no_amount(benefit) -> bool:
    """A right whose zero is not an amount of it, but told in words (`zero_amount` without `replaced_by`): an SFO
    place with no free hours is a place, never «0 hours» (review s15, finding 8)."""
    return benefit.zero_amount is not None and benefit.zero_amount.replaced_by is None


def _shown_value(benefit, value: float) -> float | None:
    """The amount as the answer gives it: none where the right's zero is not an amount of it."""
    return None if value == 0 and _zero_is_no_amount(benefit) else value


def _assessed(outcome: str, status: str) -> str:
    """A condition's outcome as the answer shows it: unknown in a settled answer is not assessed (ADR 0018)."""
    return NOT_ASSESSED if outcome == "unknown" and status in SETTLED_STATUSES else outcome
