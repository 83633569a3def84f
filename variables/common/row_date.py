"""The date a simulation's row stands for (openfisca_asb/rules/row_dates.py)."""

from openfisca_core.periods import ETERNITY, MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class years_from_period(Variable):
    """Structural, never a fact of the family: the whole years this person's row's dates lie from the period
    computed (negative: earlier). 0 in every answer; a timeline answers dates a whole number of years apart in
    one period, the latest date's, each earlier date's family with its years below (ADR 0015). Every formula
    that reads the period as a date reads the row's own (age, weekdays, a death before the month's end)."""

    value_type = int
    default_value = 0
    entity = Person
    definition_period = ETERNITY
    label = "År fra perioden for raden (structural, set by the timeline: the whole years this row's dates lie from the period computed, negative when earlier; 0 in an answer)"
    reference = ftrl("9-10")  # the age limits it serves count age on the row's own dates


class day_of_month_asked(Variable):
    """Structural, never a fact of the family: the day of the month asked about, set for that month alone (1 in
    every other month, and where not set). Read only by the rules judged by the day (ADR 0037 addendum 0.18.0):
    asked on 20 February, a child who turned 18 on the 14th is 18 for pleiepenger, though the month's other
    rules count the age on the 1st — and a month the answer reads besides (the year's months, for holiday pay)
    is counted whole."""

    value_type = int
    default_value = 1
    entity = Person
    definition_period = MONTH
    label = "Dag i måneden svaret gjelder (structural, set by the answer: the day of the month asked about; 1 when not set)"
    reference = ftrl("9-10", ledd=1)  # «barn under 18 år», judged by the day
