"""What the kommune (or a drafter) tells about the cost of one service recipient.

These are the figures the kommune reports to Helsedirektoratet for the year
the claim is based on (the year before the tilskudd year). A family will rarely
know them; they serve drafters and the payer view.
"""


from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import HDIR
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact


class toppfinansiering_direct_wage_costs(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = (
        "Direkte lønnskostnader for tjenestene til mottakeren, kroner per år (the kommune's yearly direct wage costs "
        "of direct user time; administration, training and travel excluded; -1 when not given)"
    )
    reference = HDIR


class toppfinansiering_earmarked_grants(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = "Øremerkede statlige tilskudd til tjenestene, kroner per år (other earmarked state grants for these services; -1 when not given)"
    reference = HDIR


class toppfinansiering_user_payments(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = "Brukerbetaling for tjenestene, kroner per år (user payments the kommune received for these services; -1 when not given)"
    reference = HDIR


class has_intellectual_disability(YesNoFact):
    entity = Person
    label = "Psykisk utviklingshemming (intellectual disability)"
    reference = HDIR
