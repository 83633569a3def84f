"""Grunnbeløpet (G, ftrl § 1-4) and the figures NAV publishes beside it.

NAV's G service (navikt/g @ aff03d3, grunnbeløp.json and calc.rb) publishes, for
each G: G per month (G / 12, rounded to whole kroner, halves up), the average G
for the calendar year (four months at last year's G, eight at the new one,
truncated), and the adjustment factor (new G / last year's G, six decimals).
The average and the factor are NAV's published values, kept as parameters.
"""

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.money import whole_kroner
from openfisca_asb.rules.provisions import Document, ftrl
from openfisca_asb.rules.variable_bases import MonthlyAmount, YearlyAmount

NAV_G = Document("https://github.com/navikt/g/blob/aff03d3bd4bce76f5241e6280603fcc86b0e950e/grunnbel%C3%B8p.json")


class grunnbelop(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-NOK"
    label = "Grunnbeløpet (G) i kraft den første dagen i måneden, kroner per år (the basic amount in force on the first day of the month)"
    reference = ftrl("1-4")

    def formula(person, period, parameters):
        """The grunnbeløp Stortinget has set, in force on the first day of the month (ftrl § 1-4; from 1 May)."""
        return person.filled_array(parameters(period).folketrygd.grunnbelop)


class grunnbelop_per_month(MonthlyAmount):
    entity = Person
    label = "Grunnbeløpet per måned: G / 12, hele kroner (G per month as NAV publishes it)"
    reference = [ftrl("1-4"), NAV_G]
    documentation = "NAV's calc.rb: (this_year / 12).round, halves away from zero; G is never negative, so halves up."

    def formula(person, period):
        """G divided by 12, rounded to whole kroner, as NAV's G service publishes it."""
        return whole_kroner(person("grunnbelop", period) / 12)


class grunnbelop_yearly_average(YearlyAmount):
    entity = Person
    label = "Gjennomsnittlig grunnbeløp for kalenderåret (average G for the year: last year's G for four months, the new G for eight)"
    reference = [ftrl("1-4"), NAV_G]

    def formula(person, period, parameters):
        """NAV's published average G for the calendar year: last year's G for January–April, the new G for
        May–December, truncated to whole kroner.
        """
        return person.filled_array(parameters(period.start).folketrygd.grunnbelop_average)


class grunnbelop_adjustment_factor(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Omregningsfaktor: G i kraft i måneden delt på G året før, seks desimaler (adjustment factor between the G in force and the previous G)"
    reference = [ftrl("1-4"), NAV_G]

    def formula(person, period, parameters):
        """NAV's published adjustment factor for the G in force: new G divided by last year's G, six decimals."""
        return person.filled_array(parameters(period).folketrygd.grunnbelop_adjustment_factor)
