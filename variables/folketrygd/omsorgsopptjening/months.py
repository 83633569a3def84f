"""Omsorgsopptjening without a claim counts months: the months of the calendar year with barnetrygd for a child.

NAV's decision service does not take a year whole (navikt/omsorgsopptjening-bestem-pensjonsopptjening @ fa346e23,
AntallMånederRegel.kt): it credits the year without a claim when the barnetrygd for the child – for the child with
forhøyet hjelpestønad sats 3 or 4, the months with barnetrygd and hjelpestønad both – covers at least six of its
months, one in the child's birth year. In the year the child turns 18, or dies, early in the year, that is fewer:
the barnetrygd ends with the month before the 18th birthday, or with the month of the death.
"""

import numpy
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (
    BARNETRYGD_TO_THE_MONTH_BEFORE_18,
    NAV_BARNETRYGD_PERIOD,
    NAV_OMSORGSOPPTJENING_MONTHS,
    ftrl,
)
from openfisca_asb.rules.row_dates import calendar_year
from openfisca_asb.rules.tristate import from_bool

BARNETRYGD_AGE_LIMIT_MONTHS = 18 * 12  # barnetrygd is for «barn under 18 år»: the month of the 18th birthday is out


class omsorgsopptjening_barnetrygd_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening: måneder med barnetrygd for barnet i kalenderåret (the months of the calendar year with child benefit for the child)"
    reference = [BARNETRYGD_TO_THE_MONTH_BEFORE_18, NAV_BARNETRYGD_PERIOD]

    def formula(person, period):
        """Barnetrygd is paid from the month after the birth, through the month before the month of the 18th
        birthday («til og med kalendermåneden før barnet fyller 18 år», Ot.prp. nr. 60 (1999–2000) kap. 3.2) or, for
        a child who dies before that month, through the month of the death (NAV's barnetrygd system, familie-ba-sak:
        «Perioden slutter samme måned som tom»): the number of months of that span in the calendar year."""
        first, last = _barnetrygd_span(person, period)
        january = _month_number(calendar_year(person, period), 1)
        return numpy.maximum(0, numpy.minimum(last, january + 11) - numpy.maximum(first, january) + 1)


class omsorgsopptjening_child_condition_months(Condition):
    entity = Person
    definition_period = YEAR
    label = "Omsorgsopptjening uten krav: barnetrygd for barnet minst halve året – 6 av årets måneder, 1 i fødselsåret (child benefit for the child at least half the year: 6 months, 1 in the birth year)"
    reference = [
        ftrl("20-8", ledd=1, bokstav="a", punktum=1),
        ftrl("20-8", ledd=1, bokstav="a", punktum=2),
        ftrl("20-8", ledd=1, bokstav="b", punktum=1),
        NAV_OMSORGSOPPTJENING_MONTHS,
    ]

    def formula(person, period, parameters):
        """NAV credits the care of this child without a claim only in a year with barnetrygd for the child in at least
        six of its months («minst halve året», ftrl § 20-8 første ledd bokstav a første punktum, and bokstav b for the
        child with forhøyet hjelpestønad, as NAV cites them; AntallMånederRegel.FødtUtenforOmsorgsår), one in the
        child's birth year («For barnets fødselsår opptjenes det samme beløpet selv om omsorgen har vart mindre enn et
        halvt år», andre punktum; FødtIOmsorgsår), where a child born in December is counted by the January after, as
        NAV counts it (OmsorgsopptjeningGrunnlag.FødtDesember). For the child with sats 3 or 4 NAV counts the months
        with barnetrygd and hjelpestønad both: the sats as given is taken to hold from January, and it is paid through
        the month of the 18th birthday and after a death, so the barnetrygd months are those months. Met or not met."""
        months = parameters(period.stop).folketrygd.omsorgsopptjening.months
        year = calendar_year(person, period)
        born = _month_of_birth(person, period)
        birth_year = born // 12 + 1970 == year
        counted = person("omsorgsopptjening_barnetrygd_months", period) + birth_year * _january_after(person, period, born)
        needed = numpy.where(birth_year, months.in_the_birth_year, months.in_the_year)
        return from_bool(counted >= needed)


def _barnetrygd_span(person, period) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The first and last month with barnetrygd for the child, as month numbers (months since January 1970)."""
    born = _month_of_birth(person, period)
    died = person("date_of_death", period.first_month).astype("datetime64[M]").astype(int)
    return born + 1, numpy.minimum(born + BARNETRYGD_AGE_LIMIT_MONTHS - 1, died)


def _january_after(person, period, born) -> numpy.ndarray:
    """1 where the child was born in December and has barnetrygd in the January after: NAV counts the birth year of
    a child born in December by that month's barnetrygd."""
    _, last = _barnetrygd_span(person, period)
    return ((born % 12 == 11) * (last >= born + 1)).astype(int)


def _month_of_birth(person, period) -> numpy.ndarray:
    """The child's month of birth as a month number (months since January 1970)."""
    return person("birth_date", period.first_month).astype("datetime64[M]").astype(int)


def _month_number(year, month: int) -> numpy.ndarray:
    return (numpy.asarray(year) - 1970) * 12 + month - 1
