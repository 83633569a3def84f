"""No egenandel for children under 16 (folketrygdloven § 5-3 with Helsedirektoratet's rundskriv; kapittel 5).

"Barn under 16 år er fritatt fra å betale egenandeler hos lege, psykolog, poliklinikk
(sykehus), røntgeninstitutt og fysioterapeut, samt for enkelte medisiner og medisinsk
utstyr på blå resept" (Helsedirektoratet). The exemption follows from the child's age
on the day of the service; nobody applies for it. Because the child pays no egenandel
for these services, the child's visits give the parents nothing to count toward a
frikort: "Barn under 16 år skal ikke betale egenandel og er derfor ikke en del av
frikortordningen" (Helsedirektoratet's rundskriv to § 5-3, chapter 2), so § 5-3 is
cited with the rundskriv after it. Of the chapter-5 forskrifter, only pasientreiseforskriften
§ 24 was read (as Pasientreiser HF quotes it): «Det skal ikke betales egenandel … b. for
barn under 16 år»; it is listed after them. The lege, psykolog and fysioterapeut
forskrifter's sections were not found in the stored sources.
Not coded: free psychotherapy under 18, free public dental care to the year the child
turns 18, and the proposed exemption at GP and legevakt for 16- and 17-year-olds
(2026 budget proposal; enactment not verified).
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import EGENANDEL_EXEMPTION_SOURCES
from openfisca_asb.rules.tristate import from_bool
from openfisca_asb.rules.variable_bases import ChildRightStatus


class fritak_egenandel_barn_condition_age(Condition):
    entity = Person
    label = "Fritak for egenandel: barnet er under 16 år (the child is under 16)"
    reference = EGENANDEL_EXEMPTION_SOURCES

    def formula(person, period, parameters):
        """Met while the child is under the age limit (16, Helsedirektoratet) on the day asked: the exemption
        follows the child's age on the day of the service (ADR 0037)."""
        limit = parameters(period).helse.egenandel.child_exemption_age_limit
        return from_bool(person("age_on_the_day", period) < limit)


class fritak_egenandel_barn_status(ChildRightStatus, conditions="fritak_egenandel_barn_condition_age"):
    """Entitled while the child is under 16: the exemption is automatic, with no application."""

    entity = Person
    label = "Fritak for egenandel for barn under 16 år (no user fees for children under 16), status"
    reference = EGENANDEL_EXEMPTION_SOURCES
