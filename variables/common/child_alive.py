"""A child's date of death, and whether the child is alive in the month: a child's own rights end with its life.

A right the child holds (`holder: child` in its benefit.yaml) is the child's own: the folketrygd's
stønader are paid to the child as member; the kommune's, the school's and the health services' rights are
services given to the child. The model answers every one of them as its own rules say up to and including
the month of the death, and not entitled from the month after (`ChildRightStatus`, rules/variable_bases.py).
For a folketrygd benefit given per month (ftrl § 22-10 tredje ledd: grunnstønad, hjelpestønad, barnetilsyn)
that is the law: its payment stops at the end of the month in which the right falls away (ftrl § 22-12
sjette ledd), and the right restates the condition with that provision (`<right>_condition_child_alive`).
For every other right it is the model's reading, no provision says otherwise (research note s17): the shared
conditions here cite Frambu's guide to the rights when a child dies, the source that reading rests on.
What the law continues after a death is modelled with its right: pleiepenger to the caregivers (ftrl § 9-10
fjerde ledd) and forhøyet hjelpestønad's three months (ftrl § 6-5).
The caregivers' and the family's rights for the care of a child count a child who has died as no child
from the month after the death (the monthly ones, `family_child_alive`, and the child counted in their sums),
or from the calendar year after (the yearly ones: omsorgspenger's days, omsorgsopptjening,
`child_alive_in_year`).
"""

from datetime import date

from openfisca_core.periods import ETERNITY, MONTH, YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role, count_with_role
from openfisca_asb.rules.provisions import FRAMBU_WHEN_A_CHILD_DIES, aml, ftrl
from openfisca_asb.rules.row_dates import calendar_year, first_day
from openfisca_asb.rules.tristate import NOT_MET, from_bool, index

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
    reference = FRAMBU_WHEN_A_CHILD_DIES

    def formula(person, period):
        """Met while the child lives and in the month of its death; not met from the month after. A folketrygd
        benefit given per month restates it with the law that says so (ftrl § 22-12 sjette ledd); for every other
        right it is the model's reading, and no provision says otherwise."""
        died = person("date_of_death", period).astype("datetime64[D]")
        return from_bool(died >= first_day(person, period))


class family_child_alive(Condition):
    entity = Familie
    label = "Familiens barn lever, eller døde i denne måneden (a child of the family is alive or died this month; met when no child is listed)"
    reference = FRAMBU_WHEN_A_CHILD_DIES

    def formula(familie, period):
        """Not met only when the family lists children and every one of them died before this month: a right
        for the care of a child has no child to care for then. Met otherwise — a family that lists no child yet
        is answered by `family_has_child`."""
        alive = index(familie.members("child_alive", period)) != NOT_MET
        listed = count_with_role(familie, Familie.CHILD) > 0
        return from_bool(any_over_role(familie, alive, Familie.CHILD) | ~listed)


class caregiver_child_alive(Condition):
    entity = Person
    label = "Omsorgspersonens barn lever, eller døde i denne måneden (a child the caregiver has the care of is alive or died this month)"
    reference = FRAMBU_WHEN_A_CHILD_DIES

    def formula(person, period):
        """The family's `family_child_alive`, for a caregiver's right for the care of a child."""
        return person.familie("family_child_alive", period)


class caregiver_every_child_died(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Alle barna i familien døde før denne måneden (every child of the family died before this month)"
    reference = [ftrl("9-5", ledd=1), aml("12-9", ledd=1)]  # a day of omsorgspenger or leave is for a sick child's care

    def formula(person, period):
        """True where the family lists children and every one of them died before this month (`family_child_alive`
        not met): a year's days for the care of a child still count the child for the year of its death, and the
        card says they can be used only for absence before it (review s24 caseworker L1). False otherwise."""
        return index(person("caregiver_child_alive", period)) == NOT_MET


class caregiver_child_alive_in_year(Condition):
    entity = Person
    definition_period = YEAR
    label = "Et barn i familien levde i kalenderåret (a child of the family lived in the calendar year; met when no child is listed)"
    reference = [ftrl("9-5"), aml("12-9"), ftrl("20-8")]  # the days, the leave and the credit are for a child's care

    def formula(person, period):
        """Not met only when the family lists children and none of them lived into the calendar year: a yearly
        right for the care of a child (omsorgspenger's days, leave, omsorgsopptjening) counts a child in the years
        it lived in. Met otherwise — a family that lists no child yet is answered by `family_has_child`."""
        familie = person.simulation.populations["familie"]
        lived = familie.members("child_alive_in_year", period)
        listed = count_with_role(familie, Familie.CHILD) > 0
        return from_bool(familie.project(any_over_role(familie, lived, Familie.CHILD) | ~listed))


class child_alive_in_year(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Barnet levde i kalenderåret (the child was alive some time in the calendar year)"
    reference = [ftrl("9-5"), aml("12-9"), ftrl("20-8")]

    def formula(person, period):
        """Whether the child lived into the calendar year: a yearly right counts a child in the years it lived in,
        the year of its death included, and not after (the model's reading: the law sets no rule for a death)."""
        died = person("date_of_death", period).astype("datetime64[D]")
        year = calendar_year(person, period)
        return died.astype("datetime64[Y]").astype(int) + 1970 >= year
