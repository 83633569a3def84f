"""What the service builds once at start-up: the systems, the reforms, OpenFisca's API data, the jobs.

Routes take it as `service: Service` (a FastAPI dependency), never from `request.app.state`.
"""

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from openfisca_web_api.loader import build_data

from api.compute import Batcher
from api.errors import ApiError, problem
from api.jobs import Jobs
from api.settings import Settings
from openfisca_asb.drafting.loading import LoadedReform, available_reforms, load_reform
from openfisca_asb.system import baseline_system
from openfisca_asb.facts.messages import echoed


@dataclass
class ServiceState:
    settings: Settings
    reforms: dict[str, LoadedReform]  # reform id → the loaded reform, its system built at start-up
    openfisca_data: dict
    population_jobs: Jobs = field(default=None)  # type: ignore[assignment]
    batcher: Batcher = field(default=None)  # type: ignore[assignment]

    def __post_init__(self):
        if self.population_jobs is None:
            self.population_jobs = Jobs(self.settings.max_population_jobs)
        if self.batcher is None:
            settings = self.settings
            self.batcher = Batcher(settings.batch_window_ms / 1000, settings.max_batch_size, settings.batch_queue_size)

    def reform(self, reform: str | None) -> LoadedReform | None:
        """The loaded reform or pilot; None for the baseline; a 422 naming `reform` when unknown."""
        if reform is None:
            return None
        if reform not in self.reforms:
            known = sorted(self.reforms)
            raise ApiError(
                422, "unknown_reform",
                f"Ukjent reform '{echoed(reform)}'.", f"Unknown reform '{echoed(reform)}'.",
                [problem("reform", f"Unknown reform; known: {', '.join(known)}", f"Ukjent reform; kjente: {', '.join(known)}", known)],
            )
        return self.reforms[reform]

    @property
    def baseline(self):
        return baseline_system()


def load_reforms() -> dict[str, LoadedReform]:
    """Every reform in reforms/, checked and with its system built: a broken reform stops the start."""
    reforms = {reform_id: load_reform(reform_id) for reform_id in available_reforms()}
    for reform in reforms.values():
        reform.system  # noqa: B018 — build it now, not on the first request
    return reforms


def build_state(settings: Settings) -> ServiceState:
    system = baseline_system()
    return ServiceState(settings=settings, reforms=load_reforms(), openfisca_data=build_data(system))


def _service(request: Request) -> ServiceState:
    return request.app.state.service


Service = Annotated[ServiceState, Depends(_service)]
