"""The leave days under aml § 12-9: the omsorgspenger days of ftrl § 9-6 after transfers (see conditions.py)."""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import aml
from openfisca_asb.rules.tristate import Outcome
from openfisca_asb.rules.variable_bases import YearlyDays


class permisjon_barns_sykdom_days(YearlyDays):
    entity = Person
    label = "Dager med permisjon ved barns sykdom i kalenderåret, sikre dager (leave days this year; unknown facts counted as no)"
    reference = aml("12-9", ledd=(1, 2))

    def formula(person, period):
        """The omsorgspenger days after transfers, counting unknown facts as no; 0 unless the conditions are met."""
        met = person("permisjon_barns_sykdom_conditions", period) == Outcome.met
        return numpy.where(met, person("omsorgsdager_quota", period), 0)


class permisjon_barns_sykdom_days_max(YearlyDays):
    entity = Person
    label = "Dager med permisjon ved barns sykdom i kalenderåret, høyst (leave days if unknown facts are in the family's favour)"
    reference = aml("12-9", ledd=(1, 2))

    def formula(person, period):
        """The days if every unknown fact turns out in the family's favour; 0 when a condition is not met."""
        possible = person("permisjon_barns_sykdom_conditions", period) != Outcome.not_met
        return numpy.where(possible, person("omsorgsdager_quota_max", period), 0)
