"""Which school stage the child is at: the facts and the one condition all school rights share.

The rights in opplæringslova belong to pupils ("elevar") in grunnskolen
(1.–10. trinn, the kommune's responsibility) and in vidaregåande opplæring
(here 11–13, the fylkeskommune's). A child not yet in school (trinn 0) is
covered by spesialpedagogisk hjelp under barnehageloven instead: not modelled.
"""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.tristate import NOT_GIVEN, from_known_bool, is_given


# How the school_grade fact is coded (a coding, not a legal limit).
FIRST_GRADE = 1
LAST_GRUNNSKOLE_GRADE = 10
LAST_VGS_GRADE = 13


class school_grade(Variable):
    value_type = int
    default_value = NOT_GIVEN
    entity = Person
    definition_period = ETERNITY
    label = "Årstrinn (school grade: 0 not yet at school, 1–10 in grunnskole, 11–13 in videregående opplæring)"
    reference = [opplaringslova_2023(), opplaringslova_1998()]


class is_pupil(Condition):
    entity = Person
    label = "Elev i grunnskolen eller i videregående opplæring (a pupil on 1st–13th trinn; each right cites its own §)"
    reference = [opplaringslova_2023(), opplaringslova_1998()]

    def formula(person, period):
        """A pupil on 1st to 13th trinn (grunnskole and videregående opplæring); unknown while the school grade
        is not given.
        """
        grade = person("school_grade", period)
        return from_known_bool(is_given(grade), (grade >= FIRST_GRADE) * (grade <= LAST_VGS_GRADE))
