"""Population runs as background jobs, in memory only: one thread runs them in turn.

A job that fails says why (its families are synthetic, so the reason quotes no one's
facts). Nothing about a job is written to disk or logged.
"""

import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from api.errors import ApiError
from api.models import JobStatus, PopulationRunRequest
from api.reform_failures import reform_fails
from openfisca_asb.drafting.failures import reform_failure

MAX_KEPT_JOBS = 50  # finished jobs beyond this are forgotten, oldest first


class Jobs:
    def __init__(self, max_active: int):
        self.max_active = max_active
        self.lock = threading.Lock()
        self.jobs: OrderedDict[str, JobStatus] = OrderedDict()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="population-run")

    def active(self) -> int:
        return sum(1 for job in self.jobs.values() if job.status in ("queued", "running"))

    def add(self, body: PopulationRunRequest, reform=None) -> JobStatus:
        """Queue a run of `body`; `reform` is the reform to run, by name or built from the request's definition."""
        with self.lock:
            if self.active() >= self.max_active:
                raise ApiError(429, "too_many_jobs",
                               f"For mange befolkningskjøringer pågår: høyst {self.max_active} om gangen "
                               "(ASB_MAX_POPULATION_JOBS). Prøv igjen senere.",
                               f"Too many population runs in progress: at most {self.max_active} at a time "
                               "(ASB_MAX_POPULATION_JOBS). Try again later.")
            job = JobStatus(id=uuid.uuid4().hex, status="queued", request=body)
            self.jobs[job.id] = job
            self._forget_old()
        self.executor.submit(self._run, job.id, reform)
        return job

    def get(self, job_id: str) -> JobStatus | None:
        return self.jobs.get(job_id)

    def _forget_old(self) -> None:
        finished = [key for key, job in self.jobs.items() if job.status in ("done", "failed")]
        for key in finished[: max(0, len(self.jobs) - MAX_KEPT_JOBS)]:
            del self.jobs[key]

    def _set(self, job_id: str, **changes) -> None:
        with self.lock:
            self.jobs[job_id] = self.jobs[job_id].model_copy(update=changes)

    def _run(self, job_id: str, reform) -> None:
        from openfisca_asb.population import generator, runner
        from openfisca_asb.population.results.tables import summary

        body = self.jobs[job_id].request
        self._set(job_id, status="running")
        try:
            # Ages are drawn for the legal date asked, so the families are as old on that date as the
            # published figures say (a population drawn for 2024 and run in 2026 has no children under 2).
            population = generator.generate(body.families, body.seed, *([body.date] if body.date else []))
            result = runner.run(population, on=body.date, reform=reform)
            self._set(job_id, status="done", result=summary(result, body.language))
        except Exception as error:  # noqa: BLE001 — a failed job reports that it failed instead of disappearing
            self._set(job_id, status="failed", error=_failed(error))


def _failed(error: Exception) -> dict:
    """Why a run failed: a structural reform that fails while it runs says so as the endpoints' 422 does."""
    failure = reform_failure(error)
    if failure is not None:
        return reform_fails(failure).detail
    return {"error": type(error).__name__, "message": {"nb": f"Kjøringen feilet: {error}", "en": f"The run failed: {error}"}}

