"""POST /v1/explain/{benefit}: the condition tree, parameters used and a curated trace."""

from fastapi import APIRouter, Request

from api.errors import BODY_ERRORS, error_responses
from api.models import EntitlementsRequest
from api.routes.catalogue import BenefitId, find_benefit
from openfisca_asb.answer.explanation import explain
from openfisca_asb.drafting.answers import applying

router = APIRouter(prefix="/v1", tags=["entitlements"])


@router.post("/explain/{benefit_id}", summary="Why one benefit came out as it did",
             responses=error_responses(*BODY_ERRORS, 404, 429))
def explain_benefit(benefit_id: BenefitId, body: EntitlementsRequest, request: Request) -> dict:
    benefit = find_benefit(benefit_id)
    on = body.date_asked()
    reform = applying(request.app.state.service.reform(body.reform), body.family, on)
    if reform is None:
        return explain(body.family, benefit, on, body.language)
    return explain(body.family, benefit, on, body.language, system=reform.system, reform=reform.id,
                   catalogue_overrides=reform.catalogue_overrides())
