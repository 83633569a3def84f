"""POST /v1/entitlements: the assembler's full answer for a family."""

from fastapi import APIRouter, Request

from api.errors import ApiError
from api.models import BatchRequest, BatchResponse, EntitlementsRequest
from openfisca_asb.answer import Entitlements
from openfisca_asb.assembler import assemble, assemble_many

router = APIRouter(prefix="/v1", tags=["entitlements"])


@router.post("/entitlements", response_model=Entitlements, summary="What a family is entitled to, and why")
def entitlements(body: EntitlementsRequest, request: Request) -> Entitlements:
    state = request.app.state.service
    system = state.system_for(body.reform)
    return assemble(body.family, body.date_asked(), body.language, system=system, reform=body.reform)


@router.post("/entitlements/batch", response_model=BatchResponse, summary="Several families at once (without single-fact variants)")
def entitlements_batch(body: BatchRequest, request: Request) -> BatchResponse:
    state = request.app.state.service
    limit = state.settings.max_families
    if len(body.families) > limit:
        raise ApiError(
            413, "too_many_families",
            f"For mange familier: høyst {limit} per forespørsel.",
            f"Too many families: at most {limit} per request.",
        )
    system = state.system_for(body.reform)
    on = body.date_asked()
    results = assemble_many(body.families, on, body.language, system=system, reform=body.reform)
    return BatchResponse(model_version=results[0].model_version, legal_date=on.isoformat(), results=results)
