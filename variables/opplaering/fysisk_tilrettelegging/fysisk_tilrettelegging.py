"""Fysisk tilrettelegging og tekniske hjelpemiddel (opplæringslova 2023 § 11-5, from 1 Aug 2024).

From 1 Aug 2024 a pupil who needs physical adaptation or technical aids to take
part in teaching has a right to them; no sakkyndig vurdering is required
(RULES.md §12): *entitled* when the need is there.

Before 1 Aug 2024: the 1998 law's basis for this is not recorded in RULES.md
(UNVERIFIED); such needs could be met through spesialundervisning (§ 5-1) —
INFERRED — so earlier months are *to be assessed* (`formula_2024_08` marks the change).
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import ChildRightStatus


class fysisk_tilrettelegging_status(ChildRightStatus):
    entity = Person
    label = "Fysisk tilrettelegging og tekniske hjelpemidler i skolen (physical adaptation and technical aids at school), status"
    reference = [opplaringslova_2023("11-5"), opplaringslova_1998("5-1")]

    def formula(person, period):
        # 1998 law: basis unverified; the need was assessed under spesialundervisning (inferred).
        """Before 1 August 2024, under the 1998 law, the need was assessed as spesialundervisning (inferred;
        basis unverified): to be assessed when the conditions are met.
        """
        return status_from(person("fysisk_tilrettelegging_conditions", period), needs_assessment=True)

    def formula_2024_08(person, period):
        """From 1 August 2024 (opplæringslova 2023): entitled when the conditions are met, not entitled when
        one is not met, missing information otherwise.
        """
        return status_from(person("fysisk_tilrettelegging_conditions", period))
