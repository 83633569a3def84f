"""Grunnstønad (ftrl § 6-3): which extra costs count towards the sats.

Transport (bokstav b) counts only if its conditions were met before age 70: «Grunnstønad til
dekning av utgifter til transport ytes bare når vilkårene for rett til stønad er oppfylt før
fylte 70 år» (ftrl § 6-3 fjerde ledd; tredje ledd before 1 March 2019, provisions.py). The
model does not ask when they were met: it counts transport while the person is under 70
(always, for a child). A person of 70 or more who met the transport conditions before 70
keeps that right; this is not modelled (a simplification for adults).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import GRUNNSTONAD_TRANSPORT_BEFORE_70, ftrl
from openfisca_asb.rules.tristate import is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount


class grunnstonad_transport_counts(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = (
        "Grunnstønad: transportutgifter regnes med – loven krever at vilkårene var oppfylt før fylte 70 år; modellen "
        "regner dem med mens personen er under 70 (transport costs count: the law requires the conditions to have been "
        "met before age 70; the model counts them while the person is under 70)"
    )
    reference = GRUNNSTONAD_TRANSPORT_BEFORE_70

    def formula(person, period, parameters):
        """Extra costs for transport count only when the conditions were met before the age of 70 (ftrl § 6-3 fjerde
        ledd); modelled as the person being under 70 on the day before the month (always, for a child): conditions met
        that day were met «før fylte 70 år», so the month of the 70th birthday counts them whatever its day, the 1st too
        (review s24 caseworker M1).
        """
        limit = parameters(period).folketrygd.grunnstonad.transport_age_limit
        return person("age_before_the_month", period) < limit


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
    label = (
        "Grunnstønad: ekstrautgifter per år som regnes med, § 6-3 første ledd bokstav a–c og f–h, d og e til 2020 "
        "(yearly extra costs counted; a cost not given counts 0)"
    )
    reference = ftrl("6-3", ledd=1)

    def formula(person, period):
        """The yearly extra costs under ftrl § 6-3 første ledd that count (bokstav a–c and f–h; d, telephone, and e,
        prostheses, repealed from 1 January 2020 by Prop. 10 L (2019–2020)): the other extra costs plus
        transport costs where they count; a cost not given counts as 0.
        """
        extra = person("grunnstonad_yearly_extra_costs", period)
        transport = person("grunnstonad_yearly_transport_costs", period)
        counts = person("grunnstonad_transport_counts", period)
        return numpy.maximum(extra, 0) + numpy.where(counts, numpy.maximum(transport, 0), 0)
