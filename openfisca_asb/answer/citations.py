"""Readable citations from the Lovdata references the variables carry.

A variable's reference is a Lovdata URL, optionally followed by the ledd or
letter it encodes: "https://lovdata.no/lov/1997-02-28-19/§6-4 første ledd".
"""

import re

from pydantic import BaseModel, ConfigDict

from openfisca_asb.rules.provisions import Reference

LAWS = {
    "1997-02-28-19": "Folketrygdloven",
    "2011-06-24-30": "Helse- og omsorgstjenesteloven",
    "1999-07-02-63": "Pasient- og brukerrettighetsloven",
    "2023-06-09-30": "Opplæringslova",
    "1998-07-17-61": "Opplæringslova (1998)",
    "1992-06-26-87": "Forsøksloven",
    "1967-02-10": "Forvaltningsloven",
    "2005-06-17-62": "Arbeidsmiljøloven",
}

_URL = re.compile(r"^https?://lovdata\.no/lov/(?P<law>[0-9-]+)(/§(?P<section>[0-9A-Za-z-]+))?$")


class LegalReference(BaseModel):
    model_config = ConfigDict(frozen=True)

    citation: str
    url: str


def parse_reference(reference: str) -> LegalReference:
    if isinstance(reference, Reference):  # a provision object (rules/provisions.py) knows its own citation
        return LegalReference(citation=reference.citation, url=reference.url)
    url, _, detail = reference.partition(" ")
    match = _URL.match(url)
    if match is None:
        return LegalReference(citation=reference, url=url)
    law = LAWS.get(match["law"], f"Lov {match['law']}")
    citation = f"{law} § {_section(match['section'])}" if match["section"] else law
    return LegalReference(citation=f"{citation} {detail}".strip(), url=url)


def _section(section: str) -> str:
    """"2-1d" → "2-1 d": Lovdata's URLs join the letter, citations separate it."""
    return re.sub(r"^(\d+-\d+)([a-z])$", r"\1 \2", section)
