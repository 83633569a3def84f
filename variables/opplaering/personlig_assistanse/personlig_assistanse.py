"""Personleg assistanse (opplæringslova 2023 § 11-4, from 1 Aug 2024).

From 1 Aug 2024 a pupil who needs personal assistance to take part in and
benefit from teaching has a right to the assistance needed; no sakkyndig
vurdering is required (RULES.md §12): *entitled* when the need is there.

Before 1 Aug 2024 the 1998 law had no section of its own for this (none is
recorded in RULES.md). Such help could be part of spesialundervisning (§ 5-1,
after a sakkyndig vurdering) — INFERRED, unverified — so earlier months are
*to be assessed*. That is the one rule that changes on 1 Aug 2024 (`formula_2024_08`).
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import opplaringslova_1998, opplaringslova_2023
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import ChildRightStatus


class personlig_assistanse_status(ChildRightStatus):
    entity = Person
    label = "Personlig assistanse i skolen (personal assistance at school), status"
    reference = [opplaringslova_2023("11-4"), opplaringslova_1998("5-1")]

    def formula(person, period):
        # 1998 law: no separate right; the need was assessed under spesialundervisning (inferred).
        """Before 1 August 2024 there was no separate right to personal assistance; the need was assessed as
        spesialundervisning (inferred): to be assessed when the conditions are met.
        """
        return status_from(person("personlig_assistanse_conditions", period), needs_assessment=True)

    def formula_2024_08(person, period):
        """From 1 August 2024 (opplæringslova 2023 § 11-4): entitled when the conditions are met, not entitled
        when one is not met, missing information otherwise.
        """
        return status_from(person("personlig_assistanse_conditions", period))
