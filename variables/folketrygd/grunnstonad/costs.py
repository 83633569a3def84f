"""Grunnstønad (ftrl § 6-3): which extra costs count towards the sats.

Transport (bokstav b) counts only if its conditions were met before age 70. The
model does not ask about that: it counts transport while the person is under 70
(always, for a child). A person of 70 or more who met the transport conditions
before 70 keeps that right; this is not modelled (a simplification for adults).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount


class grunnstonad_transport_counts(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: transportutgifter regnes med, personen er under 70 år (transport costs count: under 70)"
    reference = ftrl("6-3")

    def formula(person, period, parameters):
        """Extra costs for transport count only when the conditions were met before the age of 70 (ftrl § 6-3);
        modelled as the person being under 70.
        """
        limit = parameters(period).folketrygd.grunnstonad.transport_age_limit
        return person("age", period) < limit


class grunnstonad_costs_complete(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Grunnstønad: alle utgiftene som regnes med er oppgitt (every counted cost is given)"
    reference = ftrl("6-3")

    def formula(person, period):
        """Every cost that counts has been given: the other extra costs, and the transport costs where they
        count.
        """
        transport_given = is_given(person("grunnstonad_yearly_transport_costs", period))
        transport_needed = person("grunnstonad_transport_counts", period)
        return is_given(person("grunnstonad_yearly_extra_costs", period)) * (transport_given + numpy.logical_not(transport_needed))


class grunnstonad_counted_costs(MonthlyAmount):
    entity = Person
    label = "Grunnstønad: ekstrautgifter per år som regnes med, § 6-3 bokstav a–g (yearly extra costs counted; a cost not given counts 0)"
    reference = ftrl("6-3")

    def formula(person, period):
        """The yearly extra costs under ftrl § 6-3 første ledd a–g that count: the other extra costs plus
        transport costs where they count; a cost not given counts as 0.
        """
        extra = person("grunnstonad_yearly_extra_costs", period)
        transport = person("grunnstonad_yearly_transport_costs", period)
        counts = person("grunnstonad_transport_counts", period)
        return numpy.maximum(extra, 0) + numpy.where(counts, numpy.maximum(transport, 0), 0)
