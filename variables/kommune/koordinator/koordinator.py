"""Koordinator: pbrl § 2-5 b from 1 August 2022; before, the kommune's duty in hol § 7-2.

Whoever needs long-term and coordinated health and care services has the right
to have a koordinator appointed. The right does not depend on an individual
plan: the kommune must offer a koordinator also when the person declines the
plan (Helsedirektoratet's veileder). The need is the fact the individual plan
asks for (`needs_long_term_coordinated_health_services`).

The right (pbrl § 2-5 b) came into force on 1 August 2022 (Prop. 100 L (2020–2021)).
Before, the kommune had the duty to offer a koordinator (hol § 7-2), and the right
«innebærer ikke endringer i innholdet i plikten» (Helsedirektoratet's rundskriv to
§ 2-5 b): the outcome is the same on both sides of the date, the provision cited is
the one in force (RIGHT_TO_KOORDINATOR in rules/provisions.py). The complaint route
of the right is the catalogue's, dated likewise (benefit.yaml `before_in_force`).
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import RIGHT_TO_KOORDINATOR, hol
from openfisca_asb.rules.variable_bases import ChildRightStatus


class koordinator_status(ChildRightStatus, conditions="koordinator_condition_need"):
    entity = Person
    label = "Koordinator (coordinator), status"
    reference = [RIGHT_TO_KOORDINATOR, hol("7-2")]
    documentation = "Independent of whether an individual plan is wanted (Helsedirektoratet's veileder, RULES.md § 9)."
