"""The chapter-9 daily rate (ftrl § 9-15): computed as for sykepenger.

Pleiepenger and opplæringspenger both pay 100 % of the income basis, capped at
6G, per weekday: dagsats = basis / 260.
"""

import numpy

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount


class chapter_9_daily_rate(MonthlyAmount):
    entity = Person
    label = "Dagsats etter folketrygdloven § 9-15: beregningsgrunnlag opptil 6G delt på 260, hele kroner (daily rate at 100 %, whole kroner)"
    reference = ftrl("9-15")
    # Rounding to whole kroner is a modelling choice: NAV's rounding of the daily
    # rate is not verified (RULES.md § 4.5). G is the one in force on the first
    # day of the month, so the cap moves on 1 May.

    def formula(person, period, parameters):
        """The daily rate at 100 % (ftrl § 9-15, computed as for sykepenger): the yearly income basis, capped
        at 6G, divided by 260 working days, in whole kroner; 0 while the income is not given.
        """
        law = parameters(period).folketrygd
        common = law.sykepenger_common
        income = person("yearly_income", period)
        basis = numpy.minimum(numpy.maximum(income, 0), common.income_cap_g * law.grunnbelop)
        return numpy.where(is_given(income), whole_kroner(basis / common.working_days_per_year), 0)
