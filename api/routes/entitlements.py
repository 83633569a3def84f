"""POST /v1/entitlements: the assembler's full answer for a family."""

from fastapi.responses import Response

from api.compute import batched, computed, one_at_a_time
from api.family_date import answer_moved
from api.errors import COMPUTE_ERRORS, ApiError, error_responses
from api.models import BatchRequest, BatchResponse, EntitlementsRequest
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.models import Entitlements
from openfisca_asb.drafting.answers import assemble_many_under, assemble_under
from openfisca_asb.facts.described_date import family_moved

router = new_router(prefix="/v1", tags=["entitlements"])


@router.post("/entitlements", response_model=Entitlements, summary="What a family is entitled to, and why",
             responses=error_responses(*COMPUTE_ERRORS))
def entitlements(body: EntitlementsRequest, service: Service) -> Response:
    # Answered together with other families asked within a few milliseconds on the same terms (api/compute.py).
    # An unknown reform is this request's 422, found before it waits with others.
    family, said = family_moved(body.family, body.family_date, body.date_asked())
    unknown = frozenset(keys_of(body.unknown))
    if unknown:  # its «don't know» answers name what else settles a right (ADR 0038): answered alone
        answer = computed(service, assemble_under, service.reform(body.reform), family, body.date_asked(), body.language,
                          unknown)
    else:
        answer = batched(service, _answers, (body.date_asked(), body.language, service.reform(body.reform)), family)
    # The answer is already a validated Entitlements: serialise it once, not validate it again.
    answer = answer_moved(answer, said, body.language)
    return Response(answer.model_dump_json(), media_type="application/json")


def _answers(key: tuple, families: list) -> list:
    """Each family's full answer, `assemble_under`'s, from one simulation. A pilot applies only to a family
    in its kommuner on a date in its window; others get the baseline."""
    on, language, reform = key
    return assemble_many_under(reform, families, on, language, with_variants=True)


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
    asked = [family_moved(family, body.family_date, on) for family in body.families]
    results = assemble_many_under(service.reform(body.reform), [family for family, _ in asked], on, body.language)
    results = [answer_moved(result, said, body.language) for result, (_, said) in zip(results, asked)]
    return BatchResponse(model_version=results[0].model_version, legal_date=on.isoformat(), results=results)
