"""Prioritet ved opptak i barnehage (barnehageloven § 18): priority admission for a child with a disability.

"Barn med nedsatt funksjonsevne har rett til prioritet ved opptak" (old § 13,
quoted by a kommune; the current wording of § 18 was not read). The opptak
forskrift gives such applicants first priority at hovedopptak and puts them
ahead at later opptak. Whether the child's disability gives priority is the
kommune's assessment on the sakkyndig statement, so the best outcome is *to be
assessed*. The right concerns admission: a child already in barnehage, or not
applying, has nothing to prioritise.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Outcome, all_of, from_answer

SECTION_18 = "https://lovdata.no/lov/2005-06-17-64/§18"


class barnehage_prioritet_condition_preschool_child(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Prioritet i barnehage: barnet har ikke begynt på skolen (the child has not started school)"
    reference = SECTION_18

    def formula(person, period):
        return person("has_not_started_school", period)


class barnehage_prioritet_condition_applying(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Prioritet i barnehage: familien søker barnehageplass (the family is applying for a place)"
    reference = SECTION_18

    def formula(person, period):
        place = person("barnehage_place", period)
        places = place.possible_values
        return numpy.select(
            [place == places.applying, place == places.unknown], [MET, UNKNOWN], NOT_MET
        ).astype(numpy.int16)


class barnehage_prioritet_condition_disability(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Prioritet i barnehage: barnet har nedsatt funksjonsevne, dokumentert av sakkyndige (a disability shown by an expert statement)"
    reference = SECTION_18

    def formula(person, period):
        return from_answer(person("has_documented_disability", period))


class barnehage_prioritet_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Prioritet i barnehage: alle vilkår (all conditions, combined)"
    reference = SECTION_18

    def formula(person, period):
        return all_of(
            person("barnehage_prioritet_condition_preschool_child", period),
            person("barnehage_prioritet_condition_applying", period),
            person("barnehage_prioritet_condition_disability", period),
        )


class barnehage_prioritet_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Prioritet ved opptak i barnehage (priority admission to barnehage), status"
    reference = SECTION_18

    def formula(person, period):
        # The kommune judges the disability at opptak on the sakkyndig statement.
        return status_from(person("barnehage_prioritet_conditions", period), needs_assessment=True)
