"""Skolefritidsordning (SFO): opplæringslova 2023 § 4-5 from 1 Aug 2024; 1998 law § 13-7 before.

The kommune must offer SFO before and after school on 1st–4th trinn, and to
children with special needs on 1st–7th trinn (§ 13-7 first ledd, VERBATIM via
Udir; taken to continue in § 4-5, whose number comes from Udir's rundskriv).
It is the kommune's duty to have an offer; admission, opening hours and price
are set in the kommune's own SFO forskrift: not modelled.

12 hours a week are free of parental payment on the lowest trinn (forskrift §
1B-4): 1st trinn from Aug 2022, 2nd from Aug 2023, 3rd from Aug 2024. Free SFO
for pupils with special needs on 5th–7th trinn is SECONDARY with an unverified
start date: not encoded, mentioned in the catalogue only.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, any_of, from_answer, from_known_bool, is_given

SECTION_4_5 = "https://lovdata.no/lov/2023-06-09-30/§4-5"
OLD_SECTION_13_7 = "https://lovdata.no/lov/1998-07-17-61/§13-7"
FORSKRIFT_1B_4 = "https://lovdata.no/forskrift/2006-06-23-724/§1B-4"


class sfo_condition_grade(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "SFO: elev på 1.–7. trinn (a pupil on 1st–7th grade)"
    reference = [SECTION_4_5, OLD_SECTION_13_7 + " første ledd"]

    def formula(person, period, parameters):
        highest = parameters(period).opplaering.sfo.offer_highest_trinn.special_needs
        grade = person("school_grade", period)
        return from_known_bool(is_given(grade), (grade >= 1) * (grade <= highest))


class sfo_condition_grade_or_special_needs(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "SFO: 1.–4. trinn, eller barn med særskilte behov (1st–4th grade, or a child with special needs)"
    reference = [SECTION_4_5, OLD_SECTION_13_7 + " første ledd"]

    def formula(person, period, parameters):
        highest_for_all = parameters(period).opplaering.sfo.offer_highest_trinn.all_pupils
        grade = person("school_grade", period)
        return any_of(
            from_known_bool(is_given(grade), grade <= highest_for_all),
            from_answer(person("has_special_needs_for_sfo", period)),
        )


class sfo_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "SFO: alle vilkår (all conditions, combined)"
    reference = [SECTION_4_5, OLD_SECTION_13_7]

    def formula(person, period):
        return all_of(
            person("sfo_condition_grade", period),
            person("sfo_condition_grade_or_special_needs", period),
        )


class sfo_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Tilbud om skolefritidsordning (SFO: an after-school programme offer), status"
    reference = [SECTION_4_5, OLD_SECTION_13_7]

    def formula(person, period):
        return status_from(person("sfo_conditions", period))


class sfo_free_hours_per_week(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "hour"
    label = "SFO: timer per uke uten foreldrebetaling (free SFO hours per WEEK on the lowest grades)"
    reference = [FORSKRIFT_1B_4, SECTION_4_5]

    def formula(person, period):
        # No national free hours before forskrift § 1B-4 (August 2022).
        return person.filled_array(0.0)

    def formula_2022_08(person, period, parameters):
        sfo = parameters(period).opplaering.sfo
        entitled = person("sfo_status", period) == Status.entitled
        grade = person("school_grade", period)
        on_free_grade = (grade >= 1) * (grade <= sfo.free_hours_highest_trinn)
        return numpy.where(entitled * on_free_grade, sfo.free_hours_per_week, 0)
