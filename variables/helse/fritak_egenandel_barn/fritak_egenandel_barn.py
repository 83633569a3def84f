"""No egenandel for children under 16 (folketrygdloven kapittel 5).

"Barn under 16 år er fritatt fra å betale egenandeler hos lege, psykolog, poliklinikk
(sykehus), røntgeninstitutt og fysioterapeut, samt for enkelte medisiner og medisinsk
utstyr på blå resept" (Helsedirektoratet). The exemption follows from the child's age
on the day of the service; nobody applies for it. Because the child pays no egenandel
for these services, the child's visits give the parents nothing to count toward a
frikort, and children under 16 are outside the frikort scheme (rundskriv to § 5-3).
Not coded: free psychotherapy under 18, free public dental care to the year the child
turns 18, and the proposed exemption at GP and legevakt for 16- and 17-year-olds
(2026 budget proposal; enactment not verified).
"""

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, from_bool

FTRL_5_3 = "https://lovdata.no/lov/1997-02-28-19/§5-3"


class fritak_egenandel_barn_condition_age(Variable):
    """Met while the child is under the age limit (16) on the first day of the month."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Fritak for egenandel: barnet er under 16 år (the child is under 16)"
    reference = FTRL_5_3

    def formula(person, period, parameters):
        limit = parameters(period).helse.egenandel.child_exemption_age_limit
        return from_bool(person("age", period) < limit)


class fritak_egenandel_barn_status(Variable):
    """Entitled while the child is under 16: the exemption is automatic."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Fritak for egenandel for barn under 16 år (no user fees for children under 16), status"
    reference = FTRL_5_3

    def formula(person, period):
        return status_from(person("fritak_egenandel_barn_condition_age", period))
