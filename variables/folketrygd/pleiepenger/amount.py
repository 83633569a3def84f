"""Utbetaling (ftrl § 9-15): 100 % of the income basis, capped at 6G, per weekday at the grade."""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.variable_bases import MonthlyAmount


class pleiepenger_amount(MonthlyAmount):
    entity = Person
    label = "Pleiepenger for sykt barn, beløp for måneden: dagsats × grad, hele kroner, × virkedager (amount for the month)"
    reference = ftrl("9-15")
    # Modelling choice: the graded daily amount is rounded to whole kroner before
    # it is multiplied by the weekdays (Monday–Friday) with a right; public holidays
    # are not taken out. Every weekday before the child turns 18 (and after a death,
    # for the period § 9-10 fourth ledd sets) is assumed to be a care day.

    def formula(person, period):
        """For an entitled caregiver: the daily rate (ftrl § 9-15) times the grade, in whole kroner, times the
        weekdays in the month.
        """
        entitled = person("pleiepenger_status", period) == Status.entitled
        daily = whole_kroner(person("chapter_9_daily_rate", period) * person("pleiepenger_grade", period) / 100)
        return numpy.where(entitled, daily * person("pleiepenger_weekdays", period), 0)

