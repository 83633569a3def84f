"""GET /healthz, /v1/version and /v1/dates (the dates the model answers for, which the page reads)."""

from api.errors import ANY_ERRORS, error_responses
from api.models import DateRange, Health, VersionInfo
from api.routes import new_router
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, PROJECTION_HORIZON
from openfisca_asb.version import version_info

router = new_router(tags=["service"])


@router.get("/healthz", response_model=Health, summary="Liveness", responses=error_responses(*ANY_ERRORS))
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/v1/version", response_model=VersionInfo, summary="Model version, parameter-set hash, legal data date and date range",
            responses=error_responses(*ANY_ERRORS))
def version() -> dict:
    return {**version_info(), **dates()}


@router.get("/v1/dates", response_model=DateRange, summary="The first and last date the model answers for",
            responses=error_responses(*ANY_ERRORS))
def dates() -> dict:
    return {"first_date": FIRST_DATE, "last_date": LAST_DATE, "projection_until": PROJECTION_HORIZON}
