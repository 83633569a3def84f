"""The agencies that decide a right, and what the packets, page, CLI and docs call them.

Where the family's kommunenummer is known, an agency that is the family's own kommune is named
with the kommune's name (`AGENCY_IN_KOMMUNE`, "{kommune}" is the name from facts/kommuner.py).
No kommune website is given: no verified source of them was found (docs/adr/0020).
"""

from typing import Literal

from openfisca_asb.rules.texts import Text

AGENCY_TEXT = {
    "nav": Text(nb="NAV", en="NAV"),
    "kommune_services": Text(nb="Kommunens tildelingskontor for helse- og omsorgstjenester", en="The municipality's allocation office for health and care services"),
    "kommune_coordination": Text(nb="Kommunens koordinerende enhet", en="The municipality's coordinating unit"),
    "school": Text(nb="Skolen og kommunen (rektor)", en="The school and the municipality (the head teacher)"),
    "fylkeskommune": Text(nb="Fylkeskommunen", en="The county authority"),
    "pp_tjenesten": Text(nb="PP-tjenesten", en="The educational-psychological service (PP-tjenesten)"),
    "pasientreiser": Text(nb="Pasientreiser", en="Patient travel (Pasientreiser)"),
    "kommune": Text(nb="Bostedskommunen", en="The home municipality"),
    "kommune_barnehage": Text(nb="Kommunen som barnehagemyndighet", en="The municipality as barnehage authority"),
    "employer": Text(nb="Arbeidsgiveren", en="The employer"),
    "place_of_treatment": Text(nb="Behandlingsstedet", en="The place of treatment"),
    "helsedirektoratet": Text(nb="Helsedirektoratet", en="The Norwegian Directorate of Health (Helsedirektoratet)"),
}

Agency = Literal[tuple(AGENCY_TEXT)]

# The agencies that are the family's own kommune, as they are named once the kommune is known.
AGENCY_IN_KOMMUNE = {
    "kommune": Text(nb="{kommune} kommune", en="{kommune} kommune"),
    "kommune_services": Text(nb="Tildelingskontoret for helse- og omsorgstjenester i {kommune} kommune",
                             en="The allocation office for health and care services in {kommune} kommune"),
    "kommune_coordination": Text(nb="Koordinerende enhet i {kommune} kommune", en="The coordinating unit in {kommune} kommune"),
    "kommune_barnehage": Text(nb="{kommune} kommune som barnehagemyndighet", en="{kommune} kommune as barnehage authority"),
    # Only for a right applied for at the kommune (channel kind "kommune", SFO): the kommune decides, as it must offer
    # SFO (opplæringslova § 4-5), and the school's head teacher is the way in. A school right applied for at the head
    # teacher is not named after the kommune: it may be a fylkeskommune's (videregående).
    "school": Text(nb="{kommune} kommune, via skolen (rektor)", en="{kommune} kommune, through the school (the head teacher)"),
}
# The same agencies before the kommune is known, where their name alone does not say that the kommune decides.
AGENCY_OF_THE_KOMMUNE = {
    "school": Text(nb="Kommunen, via skolen (rektor)", en="The municipality, through the school (the head teacher)"),
}
KOMMUNE_AGENCIES = frozenset(AGENCY_IN_KOMMUNE) - {"school"}
NO_VERIFIED_LINK = Text(
    nb="Vi kjenner ingen kontrollert lenke til nettstedet til {kommune} kommune; finn det ved å søke på kommunens navn.",
    en="No verified link to the website of {kommune} kommune is known; find it by searching for the kommune's name.",
)
