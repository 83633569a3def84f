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
from this law but from omsorgspenger. The employer cannot refuse leave the law gives:
the status is *entitled*, not *to be assessed*.
"""

import numpy
from openfisca_core.periods import YEAR

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import max_over_role
from openfisca_asb.rules.provisions import aml, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import NOT_MET, UNKNOWN, all_of
from openfisca_asb.rules.variable_bases import ChildRightStatus


class permisjon_barns_sykdom_condition_child(Condition):
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom: omsorg for barn til og med året det fyller 12 år (18 ved kronisk sykdom), eller overførte eller fordelte omsorgsdager (care of a child under the age limits, or care days received by transfer or distribution)"
    reference = [aml("12-9", ledd=1), ftrl("9-6", ledd=(5, 6))]

    def formula(person, period):
        """Met when the caregiver has the care of a child that counts this calendar year (to the year it turns
        12, or 18 when NAV has accepted chronic illness) or has received omsorgsdager: by transfer from a spouse
        or samboer (ftrl § 9-6 sjette ledd), or as a samværsforelder by distribution from the parent alone in the
        daily care (femte ledd) – «Arbeidstaker har alltid rett til permisjon når det ytes omsorgspenger», and
        those days are omsorgspenger the employer pays (review s23 caseworker M1). So this is omsorgspenger's
        `omsorgspenger_condition_counted_child`, but for one open question. Omsorgspenger leave a family that lists no
        child unknown (not reached, review s16c). Here an open question stays open only where a child of the family may
        count: days are distributed only by a parent alone in the daily care of a child who counts this year, so where
        none may (none listed, or not yet born) none can have been, whatever samvær is answered – not met."""
        counted_child = person("omsorgspenger_condition_counted_child", period)
        familie = person.simulation.populations["familie"]
        counted = person("omsorgspenger_counted_children_max", period)
        a_child_may_count = familie.project(max_over_role(familie, counted, Familie.CAREGIVER)) > 0
        open_without_a_child = (counted_child == UNKNOWN) * numpy.logical_not(a_child_may_count)
        return numpy.where(open_without_a_child, NOT_MET, counted_child).astype(numpy.int16)


class permisjon_barns_sykdom_conditions(Condition):
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom: alle vilkår for rett til permisjon (all conditions combined)"
    reference = aml("12-9")

    def formula(person, period):
        """Kleene AND: an employee with the care of a counted child."""
        return all_of(
            person("arbeidsliv_condition_employee", period),
            person("permisjon_barns_sykdom_condition_child", period),
        )


class permisjon_barns_sykdom_status(ChildRightStatus, while_alive="permisjon_barns_sykdom_condition_child_lived_in_year"):
    entity = Person
    definition_period = YEAR
    label = "Permisjon ved barns sykdom (leave when a child is ill), status"
    reference = aml("12-9")

    def formula(person, period):
        """Entitled when the conditions are met and the number of days is settled (NAV's acceptance of
        chronic illness and being temporarily alone are known, and the days given away to another caregiver of the
        family); missing information while they are not."""
        return status_from(all_of(
            person("permisjon_barns_sykdom_conditions", period),
            person("omsorgspenger_condition_days_settled", period),
            person("omsorgspenger_condition_days_given_known", period),
        ))
