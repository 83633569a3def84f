"""Koordinator (pbrl § 2-5 b; hol § 7-2).

Whoever needs long-term and coordinated health and care services has the right
to have a koordinator appointed. The right does not depend on an individual
plan: the kommune must offer a koordinator also when the person declines the
plan (Helsedirektoratet's veileder). The need is the fact the individual plan
asks for (`needs_long_term_coordinated_health_services`).
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import pbrl
from openfisca_asb.rules.variable_bases import ChildRightStatus


class koordinator_status(ChildRightStatus, conditions="koordinator_condition_need"):
    entity = Person
    label = "Koordinator (coordinator), status"
    reference = pbrl("2-5 b")
    documentation = "Independent of whether an individual plan is wanted (hol § 7-2 first ledd)."
