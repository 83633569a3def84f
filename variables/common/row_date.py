"""The date a simulation's row stands for (openfisca_asb/rules/row_dates.py)."""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl


class years_ahead(Variable):
    """Structural, never a fact of the family: the whole years this person's row stands ahead of the period
    computed. 0 in every answer; a timeline answers dates a whole number of years apart in one period, each
    later date's family with its years (ADR 0015). Every formula that reads the period as a date reads the
    row's own (age, weekdays, a death before the month's end)."""

    value_type = int
    default_value = 0
    entity = Person
    definition_period = ETERNITY
    label = "År fram i tid for raden (structural, set by the timeline: the whole years this row stands ahead of the period computed; 0 in an answer)"
    reference = ftrl("9-10")  # the age limits it serves count age on the row's own dates
