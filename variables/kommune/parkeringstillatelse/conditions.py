"""Parkeringstillatelse for forflytningshemmede (forskrift om parkeringstillatelse for forflytningshemmede § 3).

The bostedskommune gives the permit to a driver or a passenger – so a child, as
passenger – who has "store vansker med å bevege seg over noen lengde" and a "særlig
behov" for parking "i forbindelse med bosted, arbeid og/eller annen aktivitet"
(the test as quoted by Sivilombudet, 2022). Needs tied to home or work cannot be
ranked above other activities in general (Sivilombudet). Both are assessed by the
kommune on a doctor's statement, so the best outcome is *to be assessed*. The permit
gives no money: there is no amount or range.
The conditions are in the forskrift om parkeringstillatelse for forflytningshemmede of
18 March 2016 (in force 1 January 2017), § 3 første ledd as Sivilombudet cites it, not
in parkeringsforskriften (vilkårsparkering); its Lovdata id was not verified, so the
citation links to Sivilombudet's statement and says so (README.md).
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import PARKING_PERMIT_CONDITIONS
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import all_of
from openfisca_asb.rules.variable_bases import ChildRightStatus


class parkeringstillatelse_condition_walking(Condition, fact="has_great_walking_difficulty"):
    entity = Person
    label = "Parkeringstillatelse: store vansker med å bevege seg over noen lengde (great difficulty moving over any distance)"
    reference = PARKING_PERMIT_CONDITIONS
    documentation = "Met when the child cannot walk or has great difficulty moving over any distance."


class parkeringstillatelse_condition_particular_need(Condition, fact="needs_short_distance_parking"):
    entity = Person
    label = "Parkeringstillatelse: særlig behov for parkeringslettelse ved bosted, arbeid og/eller annen aktivitet (a particular need for parking relief)"
    reference = PARKING_PERMIT_CONDITIONS
    documentation = "Met when the family has a particular need to park close to home, work or another activity because of the child; any activity counts (Sivilombudet)."


class parkeringstillatelse_status(ChildRightStatus):
    entity = Person
    label = "Parkeringstillatelse for forflytningshemmede (disabled parking permit), status"
    reference = PARKING_PERMIT_CONDITIONS

    def formula(person, period):
        """To be assessed when both conditions are met: the kommune weighs the doctor's statement and the
        need in a totality (Sivilombudet); not entitled when either is not met.
        """
        conditions = all_of(
            person("parkeringstillatelse_condition_walking", period),
            person("parkeringstillatelse_condition_particular_need", period),
        )
        return status_from(conditions, needs_assessment=True)
