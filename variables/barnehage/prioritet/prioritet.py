"""Prioritet ved opptak i barnehage (barnehageloven § 18; § 13 until 31 December 2020): priority admission for a child
with a disability.

"Barn med nedsatt funksjonsevne har rett til prioritet ved opptak" (old § 13,
quoted by a kommune; the current wording of § 18 was not read). The opptak
forskrift gives such applicants first priority at hovedopptak and puts them
ahead at later opptak. Whether the child's disability gives priority is the
kommune's assessment on the sakkyndig statement, so the best outcome is *to be
assessed*. The right concerns admission: a child already in barnehage, or not
applying, has nothing to prioritise. The law was renumbered from 1 January 2021:
each date cites the section then in force (rules/provisions.py).
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven, barnehageloven_before_2021
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN
from openfisca_asb.rules.variable_bases import ChildRightStatus


class barnehage_prioritet_condition_applying(Condition):
    entity = Person
    label = "Prioritet i barnehage: familien søker barnehageplass (the family is applying for a place)"
    reference = [barnehageloven("18"), barnehageloven_before_2021("13")]

    def formula(person, period):
        """Met when the family is applying for a place; not met when the child has one or they are not
        applying; unknown when not told.
        """
        place = person("barnehage_place", period)
        places = place.possible_values
        return numpy.select(
            [place == places.applying, place == places.unknown], [MET, UNKNOWN], NOT_MET
        ).astype(numpy.int16)


class barnehage_prioritet_status(ChildRightStatus):
    entity = Person
    label = "Prioritet ved opptak i barnehage (priority admission to barnehage), status"
    reference = [barnehageloven("18"), barnehageloven_before_2021("13")]

    def formula(person, period):
        """To be assessed when the conditions are met: the kommune judges the disability at opptak on the
        sakkyndig statement; otherwise as the conditions say.
        """
        return status_from(person("barnehage_prioritet_conditions", period), needs_assessment=True)
