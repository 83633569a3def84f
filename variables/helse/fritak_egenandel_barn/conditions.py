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
The 2026 budget proposed no egenandel at the GP and legevakt for 16- and
17-year-olds; its enactment was not verified, so a child of 16 or 17 on a date from
1 January 2026 is to be assessed, with the reason (review s24 law M2).
Not coded: free psychotherapy under 18 and free public dental care to the year the
child turns 18.
"""

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import EGENANDEL_EXEMPTION_SOURCES, EGENANDEL_16_AND_17_PROPOSED
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN
from openfisca_asb.rules.variable_bases import BenefitReason, ChildRightStatus


class FritakEgenandelBarnReason(Enum):
    none = "Ingen særskilt regel (no particular rule)"
    proposed_for_16_and_17 = "16 eller 17 år: fritak hos fastlege og legevakt foreslått, ikke bekreftet (16 or 17: an exemption at the GP and legevakt proposed, not verified)"


class fritak_egenandel_barn_within_proposal(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Fritak for egenandel: barnet er over den vedtatte grensen, men under den som er foreslått for fastlege og legevakt (over the limit in force, under the one proposed for the GP and legevakt)"
    reference = [*EGENANDEL_EXEMPTION_SOURCES, EGENANDEL_16_AND_17_PROPOSED]

    def formula(person, period, parameters):
        """True where the child's age on the day asked is at least the limit in force (16) and under the one the 2026
        budget proposed for the GP and legevakt (18 from 1 January 2026, enactment not verified); never before 2026,
        when the proposed limit is the one in force."""
        law = parameters(period).helse.egenandel
        age = person("age_on_the_day", period)
        return (age >= law.child_exemption_age_limit) * (age < law.gp_legevakt_age_limit_proposed)


class fritak_egenandel_barn_condition_age(Condition):
    entity = Person
    label = "Fritak for egenandel: barnet er under 16 år (the child is under 16)"
    reference = EGENANDEL_EXEMPTION_SOURCES

    def formula(person, period, parameters):
        """Met while the child is under the age limit (16, Helsedirektoratet) on the day asked: the exemption
        follows the child's age on the day of the service (ADR 0037). Unknown at 16 and 17 from 1 January 2026,
        while the proposed exemption at the GP and legevakt is not verified; not met otherwise."""
        limit = parameters(period).helse.egenandel.child_exemption_age_limit
        under = person("age_on_the_day", period) < limit
        proposed = person("fritak_egenandel_barn_within_proposal", period)
        return numpy.select([under, proposed], [MET, UNKNOWN], NOT_MET).astype(numpy.int16)


class fritak_egenandel_barn_status(ChildRightStatus):
    entity = Person
    label = "Fritak for egenandel for barn under 16 år (no user fees for children under 16), status"
    reference = EGENANDEL_EXEMPTION_SOURCES

    def formula(person, period):
        """Entitled while the child is under 16: the exemption is automatic, with no application. To be assessed at
        16 and 17 from 1 January 2026: an exemption at the GP and legevakt was proposed for them, and no fact of the
        family's can settle whether it was enacted; not entitled otherwise."""
        status = status_from(person("fritak_egenandel_barn_condition_age", period))
        pending = person("fritak_egenandel_barn_within_proposal", period)
        return numpy.where(pending, Status.to_be_assessed.index, status).astype(numpy.int16)


class fritak_egenandel_barn_reason(BenefitReason, values=FritakEgenandelBarnReason):
    entity = Person
    label = "Fritak for egenandel for barn: hvorfor svaret må vurderes (why the answer is to be assessed)"
    reference = EGENANDEL_16_AND_17_PROPOSED

    def formula(person, period):
        """The proposed exemption for 16- and 17-year-olds at the GP and legevakt, while it decides the answer."""
        pending = person("fritak_egenandel_barn_within_proposal", period)
        return numpy.where(pending, FritakEgenandelBarnReason.proposed_for_16_and_17.index,
                           FritakEgenandelBarnReason.none.index)
