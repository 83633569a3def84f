"""What the service builds once at start-up: the systems, the reforms and OpenFisca's API data."""

from dataclasses import dataclass

from openfisca_web_api.loader import build_data

from api.errors import ApiError, problem
from api.settings import Settings
from openfisca_asb.drafting.loading import LoadedReform, available_reforms, load_reform
from openfisca_asb.system import baseline_system


@dataclass
class ServiceState:
    settings: Settings
    reforms: dict[str, LoadedReform]  # reform id → the loaded reform, its system built at start-up
    openfisca_data: dict

    def reform(self, reform: str | None) -> LoadedReform | None:
        """The loaded reform or pilot; None for the baseline; a 422 naming `reform` when unknown."""
        if reform is None:
            return None
        if reform not in self.reforms:
            known = sorted(self.reforms)
            raise ApiError(
                422, "unknown_reform",
                f"Ukjent reform '{reform}'.", f"Unknown reform '{reform}'.",
                [problem("reform", f"Unknown reform; known: {known}", f"Ukjent reform; kjente: {known}", known)],
            )
        return self.reforms[reform]


def load_reforms() -> dict[str, LoadedReform]:
    """Every reform in reforms/, checked and with its system built: a broken reform stops the start."""
    reforms = {reform_id: load_reform(reform_id) for reform_id in available_reforms()}
    for reform in reforms.values():
        reform.system  # noqa: B018 — build it now, not on the first request
    return reforms


def build_state(settings: Settings) -> ServiceState:
    system = baseline_system()
    return ServiceState(settings=settings, reforms=load_reforms(), openfisca_data=build_data(system))
