"""The sectors a benefit comes from, and what the API, page, CLI and docs call them."""

from typing import Literal

from openfisca_asb.rules.texts import Text

SECTOR_TEXT = {
    "nav": Text(nb="NAV", en="NAV"),
    "kommune": Text(nb="Kommunen", en="The municipality"),
    "barnehage": Text(nb="Barnehagen", en="The barnehage (kindergarten)"),
    "helse": Text(nb="Helsetjenesten", en="The health service"),
    "skole": Text(nb="Skolen (kommunen eller fylkeskommunen)", en="The school (the municipality or the county authority)"),
    "arbeidsliv": Text(nb="Arbeidsgiveren", en="The employer"),
    "stat": Text(nb="Staten", en="The state"),
}

Sector = Literal[tuple(SECTOR_TEXT)]
