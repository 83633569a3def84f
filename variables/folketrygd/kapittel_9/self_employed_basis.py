"""A self-employed parent's income basis (ftrl § 8-35, applied to chapter 9 by §§ 9-9 and 9-15).

§ 8-35 andre ledd (SELF_EMPLOYED_AVERAGE in rules/provisions.py, the law's words as NAV's helse-spleis quotes them): the
average of the pensjonsgivende årsinntekt of the three last years, each year «regulert i samsvar med grunnbeløpet på
sykmeldingstidspunktet», counting a third of the income between 6 and 12 G and none above 12 G. NAV's ft-beregning,
which k9-sak's pleiepenger are computed by (FinnGjennomsnittligPGI, NAV_SELF_EMPLOYED_AVERAGE), measures each year in
that year's average G («gjennomsnittlig G i det aktuelle kalenderåret», NAV's søknad says the same), applies the limits
in those units (a year of 8 G counts 6 + 2/3; 12 G or more counts 8), averages the three and multiplies by the G in
force, unrounded. The model does so with the G in force on the first day of the month, as it caps the basis.

§ 8-35 tredje ledd (SELF_EMPLOYED_LASTING_CHANGE): after a lasting change of the work or the business, or a business
started within the three years, an income that deviates more than 25 % from the average lets NAV set the basis by
skjønn; for a member new in working life (began working within the three years) NAV sets it so whatever the deviation
(ft-beregning FP_BR 2.18). The model then says «to be assessed» (conditions.py chapter_9_basis_to_be_assessed), never
an amount.

A parent who gives no years keeps the old reading: `yearly_income` is her own figure for the average (kapittel_9
README). Years given only in part, a year without a published average G, or a latest year not before the month asked or
older than NAV uses (the year before, or the one before that: rules/dates.py `OLDEST_LATEST_YEAR_BACK`) leave the
average unknown, never a guess; the API refuses such a year (422).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.dates import OLDEST_LATEST_YEAR_BACK
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (NAV_SELF_EMPLOYED_AVERAGE, NAV_SELF_EMPLOYED_NEW_IN_WORKING_LIFE,
                                            SELF_EMPLOYED_AVERAGE, SELF_EMPLOYED_AVERAGE_IN_FORCE,
                                            SELF_EMPLOYED_LASTING_CHANGE)
from openfisca_asb.rules.row_dates import calendar_year, first_day
from openfisca_asb.rules.self_employed_years import LATEST_YEAR, YEARS
from openfisca_asb.rules.tristate import MET, NOT_GIVEN, from_answer, is_given
from openfisca_asb.rules.variable_bases import MonthlyAmount
from openfisca_asb.rules.work_situations import on

def _published_averages(person) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The years the parameters hold NAV's average G for (a value dated 1 January of the year), ascending, and those
    averages. A year after the newest is not carried forward: its average is not known."""
    node = person.simulation.tax_benefit_system.parameters.folketrygd.grunnbelop_average
    found = sorted((int(at.instant_str[:4]), at.value) for at in node.values_list
                   if at.instant_str.endswith("-01-01") and at.value is not None)
    return numpy.array([year for year, _ in found]), numpy.array([value for _, value in found], dtype=numpy.float64)


def _average_g(person, years: numpy.ndarray) -> numpy.ndarray:
    """Each year's average G, NaN for a year without one."""
    published, averages = _published_averages(person)
    at = numpy.clip(numpy.searchsorted(published, years), 0, len(published) - 1)
    return numpy.where(published[at] == years, averages[at], numpy.nan)


def _counted_g(income: numpy.ndarray, average_g: numpy.ndarray, law) -> numpy.ndarray:
    """One year's income in its average G, in full up to 6 G, a third of what lies between 6 and 12 G."""
    in_g = income / average_g
    full, counted_to = law.full_up_to_g, law.counted_up_to_g
    return numpy.minimum(in_g, full) + law.share_between * (numpy.clip(in_g, full, counted_to) - full)


class self_employed_years_given(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Hvor mange av de fire opplysningene om de tre årenes pensjonsgivende inntekt som er gitt: året og tre beløp (how many of the four three-year facts are given: the year and three amounts)"
    reference = SELF_EMPLOYED_AVERAGE

    def formula(person, period):
        """0 to 4: the latest year, and the income of each of the three years, as far as given."""
        given = is_given(person(LATEST_YEAR, period)).astype(int)
        return given + sum(is_given(person(fact, period)).astype(int) for fact, _ in YEARS)


class self_employed_income_in_g(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = MONTH
    unit = "G"
    label = "Gjennomsnittet av de tre årenes pensjonsgivende inntekt i G, etter 6G- og 12G-grensene (the three years' average pensionable income in G after the 6 G and 12 G limits; -1 while not known)"
    reference = [SELF_EMPLOYED_AVERAGE, NAV_SELF_EMPLOYED_AVERAGE]

    def formula(person, period, parameters):
        """The mean over the three years of each year's income in that year's average G (full to 6 G, a third from 6
        to 12 G, none above: ftrl § 8-35 andre ledd, NAV's FinnGjennomsnittligPGI); not known (-1) unless all three
        years and the latest year are given, each year has a published average G, the latest year is the month's
        year − 1 or − 2 (NAV's FP_BR 2.1: never older), and the month is under the wording of 2019 (before it the
        average of pensjonspoeng, not modelled).
        """
        law = parameters(period).folketrygd.sykepenger_common.self_employed
        latest = numpy.asarray(person(LATEST_YEAR, period))
        counted = numpy.zeros(len(latest))
        year = calendar_year(person, period)
        in_use = (latest < year) * (latest >= year - OLDEST_LATEST_YEAR_BACK)
        known = (person("self_employed_years_given", period) == 1 + len(YEARS)) * in_use
        for fact, back in YEARS:
            average_g = _average_g(person, latest - back)
            known = known * numpy.isfinite(average_g)
            counted += _counted_g(numpy.asarray(person(fact, period), dtype=numpy.float64),
                                  numpy.where(numpy.isfinite(average_g), average_g, 1.0), law)
        known = known * (first_day(person, period) >= numpy.datetime64(SELF_EMPLOYED_AVERAGE_IN_FORCE))
        return numpy.where(known, counted / len(YEARS), NOT_GIVEN)


class self_employed_income_average(MonthlyAmount):
    default_value = NOT_GIVEN
    entity = Person
    label = "Selvstendig næringsdrivende: gjennomsnittet av de tre årenes pensjonsgivende inntekt med G i måneden, eller årsinntekten oppgitt som gjennomsnittet (the self-employed's three-year average at the month's G, or the yearly income given as the average; -1 while not known)"
    reference = [SELF_EMPLOYED_AVERAGE, NAV_SELF_EMPLOYED_AVERAGE]

    def formula(person, period, parameters):
        """The average in G times the G in force on the first day of the month (§ 8-35 andre ledd: «reguleres i
        samsvar med grunnbeløpet»); where none of the three years is given, the yearly income the parent gives as the
        average (the question asks the self-employed for it); not known (-1) otherwise.
        """
        in_g = person("self_employed_income_in_g", period)
        computed = numpy.where(is_given(in_g), in_g * parameters(period).folketrygd.grunnbelop, NOT_GIVEN)
        none_given = person("self_employed_years_given", period) == 0
        return numpy.where(none_given, person("yearly_income", period), computed)


class self_employed_income_deviates(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Etter en varig endring avviker den pensjonsgivende årsinntekten nå mer enn 25 % fra gjennomsnittet (after a lasting change, the pensionable yearly income now deviates more than 25 % from the average)"
    reference = [SELF_EMPLOYED_LASTING_CHANGE, NAV_SELF_EMPLOYED_AVERAGE]

    def formula(person, period, parameters):
        """True when the income after a lasting change (or a new business) is given, the average is known, and
        |average − income now| is more than 25 % of the average; an average of 0 deviates (NAV's ft-beregning counts
        it as 100 %). NAV then sets the basis by skjønn (§ 8-35 tredje ledd).
        """
        limit = parameters(period).folketrygd.sykepenger_common.self_employed.deviation_limit
        average = person("self_employed_income_average", period)
        now = person("pensionable_income_after_lasting_change", period)
        compared = is_given(now) * is_given(average)
        return compared * ((average <= 0) + (numpy.abs(average - now) > limit * average))


class self_employed_basis_by_skjonn(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "NAV fastsetter grunnlaget ved skjønn: inntekten nå avviker mer enn 25 % etter en varig endring eller oppstart, eller den næringsdrivende er ny i arbeidslivet (NAV sets the basis by discretion: a deviation of more than 25 %, or new in working life)"
    reference = [SELF_EMPLOYED_LASTING_CHANGE, NAV_SELF_EMPLOYED_AVERAGE, NAV_SELF_EMPLOYED_NEW_IN_WORKING_LIFE]

    def formula(person, period):
        """True when the income now deviates more than 25 % (self_employed_income_deviates), or the member says she
        began working within the three years: NAV's ft-beregning checks that first (FP_BR 2.18) and leaves the basis to
        the caseworker whatever the deviation, as § 8-35 tredje ledd (Prop. 12 L (2018–2019) pkt. 5.1.1.1: a member
        who «ble yrkesaktiv i løpet av de siste tre årene») lets NAV set it by skjønn."""
        new = from_answer(person("self_employed_new_in_working_life", period)) == MET
        return person("self_employed_income_deviates", period) + new


class chapter_9_basis_from_three_years(MonthlyAmount):
    entity = Person
    label = "Beregningsgrunnlag per år for selvstendig næringsdrivende regnet av de tre årene (the self-employed's yearly basis computed from the three years; 0 otherwise or while not known)"
    reference = [SELF_EMPLOYED_AVERAGE, NAV_SELF_EMPLOYED_AVERAGE]

    def formula(person, period, parameters):
        """For a self-employed member whose three years the model counts, their average in G times the month's G (§ 8-35
        andre ledd); 0 for anyone else, so the calculation basis shows it only where it is the basis."""
        in_g = person("self_employed_income_in_g", period)
        counted = on(person, period, "self_employed") * is_given(in_g)
        return numpy.where(counted, in_g * parameters(period).folketrygd.grunnbelop, 0)
