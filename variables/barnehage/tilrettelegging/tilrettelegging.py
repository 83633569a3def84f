"""Tilrettelegging av barnehagetilbudet for barn med nedsatt funksjonsevne (barnehageloven § 37).

"Kommunen skal sikre at barn med nedsatt funksjonsevne får et egnet
individuelt tilrettelagt barnehagetilbud", but the duty "omfatter ikke tiltak
som innebærer en uforholdsmessig byrde" (quoted by a kommune; the lovdata text
was not read). It is the kommune's duty, not a right to a given measure: which
measures, and the proportionality test, are the kommune's vedtak. So the best
outcome is *to be assessed*. The child must have, or be applying for, a place;
the right to the place itself cannot be limited by the cost of adapting it
(Udir on the old § 19 g). No money goes to the family.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, all_of, from_answer

SECTION_37 = "https://lovdata.no/lov/2005-06-17-64/§37"


class barnehage_tilrettelegging_condition_preschool_child(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Tilrettelegging i barnehage: barnet har ikke begynt på skolen (the child has not started school)"
    reference = SECTION_37

    def formula(person, period):
        return person("has_not_started_school", period)


class barnehage_tilrettelegging_condition_place(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Tilrettelegging i barnehage: barnet har eller søker barnehageplass (the child has or is applying for a place)"
    reference = SECTION_37

    def formula(person, period):
        place = person("barnehage_place", period)
        places = place.possible_values
        return numpy.select(
            [(place == places.has_place) + (place == places.applying), place == places.unknown], [MET, UNKNOWN], NOT_MET
        ).astype(numpy.int16)


class barnehage_tilrettelegging_condition_disability(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Tilrettelegging i barnehage: barnet har nedsatt funksjonsevne, dokumentert av sakkyndige (a disability shown by an expert statement)"
    reference = SECTION_37 + " første ledd"

    def formula(person, period):
        return from_answer(person("has_documented_disability", period))


class barnehage_tilrettelegging_condition_needs_adaptation(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Tilrettelegging i barnehage: barnet trenger et individuelt tilrettelagt tilbud (the child needs an individually adapted offer)"
    reference = SECTION_37 + " første ledd"

    def formula(person, period):
        return from_answer(person("needs_adaptation_in_barnehage", period))


class barnehage_tilrettelegging_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Tilrettelegging i barnehage: alle vilkår (all conditions, combined)"
    reference = SECTION_37

    def formula(person, period):
        return all_of(
            person("barnehage_tilrettelegging_condition_preschool_child", period),
            person("barnehage_tilrettelegging_condition_place", period),
            person("barnehage_tilrettelegging_condition_disability", period),
            person("barnehage_tilrettelegging_condition_needs_adaptation", period),
        )


class barnehage_tilrettelegging_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Individuelt tilrettelagt barnehagetilbud (an adapted barnehage offer for a child with a disability), status"
    reference = SECTION_37

    def formula(person, period):
        # Which measures, and the uforholdsmessig byrde test, are the kommune's vedtak.
        return status_from(person("barnehage_tilrettelegging_conditions", period), needs_assessment=True)
