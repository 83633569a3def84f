"""Omsorgsstønad: an indicative monthly amount, where the kommune's hourly rate is known.

There is no national rate. A kommune's published hourly rate may be recorded in
parameters/kommune/omsorgsstonad/hourly_rate/kommune_<kommunenummer>.yaml; with it and
the caregiver's hours of care, the upper end of the range is
hourly rate × hours per week × 52 / 12. The kommune usually pays for some of the hours
only, and may grant no omsorgsstønad at all, so the lower end is 0.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_GIVEN, Answer, is_given
from openfisca_asb.rules.money import whole_kroner

HOL_3_6 = "https://lovdata.no/lov/2011-06-24-30/§3-6"
KOMMUNE_PREFIX = "kommune_"

# 52 weeks / 12 months: a convention for an indication, not a rule of law.
WEEKS_PER_MONTH = 52 / 12


class OmsorgsstonadReason(Enum):
    none = "Ingen særskilt begrensning (no binding rule)"
    hjelpestonad_first = "Søk også hjelpestønad: den går foran, og kommunen kan ta hensyn til den (apply for hjelpestønad too: it comes first)"
    no_kommune_rate = "Kommunens timesats er ikke kjent (the kommune's hourly rate is not known)"
    hours_not_given = "Timer omsorgsarbeid er ikke oppgitt (hours of care not given)"
    indicative_amount = "Veiledende beløp ut fra kommunens timesats (indicative amount from the kommune's hourly rate)"


class omsorgsstonad_hourly_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Omsorgsstønad: kommunens publiserte timesats (the kommune's published hourly rate; -1 when not known)"
    reference = HOL_3_6 + " første ledd nr. 3"

    def formula(person, period, parameters):
        kommune = person.familie("kommunenummer", period).astype(str)  # OpenFisca stores str facts as bytes
        rates = parameters(period).kommune.omsorgsstonad.hourly_rate
        rate = numpy.full(person.count, NOT_GIVEN, dtype=float)
        for key in rates:  # one pass per kommune with a published rate, not per person
            rate = numpy.where(kommune == key.removeprefix(KOMMUNE_PREFIX), rates[key], rate)
        return rate


class omsorgsstonad_amount_min(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Omsorgsstønad, lowest possible monthly amount: 0, the kommune may meet the need otherwise"
    reference = HOL_3_6 + " første ledd nr. 3"

    def formula(person, period):
        return person.filled_array(0.0)


class omsorgsstonad_amount_max(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = (
        "Omsorgsstønad, veiledende månedsbeløp: kommunens timesats × timer per uke × 52 / 12, hele kroner "
        "(indicative upper estimate while to be assessed; 0 when the rate or the hours are not known)"
    )
    reference = HOL_3_6 + " første ledd nr. 3"

    def formula(person, period):
        assessed = person("omsorgsstonad_status", period) == Status.to_be_assessed
        rate = person("omsorgsstonad_hourly_rate", period)
        hours = person("care_hours_per_week", period)
        known = is_given(rate) * is_given(hours)
        monthly = whole_kroner(rate * hours * WEEKS_PER_MONTH)
        return numpy.where(assessed * known, monthly, 0)


class omsorgsstonad_reason(Variable):
    value_type = Enum
    possible_values = OmsorgsstonadReason
    default_value = OmsorgsstonadReason.none
    entity = Person
    definition_period = MONTH
    label = "Omsorgsstønad: hva som avgjør beløpet eller avslaget (what bound the amount or the refusal)"
    reference = HOL_3_6 + " første ledd nr. 3"

    def formula(person, period):
        assessed = person("omsorgsstonad_status", period) == Status.to_be_assessed
        # Ftrl § 6-4 last ledd orders hjelpestønad first; it is advice, never a refusal.
        not_applied = assessed * (person.familie("hjelpestonad_applied_for", period) == Answer.no)
        rate_known = is_given(person("omsorgsstonad_hourly_rate", period))
        hours_known = is_given(person("care_hours_per_week", period))
        return numpy.select(
            [
                not_applied,
                assessed * numpy.logical_not(rate_known),
                assessed * numpy.logical_not(hours_known),
                assessed,
            ],
            [
                OmsorgsstonadReason.hjelpestonad_first.index,
                OmsorgsstonadReason.no_kommune_rate.index,
                OmsorgsstonadReason.hours_not_given.index,
                OmsorgsstonadReason.indicative_amount.index,
            ],
            OmsorgsstonadReason.none.index,
        )
