"""The facts and the one condition the barnehage rights share: a child not yet in school.

Spesialpedagogisk hjelp (barnehageloven § 31; § 19 a until 2020) is for a child
who "ikke har begynt på skolen" (Udir's veileder 1.1); priority admission (§ 18;
§ 13) and tilrettelegging (§ 37; § 19 g) belong to barnehage, which ends when
school begins.
School begins in August of the calendar year the child turns six, or one year
earlier or later after a sakkyndig vurdering (opplæringslova 1998 § 2-1 third
ledd, via Udir; 2023 law §§ 2-2 and 2-4, via a kommune). So when the school
grade is not given: a child turning at most 4 this year has surely not
started, one turning 8 or more surely has, and for ages in between the
question is asked.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven, barnehageloven_before_2021, opplaringslova_1998
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, is_given

# Calendar-year ages (opplæringslova 1998 § 2-1 third ledd: school starts the year the
# child turns 6; one year earlier or later after a sakkyndig vurdering).
SURELY_BEFORE_SCHOOL = 4
SURELY_IN_SCHOOL = 8


class BarnehagePlace(Enum):
    unknown = "Vet ikke (unknown)"
    has_place = "Har barnehageplass (has a place)"
    applying = "Søker barnehageplass (applying for a place)"
    neither = "Verken plass eller søknad (neither a place nor applying)"


class barnehage_place(Variable):
    value_type = Enum
    possible_values = BarnehagePlace
    default_value = BarnehagePlace.unknown
    entity = Person
    definition_period = ETERNITY
    label = "Barnehageplass: barnet går i barnehage, søker plass, eller ingen av delene (the child attends barnehage, is applying, or neither)"
    reference = [barnehageloven("16"), barnehageloven("18"),
                 barnehageloven_before_2021("12 a"), barnehageloven_before_2021("13")]


class has_not_started_school(Condition):
    entity = Person
    label = "Barnet er født og har ikke begynt på skolen (the child is born and has not started school)"
    reference = [barnehageloven("31", ledd=1), barnehageloven_before_2021("19 a", ledd=1), opplaringslova_1998("2-1", ledd=3)]

    def formula(person, period):
        """From the school grade when given (0 = not in school); otherwise from the age the child turns this
        calendar year: at most 4 → not started, 8 or more → started, 5–7 → unknown. Not met before birth.
        """
        grade = person("school_grade", period)
        born = person("age", period) >= 0
        year_age = person("calendar_year_age", period.this_year)
        by_age = numpy.select(
            [year_age <= SURELY_BEFORE_SCHOOL, year_age >= SURELY_IN_SCHOOL], [MET, NOT_MET], UNKNOWN
        )
        by_grade = numpy.where(grade == 0, MET, NOT_MET)
        return numpy.where(born, numpy.where(is_given(grade), by_grade, by_age), NOT_MET).astype(numpy.int16)
