"""Skoleskyss for pupils whose disability or temporary injury or illness creates a need for transport.

1998 law § 7-3 (VERBATIM, tryggtrafikk.no and Udir-2-2019): such pupils have a
right to free transport regardless of the distance between home and school,
and, if they have an SFO place, to and from SFO (not in school holidays). The
2023 law continues the right (Prop. 57 L ch. 37); since 1 Aug 2024 the rules
sit in chapter 4 (grunnskole) and chapter 9 (vgs) (Statsforvalteren i
Rogaland), but the section number was not found: the references name the
chapters only. The rule itself did not change, so there is one formula.
Whether the need exists is the fylkeskommune's overall judgement on a
legeerklæring; the family's answer stands in for it.
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

NEW_LAW_CHAPTERS = "https://lovdata.no/lov/2023-06-09-30 kapittel 4 (grunnskole) og kapittel 9 (videregående); § ikke verifisert"
OLD_SECTION_7_3 = "https://lovdata.no/lov/1998-07-17-61/§7-3"


class skoleskyss_condition_pupil(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Skoleskyss: elev i grunnskolen eller videregående skole (a pupil)"
    reference = [NEW_LAW_CHAPTERS, OLD_SECTION_7_3]

    def formula(person, period):
        return person("is_pupil", period)


class skoleskyss_condition_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Skoleskyss: funksjonsnedsettelse eller midlertidig skade eller sykdom gir behov for skyss (illness or disability creates a need for transport)"
    reference = [NEW_LAW_CHAPTERS, OLD_SECTION_7_3 + " første ledd"]

    def formula(person, period):
        return from_answer(person("needs_transport_due_to_illness", period))


class skoleskyss_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Skoleskyss: alle vilkår (all conditions, combined)"
    reference = [NEW_LAW_CHAPTERS, OLD_SECTION_7_3]

    def formula(person, period):
        return all_of(
            person("skoleskyss_condition_pupil", period),
            person("skoleskyss_condition_need", period),
        )


class skoleskyss_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Gratis skoleskyss uavhengig av avstand ved sykdom eller funksjonsnedsettelse (free school transport regardless of distance), status"
    reference = [NEW_LAW_CHAPTERS, OLD_SECTION_7_3]

    def formula(person, period):
        return status_from(person("skoleskyss_conditions", period))
