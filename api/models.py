"""Request models of the API, with examples for the OpenAPI schema."""

from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from openfisca_asb.answer import Entitlements
from openfisca_asb.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.family import Family

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
DateAsked = Field(default=None, ge=FIRST_DATE, le=LAST_DATE, description="The date asked about (default: today).")


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: Date | None = DateAsked
    language: Language = "nb"
    reform: str | None = Field(default=None, description="A reform or pilot id from GET /v1/reforms; the baseline when left out.")

    def date_asked(self) -> Date:
        return self.date or Date.today()


class EntitlementsRequest(_Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"family": EXAMPLE_FAMILY, "date": "2024-09-01", "language": "nb"}]})

    family: Family  # type: ignore[valid-type]


class BatchRequest(_Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"families": [EXAMPLE_FAMILY], "date": "2024-09-01"}]})

    families: list[Family] = Field(min_length=1)  # type: ignore[valid-type]


class BatchResponse(BaseModel):
    model_version: str
    legal_date: str
    results: list[Entitlements]


class FactsNeededRequest(_Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"family": EXAMPLE_FAMILY, "language": "en"}]})

    family: Family  # type: ignore[valid-type]
