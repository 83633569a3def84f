"""Toppfinansiering: tilskudd til særlig ressurskrevende helse- og omsorgstjenester.

Not a right of the family: a yearly grant from the state to the kommune, per
service recipient under 67 (Helsedirektoratet, rundskriv IS-4/<year>):

    refusjon = kompensasjonsgrad × max(0, direkte lønnskostnader − øremerkede
               tilskudd − brukerbetaling [− fratrekk for utviklingshemmede 16+]
               − innslagspunkt)

The period is the tilskudd year: the kommune applies by early May and is paid
in that year, for the direct wage costs of the year before. The grant is not
statutory (statsbudsjettet kap. 575 post 60); the kommune's own duty to fund
the services is hol § 11-1. Formulas start in 2021, the first year whose
threshold, rate and deduction were all found; before, the status is *to be
assessed* (Helsedirektoratet decides) and no amount is given.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import HDIR, hol
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, FactAnswer, all_of, from_bool, index, is_given
from openfisca_asb.rules.variable_bases import BenefitReason, YearlyAmount


class ToppfinansieringReason(Enum):
    none = "Ingen (none)"
    rates_not_in_model = "Modellen har ikke innslagspunkt og kompensasjonsgrad før 2021 (no threshold or rate in the model before 2021)"
    below_innslagspunkt = "Kostnadene er ikke over innslagspunktet (costs not above the threshold)"
    over_age_limit = "Mottakeren er over 67 år (the recipient is over 67)"


class toppfinansiering_cost_year_age(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Alder i kostnadsåret, året før tilskuddsåret (the age the recipient turns in the year the costs were incurred)"
    reference = HDIR

    def formula(person, period):
        """The age the recipient turns in the cost year, the year before the grant year."""
        return person("calendar_year_age", period.offset(-1))


class toppfinansiering_condition_age(Condition):
    entity = Person
    definition_period = YEAR
    label = "Toppfinansiering: mottakeren er ikke over 67 år i kostnadsåret, året før tilskuddsåret (the recipient is not over 67 in the cost year)"
    reference = HDIR

    def formula_2021_01_01(person, period, parameters):
        """The grant covers recipients up to 67 in the cost year (Helsedirektoratet's rundskriv for the year)."""
        limit = parameters(period).stat.toppfinansiering.age_limit
        return from_bool(person("toppfinansiering_cost_year_age", period) <= limit)


class toppfinansiering_intellectual_disability_deduction(YearlyAmount):
    entity = Person
    label = "Fratrekk for psykisk utviklingshemmede 16 år og over (deduction for the rammetilskudd share; 0 unless it applies)"
    reference = HDIR

    def formula_2021_01_01(person, period, parameters):
        """For a recipient with an intellectual disability aged 16 or over, a fixed deduction (the share
        covered by rammetilskuddet); 0 where it does not apply.
        """
        deduction = parameters(period).stat.toppfinansiering.intellectual_disability_deduction
        return numpy.where(_deduction_applies(person, period, deduction), deduction.amount, 0)


class toppfinansiering_kommune_cost(YearlyAmount):
    entity = Person
    label = (
        "Kommunens kostnad: direkte lønnskostnader minus øremerkede tilskudd og brukerbetaling, kroner per år "
        "(the kommune's own cost before toppfinansiering; 0 while a figure is not given)"
    )
    reference = hol("11-1")

    def formula(person, period):
        """The kommune's own cost: direct wage costs minus earmarked grants and user payments, per year, never
        below 0; 0 while a figure is not given.
        """
        wages, grants, payments = _costs(person, period)
        known = is_given(wages) * is_given(grants) * is_given(payments)
        return numpy.where(known, numpy.maximum(wages - grants - payments, 0), 0)


class toppfinansiering_condition_above_innslagspunkt(Condition):
    entity = Person
    definition_period = YEAR
    label = "Toppfinansiering: kommunens netto lønnskostnader er over innslagspunktet (net direct wage costs exceed the threshold)"
    reference = HDIR

    def formula_2021_01_01(person, period, parameters):
        """The net direct wage costs, after the deduction, must exceed the threshold (innslagspunkt): not met
        when even the highest reading does not; unknown when a figure that could change it is missing.
        """
        toppfinansiering = parameters(period).stat.toppfinansiering
        wages, grants, payments = _costs(person, period)
        # Unknown grants, payments or disability count as 0: this is the most the net cost can be.
        deduction = toppfinansiering.intellectual_disability_deduction
        highest_net = wages - numpy.maximum(grants, 0) - numpy.maximum(payments, 0)
        highest_net = highest_net - numpy.where(_deduction_applies(person, period, deduction), deduction.amount, 0)
        all_known = is_given(grants) * is_given(payments) * _deduction_known(person, period, deduction)
        above = numpy.where(all_known, MET, UNKNOWN)
        outcome = numpy.where(highest_net > toppfinansiering.innslagspunkt, above, NOT_MET)
        return numpy.where(is_given(wages), outcome, UNKNOWN).astype(numpy.int16)


class toppfinansiering_conditions(Condition):
    entity = Person
    definition_period = YEAR
    label = "Toppfinansiering: alle vilkår (all conditions, combined)"
    reference = HDIR

    def formula(person, period):
        """The age rule and costs above the threshold. Kleene AND."""
        return all_of(
            person("toppfinansiering_condition_age", period),
            person("toppfinansiering_condition_above_innslagspunkt", period),
        )


class toppfinansiering_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = YEAR
    label = "Toppfinansiering (state grant for resource-intensive services), status: entitled means the kommune can claim"
    reference = HDIR

    def formula(person, period):
        """Before 2021 the model holds no threshold or rate: the grant existed, so Helsedirektoratet's
        assessment of the kommune's claim decides (to be assessed), never a question the family could answer.
        """
        return numpy.full(person.count, Status.to_be_assessed.index, dtype=numpy.int16)

    def formula_2021_01_01(person, period):
        """Entitled (the kommune can claim) when every condition is met, not entitled when one is not met,
        missing information otherwise.
        """
        return status_from(person("toppfinansiering_conditions", period))


class toppfinansiering_basis(YearlyAmount):
    entity = Person
    label = "Refusjonsgrunnlag: kommunens kostnad minus fratrekk og innslagspunkt, minst 0 (the amount above the threshold)"
    reference = HDIR

    def formula_2021_01_01(person, period, parameters):
        """The amount above the threshold: the kommune's cost minus the deduction and the innslagspunkt, at
        least 0.
        """
        above = person("toppfinansiering_kommune_cost", period) - person("toppfinansiering_intellectual_disability_deduction", period)
        return numpy.maximum(above - parameters(period).stat.toppfinansiering.innslagspunkt, 0)


class toppfinansiering_amount(YearlyAmount):
    entity = Person
    label = "Toppfinansiering: statens refusjon til kommunen, kroner per år (the state's reimbursement to the kommune)"
    reference = HDIR

    def formula_2021_01_01(person, period, parameters):
        """The state's reimbursement: the compensation rate times the basis, in whole kroner, when the kommune
        can claim.
        """
        rate = parameters(period).stat.toppfinansiering.compensation_rate
        entitled = person("toppfinansiering_status", period) == Status.entitled
        # No rounding rule was found; whole kroner keeps float32 noise out of the answer.
        return numpy.where(entitled, whole_kroner(rate * person("toppfinansiering_basis", period)), 0)


class toppfinansiering_kommune_net_cost(YearlyAmount):
    entity = Person
    label = "Kommunens nettokostnad etter toppfinansiering, kroner per år (the kommune's cost after the state's reimbursement)"
    reference = hol("11-1")

    def formula(person, period):
        """The kommune's cost after the state's reimbursement."""
        return person("toppfinansiering_kommune_cost", period) - person("toppfinansiering_amount", period)


class toppfinansiering_reason(BenefitReason, values=ToppfinansieringReason):
    entity = Person
    definition_period = YEAR
    label = "Toppfinansiering: hvorfor ingen refusjon (why the kommune gets nothing: over 67, or not above the threshold)"
    reference = HDIR

    def formula(person, period):
        """Before 2021 the model holds no threshold or rate, so it cannot say what bound the result."""
        return numpy.full(person.count, ToppfinansieringReason.rates_not_in_model.index, dtype=numpy.int16)

    def formula_2021_01_01(person, period):
        """Why the kommune gets nothing: the recipient is over the age limit, or the costs are not above the
        threshold.
        """
        over_age = index(person("toppfinansiering_condition_age", period)) == NOT_MET
        below = index(person("toppfinansiering_condition_above_innslagspunkt", period)) == NOT_MET
        return numpy.select(
            [over_age, below],
            [ToppfinansieringReason.over_age_limit.index, ToppfinansieringReason.below_innslagspunkt.index],
            ToppfinansieringReason.none.index,
        )


def _costs(person, period):
    return (
        person("toppfinansiering_direct_wage_costs", period),
        person("toppfinansiering_earmarked_grants", period),
        person("toppfinansiering_user_payments", period),
    )


def _counted_as_16_or_over(person, period, deduction):
    """The rundskriv counts those born `born_years_before` years before the tilskudd year, or earlier, as 16 and over."""
    return person("calendar_year_age", period) >= deduction.born_years_before


def _deduction_applies(person, period, deduction):
    disabled = person("has_intellectual_disability", period) == FactAnswer.yes
    return disabled * _counted_as_16_or_over(person, period, deduction)


def _deduction_known(person, period, deduction):
    answered = person("has_intellectual_disability", period) != FactAnswer.unknown
    return answered + numpy.logical_not(_counted_as_16_or_over(person, period, deduction))
