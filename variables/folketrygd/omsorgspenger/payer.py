"""Who pays the omsorgsdager (ftrl §§ 9-8, 9-9): the employer, the caregiver, or NAV.

An employer pays the care allowance and bears the first 10 days of each calendar
year; NAV refunds the days beyond 10 (§ 9-8 third ledd), and refunds every day
when the employee only has the care of chronically ill or disabled children over
12 (fourth ledd). Frilansere and selvstendig næringsdrivende have no employer and
cover the first 10 days themselves (ventetid); NAV pays from day 11 (§ 9-9;
Prop. 7 L (2022–2023) chapter 5.1.1). Only the certain days are split; days in
the open range are not.
"""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import YearlyDays
from openfisca_asb.rules.work_situations import work_kind


class omsorgsdager_employer_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager arbeidsgiveren betaler uten refusjon, høyst de første 10 (days the employer pays and bears)"
    reference = ftrl("9-8", ledd=(3, 4))

    def formula(person, period, parameters):
        """An employee's employer pays the first 10 days of the year and bears them (ftrl § 9-8), unless the
        only counted children are chronically ill children past the year they turn 12: then NAV refunds
        every day.
        """
        period_days = parameters(period).folketrygd.omsorgspenger.employer_period
        days = person("omsorgsdager_days", period)
        employer_bears = _works_as(person, period, "employee") * numpy.logical_not(
            person("omsorgspenger_only_chronic_over_12", period)
        )
        return numpy.where(employer_bears, numpy.minimum(days, period_days), 0)


class omsorgsdager_own_risk_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager frilansere og selvstendig næringsdrivende dekker selv, de første 10 (ventetid: days without pay for the self-employed)"
    reference = ftrl("9-9")

    def formula(person, period, parameters):
        """A frilanser or self-employed person bears the first 10 days of the year without pay (ftrl § 9-9)."""
        waiting = parameters(period).folketrygd.omsorgspenger.waiting_days_without_employer
        without_employer = _works_as(person, period, "frilanser") + _works_as(person, period, "self_employed")
        return numpy.where(without_employer, numpy.minimum(person("omsorgsdager_days", period), waiting), 0)


class omsorgsdager_nav_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager NAV betaler eller refunderer, normalt fra dag 11 (days paid or refunded by NAV)"
    reference = ftrl("9-9")

    def formula(person, period):
        """The days NAV pays or refunds: the caregiver's days less those the employer bears and those the
        caregiver bears.
        """
        days = person("omsorgsdager_days", period)
        return days - person("omsorgsdager_employer_days", period) - person("omsorgsdager_own_risk_days", period)


def _works_as(person, period, kind):
    """Whether the caregiver's work (beside dagpenger or AAP, for a parent on either) is of `kind`."""
    return work_kind(person, period) == kind
