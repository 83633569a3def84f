"""The agencies that decide a right, and what the packets, page, CLI and docs call them."""

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
