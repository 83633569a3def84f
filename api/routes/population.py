"""Population runs over HTTP: POST /v1/population/runs starts one, GET /v1/population/runs/{id} reads it.

A run generates a seeded synthetic population and runs the rules on it — in a
background thread (api/jobs.py), with a reform when one is named — and keeps the
result in memory only. Nothing about a job is written to disk or logged.
"""

from api.errors import ANY_ERRORS, BODY_ERRORS, ApiError, error_responses, problem
from api.inline_reform import inline_reform
from api.models import JobStatus, PopulationRunRequest
from api.routes import new_router
from api.state import Service
from openfisca_asb.facts.messages import echoed
from openfisca_asb.facts.national_id import quoted_unless_national_id

router = new_router(prefix="/v1/population", tags=["population"])


def _check_reform(reform: str | None) -> None:
    if reform is None:
        return
    from openfisca_asb.population.reforms import available

    known = available()
    if reform not in known:
        raise ApiError(422, "unknown_reform", f"Ukjent reform '{echoed(reform)}'.", f"Unknown reform '{echoed(reform)}'.",
                       [problem("reform", f"Unknown reform; known: {', '.join(known)}", f"Ukjent reform; kjente: {', '.join(known)}", known)])


@router.post("/runs", status_code=202, response_model=JobStatus, response_model_exclude_none=True,
             responses=error_responses(*BODY_ERRORS),
             summary="Start a population run (synthetic families, baseline or a reform) as a background job")
def start_run(body: PopulationRunRequest, service: Service) -> JobStatus:
    limit = service.settings.max_population_families
    if body.families > limit:
        raise ApiError(413, "population_too_large",
                       f"For mange familier: høyst {limit} per kjøring i API-et (ASB_MAX_POPULATION_FAMILIES). "
                       "Bruk `asb population` for større kjøringer.",
                       f"Too many families: at most {limit} per run in the API (ASB_MAX_POPULATION_FAMILIES). "
                       "Use `asb population` for larger runs.",
                       [problem("families", f"at most {limit}", f"høyst {limit}", {"le": limit})])
    _check_reform(body.reform)
    reform = inline_reform(body.reform_definition, service.settings) if body.reform_definition is not None else body.reform
    return service.population_jobs.add(body, reform)


@router.get("/runs/{job_id}", response_model=JobStatus, response_model_exclude_none=True,
            responses=error_responses(404, 422, *ANY_ERRORS),
            summary="A population run's status, and its results when done (or that it failed)")
def get_run(job_id: str, service: Service) -> JobStatus:
    job = service.population_jobs.get(job_id)
    if job is None:
        named_en, named_nb = quoted_unless_national_id(job_id, "the id", "id-en")
        raise ApiError(404, "unknown_job", f"Ingen befolkningskjøring med id {named_nb}.",
                       f"No population run with id {named_en}.")
    return job
