"""The questions a family answered "don't know": each named by its fact and the person it is about.

A yes/no fact (or a choice that lists it) can be "unknown" in the family itself; a number, a text or
any other choice cannot, so its "don't know" is listed apart: in the `unknown` of POST /v1/interview
and /v1/facts/needed, and in a saved family file (family_file.py). Listed, it is not asked again.
"""

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from openfisca_asb.facts.family import PERSON_ID, holders_of
from openfisca_asb.facts.vocabulary import vocabulary

WHOM = {"family": {"en": "the family (person null)", "nb": "familien (person null)"},
        "caregiver": {"en": "a caregiver", "nb": "en omsorgsperson"}, "child": {"en": "a child", "nb": "et barn"},
        "person": {"en": "a caregiver or a child", "nb": "en omsorgsperson eller et barn"}}


class FactAsked(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fact: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64, description="A fact id from GET /v1/facts")
    person: str | None = Field(default=None, pattern=PERSON_ID, description="The person it is about; null for a family fact")

    @field_validator("fact")
    @classmethod
    def _in_the_vocabulary(cls, fact: str) -> str:
        if fact not in vocabulary():
            raise PydanticCustomError("unknown_fact", "'{fact}' is not a fact of GET /v1/facts",
                                      {"fact": fact, "nb": f"'{fact}' er ikke et faktum i GET /v1/facts"})
        return fact


def asked_of_someone_in_the_family(family, unknown: list[FactAsked]) -> list[FactAsked]:
    """Each "don't know" names a person of the family who holds the fact (null for a family fact), and a fact
    the family does not answer otherwise (a value given and a "don't know" contradict each other)."""
    for number, item in enumerate(unknown):
        holder = vocabulary()[item.fact].holder
        holders = dict(holders_of(family, holder))
        if item.person not in holders:
            whom = WHOM[holder]
            raise PydanticCustomError("not_a_holder", "{en}", {
                "en": f"unknown.{number}: {item.fact} is asked of {whom['en']}; '{item.person}' is not one in the family",
                "nb": f"unknown.{number}: {item.fact} gjelder {whom['nb']}; «{item.person}» er ikke det i familien"})
        if getattr(holders[item.person], item.fact, None) not in (None, "unknown"):
            raise PydanticCustomError("answered_and_unknown", "{en}", {
                "en": f"unknown.{number}: {item.fact} is given in the family too; leave it out of one of them",
                "nb": f"unknown.{number}: {item.fact} er også besvart i familien; ta det bort fra ett av stedene"})
    return unknown
