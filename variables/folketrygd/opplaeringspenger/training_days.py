"""Opplæringspenger's training days in a month (ftrl § 9-14): given as dated periods or as a number, and whether
the month has any.

A caseworker's training periods (facts/periods.py) give each month its own training days: the situation builder
sets their weekdays month by month (`opplaeringspenger_training_days_dated`), so a yearly rule (holiday pay) reads
each month's days, not the month asked's (review s23 caseworker H2). Without periods the family's answer for the
month asked (`opplaeringspenger_training_days_in_month`) is read, as every fact, for every month (ADR 0001).
"""

import numpy
from openfisca_core.periods import ETERNITY, MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.date_arithmetic import DAYS_A_WEEK
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016, ftrl
from openfisca_asb.rules.row_dates import weekdays_in
from openfisca_asb.rules.tristate import MET, NOT_GIVEN, NOT_MET, is_given


class opplaeringspenger_training_periods_given(Variable):
    value_type = bool
    default_value = False
    entity = Person
    definition_period = ETERNITY
    label = "Opplæringspenger: opplæringsdagene er gitt som perioder (structural, set by the situation builder where a caregiver's `training_periods` are given)"
    reference = ftrl("9-14")


class opplaeringspenger_training_days_dated(Variable):
    value_type = int
    default_value = 0
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Opplæringspenger: hverdagene i opplæringsperiodene i måneden (structural, set by the situation builder month by month from `training_periods`; 0 in a month they do not reach)"
    reference = ftrl("9-14")


class opplaeringspenger_training_week_days_dated(Variable):
    value_type = int
    default_value = 0
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Opplæringspenger: færrest opplæringsdager i en uke med opplæring i måneden, etter periodene (structural, set by the situation builder from `training_periods`; 0 in a month they do not reach)"
    reference = [ftrl("9-14"), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]


class opplaeringspenger_training_days(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Opplæringspenger: opplæringsdager i måneden, høyst månedens hverdager – fra periodene, ellers svaret (training days in the month; -1 while not given)"
    reference = ftrl("9-14")

    def formula(person, period):
        """The weekdays of the caregiver's training periods in the month where periods are given, else the answer
        for the month asked (not given: -1); at most the month's weekdays (no Saturdays or Sundays, rundskriv)."""
        dated = person("opplaeringspenger_training_periods_given", period)
        days = numpy.where(dated, person("opplaeringspenger_training_days_dated", period),
                           person("opplaeringspenger_training_days_in_month", period))
        return numpy.where(is_given(days), numpy.minimum(days, weekdays_in(person, period)), NOT_GIVEN)


class opplaeringspenger_training_share(Variable):
    value_type = float
    default_value = NOT_GIVEN
    entity = Person
    definition_period = MONTH
    unit = "percent"
    label = "Opplæringspenger: opplæringens andel av en arbeidsuke – svaret, ellers fra periodene (training share of a working week; -1 while neither gives it)"
    reference = [ftrl("9-14"), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]
    # A training day counts in full (amount.py), so the periods settle the share: the fewest training weekdays in a
    # week of the month's training, of five (review s23 caseworker L1). An answer given wins: the days may be short.

    def formula(person, period):
        """The share answered; without an answer, in a month the training periods reach, the fewest training
        weekdays in a week holding one of the month's, as a share of the five weekdays (a whole week: 100 %);
        otherwise not given (-1)."""
        answered = person("opplaeringspenger_training_share_percent", period)
        dated = person("opplaeringspenger_training_periods_given", period) * (person("opplaeringspenger_training_days_dated", period) > 0)
        from_periods = 100 * person("opplaeringspenger_training_week_days_dated", period) / DAYS_A_WEEK
        return numpy.where(is_given(answered), answered, numpy.where(dated, from_periods, NOT_GIVEN))


class opplaeringspenger_condition_training_in_month(Condition):
    entity = Person
    label = "Opplæringspenger: opplæring i måneden – dager som er oppgitt, eller antallet ikke oppgitt ennå (training days in the month)"
    reference = [ftrl("9-14"), NAV_RUNDSKRIV_OPPLAERINGSPENGER_2016]
    # Opplæringspenger are paid «bare for den tiden du faktisk får opplæring» (nav.no): a month with no training day
    # has nothing to claim, so it is no right with 0 kr (review s23 caseworker M2). While the days are not given the
    # amount is open (the catalogue's zero_amount says so) and this condition does not refuse.

    def formula(person, period):
        """Not met where the month is known to have no training day: the training periods given have no weekday in
        it, or the answer is 0; met otherwise (days given, or not given yet)."""
        days = person("opplaeringspenger_training_days", period)
        return numpy.where(is_given(days) * (days <= 0), NOT_MET, MET).astype(numpy.int16)
