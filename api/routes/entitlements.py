"""POST /v1/entitlements: the assembler's full answer for a family."""

from fastapi.responses import Response

from api.compute import one_at_a_time
from api.errors import COMPUTE_ERRORS, ApiError, error_responses
from api.models import BatchRequest, BatchResponse, EntitlementsRequest
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.models import Entitlements
from openfisca_asb.drafting.answers import assemble_many_under, assemble_under

router = new_router(prefix="/v1", tags=["entitlements"])


@router.post("/entitlements", response_model=Entitlements, summary="What a family is entitled to, and why",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def entitlements(body: EntitlementsRequest, service: Service) -> Response:
    # A pilot applies only to a family in its kommuner on a date in its window; others get the baseline.
    answer = assemble_under(service.reform(body.reform), body.family, body.date_asked(), body.language)
    # The answer is already a validated Entitlements: serialise it once, not validate it again.
    return Response(answer.model_dump_json(), media_type="application/json")


@router.post("/entitlements/batch", response_model=BatchResponse, summary="Several families at once (without single-fact variants)",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def entitlements_batch(body: BatchRequest, service: Service) -> BatchResponse:
    limit = service.settings.max_families
    if len(body.families) > limit:
        raise ApiError(
            413, "too_many_families",
            f"For mange familier: høyst {limit} per forespørsel (ASB_MAX_FAMILIES).",
            f"Too many families: at most {limit} per request (ASB_MAX_FAMILIES).",
        )
    on = body.date_asked()
    results = assemble_many_under(service.reform(body.reform), body.families, on, body.language)
    return BatchResponse(model_version=results[0].model_version, legal_date=on.isoformat(), results=results)
