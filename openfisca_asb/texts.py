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
