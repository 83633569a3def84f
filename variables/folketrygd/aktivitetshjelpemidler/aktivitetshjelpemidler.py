"""Aktivitetshjelpemidler for barn og unge under 26 år (folketrygdloven § 10-6, § 10-7 første ledd bokstav a).

"Barn og unge under 26 år kan få hjelpemidler til trening og stimulering"
(NAV Hjelpemiddelsentral Vestland) under the ordinary rules of § 10-6: the
function must be varig (more than two years) and vesentlig nedsatt, and the
aid nødvendig og hensiktsmessig for normal activity and development. NAV gives
specially made equipment or adapts ordinary equipment; not ordinary sports
gear, exercise bikes or competition equipment. Loaned, with no egenandel under
26. Whether an aid is needed is NAV's assessment: at best *to be assessed*.
Over 26 a separate budget-limited scheme (AKT 26) applies: not modelled.
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import NAV_ACTIVITY_AIDS, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import from_bool
from openfisca_asb.rules.variable_bases import ChildRightStatus


class aktivitetshjelpemidler_condition_age(Condition):
    entity = Person
    label = "Aktivitetshjelpemidler: barnet er under 26 år (under 26 years old)"
    reference = [ftrl("10-6"), NAV_ACTIVITY_AIDS]

    def formula(person, period, parameters):
        """Met for a born child or young person under the age limit (26) on the first day of the month."""
        limit = parameters(period).folketrygd.hjelpemidler.activity_aids_age_limit
        age = person("age", period)
        return from_bool((age >= 0) * (age < limit))


class aktivitetshjelpemidler_status(ChildRightStatus):
    entity = Person
    label = "Aktivitetshjelpemidler for barn og unge under 26 år (activity aids for children and young people), status"
    reference = [ftrl("10-6"), NAV_ACTIVITY_AIDS]

    def formula(person, period):
        """To be assessed when the conditions are met: whether the aid is necessary and suitable for normal
        activity and development is NAV's assessment; otherwise as the conditions say.
        """
        return status_from(person("aktivitetshjelpemidler_conditions", period), needs_assessment=True)
