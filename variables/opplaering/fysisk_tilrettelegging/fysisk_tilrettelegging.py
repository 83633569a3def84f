"""Fysisk tilrettelegging og tekniske hjelpemiddel (opplæringslova 2023 § 11-5, from 1 Aug 2024).

From 1 Aug 2024 a pupil who needs physical adaptation or technical aids to take
part in teaching has a right to them; no sakkyndig vurdering is required
(RULES.md §12): *entitled* when the need is there.

Before 1 Aug 2024: the 1998 law's basis for this is not recorded in RULES.md
(UNVERIFIED); such needs could be met through spesialundervisning (§ 5-1) —
INFERRED — so earlier months are *to be assessed* (`formula_2024_08` marks the change).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, all_of, from_answer

SECTION_11_5 = "https://lovdata.no/lov/2023-06-09-30/§11-5"
OLD_SECTION_5_1 = "https://lovdata.no/lov/1998-07-17-61/§5-1"


class fysisk_tilrettelegging_condition_pupil(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Fysisk tilrettelegging: elev i grunnskolen eller videregående opplæring (a pupil)"
    reference = SECTION_11_5

    def formula(person, period):
        return person("is_pupil", period)


class fysisk_tilrettelegging_condition_need(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Fysisk tilrettelegging: trenger fysisk tilrettelegging eller tekniske hjelpemidler (needs physical adaptation or technical aids)"
    reference = SECTION_11_5

    def formula(person, period):
        return from_answer(person("needs_physical_adaptation_at_school", period))


class fysisk_tilrettelegging_conditions(Variable):
    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Fysisk tilrettelegging: alle vilkår (all conditions, combined)"
    reference = SECTION_11_5

    def formula(person, period):
        return all_of(
            person("fysisk_tilrettelegging_condition_pupil", period),
            person("fysisk_tilrettelegging_condition_need", period),
        )


class fysisk_tilrettelegging_status(Variable):
    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Fysisk tilrettelegging og tekniske hjelpemidler i skolen (physical adaptation and technical aids at school), status"
    reference = [SECTION_11_5, OLD_SECTION_5_1]

    def formula(person, period):
        # 1998 law: basis unverified; the need was assessed under spesialundervisning (inferred).
        return status_from(person("fysisk_tilrettelegging_conditions", period), needs_assessment=True)

    def formula_2024_08(person, period):
        return status_from(person("fysisk_tilrettelegging_conditions", period))
