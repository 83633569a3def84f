"""Hjelpestønad (ftrl § 6-4): the ordinary rate for a child's extra care need."""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus, MonthlyAmount


class hjelpestonad_status(ChildRightStatus, conditions="hjelpestonad_conditions", while_alive="hjelpestonad_condition_child_alive"):
    entity = Person
    label = "Hjelpestønad (assistance allowance), status"
    reference = ftrl("6-4")


class hjelpestonad_monthly_rate(MonthlyAmount):
    entity = Person
    label = "Hjelpestønad, ordinær sats per måned (ordinary rate per month: yearly rate / 12, whole kroner)"
    reference = ftrl("6-4", ledd=2)

    def formula(person, period, parameters):
        """Stortinget sets a yearly rate (ftrl § 6-4 andre ledd); the monthly rate is a twelfth of it, in whole
        kroner.
        """
        yearly = parameters(period).folketrygd.hjelpestonad.ordinary_yearly_rate
        return whole_kroner(yearly / 12) * person.filled_array(1)


class hjelpestonad_amount(MonthlyAmount):
    entity = Person
    label = "Hjelpestønad (assistance allowance), monthly amount at the ordinary rate"
    reference = ftrl("6-4")
    documentation = "Zero where forhøyet hjelpestønad is granted: that rate replaces the ordinary one."

    def formula(person, period):
        """The ordinary monthly rate when the child is entitled, unless forhøyet hjelpestønad is granted: its
        higher rate replaces the ordinary one.
        """
        entitled = person("hjelpestonad_status", period) == Status.entitled
        replaced = person("forhoyet_hjelpestonad_status", period) == Status.entitled
        return numpy.where(entitled * numpy.logical_not(replaced), person("hjelpestonad_monthly_rate", period), 0)


class HjelpestonadReason(Enum):
    none = "Ingen særskilt begrensning (no particular constraint)"
    replaced_by_forhoyet = "Betales som forhøyet hjelpestønad (paid as the increased allowance)"


class hjelpestonad_reason(BenefitReason, values=HjelpestonadReason):
    entity = Person
    label = "Hjelpestønad: begrunnelseskode (why the ordinary amount is what it is)"
    reference = [ftrl("6-4"), ftrl("6-5", ledd=2)]

    def formula(person, period):
        """Says why the ordinary amount (ftrl § 6-4) is zero although the child is entitled: forhøyet hjelpestønad,
        «2, 4 eller 6 ganger ordinær hjelpestønad» (§ 6-5 andre ledd), is paid instead.
        """
        replaced = person("forhoyet_hjelpestonad_status", period) == Status.entitled
        return numpy.where(replaced, HjelpestonadReason.replaced_by_forhoyet.index, HjelpestonadReason.none.index)
