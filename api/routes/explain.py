"""POST /v1/explain/{benefit}: the condition tree, parameters used and a curated trace."""

from fastapi import APIRouter, Request

from api.models import EntitlementsRequest
from api.routes.catalogue import find_benefit
from openfisca_asb.explanation import explain

router = APIRouter(prefix="/v1", tags=["entitlements"])


@router.post("/explain/{benefit_id}", summary="Why one benefit came out as it did")
def explain_benefit(benefit_id: str, body: EntitlementsRequest, request: Request) -> dict:
    benefit = find_benefit(benefit_id)
    system = request.app.state.service.system_for(body.reform)
    return explain(body.family, benefit, body.date_asked(), body.language, system=system, reform=body.reform)
