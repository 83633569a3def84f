"""POST /v1/population/runs and GET /v1/population/runs/{id}: population runs as background jobs.

A job generates a synthetic population of the size asked (bounded: a larger
request is refused with 413), runs the rules on it in a background thread —
with a reform when one is named — and keeps the result in memory only. A job
that fails says why. Nothing about a job is written to disk or logged.
"""

import os
import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from datetime import date as Date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.errors import BODY_ERRORS, ApiError, error_responses, problem
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.facts.family import dates_between
from openfisca_asb.version import MODEL_VERSION

router = APIRouter(prefix="/v1/population", tags=["population"])

DEFAULT_MAX_FAMILIES = 20_000
MAX_ACTIVE_JOBS = 4  # queued or running, per service
MAX_KEPT_JOBS = 50  # finished jobs beyond this are forgotten, oldest first


def max_families() -> int:
    return int(os.environ.get("ASB_MAX_POPULATION_FAMILIES", DEFAULT_MAX_FAMILIES))


class PopulationRunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    families: int = Field(ge=1, description="Number of synthetic families (at most ASB_MAX_POPULATION_FAMILIES, default 20 000).",
                          examples=[20])
    seed: int = Field(default=1, ge=0, le=2**32 - 1, description="Random seed: the same seed and size give the same population.")
    date: Annotated[Date, dates_between(FIRST_DATE, LAST_DATE)] | None = Field(
        default=None, description=f"The legal date, {FIRST_DATE} to {LAST_DATE} (default: the population's reference date).")
    reform: str | None = Field(default=None, description="A reform or pilot id (GET /v1/reforms) to compare with the current rules.")
    reform_definition: dict[str, Any] | None = Field(
        default=None, description="A parametric reform given inline, as in POST /v1/compare: the fields of a reforms/<id>.yaml file.")
    language: Literal["nb", "en"] = "nb"

    @model_validator(mode="after")
    def _at_most_one_reform(self):
        if self.reform is not None and self.reform_definition is not None:
            raise ValueError("give 'reform' (an id) or 'reform_definition' (an inline parametric reform), not both")
        return self


class JobStatus(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    model_version: str = MODEL_VERSION
    request: PopulationRunRequest
    result: dict | None = None
    error: dict | None = None


class _Jobs:
    """The service's jobs, in memory; one background thread runs them in turn."""

    def __init__(self):
        self.lock = threading.Lock()
        self.jobs: OrderedDict[str, JobStatus] = OrderedDict()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="population-run")

    def active(self) -> int:
        return sum(1 for job in self.jobs.values() if job.status in ("queued", "running"))

    def add(self, body: PopulationRunRequest) -> JobStatus:
        with self.lock:
            if self.active() >= MAX_ACTIVE_JOBS:
                raise ApiError(429, "too_many_jobs",
                               f"For mange befolkningskjøringer pågår: høyst {MAX_ACTIVE_JOBS} om gangen. Prøv igjen senere.",
                               f"Too many population runs in progress: at most {MAX_ACTIVE_JOBS} at a time. Try again later.")
            job = JobStatus(id=uuid.uuid4().hex, status="queued", request=body)
            self.jobs[job.id] = job
            self._forget_old()
        self.executor.submit(self._run, job.id)
        return job

    def _forget_old(self) -> None:
        finished = [key for key, job in self.jobs.items() if job.status in ("done", "failed")]
        for key in finished[: max(0, len(self.jobs) - MAX_KEPT_JOBS)]:
            del self.jobs[key]

    def _set(self, job_id: str, **changes) -> None:
        with self.lock:
            self.jobs[job_id] = self.jobs[job_id].model_copy(update=changes)

    def _run(self, job_id: str) -> None:
        from openfisca_asb.population import generator, runner
        from openfisca_asb.population.results.tables import summary

        body = self.jobs[job_id].request
        self._set(job_id, status="running")
        try:
            # Ages are drawn for the legal date asked, so the families are as old on that date as the
            # published figures say (a population drawn for 2024 and run in 2026 has no children under 2).
            population = generator.generate(body.families, body.seed, *([body.date] if body.date else []))
            result = runner.run(population, on=body.date, reform=_inline_reform(body) or body.reform)
            self._set(job_id, status="done", result=summary(result, body.language))
        except Exception as error:  # a failed job reports why instead of disappearing
            self._set(job_id, status="failed", error={
                "error": type(error).__name__,
                "message": {"nb": f"Kjøringen feilet: {error}", "en": f"The run failed: {error}"},
            })


def _jobs(request: Request) -> _Jobs:
    state = request.app.state
    if not hasattr(state, "population_jobs"):
        state.population_jobs = _Jobs()
    return state.population_jobs


def _inline_reform(body: PopulationRunRequest):
    """The inline reform_definition, checked and built (None without one): a bad one is a 422 naming each field."""
    if body.reform_definition is None:
        return None
    from openfisca_asb.drafting.errors import ReformError
    from openfisca_asb.drafting.loading import reform_from_data

    try:
        return reform_from_data(body.reform_definition, source="reform_definition")
    except ReformError as error:
        raise ApiError(422, "invalid_reform",
                       "Reformen er ugyldig. Se hvert felt under problems.", "The reform is not valid. See each field under problems.",
                       [problem(f"reform_definition.{p.field}", p.en, p.nb) for p in error.problems]) from error


def _check_reform(reform: str | None) -> None:
    if reform is None:
        return
    from openfisca_asb.population.reforms import available

    known = available()
    if reform not in known:
        raise ApiError(422, "unknown_reform", f"Ukjent reform '{reform}'.", f"Unknown reform '{reform}'.",
                       [problem("reform", f"Unknown reform; known: {known}", f"Ukjent reform; kjente: {known}", known)])


@router.post("/runs", status_code=202, response_model=JobStatus, response_model_exclude_none=True,
             responses=error_responses(*BODY_ERRORS, 429),
             summary="Start a population run (synthetic families, baseline or a reform) as a background job")
def start_run(body: PopulationRunRequest, request: Request) -> JobStatus:
    limit = max_families()
    if body.families > limit:
        raise ApiError(413, "population_too_large",
                       f"For mange familier: høyst {limit} per kjøring i API-et. Bruk `asb population` for større kjøringer.",
                       f"Too many families: at most {limit} per run in the API. Use `asb population` for larger runs.",
                       [problem("families", f"at most {limit}", f"høyst {limit}", {"le": limit})])
    _check_reform(body.reform)
    _inline_reform(body)
    return _jobs(request).add(body)


@router.get("/runs/{job_id}", response_model=JobStatus, response_model_exclude_none=True, responses=error_responses(404),
            summary="A population run's status, and its results when done (or why it failed)")
def get_run(job_id: str, request: Request) -> JobStatus:
    job = _jobs(request).jobs.get(job_id)
    if job is None:
        raise ApiError(404, "unknown_job", f"Ingen befolkningskjøring med id '{job_id}'.", f"No population run with id '{job_id}'.")
    return job
