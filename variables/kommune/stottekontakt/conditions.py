"""Støttekontakt / fritidsassistanse (hol § 3-2 første ledd nr. 6 bokstav b; pbrl § 2-1 a andre ledd).

Personlig assistanse "herunder ... støttekontakt" is one of the services the kommune
must offer (hol § 3-2 første ledd nr. 6 bokstav b), and the patient or user has a legal
claim to necessary health and care services from the kommune (pbrl § 2-1 a andre ledd):
"rettskrav på nødvendig hjelp med en forsvarlig standard, basert på en individuell ...
vurdering" (Helsedirektoratet's commentary). The service is meant for people with
considerable functional impairments who need such help to live an ordinary life, leisure
included; it may be organised as an activity group or through a voluntary organisation
(Helsetilsynet). Whether, how and how many hours is the kommune's assessment, so the
best outcome is *to be assessed*. No range is given: no national figure bounds the hours.
"""

from openfisca_asb.rules.conditions import Condition
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import hol, pbrl
from openfisca_asb.rules.status import status_from
from openfisca_asb.rules.variable_bases import ChildRightStatus


class stottekontakt_condition_needs_helper(Condition, fact="needs_helper_for_leisure"):
    entity = Person
    label = "Støttekontakt: barnet trenger en voksen hjelper for å delta i fritidsaktiviteter (the child needs an adult helper for leisure)"
    reference = hol("3-2", ledd=1, nr=6, bokstav="b")
    documentation = "Met when the family says the child needs an adult helper for leisure; the kommune then assesses the need (pbrl § 2-1 a andre ledd)."


class stottekontakt_status(ChildRightStatus):
    entity = Person
    label = "Støttekontakt / fritidsassistanse (support contact for leisure), status"
    reference = pbrl("2-1 a", ledd=2)

    def formula(person, period):
        """To be assessed when the need is there: the kommune decides by enkeltvedtak, after an individual
        assessment, whether and how many hours (pbrl § 2-1 a andre ledd); no national figure bounds the hours.
        """
        return status_from(person("stottekontakt_condition_needs_helper", period), needs_assessment=True)
