"""Bilingual text: every user-facing sentence comes in bokmål and English."""

from typing import Literal

from pydantic import BaseModel, ConfigDict

Language = Literal["nb", "en"]


class Text(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nb: str
    en: str

    def in_language(self, language: Language) -> str:
        return self.nb if language == "nb" else self.en


STATUS_TEXT = {
    "entitled": Text(nb="Du har rett", en="Entitled"),
    "to_be_assessed": Text(nb="Må vurderes", en="To be assessed"),
    "missing_information": Text(nb="Mangler opplysninger", en="Missing information"),
    "not_entitled": Text(nb="Ikke rett", en="Not entitled"),
}

OUTCOME_TEXT = {
    "met": Text(nb="Oppfylt", en="Met"),
    "not_met": Text(nb="Ikke oppfylt", en="Not met"),
    "unknown": Text(nb="Uavklart", en="Unknown"),
}
