"""Personleg assistanse (opplæringslova 2023 § 11-4, from 1 Aug 2024).

From 1 Aug 2024 a pupil who needs personal assistance to take part in and
benefit from teaching has a right to the assistance needed; no sakkyndig
vurdering is required (RULES.md §12): *entitled* when the need is there.

Before 1 Aug 2024 the 1998 law had no section of its own for this (none is
recorded in RULES.md). Such help could be part of spesialundervisning (§ 5-1,
after a sakkyndig vurdering) — INFERRED, unverified — so earlier months are
*to be assessed*. That is the one rule that changes on 1 Aug 2024 (`formula_2024_08`).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

SECTION_11_4 = "https://lovdata.no/lov/2023-06-09-30/§11-4"
OLD_SECTION_5_1 = "https://lovdata.no/lov/1998-07-17-61/§5-1"


class personlig_assistanse_condition_pupil(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Personlig assistanse: elev i grunnskolen eller videregående opplæring (a pupil)"
    reference = SECTION_11_4

    def formula(person, period):
        return person("is_pupil", period)


class personlig_assistanse_condition_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Personlig assistanse: trenger assistanse for å delta i og ha utbytte av opplæringen (needs assistance to take part in teaching)"
    reference = SECTION_11_4

    def formula(person, period):
        return from_answer(person("needs_personal_assistance_at_school", period))


class personlig_assistanse_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Personlig assistanse: alle vilkår (all conditions, combined)"
    reference = SECTION_11_4

    def formula(person, period):
        return all_of(
            person("personlig_assistanse_condition_pupil", period),
            person("personlig_assistanse_condition_need", period),
        )


class personlig_assistanse_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Personlig assistanse i skolen (personal assistance at school), status"
    reference = [SECTION_11_4, OLD_SECTION_5_1]

    def formula(person, period):
        # 1998 law: no separate right; the need was assessed under spesialundervisning (inferred).
        return status_from(person("personlig_assistanse_conditions", period), needs_assessment=True)

    def formula_2024_08(person, period):
        return status_from(person("personlig_assistanse_conditions", period))
