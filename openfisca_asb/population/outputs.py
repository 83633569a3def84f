"""What a run reads from each simulation: per catalogue benefit, its status and amounts.

Read from the catalogue, so a new benefit is counted without changing this
package. Amounts follow the answer's rules (assembler): an amount counts only
where the status is *entitled*; a range (min/max) only while the status is
*to be assessed* or *missing information* and the maximum is above zero.
"""

from dataclasses import dataclass

import numpy

from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.population.rate_caveats import holder_caveats
from openfisca_asb.rules.status import Status

ENTITLED = Status.entitled.index
TO_BE_ASSESSED = Status.to_be_assessed.index
RANGE_STATUSES = (Status.to_be_assessed.index, Status.missing_information.index)
NOK = "NOK"


@dataclass(frozen=True)
class BenefitOutputs:
    benefit: Benefit
    period: str  # the simulation period: the month or the year asked

    @property
    def id(self) -> str:
        return self.benefit.id

    @property
    def status(self) -> str:
        return self.benefit.variables.status

    @property
    def amount(self) -> str | None:
        return self.benefit.variables.amount

    @property
    def range_low(self) -> str | None:
        names = self.benefit.variables
        return (names.amount_min or names.amount) if names.amount_max else None

    @property
    def range_high(self) -> str | None:
        return self.benefit.variables.amount_max

    @property
    def unit(self) -> str | None:
        return self.benefit.amount_unit

    @property
    def is_money(self) -> bool:
        return self.unit == NOK

    @property
    def yearly(self) -> bool:
        return self.benefit.period == "year"

    @property
    def binds(self) -> list[str]:
        """The yes/no variables that say whether a limit among its rates sets a holder's amount (`rate_binds`)."""
        return sorted(set(self.benefit.rate_binds.values())) if self.is_money else []

    @property
    def counts_units(self) -> bool:
        """An amount in days or hours, counted in its unit, not in kroner."""
        return self.amount is not None and self.unit is not None and not self.is_money

    def variables(self) -> list[str]:
        names = [self.status, self.amount, self.range_low, self.range_high, *self.binds]
        return list(dict.fromkeys(name for name in names if name))


def benefit_outputs(month: str, year: str) -> list[BenefitOutputs]:
    return [BenefitOutputs(b, year if b.period == "year" else month) for b in catalogue().values()]


@dataclass
class BenefitValues:
    """One benefit's values for its holders in a chunk (persons or families)."""

    holder_family: numpy.ndarray  # local family index of each holder
    status: numpy.ndarray  # int16 status index per holder
    amount: numpy.ndarray  # float64, 0 unless entitled
    range_low: numpy.ndarray  # float64, 0 unless a range applies
    range_high: numpy.ndarray
    caveat: numpy.ndarray  # int8 caveat code of the holder's amount (rate_caveats.py); 0 for a right not in kroner

    @property
    def shows_money(self) -> numpy.ndarray:
        """Holders with an amount or a range: those an answer qualifies by the rates behind it."""
        return (self.amount != 0) | (self.range_high > 0)


def read_values(simulation, outputs: BenefitOutputs, arrays, computed: dict, on) -> BenefitValues:
    """Holders' values on the date `on`; `computed` maps (variable, period) → array and is filled as a cache."""
    system = simulation.tax_benefit_system

    def column(name):
        key = (name, outputs.period)
        if key not in computed:
            computed[key] = numpy.asarray(simulation.calculate(name, outputs.period))
        return computed[key]

    index, holder_family = holders(outputs, arrays, system)
    status = column(outputs.status)[index].astype(numpy.int16)
    zero = numpy.zeros(len(index))
    amount = numpy.where(status == ENTITLED, column(outputs.amount)[index], 0.0) if outputs.amount else zero
    low, high = zero, zero
    if outputs.range_high:
        high = column(outputs.range_high)[index].astype(numpy.float64)
        in_range = numpy.isin(status, RANGE_STATUSES) & (high > 0)
        high = numpy.where(in_range, high, 0.0)
        low = numpy.where(in_range, column(outputs.range_low)[index], 0.0)
    caveat = (holder_caveats(system, outputs.benefit, on, lambda name: column(name)[index], len(index)) if outputs.is_money
              else numpy.zeros(len(index), dtype=numpy.int8))
    return BenefitValues(holder_family, status, amount.astype(numpy.float64), numpy.asarray(low, numpy.float64), high, caveat)


def holders(outputs: BenefitOutputs, arrays, system) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Indices into the status variable's entity, and each holder's family."""
    if system.variables[outputs.status].entity.key == "familie":
        families = numpy.arange(arrays.families)
        return families, families
    role_is_child = outputs.benefit.holder == "child"
    mask = arrays.is_child if role_is_child else ~arrays.is_child
    if outputs.benefit.holder == "family":
        mask = numpy.ones(arrays.persons, dtype=bool)
    index = numpy.flatnonzero(mask)
    return index, arrays.person_family[index]
