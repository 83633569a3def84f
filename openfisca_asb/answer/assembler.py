"""The one answer: for every catalogue benefit, what this family is entitled to and why.

One vectorised simulation holds the family and, as extra families, every
single-fact variant worth trying; the catalogue turns its results into
statuses, amounts, conditions, reasons, missing facts and ways to apply.
"""

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date

import numpy
from openfisca_core.periods import period as openfisca_period

from openfisca_asb.answer import models as out
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.answer.amount_notes import amount_note, is_lower_bound
from openfisca_asb.answer.per_system import benefit_rate_flags, benefit_stale_rates, condition_reference
from openfisca_asb.facts.situation import build_simulation
from openfisca_asb.system import baseline_system
from openfisca_asb.rules.status import STATUS_TEXT, Status
from openfisca_asb.rules.texts import fill_parameters
from openfisca_asb.rules.tristate import OUTCOME_TEXT
from openfisca_asb.facts.variants import single_fact_variants
from openfisca_asb.version import MODEL_VERSION, parameter_set_hash

EXPLAINED_STATUSES = {Status.not_entitled.name, Status.missing_information.name}
BASE = 0  # the family asked about is family 0; its variants follow


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
        self._variant_rows: dict[tuple[str | None, int], numpy.ndarray] = {}
        self._holders: dict[tuple[str, int], list] = {}
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

    def value(self, variable: str, benefit: Benefit, family: int, person: int | None):
        """The value for a person, or for the family when the variable belongs to the family."""
        column, on_family = self._column(variable, self.periods.of_benefit(benefit))
        return (column[family] if on_family else column[person]).item()

    def across_variants(self, variable: str, benefit: Benefit, person_id: str | None, count: int) -> numpy.ndarray:
        """The values for the same person (or family) in variants 1…count."""
        column, on_family = self._column(variable, self.periods.of_benefit(benefit))
        if on_family:
            return column[1:count + 1]
        key = (person_id, count)
        if key not in self._variant_rows:
            self._variant_rows[key] = numpy.array([self._index[(number, person_id)] for number in range(1, count + 1)], dtype=int)
        return column[self._variant_rows[key]]

    def holders(self, benefit: Benefit, family: int) -> list[tuple[int | None, str | None]]:
        """(person index, person id) of everyone holding the benefit in the family."""
        if benefit.holder == "family":
            return [(None, None)]
        key = (benefit.holder, family)
        if key not in self._holders:
            self._holders[key] = [
                (index, row.person.id)
                for index, row in enumerate(self.rows)
                if row.family == family and row.role == benefit.holder
            ]
        return self._holders[key]

    def index_of(self, family: int, person_id: str | None) -> int | None:
        return None if person_id is None else self._index[(family, person_id)]


def assemble(family, on: date, language: str = "nb", system=None, reform: str | None = None,
             catalogue_overrides: dict | None = None) -> out.Entitlements:
    """What `family` is entitled to on `on`, and which single fact would change each answer.

    `catalogue_overrides` (benefit id → catalogue fields, e.g. agency and how_to_apply)
    lets a pilot change organisation for the families it covers.
    """
    system = system or baseline_system()
    periods = Periods.of(on)
    graph = dependency_graph(system, periods.month, periods.year)
    variants = single_fact_variants(family, system, _facts_worth_varying(graph))
    simulation, rows = build_simulation([family], system, variants)
    results = SimulationResults(simulation, rows, periods)
    return _Context(family, BASE, on, language, system, graph, results, variants, catalogue_overrides or {}).entitlements(reform)


def assemble_many(families, on: date, language: str = "nb", system=None, reform: str | None = None,
                  catalogue_overrides: dict | None = None) -> list[out.Entitlements]:
    """The answers for many families from one vectorised simulation, without single-fact variants."""
    system = system or baseline_system()
    periods = Periods.of(on)
    graph = dependency_graph(system, periods.month, periods.year)
    simulation, rows = build_simulation(list(families), system)
    results = SimulationResults(simulation, rows, periods)
    return [
        _Context(family, number, on, language, system, graph, results, [], catalogue_overrides or {}).entitlements(reform)
        for number, family in enumerate(families)
    ]


def _facts_worth_varying(graph) -> set[str]:
    facts: set[str] = set()
    for benefit in catalogue().values():
        facts |= graph.facts_below(benefit.variables.status)
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

    def entitlements(self, reform) -> out.Entitlements:
        rows_by_view = {True: [], False: []}
        for benefit in catalogue().values():
            benefit = benefit.model_copy(update=self.catalogue_overrides.get(benefit.id, {}))
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
        )

    def text(self, bilingual) -> str:
        text = bilingual.in_language(self.language)
        return fill_parameters(text, self._parameters_on_date) if "{p:" in text else text

    @cached_property
    def _parameters_on_date(self):
        return self.system.get_parameters_at_instant(self.on.isoformat())  # built once per system and date

    def benefit_result(self, benefit: Benefit, person_index, person_id) -> out.BenefitResult:
        status = self.results.value(benefit.variables.status, benefit, self.number, person_index)
        conditions = [self._condition(benefit, c, person_index) for c in benefit.conditions]
        changes = self._changes(benefit, person_id, status) if status in EXPLAINED_STATUSES else []
        amount, range_ = self._amount(benefit, person_index, status), self._range(benefit, person_index, status)
        stale = benefit_stale_rates(self.system, tuple(benefit.rate_parameters), self.on)
        note = amount_note(stale, amount, range_, self.language)
        return out.BenefitResult(
            benefit=benefit.id,
            name=self.text(benefit.name),
            sector=benefit.sector,
            agency=self.text(benefit.agency),
            holder=benefit.holder,
            person=person_id,
            status=status,
            status_text=self.text(STATUS_TEXT[status]),
            amount=amount,
            range=range_,
            amount_is_lower_bound=note is not None and is_lower_bound(stale),
            amount_note=note,
            reason=self._reason(benefit, person_index),
            conditions=conditions,
            missing_facts=self._missing_facts(benefit, person_id, conditions) if status == "missing_information" else [],
            changes=changes,
            unverified_rate=[out.RateFlagResult(**vars(f)) for f in benefit_rate_flags(self.system, tuple(benefit.rate_parameters), self.on)],
            legal_basis=[out.LegalSourceResult(title=s.title, url=str(s.url)) for s in benefit.legal_basis],
            how_to_apply=out.HowToApplyResult(
                text=self.text(benefit.how_to_apply),
                url=str(benefit.how_to_apply.url) if benefit.how_to_apply.url else None,
            ),
            documents=[self.text(d) for d in benefit.documents],
            complaint=self.text(benefit.complaint),
        )

    def _condition(self, benefit, condition, person_index) -> out.ConditionResult:
        outcome = self.results.value(condition.variable, benefit, self.number, person_index)
        return out.ConditionResult(
            variable=condition.variable,
            outcome=outcome,
            outcome_text=self.text(OUTCOME_TEXT[outcome]),
            text=self.text(condition.text),
            reference=condition_reference(self.system, condition.variable, self.on),
        )

    def _number(self, variable, benefit, person_index) -> float:
        return round(float(self.results.value(variable, benefit, self.number, person_index)), 2)

    def _amount(self, benefit, person_index, status) -> out.Amount | None:
        if benefit.variables.amount is None or status != "entitled":
            return None
        value = self._number(benefit.variables.amount, benefit, person_index)
        return out.Amount(value=value, unit=benefit.amount_unit or "NOK", period=benefit.amount_period or benefit.period)

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

    def _reason(self, benefit, person_index) -> out.Reason | None:
        if benefit.variables.reason is None:
            return None
        code = self.results.value(benefit.variables.reason, benefit, self.number, person_index)
        return out.Reason(code=code, text=self.text(benefit.reasons[code]))

    def _missing_facts(self, benefit, person_id, conditions) -> list[out.MissingFact]:
        """Facts not given below an unknown condition — and, where variants were tried, only
        those whose answer would move one of the benefit's conditions (or that no variant could try)."""
        tried = self._tried
        moving = self._facts_moving_conditions(benefit, person_id, conditions)
        missing = []
        for condition in conditions:
            if condition.outcome != "unknown":
                continue
            for fact_id in sorted(self.graph.facts_below(condition.variable)):
                if vocabulary()[fact_id].audience == "caseworker":
                    continue  # a caseworker's input is never asked of a family
                for person_id_lacking in self._persons_lacking(fact_id):
                    key = (fact_id, person_id_lacking)
                    if key in tried and key not in moving:
                        continue
                    entry = out.MissingFact(fact=fact_id, person=person_id_lacking, question=self.text(vocabulary()[fact_id].question))
                    if entry not in missing:
                        missing.append(entry)
        return missing

    @cached_property
    def _tried(self) -> set[tuple[str, str | None]]:
        return {(variant.fact, variant.person) for variant in self.variants}

    def _facts_moving_conditions(self, benefit, person_id, conditions) -> set[tuple[str, str | None]]:
        count = len(self.variants)
        moved = numpy.zeros(count, dtype=bool)
        for condition in conditions:
            moved |= self.results.across_variants(condition.variable, benefit, person_id, count) != condition.outcome
        return {(self.variants[i].fact, self.variants[i].person) for i in numpy.flatnonzero(moved)}

    def _persons_lacking(self, fact_id) -> list[str | None]:
        fact = vocabulary()[fact_id]
        if fact.holder == "family":
            return [None] if getattr(self.family, fact_id) is None else []
        persons = [
            *(self.family.caregivers if fact.holder in ("caregiver", "person") else []),
            *(self.family.children if fact.holder in ("child", "person") else []),
        ]
        return [p.id for p in persons if getattr(p, fact_id, None) is None]

    def _changes(self, benefit, person_id, status) -> list[out.Change]:
        statuses = self.results.across_variants(benefit.variables.status, benefit, person_id, len(self.variants))
        return [
            out.Change(
                fact=self.variants[i].fact,
                person=self.variants[i].person,
                value=self.variants[i].value,
                new_status=str(statuses[i]),
                question=self.text(vocabulary()[self.variants[i].fact].question),
            )
            for i in numpy.flatnonzero(statuses != status)
        ]
