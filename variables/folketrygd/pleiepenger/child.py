"""The child's side of pleiepenger (ftrl §§ 9-10, 9-11, 9-16): conditions and how much care is left.

These variables are computed for the child; the caregiver's variables read them
through the family (see conditions.py and grade.py).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.date_arithmetic import add_months, add_years, weekdays_between
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.row_dates import first_day, last_day
from openfisca_asb.rules.tristate import NOT_MET, FactAnswer, Outcome, all_of, any_of, from_answer, from_bool, is_given
from openfisca_asb.rules.variable_bases import MonthlyPercent


class pleiepenger_child_condition_age(Condition):
    entity = Person
    label = "Pleiepenger (barnet): under 18 år, eller utviklingshemming med livstruende eller svært alvorlig sykdom (under 18, or the over-18 exception)"
    reference = ftrl("9-10", ledd=(1, 3))

    def formula(person, period, parameters):
        """The child is under 18 on the day asked (ftrl § 9-10 første ledd: the right ends on the 18th birthday
        itself, ADR 0037), or, from the date the exception is in force, has an intellectual disability and a
        life-threatening or other very serious illness (§ 9-10 tredje ledd). Kleene OR.
        """
        law = parameters(period).folketrygd.pleiepenger
        under_limit = from_bool(person("age_on_the_day", period) < law.child_age_limit)
        exception = all_of(
            from_bool(person.filled_array(law.over_18_exception == 1)),
            from_answer(person("has_intellectual_disability_with_serious_illness", period)),
        )
        return any_of(under_limit, exception)


class pleiepenger_child_supervision_percent(MonthlyPercent):
    entity = Person
    label = "Etablert tilsyn i hele prosent av en normal arbeidsdag, avrundet som NAV (established supervision as a whole percent of 7.5 h a day; -1 when not given)"
    reference = ftrl("9-11")
    documentation = """
    NAV's BeregnGrader.finnEtablertTilsynsprosent (navikt/pleiepenger-barn-uttak @ b476489):
    tilsyn per day / 7 t 30 m, rounded HALF_UP to two decimals, × 100, so a whole percent,
    capped at 100. The family gives hours a week; a day is a fifth of the week, and
    hours/5 against 7.5 h is the same ratio as hours against 37.5 h.
    """

    def formula(person, period, parameters):
        """Hours of established supervision (kindergarten, school, avlastning) as a share of the normal working
        week of 37.5 hours (ftrl § 9-11), rounded half up to a whole percent as NAV's uttak does; -1 while the
        hours are not given.
        """
        week = parameters(period).folketrygd.pleiepenger.normal_week_hours
        hours = numpy.asarray(person("established_supervision_hours_per_week", period), dtype=numpy.float64)
        # HALF_UP to a whole percent; the small margin absorbs float32 noise (3.5625 h → 9.5 % → 10 %).
        share = numpy.floor(numpy.minimum(hours, week) / week * 100 + 0.5 + 1e-6)
        return numpy.where(is_given(hours), share, -1)


# The rest left for the caregivers (NAV's restTilSøker, BeregnGrader.kt) is
#   min(100 − tilsyn, pleiebehov × (1 − tilsyn/100) − other caregivers' share),
# with the tilsyn left out where nattevåk/beredskap applies or where it is above 0
# and below 10 % (UttaksplanRegler.avklarOverseEtablertTilsynÅrsak, FOR_LAVT). The child gives the
# two caps before other caregivers' share: `limit` (100 − tilsyn) and `need`
# (pleiebehov × (1 − tilsyn/100)). Where a fact is unknown we compute both the
# least and the most favourable reading, so a condition is unknown only when the
# unknown fact would change it.


class pleiepenger_child_limit_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger (barnet): 100 − etablert tilsyn, minst gunstige lesning av ukjente opplysninger (100 minus supervision, least favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """100 minus the supervision share, reading every unknown fact the least favourable way: the most the
        benefit can be graded to for this child (ftrl § 9-11).
        """
        return _caps(person, period, parameters, favourable=False)[0]


class pleiepenger_child_limit_high(MonthlyPercent):
    entity = Person
    label = "Pleiepenger (barnet): 100 − etablert tilsyn, mest gunstige lesning av ukjente opplysninger (100 minus supervision, most favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """100 minus the supervision share, reading every unknown fact the most favourable way (ftrl § 9-11)."""
        return _caps(person, period, parameters, favourable=True)[0]


class pleiepenger_child_need_low(MonthlyPercent):
    entity = Person
    label = "Pleiepenger (barnet): pleiebehov × (1 − tilsyn), minst gunstige lesning (care need net of supervision, least favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """The child's care need (100 %, or 200 % where it takes two caregivers, § 9-10 andre ledd) net of
        supervision, reading unknown facts the least favourable way.
        """
        return _caps(person, period, parameters, favourable=False)[1]


class pleiepenger_child_need_high(MonthlyPercent):
    entity = Person
    label = "Pleiepenger (barnet): pleiebehov × (1 − tilsyn), mest gunstige lesning (care need net of supervision, most favourable reading)"
    reference = ftrl("9-11")

    def formula(person, period, parameters):
        """The child's care need net of supervision, reading unknown facts the most favourable way."""
        return _caps(person, period, parameters, favourable=True)[1]


def _caps(person, period, parameters, favourable):
    """(100 − tilsyn, pleiebehov × (1 − tilsyn/100)) for one reading of the unknown facts.

    A child who fails a child condition gives 0; in the least favourable reading,
    so does a child whose conditions are still unknown.
    """
    law = parameters(period).folketrygd.pleiepenger
    unknown_counts_as = FactAnswer.yes if favourable else FactAnswer.no
    supervision = person("pleiepenger_child_supervision_percent", period)
    supervision = numpy.where(supervision >= 0, supervision, 0 if favourable else 100)
    two = _answer_or(person("care_need_requires_two_caregivers", period), unknown_counts_as)
    need = numpy.where(two, law.care_need_percent.two_caregivers, law.care_need_percent.one_caregiver)
    night = _answer_or(person("needs_night_watch_or_standby", period), unknown_counts_as)
    too_low = (supervision > 0) * (supervision < law.ignored_supervision_percent)
    ignore_supervision = night * (law.night_watch_considered == 1) + too_low
    supervision = numpy.where(ignore_supervision, 0, supervision)
    conditions = numpy.asarray(person("pleiepenger_child_conditions", period), dtype=numpy.int16)
    counts = conditions > NOT_MET if favourable else conditions == Outcome.met.index
    limit = numpy.where(counts, 100 - supervision, 0)
    need = numpy.where(counts, need * (1 - supervision / 100), 0)
    return limit, need


def _answer_or(answer, unknown_counts_as):
    """True for yes; for unknown, the reading chosen."""
    return (answer == FactAnswer.yes) | ((answer == FactAnswer.unknown) & (unknown_counts_as == FactAnswer.yes))


# Days in the month with a right (ftrl § 9-10 first and fourth ledd). Pleiepenger are
# paid Monday–Friday (NAV's uttak removes weekends, Helger.fjern) "fram til barnet fyller
# 18 år" (regjeringen.no; § 9-10 first ledd: a child under 18), so in the birthday month
# only the weekdays before the birthday count, unless the over-18 exception applies.
# After the child's death they continue to the date of death plus 6 weeks, or plus
# 3 months for a caregiver with at least 3 years of full pleiepenger (§ 9-10 fourth
# ledd, from 1 January 2020; NAV's BarnsDødPeriodeRegel: dødsdato.plus(lengde, enhet)).
# The law of the month being computed decides the length (transitional rules for a
# death before 2020 are not modelled). The day of death itself counts.


class pleiepenger_child_weekdays_six_weeks(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger (barnet): virkedager i måneden med rett – før 18-årsdagen, og til seks uker etter et dødsfall (weekdays with a right: before the 18th birthday, and up to 6 weeks after a death)"
    reference = ftrl("9-10", ledd=(1, 4))

    def formula(person, period, parameters):
        """Weekdays of the month before the child turns 18 (unless the over-18 exception applies) and, after a
        death, up to the date of death plus six weeks (ftrl § 9-10 fjerde ledd første punktum).
        """
        after_death = parameters(period).folketrygd.pleiepenger.after_death
        return _weekdays_with_right(person, period, parameters, weeks=after_death.benefit_weeks, months=0)


class pleiepenger_child_weekdays_three_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Pleiepenger (barnet): virkedager i måneden med rett – før 18-årsdagen, og til tre måneder etter et dødsfall (weekdays with a right: before the 18th birthday, and up to 3 months after a death)"
    reference = ftrl("9-10", ledd=(1, 4))

    def formula(person, period, parameters):
        """Weekdays of the month before the child turns 18 (unless the over-18 exception applies) and, after a
        death, up to the date of death plus three months (ftrl § 9-10 fjerde ledd andre punktum).
        """
        after_death = parameters(period).folketrygd.pleiepenger.after_death
        return _weekdays_with_right(person, period, parameters, weeks=0, months=after_death.long_receipt_months)


def _weekdays_with_right(person, period, parameters, weeks, months):
    law = parameters(period).folketrygd.pleiepenger
    stop = last_day(person, period) + 1
    born = person("birth_date", period).astype("datetime64[D]")
    exception = (law.over_18_exception == 1) * (person("has_intellectual_disability_with_serious_illness", period) == FactAnswer.yes)
    turns_18 = add_years(born, int(law.child_age_limit))
    stop = numpy.where(exception, stop, numpy.minimum(stop, turns_18))
    death = person("date_of_death", period).astype("datetime64[D]")
    continuation_ends = add_months(death + numpy.timedelta64(7 * int(weeks), "D"), int(months))
    stop = numpy.minimum(stop, continuation_ends + 1)
    return weekdays_between(first_day(person, period), stop)
