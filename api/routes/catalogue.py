"""GET /v1/benefits and /v1/benefits/{id}: the benefit catalogue."""

from datetime import date
from typing import Annotated, Any

from fastapi import Path

from api.errors import ANY_ERRORS, ApiError, error_responses
from api.models import BenefitList, OneBenefit
from api.routes import new_router
from api.routes.facts import DATE_READ
from api.state import Service
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.catalogue.sectors import SECTOR_TEXT
from openfisca_asb.rules.status import STATUS_TEXT
from openfisca_asb.answer.per_system import benefit_rate_flags
from openfisca_asb.answer.quoted_rates import text_on_date
from openfisca_asb.version import MODEL_VERSION
from openfisca_asb.facts.national_id import quoted_unless_national_id

router = new_router(prefix="/v1", tags=["catalogue"])

# The schema lists the known ids; any other id is answered with a bilingual 404.
BenefitId = Annotated[str, Path(description="A benefit id from GET /v1/benefits", json_schema_extra={"enum": list(catalogue())})]


@router.get("/benefits", response_model=BenefitList,
            summary="Every benefit the model knows, with the names of its sectors and statuses, in bokmål and English",
            responses=error_responses(422, *ANY_ERRORS))
def benefits(service: Service, on: date | None = DATE_READ) -> dict:
    on = on or date.today()
    return {
        "model_version": MODEL_VERSION,
        "legal_date": on.isoformat(),
        "benefits": [_filled(b, service, on) for b in catalogue().values()],
        "sectors": {sector: text.model_dump() for sector, text in SECTOR_TEXT.items()},
        "statuses": [{"status": status, "text": text.model_dump()} for status, text in STATUS_TEXT.items()],
    }


@router.get("/benefits/{benefit_id}", response_model=OneBenefit, summary="One benefit from the catalogue",
            responses=error_responses(404, 422, *ANY_ERRORS))
def benefit(benefit_id: BenefitId, service: Service, on: date | None = DATE_READ) -> dict:
    on = on or date.today()
    return {"model_version": MODEL_VERSION, "legal_date": on.isoformat(), "benefit": _filled(find_benefit(benefit_id), service, on)}


def _filled(benefit: Benefit, service, on: date) -> dict:
    """The catalogue entry as it reads on `on` (its legal basis then in force, its complaint route then open), with
    each `{p:path}` in its texts replaced by the value in force on `on`, and the caveat an answer gives where a text
    quotes a figure not verified for that date (answer/quoted_rates.py)."""
    parameters = service.baseline.get_parameters_at_instant(on.isoformat())
    flags = benefit_rate_flags(service.baseline, tuple(benefit.rate_parameters), on)

    def fill(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"nb", "en"} and all(isinstance(v, str) for v in value.values()):
            return {language: text_on_date(text, parameters, flags, on, language) for language, text in value.items()}
        if isinstance(value, dict):
            return {key: fill(item) for key, item in value.items()}
        if isinstance(value, list):
            return [fill(item) for item in value]
        return value  # a string outside a text (an id, a url) quotes no figure

    return fill(benefit.on_date(on).model_dump(mode="json"))


def find_benefit(benefit_id: str) -> Benefit:
    found = catalogue().get(benefit_id)
    if found is None:
        named_en, named_nb = quoted_unless_national_id(benefit_id, "its id", "id-en")
        raise ApiError(404, "unknown_benefit", f"Ukjent ytelse {named_nb}. Se GET /v1/benefits.",
                       f"Unknown benefit {named_en}. See GET /v1/benefits.")
    return found
