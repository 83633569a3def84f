"""Pasientreiser with a ledsager for a child, and both parents during an admission.

A patient's necessary travel to examination or treatment is covered (pbrl § 2-6);
a ledsager's travel is covered when "pasienten av medisinske eller behandlingsmessige
grunner har behov for ledsager på reise", and "Pasientens behandler skal bekrefte at det er
behov for ledsager" (pasientreiseforskriften § 17 første og andre ledd, as Pasientreiser HF's
national guide quotes it). The text of § 17 says nothing of children: that the need of a
child under 18 is not documented is helsenorge's statement, "Når barn under 18 år følges på
reisen, trenger ikke ledsagerbehovet å dokumenteres", so the age condition cites helsenorge
first. The ledsager pays no egenandel and can claim lost income (§ 18).
"Vanligvis dekkes reisen for én ledsager, men når et barn legges inn på sykehus, kan
begge foreldre få dekket reisen, uavhengig av om de ledsager barnet" (helsenorge;
forskrift om barns opphold i helseinstitusjon § 10). These rules are deterministic:
entitled when the child travels and is under 18. The amount is the cheapest public
transport or the standard km rate for the actual trip, which the model does not know,
so no amount is given. Over 18 a ledsager's need must be documented by the behandler:
the rule for children no longer applies (not entitled to *this* rule, reason given).
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HELSENORGE_LEDSAGER, PASIENTREISEFORSKRIFTEN_17, pbrl
from openfisca_asb.rules.tristate import from_bool


class pasientreiser_ledsager_condition_travel(Condition, fact="has_treatment_travel"):
    entity = Person
    label = "Pasientreiser: barnet reiser til undersøkelse eller behandling (the child travels to treatment)"
    reference = pbrl("2-6")
    documentation = "Met when the child travels to examination or treatment in the health service."


class pasientreiser_ledsager_condition_child_under_limit(Condition):
    entity = Person
    label = "Pasientreiser: barnet er under 18 år, så ledsagerbehovet trenger ikke dokumenteres (under 18: no documentation of the need)"
    reference = [HELSENORGE_LEDSAGER, PASIENTREISEFORSKRIFTEN_17]

    def formula(person, period, parameters):
        """Met while the child is under 18 on the day asked (each trip is judged on its day, ADR 0037): a
        companion's need need not be documented (helsenorge, pasientreiseforskriften § 17)."""
        limit = parameters(period).helse.pasientreiser.companion_without_documentation_age_limit
        return from_bool(person("age_on_the_day", period) < limit)
