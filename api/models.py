"""Request models of the API, with examples for the OpenAPI schema."""

from datetime import date as Date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from openfisca_asb.answer.models import Entitlements
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.facts.family import Family, birth_dates_in_the_past, dates_between

EXAMPLE_FAMILY = {
    "kommunenummer": "0301",
    "caregivers": [{"id": "mor", "birth_date": "1988-03-14", "employment": "employee", "has_worked_four_weeks": "yes", "yearly_income": 540000}],
    "children": [{
        "id": "ida",
        "birth_date": "2019-06-02",
        "has_lasting_illness": "yes",
        "has_private_care_arrangement": "yes",
        "needs_extra_supervision_and_care": "yes",
    }],
}

Language = Literal["nb", "en"]
DateAsked = Field(default=None, description=f"The date asked about, {FIRST_DATE} to {LAST_DATE} (default: today).")


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: Annotated[Date, dates_between(FIRST_DATE, LAST_DATE)] | None = DateAsked
    language: Language = "nb"
    reform: str | None = Field(default=None, description="A reform or pilot id from GET /v1/reforms; the baseline when left out.")

    def date_asked(self) -> Date:
        return self.date or Date.today()


def born_by_the_date_asked(family, info: ValidationInfo, where: str = "family"):
    """Nobody in the family may be born after the date asked (an expected child is a family fact)."""
    if "date" not in info.data:  # the date itself is not valid and is reported
        return family
    on = info.data["date"] or Date.today()
    late = birth_dates_in_the_past(family, on)
    if late:
        raise PydanticCustomError(
            "born_after_date_asked", "{where}: born after the date asked ({on}): {persons}",
            {"where": where, "on": on.isoformat(), "persons": ", ".join(late)},
        )
    return family


class _FamilyRequest(_Request):
    family: Family  # type: ignore[valid-type]

    @field_validator("family")
    @classmethod
    def _born_by_the_date_asked(cls, family, info: ValidationInfo):
        return born_by_the_date_asked(family, info)


class EntitlementsRequest(_FamilyRequest):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"family": EXAMPLE_FAMILY, "date": "2024-09-01", "language": "nb"}]})


class BatchRequest(_Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"families": [EXAMPLE_FAMILY], "date": "2024-09-01"}]})

    families: list[Family] = Field(min_length=1)  # type: ignore[valid-type]

    @field_validator("families")
    @classmethod
    def _born_by_the_date_asked(cls, families, info: ValidationInfo):
        for number, family in enumerate(families):
            born_by_the_date_asked(family, info, where=f"families.{number}")
        return families


class BatchResponse(BaseModel):
    model_version: str
    legal_date: str
    results: list[Entitlements]


class FactsNeededRequest(_FamilyRequest):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"family": EXAMPLE_FAMILY, "language": "en"}]})
