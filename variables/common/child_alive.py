"""A child's date of death, and whether the child is alive in the month: a child's own rights end with its life.

A right the child holds (`holder: child` in its benefit.yaml) is the child's own: the folketrygd's
stønader are paid to the child as member, and a monthly benefit stops at the end of the month in which
the right falls away (ftrl § 22-12 sjette ledd); the kommune's, the school's and the health services'
rights are services given to the child. The model answers every one of them as its own rules say up to
and including the month of the death, and not entitled from the month after (`ChildRightStatus`,
rules/variable_bases.py). What the law continues after a death is modelled with its right: pleiepenger to
the caregivers (ftrl § 9-10 fjerde ledd) and forhøyet hjelpestønad's three months (ftrl § 6-5).
The caregivers' and the family's rights for the care of a child (omsorgspenger, omsorgsstønad and the
others) do not read this yet (docs/caseworker-guide.md).
"""

from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.row_dates import first_day
from openfisca_asb.rules.tristate import from_bool

# A date no child dies on: the date of death was not given, the child is alive.
NO_DATE = date(2999, 12, 31)


class date_of_death(Variable):
    value_type = date
    default_value = NO_DATE
    entity = Person
    definition_period = ETERNITY
    label = "Dødsdato, når barnet er dødt (the child's date of death, if the child has died)"
    reference = ftrl("22-12", ledd=6)


class child_alive(Condition):
    entity = Person
    label = "Barnet lever, eller døde i denne måneden (the child is alive, or died this month)"
    reference = ftrl("22-12", ledd=6)

    def formula(person, period):
        """Met while the child lives and in the month of its death; not met from the month after (a monthly
        benefit stops at the end of the month in which the right falls away, ftrl § 22-12 sjette ledd)."""
        died = person("date_of_death", period).astype("datetime64[D]")
        return from_bool(died >= first_day(person, period))
