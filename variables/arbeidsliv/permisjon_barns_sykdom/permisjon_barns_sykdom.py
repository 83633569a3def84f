"""Leave when a child is ill (arbeidsmiljøloven § 12-9), a right against the employer.

An employee (full or part time, fixed or temporary) who has the care of a child has
the right to leave to supervise the ill child, to go with it to the doctor or other
health follow-up, and when the usual carer is ill, up to and including the calendar
year the child turns 12 – 10 days a year with one or two children, 15 with more, and
20 / 30 when alone with the care (Arbeidstilsynet). A chronically ill or disabled child
extends the right as the omsorgspenger days do (ftrl §§ 9-5, 9-6), to the year the child
turns 18; NAV decides that extension. "Arbeidstaker har alltid rett til permisjon når
det ytes omsorgspenger, pleiepenger eller opplæringspenger" (secondary). So the leave
days are the caregiver's omsorgspenger days under § 9-6 after transfers
(`omsorgsdager_quota`). Unlike the pay, the leave does not need four weeks in work
(ftrl § 9-2 governs omsorgspenger only). § 12-9 fourth ledd (leave while a child under
18 is admitted, needs continuous care after discharge, or is very seriously ill) is
not counted in days here: it goes with pleiepenger and opplæringspenger. Pay is not
from this law but from omsorgspenger.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, all_of

AML_12_9 = "https://lovdata.no/lov/2005-06-17-62/§12-9"


class permisjon_barns_sykdom_condition_child(Variable):
    """Met when the caregiver has the care of a child that counts this calendar year (to the
    year it turns 12, or 18 when NAV has accepted chronic illness), or has received days by
    transfer; unknown while NAV's acceptance could still make a child count."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom: omsorg for barn til og med året det fyller 12 år (18 ved kronisk sykdom) (care of a child under the age limits)"
    reference = AML_12_9 + " første ledd"

    def formula(person, period):
        certain = person("omsorgspenger_counted_children", period) + person("omsorgsdager_received_days", period)
        possible = person("omsorgspenger_counted_children_max", period)
        return numpy.select([certain > 0, possible > 0], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


class permisjon_barns_sykdom_conditions(Variable):
    """Kleene AND of the conditions for a right to leave days: an employee with a counted child."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom: alle vilkår for rett til permisjon (all conditions combined)"
    reference = AML_12_9

    def formula(person, period):
        return all_of(
            person("arbeidsliv_condition_employee", period),
            person("permisjon_barns_sykdom_condition_child", period),
        )


class permisjon_barns_sykdom_status(Variable):
    """Entitled when the conditions are met and the number of days is settled; the employer
    cannot refuse leave the law gives."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom (leave when a child is ill), status"
    reference = AML_12_9

    def formula(person, period):
        return status_from(all_of(
            person("permisjon_barns_sykdom_conditions", period),
            person("omsorgspenger_condition_days_settled", period),
        ))


class permisjon_barns_sykdom_days(Variable):
    """The omsorgspenger days after transfers, counting unknown facts as no; 0 unless the
    conditions are met."""

    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "day"
    label = "Dager med permisjon ved barns sykdom i kalenderåret, sikre dager (leave days this year; unknown facts counted as no)"
    reference = AML_12_9

    def formula(person, period):
        met = person("permisjon_barns_sykdom_conditions", period) == Outcome.met
        return numpy.where(met, person("omsorgsdager_quota", period), 0)


class permisjon_barns_sykdom_days_max(Variable):
    """The leave days if every unknown fact turns out in the family's favour; 0 when a
    condition is not met."""

    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "day"
    label = "Dager med permisjon ved barns sykdom i kalenderåret, høyst (leave days if unknown facts are in the family's favour)"
    reference = AML_12_9

    def formula(person, period):
        possible = person("permisjon_barns_sykdom_conditions", period) != Outcome.not_met
        return numpy.where(possible, person("omsorgsdager_quota_max", period), 0)
