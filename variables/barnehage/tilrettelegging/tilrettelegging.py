"""Tilrettelegging av barnehagetilbudet for barn med nedsatt funksjonsevne (barnehageloven § 37; § 19 g until
31 December 2020).

"Kommunen skal sikre at barn med nedsatt funksjonsevne får et egnet
individuelt tilrettelagt barnehagetilbud", but the duty "omfatter ikke tiltak
som innebærer en uforholdsmessig byrde" (quoted by a kommune; the lovdata text
was not read). It is the kommune's duty, not a right to a given measure: which
measures, and the proportionality test, are the kommune's vedtak. So the best
outcome is *to be assessed*. The child must have, or be applying for, a place;
the right to the place itself cannot be limited by the cost of adapting it
(Udir on the old § 19 g). No money goes to the family. The law was renumbered from
1 January 2021: each date cites the section then in force (rules/provisions.py).
"""

import numpy

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import barnehageloven, barnehageloven_before_2021
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN
from openfisca_asb.rules.variable_bases import ChildRightStatus


class barnehage_tilrettelegging_condition_place(Condition):
    entity = Person
    label = "Tilrettelegging i barnehage: barnet har eller søker barnehageplass (the child has or is applying for a place)"
    reference = [barnehageloven("37"), barnehageloven_before_2021("19 g")]

    def formula(person, period):
        """Met when the child has a place or the family is applying for one; not met when neither; unknown when
        not told.
        """
        place = person("barnehage_place", period)
        places = place.possible_values
        return numpy.select(
            [(place == places.has_place) + (place == places.applying), place == places.unknown], [MET, UNKNOWN], NOT_MET
        ).astype(numpy.int16)


class barnehage_tilrettelegging_status(ChildRightStatus):
    entity = Person
    label = "Individuelt tilrettelagt barnehagetilbud (an adapted barnehage offer for a child with a disability), status"
    reference = [barnehageloven("37"), barnehageloven_before_2021("19 g")]

    def formula(person, period):
        """To be assessed when the conditions are met: which measures, and the uforholdsmessig byrde test, are
        the kommune's vedtak; otherwise as the conditions say.
        """
        return status_from(person("barnehage_tilrettelegging_conditions", period), needs_assessment=True)
