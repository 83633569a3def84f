"""The date a simulation's row stands for (openfisca_asb/rules/row_dates.py)."""

from openfisca_core.periods import ETERNITY
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
