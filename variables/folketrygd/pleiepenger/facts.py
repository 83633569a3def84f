"""The child's date of death, if given (a date, so a class); the yes/no and number facts about the care need and the caregiver's work (ftrl §§ 9-10, 9-11, 9-16) are declared with their questions in questions.yaml (ADR 0013)."""

from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import ftrl

# A date no child dies on: the date of death was not given, the child is alive.
NO_DATE = date(2999, 12, 31)


class date_of_death(Variable):
    value_type = date
    default_value = NO_DATE
    entity = Person
    definition_period = ETERNITY
    label = "Dødsdato, når barnet er dødt (the child's date of death, if the child has died)"
    reference = ftrl("9-10", ledd=4)
