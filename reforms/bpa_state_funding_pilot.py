"""Pilot: the state funds BPA for children from a lower toppfinansiering threshold.

A structural reform (it adds parameters and variables), scoped as a pilot under
forsøksloven § 3 første ledd bokstav b (division of tasks between state and
kommune). For a child under 18 with a right to BPA (pbrl § 2-1 d), the state's
toppfinansiering starts at a share of the ordinary innslagspunkt (here half)
instead of the full threshold; the compensation rate (80 %) and the rest of the
formula stay as Helsedirektoratet's rundskriv IS-4 sets them.

It changes who pays – the payer view: more from the state, less from the
kommune – and nothing the family is entitled to. Example for drafters – not an
actual pilot.

Modelling choice: whether a child has the right to BPA is read in the first
month of the tilskudd year (BPA's status is monthly, the grant yearly).
"""

import numpy
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import YEAR
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import Document, pbrl
from openfisca_asb.rules.status import Status
from openfisca_asb.rules.tristate import MET, NOT_MET, UNKNOWN, Answer, is_given

HDIR = "https://www.helsedirektoratet.no/tilskudd/saerlig-ressurskrevende-helse-og-omsorgstjenester"
FORSOKSLOVEN_3 = "https://lovdata.no/lov/1992-06-26-87/§3"
PBRL_2_1_D = "https://lovdata.no/lov/1999-07-02-63/§2-1d"
PILOT_START = "2025-01-01"

PILOT_PARAMETERS = {
    "description": "Forsøk: statlig finansiering av BPA for barn fra et lavere innslagspunkt i toppfinansieringen",
    "metadata": {"documentation": "Parameters of the pilot reform bpa_state_funding_pilot; not law."},
    "innslagspunkt_share": {
        "description": "Andel av det ordinære innslagspunktet som gjelder for barn med rett til BPA i forsøkskommunene",
        "reference": [{"title": "Forsøksloven § 3", "href": FORSOKSLOVEN_3}],
        "metadata": {
            "unit": "/1",
            "label_nb": "Innslagspunkt for barn med BPA, andel av det ordinære",
            "label_en": "Threshold for children with BPA, share of the ordinary threshold",
        },
        "values": {PILOT_START: {"value": 0.5}},
    },
    "child_age_limit": {
        "description": "Tjenestemottakere under denne alderen i kostnadsåret regnes som barn i forsøket",
        "reference": [{"title": "Pasient- og brukerrettighetsloven § 2-1 d (barn under 18)", "href": PBRL_2_1_D}],
        "metadata": {"unit": "year", "label_nb": "Aldersgrense for barn i forsøket", "label_en": "Age limit for children in the pilot"},
        "values": {PILOT_START: {"value": 18}},
    },
}

def _add_pilot_parameters(parameters: ParameterNode) -> ParameterNode:
    forsok = parameters.children.get("forsok")
    if forsok is None:
        forsok = ParameterNode("forsok", data={"description": "Forsøk etter forsøksloven"})
        parameters.add_child("forsok", forsok)
    forsok.add_child("bpa_state_funding", ParameterNode("forsok.bpa_state_funding", data=PILOT_PARAMETERS))
    return parameters


class toppfinansiering_pilot_bpa_child(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Forsøk: barn under 18 med rett til BPA (a child under 18 with a right to BPA, in the BPA funding pilot)"
    reference = pbrl("2-1 d")

    def formula_2025_01_01(person, period, parameters):
        """A recipient under the pilot's age limit in the cost year whose BPA status, in the first month of
        the tilskudd year, is entitled or to be assessed."""
        pilot = parameters(period).forsok.bpa_state_funding
        child = person("toppfinansiering_cost_year_age", period) < pilot.child_age_limit
        status = person("bpa_status", period.first_month)
        return child * ((status == Status.entitled) + (status == Status.to_be_assessed))


class toppfinansiering_innslagspunkt(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-NOK"
    label = "Innslagspunkt for denne mottakeren, kroner per år (the threshold for this recipient; lower for children with BPA in the pilot)"
    reference = Document(HDIR)

    def formula_2021_01_01(person, period, parameters):
        """Before the pilot, every recipient has the ordinary threshold."""
        return person.filled_array(parameters(period).stat.toppfinansiering.innslagspunkt)

    def formula_2025_01_01(person, period, parameters):
        """In the pilot, a child with a right to BPA has the pilot's share of the ordinary threshold."""
        ordinary = parameters(period).stat.toppfinansiering.innslagspunkt
        lower = ordinary * parameters(period).forsok.bpa_state_funding.innslagspunkt_share
        return numpy.where(person("toppfinansiering_pilot_bpa_child", period), lower, ordinary)


class toppfinansiering_condition_above_innslagspunkt(Variable):
    # Updates the baseline variable from the pilot's start: the threshold is per recipient.
    def formula_2025_01_01(person, period, parameters):
        """As the baseline condition, measured against this recipient's threshold instead of the ordinary one."""
        deduction = parameters(period).stat.toppfinansiering.intellectual_disability_deduction
        wages = person("toppfinansiering_direct_wage_costs", period)
        grants = person("toppfinansiering_earmarked_grants", period)
        payments = person("toppfinansiering_user_payments", period)
        # As the baseline: unknown grants, payments or disability count as 0, the most the net cost can be.
        highest_net = wages - numpy.maximum(grants, 0) - numpy.maximum(payments, 0)
        highest_net = highest_net - person("toppfinansiering_intellectual_disability_deduction", period)
        counted_as_16 = person("calendar_year_age", period) >= deduction.born_years_before
        disability_known = (person("has_intellectual_disability", period) != Answer.unknown) + numpy.logical_not(counted_as_16)
        all_known = is_given(grants) * is_given(payments) * disability_known
        above = numpy.where(all_known, MET, UNKNOWN)
        outcome = numpy.where(highest_net > person("toppfinansiering_innslagspunkt", period), above, NOT_MET)
        return numpy.where(is_given(wages), outcome, UNKNOWN).astype(numpy.int16)


class toppfinansiering_basis(Variable):
    def formula_2025_01_01(person, period):
        """As the baseline basis, above this recipient's threshold."""
        above = person("toppfinansiering_kommune_cost", period) - person("toppfinansiering_intellectual_disability_deduction", period)
        return numpy.maximum(above - person("toppfinansiering_innslagspunkt", period), 0)


class BpaStateFundingPilot(Reform):
    """The state covers BPA for children in the pilot kommuner from half the toppfinansiering threshold."""

    metadata = {
        "id": "bpa_state_funding_pilot",
        "title": {
            "nb": "Forsøk: staten finansierer BPA for barn fra et lavere innslagspunkt",
            "en": "Pilot: the state funds BPA for children from a lower threshold",
        },
        "summary": {
            "nb": (
                "I Stavanger og Bærum dekker staten i fire år 80 % av kommunens lønnskostnader til barn med rett "
                "til BPA over halve innslagspunktet i toppfinansieringen, ikke over hele. Det endrer hvem som "
                "betaler – mer fra staten, mindre fra kommunen – men ikke hva familien har rett til."
            ),
            "en": (
                "In Stavanger and Bærum, for four years, the state covers 80 % of the kommune's wage costs for "
                "children with a right to BPA above half the toppfinansiering threshold instead of the whole. It "
                "changes who pays – more from the state, less from the kommune – not what the family is entitled to."
            ),
        },
        "author": "openfisca-asb examples (not an actual pilot)",
        "status": "pilot",
        "legal_basis": [
            {"title": "Forsøksloven § 3 første ledd bokstav b (oppgavefordeling mellom stat og kommune)", "url": FORSOKSLOVEN_3},
            {"title": "Helsedirektoratet – Særlig ressurskrevende helse- og omsorgstjenester (rundskriv IS-4)", "url": HDIR},
        ],
        "pilot": {
            "kommuner": {"1103": "Stavanger", "3201": "Bærum"},
            "start": "2025-01-01",
            "end": "2028-12-31",
            "legal_basis": [{"title": "Forsøksloven § 3", "url": FORSOKSLOVEN_3}],
        },
    }

    def apply(self):
        self.modify_parameters(modifier_function=_add_pilot_parameters)
        self.add_variable(toppfinansiering_pilot_bpa_child)
        self.add_variable(toppfinansiering_innslagspunkt)
        self.update_variable(toppfinansiering_condition_above_innslagspunkt)
        self.update_variable(toppfinansiering_basis)
