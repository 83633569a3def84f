"""Omsorgsstønad (hol § 3-6 første ledd nr. 3, pbrl § 2-8): conditions and status.

Paid to the caregiver. The kommune must offer necessary pårørendestøtte to those with
særlig tyngende omsorgsarbeid, but nobody has a right to a particular measure: whether
the support is omsorgsstønad, avlastning or services, and how much, is the kommune's
discretion. So the best outcome is *to be assessed*.

Hjelpestønad is not a condition. Ftrl § 6-4 last ledd sets an order (hjelpestønad
"anvendes først") and lets the kommune take it into account; it does not take away
the right to have omsorgsstønad assessed and decided (pbrl § 2-8). A family that has
not applied for hjelpestønad is told to apply (omsorgsstonad_reason), not refused.
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HEAVY_CARE_BEYOND_PARENTING, hol, pbrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import ChildRightStatus


class omsorgsstonad_condition_child(Condition):
    entity = Person
    label = "Omsorgsstønad: familien har et barn å ha omsorg for (the family lists a child; an expected child is not one)"
    reference = hol("3-6", ledd=1, nr=3)

    def formula(person, period):
        """Omsorgsstønad is for those doing care work (hol § 3-6 første ledd nr. 3), here the care of a child in
        the family: not met while the family lists no child (an expected child is not yet cared for)."""
        return person.familie("family_has_child", period)


class omsorgsstonad_condition_child_needs(Condition):
    entity = Person
    label = "Omsorgsstønad: et barn i familien har sykdom, skade eller funksjonsnedsettelse, eller trenger mer hjelp enn andre barn på samme alder (a child in the family has an illness, injury or disability, or needs more help than other children of the same age)"
    reference = [hol("3-6", ledd=1, nr=3), HEAVY_CARE_BEYOND_PARENTING]

    def formula(person, period):
        """Particularly heavy care work (hol § 3-6 første ledd nr. 3) is care beyond ordinary parenting («klart overstiger vanlig omsorg for barn på samme
        alder», rundskriv I-42/98 as kommuner apply it): not met
        when the family says that no child has an illness, injury or disability or needs more than other
        children of the same age."""
        return person.familie("family_has_child_with_needs", period)


class omsorgsstonad_status(ChildRightStatus, while_alive="caregiver_child_alive"):
    entity = Person
    label = "Omsorgsstønad (carer's allowance from the kommune), status"
    reference = pbrl("2-8")

    def formula(person, period):
        """To be assessed when the conditions are met: whether and how much is the kommune's discretion (hol §
        3-6); otherwise as the conditions say.
        """
        return status_from(person("omsorgsstonad_conditions", period), needs_assessment=True)
