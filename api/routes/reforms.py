"""Reforms and Trial Act pilots: GET /v1/reforms, POST /v1/reforms/validate, POST /v1/compare.

A reform is named by id (`reform`, see GET /v1/reforms) or given inline as a
parametric reform (`reform_definition`: the same fields as a reforms/<id>.yaml
file). Bad definitions are 422s naming the field.
"""

from datetime import date as Date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from api.errors import ApiError, error_responses, problem
from api.models import DateAsked, born_by_the_date_asked
from openfisca_asb.drafting.comparison import Comparison, compare
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.facts.family import Family, dates_between
from openfisca_asb.drafting.reference_population import DEFAULT_SEED, DEFAULT_SIZE
from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.loading import reform_from_data
from openfisca_asb.drafting.validation import ValidationReport, dates_to_check, validate
from openfisca_asb.version import MODEL_VERSION

router = APIRouter(prefix="/v1", tags=["reforms"])

# A validation runs every family on every date checked: bounded so one request stays short.
MAX_POPULATION = 200
MAX_DATES = 20
EXAMPLE_DEFINITION = {
    "id": "my_hjelpestonad_idea",
    "title": {"nb": "Hjelpestønad på 20 000 kroner", "en": "An assistance allowance of 20,000 kroner"},
    "summary": {"nb": "Ordinær sats 20 000 kr per år fra 2026.", "en": "Ordinary rate 20,000 kr a year from 2026."},
    "author": "A drafter",
    "status": "proposal",
    "legal_basis": [{"title": "Folketrygdloven § 6-4", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}],
    "parameters": {"folketrygd.hjelpestonad.ordinary_yearly_rate": {"2026-01-01": {"value": 20000, "unit": "currency-NOK"}}},
}
FAMILY_EXAMPLE = {
    "kommunenummer": "5001",
    "caregivers": [{"id": "mor", "birth_date": "1985-02-01"}],
    "children": [{"id": "ida", "birth_date": "2016-04-10", "has_lasting_illness": "yes",
                  "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}],
}


class _ReformChoice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reform: str | None = Field(default=None, description="A reform or pilot id from GET /v1/reforms")
    reform_definition: dict[str, Any] | None = Field(
        default=None, description="A parametric reform given inline: the fields of a reforms/<id>.yaml file"
    )
    language: Literal["nb", "en"] = "nb"

    @model_validator(mode="after")
    def _one_reform(self):
        if (self.reform is None) == (self.reform_definition is None):
            raise ValueError("give either 'reform' (an id) or 'reform_definition' (an inline parametric reform), not both")
        return self


class ValidateRequest(_ReformChoice):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"reform": "bpa_threshold_pilot", "population_size": 40}]})

    population_size: int = Field(default=DEFAULT_SIZE, ge=0, le=MAX_POPULATION, description="Families in the generated reference population")
    seed: int = Field(default=DEFAULT_SEED, description="Seed of the reference population")


class CompareRequest(_ReformChoice):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"reform": "raise_hjelpestonad", "family": FAMILY_EXAMPLE, "date": "2026-03-01", "language": "en"},
        {"reform_definition": EXAMPLE_DEFINITION, "families": [FAMILY_EXAMPLE], "date": "2026-03-01"},
    ]})

    date: Annotated[Date, dates_between(FIRST_DATE, LAST_DATE)] | None = DateAsked  # before the families it checks
    family: Family | None = None  # type: ignore[valid-type]
    families: list[Family] | None = Field(default=None, min_length=1)  # type: ignore[valid-type]

    @field_validator("family")
    @classmethod
    def _family_born_by_the_date(cls, family, info: ValidationInfo):
        return family if family is None else born_by_the_date_asked(family, info)

    @field_validator("families")
    @classmethod
    def _families_born_by_the_date(cls, families, info: ValidationInfo):
        for number, family in enumerate(families or []):
            born_by_the_date_asked(family, info, where=f"families.{number}")
        return families

    @model_validator(mode="after")
    def _one_or_many(self):
        if (self.family is None) == (self.families is None):
            raise ValueError("give either 'family' or 'families', not both")
        return self

    def all_families(self) -> list:
        return [self.family] if self.family is not None else list(self.families)


def _reform(body: _ReformChoice, request: Request):
    if body.reform is not None:
        return request.app.state.service.reform(body.reform)
    try:
        return reform_from_data(body.reform_definition, source="reform_definition")
    except ReformError as error:
        raise ApiError(
            422, "invalid_reform",
            "Reformen er ugyldig. Se hvert felt under problems.", "The reform is not valid. See each field under problems.",
            [problem(f"reform_definition.{p.field}", p.en, p.nb) for p in error.problems],
        ) from error


def _summary(reform) -> dict:
    return {
        "id": reform.id,
        "kind": reform.kind,
        **reform.metadata.model_dump(mode="json", by_alias=True),
        "parameters": [
            {"path": o.path, "start": o.start.isoformat(), "value": o.value, "unit": o.unit} for o in reform.overrides
        ],
    }


@router.get("/reforms", summary="The reforms and Trial Act pilots the service knows")
def reforms(request: Request) -> dict:
    loaded = request.app.state.service.reforms
    return {"model_version": MODEL_VERSION, "reforms": [_summary(loaded[key]) for key in sorted(loaded)]}


# Declared before GET /reforms/{reform_id}, so that GET /reforms/validate is a 405, not an unknown id.
@router.post("/reforms/validate", response_model=ValidationReport, responses=error_responses(400, 413, 415, 422, 429),
             summary="Check a reform; for a pilot, what forsøksloven allows (4 + 2 years, no right taken away)")
def validate_reform(body: ValidateRequest, request: Request) -> ValidationReport:
    reform = _reform(body, request)
    dates = dates_to_check(reform)
    if len(dates) > MAX_DATES:
        field = "reform" if body.reform is not None else "reform_definition"
        raise ApiError(
            422, "too_many_dates",
            f"Reformen må sjekkes på {len(dates)} datoer; høyst {MAX_DATES} per forespørsel. Bruk `asb reform validate`.",
            f"The reform must be checked on {len(dates)} dates; at most {MAX_DATES} per request. Use `asb reform validate`.",
            [problem(field, f"{len(dates)} dates to check; at most {MAX_DATES}", f"{len(dates)} datoer å sjekke; høyst {MAX_DATES}")],
        )
    return validate(reform, body.language, body.population_size, body.seed)


@router.get("/reforms/{reform_id}", summary="One reform or pilot", responses=error_responses(404))
def reform(reform_id: str, request: Request) -> dict:
    loaded = request.app.state.service.reforms.get(reform_id)
    if loaded is None:
        raise ApiError(404, "unknown_reform", f"Ukjent reform '{reform_id}'. Se GET /v1/reforms.",
                       f"Unknown reform '{reform_id}'. See GET /v1/reforms.")
    return {"model_version": MODEL_VERSION, "reform": _summary(loaded)}


@router.post("/compare", response_model=Comparison, responses=error_responses(400, 413, 415, 422, 429),
             summary="Baseline against a reform or pilot, per family and benefit: before, after, difference, why")
def compare_reform(body: CompareRequest, request: Request) -> Comparison:
    families = body.all_families()
    limit = request.app.state.service.settings.max_families
    if len(families) > limit:
        raise ApiError(413, "too_many_families", f"For mange familier: høyst {limit} per forespørsel.",
                       f"Too many families: at most {limit} per request.")
    return compare(_reform(body, request), families, body.date or Date.today(), body.language)
