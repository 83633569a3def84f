"""Utbetaling (ftrl § 9-15): 100 % of the income basis, capped at 6G, per weekday at the grade."""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.calendar import weekdays_in
from openfisca_asb.entities import Person
from openfisca_asb.status import Status
from openfisca_asb.tristate import is_given
from openfisca_asb.money import whole_kroner

SECTION_9_15 = "https://lovdata.no/lov/1997-02-28-19/§9-15"


class pleiepenger_daily_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Pleiepenger: dagsats ved 100 % – beregningsgrunnlag opptil 6G delt på 260, hele kroner (daily rate at 100 %, whole kroner)"
    reference = SECTION_9_15
    # Rounding to whole kroner is a modelling choice: NAV's rounding of the
    # daily rate is not verified (RULES.md § 4.5). G is the one in force on the
    # first day of the month, so the cap moves on 1 May.

    def formula(person, period, parameters):
        law = parameters(period).folketrygd
        common = law.sykepenger_common
        income = person("yearly_income", period)
        basis = numpy.minimum(numpy.maximum(income, 0), common.income_cap_g * law.grunnbelop)
        return numpy.where(is_given(income), whole_kroner(basis / common.working_days_per_year), 0)


class pleiepenger_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Pleiepenger for sykt barn, beløp for måneden: dagsats × grad, hele kroner, × virkedager (amount for the month)"
    reference = SECTION_9_15
    # Modelling choice: the graded daily amount is rounded to whole kroner before
    # it is multiplied by the month's weekdays (Monday–Friday); public holidays
    # are not taken out. The whole month is assumed to be care days.

    def formula(person, period):
        entitled = person("pleiepenger_status", period) == Status.entitled
        daily = whole_kroner(person("pleiepenger_daily_rate", period) * person("pleiepenger_grade", period) / 100)
        return numpy.where(entitled, daily * weekdays_in(period), 0)

