"""Days transferred between spouses or samboere (ftrl § 9-6), and the quota after transfers.

Up to 10 days can be transferred to a spouse, or to a samboer after 12 months
together. Received days are capped at 10 and added to the receiver's own quota;
days given away (also at most 10) are taken from the giver's. The COVID
doubling applies to the own quota only. NAV's calculator instead counts received
ordinary days only beyond the receiver's own grunnrett; the law text read does not
say so, and that netting is not coded.
"""

import numpy
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class omsorgsdager_received_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Overførte omsorgsdager mottatt, høyst 10 (days received by transfer, capped)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """Days received by transfer from a spouse or samboer, at most 10 (ftrl § 9-6)."""
        cap = parameters(period).folketrygd.omsorgspenger.transfer_cap
        return numpy.clip(person("omsorgsdager_received_by_transfer", period), 0, cap)


class omsorgsdager_given_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager overført til ektefelle eller samboer, høyst 10 (days transferred away, capped)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """Days transferred to a spouse or samboer, at most 10 (ftrl § 9-6)."""
        cap = parameters(period).folketrygd.omsorgspenger.transfer_cap
        return numpy.clip(person("omsorgsdager_transferred_away", period), 0, cap)


class omsorgsdager_transfer_capped(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Overføringen er større enn 10 dager og er avkortet (a transfer above the 10-day cap was cut)"
    reference = ftrl("9-6")

    def formula(person, period):
        """Whether a transfer given or received was above the 10-day cap and was cut."""
        received_cut = person("omsorgsdager_received_by_transfer", period) > person("omsorgsdager_received_days", period)
        given_cut = person("omsorgsdager_transferred_away", period) > person("omsorgsdager_given_days", period)
        return received_cut + given_cut


class omsorgsdager_quota(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager etter overføringer, før vilkårene prøves (quota after transfers; unknown facts counted as no)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The own quota plus days received, less days given away, before the conditions are tried; unknown
        facts count as no.
        """
        return _after_transfers(person, period, person("omsorgsdager_own_days", period))


class omsorgsdager_quota_max(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager etter overføringer hvis ukjente forhold avgjøres til fordel for familien (quota after transfers; unknown facts counted as yes)"
    reference = ftrl("9-6")

    def formula(person, period):
        """The same quota after transfers, with unknown facts counted in the family's favour."""
        return _after_transfers(person, period, person("omsorgsdager_own_days_max", period))


def _after_transfers(person, period, own_days):
    received = person("omsorgsdager_received_days", period)
    given = person("omsorgsdager_given_days", period)
    return numpy.maximum(own_days + received - given, 0)
