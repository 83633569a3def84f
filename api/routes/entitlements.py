"""POST /v1/entitlements: the assembler's full answer for a family."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.errors import BODY_ERRORS, ApiError, error_responses
from api.models import BatchRequest, BatchResponse, EntitlementsRequest
from openfisca_asb.answer.models import Entitlements
from openfisca_asb.drafting.answers import assemble_many_under, assemble_under

router = APIRouter(prefix="/v1", tags=["entitlements"])


@router.post("/entitlements", response_model=Entitlements, summary="What a family is entitled to, and why",
             responses=error_responses(*BODY_ERRORS))
def entitlements(body: EntitlementsRequest, request: Request) -> Response:
    # A pilot applies only to a family in its kommuner on a date in its window; others get the baseline.
    reform = request.app.state.service.reform(body.reform)
    answer = assemble_under(reform, body.family, body.date_asked(), body.language)
    # The answer is already a validated Entitlements: serialise it once, not validate it again.
    return Response(answer.model_dump_json(), media_type="application/json")


@router.post("/entitlements/batch", response_model=BatchResponse, summary="Several families at once (without single-fact variants)",
             responses=error_responses(*BODY_ERRORS))
def entitlements_batch(body: BatchRequest, request: Request) -> BatchResponse:
    state = request.app.state.service
    limit = state.settings.max_families
    if len(body.families) > limit:
        raise ApiError(
            413, "too_many_families",
            f"For mange familier: høyst {limit} per forespørsel.",
            f"Too many families: at most {limit} per request.",
        )
    reform = state.reform(body.reform)
    on = body.date_asked()
    results = assemble_many_under(reform, body.families, on, body.language)
    return BatchResponse(model_version=results[0].model_version, legal_date=on.isoformat(), results=results)
