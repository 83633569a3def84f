"""The chapter-9 daily rate (ftrl § 9-15): computed as for sykepenger.

Pleiepenger and opplæringspenger both pay 100 % of the income basis, capped at
6G, per weekday: dagsats = basis / 260.
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import MonthlyAmount


class chapter_9_daily_rate(MonthlyAmount):
    entity = Person
    label = "Dagsats etter folketrygdloven § 9-15: beregningsgrunnlag opptil 6G delt på 260, hele kroner (daily rate at 100 %, whole kroner)"
    reference = ftrl("9-15")
    # Rounding to whole kroner, halves up, as NAV's ft-beregning does for each share
    # (FastsettDagsatsPrAndel: divide(260, 0, HALF_UP); see calculation_basis.py). With a
    # refund claim the total is the sum of two separately rounded shares, and can differ by
    # 1 kr from one rounding of the whole. G is the one in force on the first day of the
    # month, so the cap moves on 1 May.

    def formula(person, period):
        """The daily rate at 100 % (ftrl § 9-15, computed as for sykepenger): the yearly income basis, capped
        at 6G, divided by 260 working days in whole kroner – the sum of the share refunded to the employer and
        the share paid to the caregiver, each rounded on its own as NAV does; 0 while the income is not given.
        """
        return person("chapter_9_daily_rate_to_employer", period) + person("chapter_9_daily_rate_to_member", period)
