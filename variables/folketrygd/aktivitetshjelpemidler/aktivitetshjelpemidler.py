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
from openfisca_asb.rules.provisions import Document, ftrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.tristate import all_of, from_bool
from openfisca_asb.rules.variable_bases import BenefitStatus

NAV_ACTIVITY_AIDS = Document("https://www.nav.no/trening-stimulering-aktivisering")


class aktivitetshjelpemidler_condition_age(Condition):
    entity = Person
    label = "Aktivitetshjelpemidler: barnet er under 26 år (under 26 years old)"
    reference = [ftrl("10-6"), NAV_ACTIVITY_AIDS]

    def formula(person, period, parameters):
        """Met for a born child or young person under the age limit (26) on the first day of the month."""
        limit = parameters(period).folketrygd.hjelpemidler.activity_aids_age_limit
        age = person("age", period)
        return from_bool((age >= 0) * (age < limit))


class aktivitetshjelpemidler_condition_reduced_function(Condition):
    entity = Person
    label = "Aktivitetshjelpemidler: vesentlig og varig (over to år) nedsatt funksjonsevne (function substantially reduced for more than two years)"
    reference = ftrl("10-6", ledd=1)

    def formula(person, period):
        """The chapter-10 gate: a lasting illness and function reduced for more than two years (§ 10-6)."""
        return person("has_lasting_reduced_function", period)


class aktivitetshjelpemidler_condition_special_equipment(Condition, fact="cannot_use_ordinary_activity_equipment"):
    entity = Person
    label = "Aktivitetshjelpemidler: barnet trenger spesialutstyr fordi vanlig utstyr ikke kan brukes (ordinary equipment cannot be used)"
    reference = [ftrl("10-6"), NAV_ACTIVITY_AIDS]


class aktivitetshjelpemidler_conditions(Condition):
    entity = Person
    label = "Aktivitetshjelpemidler: alle vilkår (all conditions, combined)"
    reference = ftrl("10-6")

    def formula(person, period):
        """Under 26, a lasting reduction of function, and ordinary equipment cannot be used. Kleene AND."""
        return all_of(
            person("aktivitetshjelpemidler_condition_age", period),
            person("aktivitetshjelpemidler_condition_reduced_function", period),
            person("aktivitetshjelpemidler_condition_special_equipment", period),
        )


class aktivitetshjelpemidler_status(BenefitStatus):
    entity = Person
    label = "Aktivitetshjelpemidler for barn og unge under 26 år (activity aids for children and young people), status"
    reference = [ftrl("10-6"), NAV_ACTIVITY_AIDS]

    def formula(person, period):
        """To be assessed when the conditions are met: whether the aid is necessary and suitable for normal
        activity and development is NAV's assessment; otherwise as the conditions say.
        """
        return status_from(person("aktivitetshjelpemidler_conditions", period), needs_assessment=True)
