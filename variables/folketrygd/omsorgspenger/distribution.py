"""Days distributed between parents who live apart (fordeling, ftrl § 9-6 fifth ledd).

"Selv om den ene av foreldrene er alene om den daglige omsorgen, kan stønadsdagene
fordeles mellom foreldrene i forhold til omfanget av avtalt samvær", on a written
declaration from both parents to NAV. Prop. 7 L (2022–2023) proposed that the days
may be distributed "etter avtale"; its final wording and commencement were not found.
Both readings let the parent alone in the daily care give days to the other parent,
who has samvær; the model takes the number of days the parents agreed (NAV decides
whether it fits the samvær) and checks only who may give, to whom, and that the
giver gives no more than their own days. See docs/adr/0022-omsorgsdager-fordeling.md:

- The giver: NAV's omsorgspenger-rammemeldinger (overføringer/Beregninger.kt,
  FordeltBortOmsorgsdager) subtracts the days fordelt from what the giver can still
  transfer to a spouse or samboer; the giver's own quota is reduced by them.
- The receiver (the samværsforelder): counted as received transfers are (ADR 0010):
  the certain quota counts them beyond the receiver's own grunnrett, as NAV's
  case-handler calculator counts all received days; the upper end adds them in full,
  as NAV's public calculator tells a samværsforelder to do.
"""

import numpy
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import FactAnswer, is_given
from openfisca_asb.rules.variable_bases import YearlyDays


class omsorgsdager_distributed_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager fordelt til den andre forelderen som teller: bare fra den som er alene om den daglige omsorgen, høyst egne dager (days distributed to the other parent, as counted)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period):
        """Days the caregiver has distributed to the other parent under their samvær agreement (ftrl § 9-6
        femte ledd). Only a parent alone in the daily care of a counted child may distribute, and no more than
        their own days; a number not given counts as none.
        """
        asked = numpy.maximum(person("omsorgsdager_distributed_away", period), 0)
        own = person("omsorgsdager_own_days", period)
        may_give = person("omsorgspenger_alone_in_daily_care", period)
        return numpy.where(may_give, numpy.minimum(asked, own), 0).astype(int)


class omsorgsdager_distribution_cut(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Fordelingen er avkortet: bare den som er alene om den daglige omsorgen kan fordele, høyst egne dager (a distribution was cut)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period):
        """Whether the days the caregiver says they distributed were cut: the caregiver is not alone in the
        daily care of a counted child, or distributed more days than their own.
        """
        asked = numpy.maximum(person("omsorgsdager_distributed_away", period), 0)
        return asked > person("omsorgsdager_distributed_days", period)


class omsorgsdager_received_by_distribution_days(YearlyDays):
    entity = Person
    label = "Omsorgsdager fordelt til samværsforelderen, når samvær er bekreftet (days received by distribution; none unless the caregiver has samvær)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period):
        """Days the other parent, alone in the daily care, has distributed to this caregiver (ftrl § 9-6
        femte ledd): they count when the caregiver has said they have samvær with the child; a number not
        given counts as none.
        """
        return _received(person, period, person("has_samvaer", period) == FactAnswer.yes)


class omsorgsdager_received_by_distribution_days_max(YearlyDays):
    entity = Person
    label = "Omsorgsdager fordelt til samværsforelderen hvis samvær ikke er avkreftet (days received by distribution, an unknown samvær counted as yes)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period):
        """The same days if an unknown answer about samvær turns out yes."""
        return _received(person, period, person("has_samvaer", period) != FactAnswer.no)


class omsorgsdager_distribution_may_be_received(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Kan ha fått fordelt omsorgsdager: en annen omsorgsperson i familien er alene om den daglige omsorgen, samvær er ikke avkreftet og antallet er ikke oppgitt (days may have been distributed to this caregiver)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period):
        """Parents who live apart: another caregiver in the family is alone in the daily care of a counted
        child, this caregiver is not, has not said they have no samvær, and has not said how many days were
        distributed to them. Then the days are an open question.
        """
        alone = person("omsorgspenger_alone_in_daily_care", period)
        others_alone = person.familie.sum(alone) - alone > 0
        open_samvaer = person("has_samvaer", period) != FactAnswer.no
        not_given = numpy.logical_not(is_given(person("omsorgsdager_received_by_distribution", period)))
        return person("is_caregiver", period) * numpy.logical_not(alone) * others_alone * open_samvaer * not_given


def _received(person, period, has_samvaer):
    days = numpy.maximum(person("omsorgsdager_received_by_distribution", period), 0)
    return numpy.where(has_samvaer, days, 0).astype(int)
