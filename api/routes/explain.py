"""POST /v1/explain/{benefit}: the condition tree, parameters used and a curated trace."""

from api.compute import one_at_a_time
from api.family_date import family_asked
from api.errors import COMPUTE_ERRORS, error_responses
from api.models import EntitlementsRequest, Explanation
from api.routes import new_router
from api.routes.catalogue import BenefitId, find_benefit
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.explanation import explain
from openfisca_asb.drafting.answers import applying

router = new_router(prefix="/v1", tags=["entitlements"])


@router.post("/explain/{benefit_id}", response_model=Explanation, summary="Why one benefit came out as it did",
             responses=error_responses(*COMPUTE_ERRORS, 404))
@one_at_a_time
def explain_benefit(benefit_id: BenefitId, body: EntitlementsRequest, service: Service) -> dict:
    benefit = find_benefit(benefit_id)
    on = body.date_asked()
    family, moved = family_asked(body.family, body.family_date, on, body.language)
    reform = applying(service.reform(body.reform), family, on)
    unknown = keys_of(body.unknown)
    if reform is None:
        explained = explain(family, benefit, on, body.language, unknown=unknown)
    else:
        explained = explain(family, benefit, on, body.language, system=reform.system, catalogue_overrides=reform.catalogue_overrides(),
                            unknown=unknown)
    return explained if moved is None else {**explained, "grades_moved": moved}
