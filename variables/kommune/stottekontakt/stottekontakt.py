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

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.status import Status, status_from
from openfisca_asb.rules.tristate import Outcome, from_answer

HOL_3_2 = "https://lovdata.no/lov/2011-06-24-30/§3-2"
PBRL_2_1_A = "https://lovdata.no/lov/1999-07-02-63/§2-1a"


class stottekontakt_condition_needs_helper(Variable):
    """Met when the family says the child needs an adult helper to take part in leisure
    activities; the kommune then assesses the need (pbrl § 2-1 a andre ledd)."""

    value_type = Enum
    possible_values = Outcome
    default_value = Outcome.unknown
    entity = Person
    definition_period = MONTH
    label = "Støttekontakt: barnet trenger en voksen hjelper for å delta i fritidsaktiviteter (the child needs an adult helper for leisure)"
    reference = HOL_3_2 + " første ledd nr. 6 bokstav b"

    def formula(person, period):
        return from_answer(person("needs_helper_for_leisure", period))


class stottekontakt_status(Variable):
    """To be assessed when the need is there: the kommune decides by enkeltvedtak after an
    individual assessment of what help is necessary (pbrl § 2-1 a andre ledd)."""

    value_type = Enum
    possible_values = Status
    default_value = Status.missing_information
    entity = Person
    definition_period = MONTH
    label = "Støttekontakt / fritidsassistanse (support contact for leisure), status"
    reference = PBRL_2_1_A + " andre ledd"

    def formula(person, period):
        return status_from(person("stottekontakt_condition_needs_helper", period), needs_assessment=True)
