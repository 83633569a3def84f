"""Omsorgsstønad: an indicative monthly amount, where the kommune's hourly rate is known.

There is no national rate. A kommune's published hourly rate may be recorded in
parameters/kommune/omsorgsstonad/hourly_rate/kommune_<kommunenummer>.yaml; with it and
the caregiver's hours of care, the upper end of the range is
hourly rate × hours per week × 52 / 12. The kommune usually pays for some of the hours
only, and may grant no omsorgsstønad at all, so the lower end is 0.
"""

import numpy
from openfisca_core.indexed_enums import Enum

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import FOSTERHJEM_GODTGJORING, OMSORGSSTONAD_ASSESSMENT_PRACTICE, hol
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import NOT_GIVEN, FactAnswer, is_given
from openfisca_asb.rules.variable_bases import BenefitReason, MonthlyAmount

KOMMUNE_PREFIX = "kommune_"

# 52 weeks / 12 months: a convention for an indication, not a rule of law.
WEEKS_PER_MONTH = 52 / 12


class OmsorgsstonadReason(Enum):
    none = "Ingen særskilt begrensning (no binding rule)"
    not_necessary_or_not_wanted = "Svart nei på at omsorgen er nødvendig og ønsket: et moment kommunen vurderer, ikke et vilkår (said no to the care being necessary and wanted: a point the kommune weighs, not a condition)"
    hjelpestonad_first = "Søk også hjelpestønad: den går foran, og kommunen kan ta hensyn til den (apply for hjelpestønad too: it comes first)"
    fosterhjem_forsterkning = "Fosterforelder med forsterkning fra barnevernet for den samme omsorgen: vurderes (a foster parent paid forsterkning for the same care: weighed)"
    fosterhjem_godtgjoring = "Fosterforelder: barnevernets godtgjøring for omsorgen vurderes (a foster parent: barnevernet's pay for the care is weighed)"
    no_kommune_rate = "Kommunens timesats er ikke kjent (the kommune's hourly rate is not known)"
    hours_not_given = "Timer omsorgsarbeid er ikke oppgitt (hours of care not given)"
    indicative_amount = "Veiledende beløp ut fra kommunens timesats (indicative amount from the kommune's hourly rate)"


class omsorgsstonad_hourly_rate(MonthlyAmount):
    entity = Person
    label = "Omsorgsstønad: kommunens publiserte timesats (the kommune's published hourly rate; -1 when not known)"
    reference = hol("3-6", ledd=1, nr=3)

    def formula(person, period, parameters):
        """The hourly rate the family's kommune has published, where the parameters hold one; -1 (not known)
        otherwise. There is no national rate.
        """
        kommune = person.familie("kommunenummer", period).astype(str)  # OpenFisca stores str facts as bytes
        rates = parameters(period).kommune.omsorgsstonad.hourly_rate
        rate = numpy.full(person.count, NOT_GIVEN, dtype=float)
        for key in rates:  # one pass per kommune with a published rate, not per person
            rate = numpy.where(kommune == key.removeprefix(KOMMUNE_PREFIX), rates[key], rate)
        return rate


class omsorgsstonad_amount_min(MonthlyAmount):
    entity = Person
    label = "Omsorgsstønad, lowest possible monthly amount: 0, the kommune may meet the need otherwise"
    reference = hol("3-6", ledd=1, nr=3)

    def formula(person, period):
        """The lowest amount while the kommune assesses: 0, since it may meet the need with other measures (hol
        § 3-6).
        """
        return person.filled_array(0.0)


class omsorgsstonad_amount_max(MonthlyAmount):
    entity = Person
    label = (
        "Omsorgsstønad, veiledende månedsbeløp: kommunens timesats × timer per uke × 52 / 12, hele kroner "
        "(indicative upper estimate while to be assessed; 0 when the rate or the hours are not known)"
    )
    reference = hol("3-6", ledd=1, nr=3)

    def formula(person, period):
        """An indicative upper estimate while to be assessed: the kommune's hourly rate times the care hours
        per week times 52/12, in whole kroner; 0 when the rate or the hours are not known.
        """
        assessed = person("omsorgsstonad_status", period) == Status.to_be_assessed
        rate = person("omsorgsstonad_hourly_rate", period)
        hours = person("care_hours_per_week", period)
        known = is_given(rate) * is_given(hours)
        monthly = whole_kroner(rate * hours * WEEKS_PER_MONTH)
        return numpy.where(assessed * known, monthly, 0)


class omsorgsstonad_reason(BenefitReason, values=OmsorgsstonadReason):
    entity = Person
    label = "Omsorgsstønad: hva som avgjør beløpet eller avslaget (what bound the amount or the refusal)"
    reference = [hol("3-6", ledd=1, nr=3), OMSORGSSTONAD_ASSESSMENT_PRACTICE, FOSTERHJEM_GODTGJORING]

    def formula(person, period):
        """What the kommune's assessment may turn on, or what bound the amount: a «no» to the care being necessary and
        wanted (a point the kommune weighs, «Om omsorgarbeidet gjelder nødvendige omsorgsoppgaver» (Nordreisa kommune),
        not a condition of hol § 3-6 første ledd nr. 3, which names the measure only); hjelpestønad not applied for
        (advice only: ftrl § 6-4 siste ledd orders hjelpestønad first, it is not a condition); a foster parent, whom
        barnevernet already pays for the care, with or without forsterkning (weighed, no rule read says how); no published kommune
        rate; care hours not given; or an indicative amount.
        """
        assessed = person("omsorgsstonad_status", period) == Status.to_be_assessed
        weighs_against = assessed * (person("care_is_necessary_and_wanted", period) == FactAnswer.no)
        # Ftrl § 6-4 last ledd orders hjelpestønad first; it is advice, never a refusal.
        not_applied = assessed * (person.familie("hjelpestonad_applied_for", period) == FactAnswer.no)
        # Barnevernet already pays a foster home for the care (Retningslinjer for fosterhjem, kap. 9): named, never a
        # refusal, since no source read says how the kommune weighs it (review s22 M4).
        foster = assessed * person("cares_for_foster_child", period)
        forsterkning = foster * (person("fosterhjem_forsterkning", period) == FactAnswer.yes)
        rate_known = is_given(person("omsorgsstonad_hourly_rate", period))
        hours_known = is_given(person("care_hours_per_week", period))
        return numpy.select(
            [
                weighs_against,
                not_applied,
                forsterkning,
                foster,
                assessed * numpy.logical_not(rate_known),
                assessed * numpy.logical_not(hours_known),
                assessed,
            ],
            [
                OmsorgsstonadReason.not_necessary_or_not_wanted.index,
                OmsorgsstonadReason.hjelpestonad_first.index,
                OmsorgsstonadReason.fosterhjem_forsterkning.index,
                OmsorgsstonadReason.fosterhjem_godtgjoring.index,
                OmsorgsstonadReason.no_kommune_rate.index,
                OmsorgsstonadReason.hours_not_given.index,
                OmsorgsstonadReason.indicative_amount.index,
            ],
            OmsorgsstonadReason.none.index,
        )
