"""What the service builds once at start-up: the systems and OpenFisca's API data."""

from dataclasses import dataclass

from openfisca_web_api.loader import build_data

from api.errors import ApiError, problem
from api.settings import Settings
from openfisca_asb.system import baseline_system


@dataclass
class ServiceState:
    settings: Settings
    reforms: dict  # reform id → reformed tax-benefit system
    openfisca_data: dict

    def system_for(self, reform: str | None):
        if reform is None:
            return baseline_system()
        if reform not in self.reforms:
            known = sorted(self.reforms)
            raise ApiError(
                422, "unknown_reform",
                f"Ukjent reform '{reform}'.", f"Unknown reform '{reform}'.",
                [problem("reform", f"Unknown reform; known: {known}", f"Ukjent reform; kjente: {known}", known)],
            )
        return self.reforms[reform]


def build_state(settings: Settings) -> ServiceState:
    system = baseline_system()
    return ServiceState(settings=settings, reforms={}, openfisca_data=build_data(system))
