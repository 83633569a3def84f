"""A reform for a population run: by id (loaded with openfisca_asb.drafting.loading), or already loaded.

A loaded reform has `id`, `metadata.title` (bilingual), `system` (the reformed
TaxBenefitSystem) and `pilot`: None, or a scope with `kommuner`, `start`, `end`
and `applies(kommunenummer, on) -> bool`.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.drafting.loading import available_reforms, load_reform


class PopulationRunError(ValueError):
    """A run that cannot start: the message says why (e.g. an unknown reform)."""


@dataclass(frozen=True)
class ReformInfo:
    id: str
    title: dict  # {"nb": …, "en": …}
    is_pilot: bool
    kommuner: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None


def load(reform):
    """A loaded reform from an id, or the object itself when it is already loaded."""
    if reform is None or hasattr(reform, "system"):
        return reform
    try:
        return load_reform(str(reform))
    except (KeyError, ValueError, LookupError, FileNotFoundError) as error:
        raise PopulationRunError(f"unknown or invalid reform '{reform}': {error}") from error


def available() -> list[str]:
    return sorted(available_reforms())


def describe(loaded) -> ReformInfo | None:
    if loaded is None:
        return None
    pilot = loaded.pilot
    return ReformInfo(
        id=loaded.id,
        title=loaded.metadata.title.model_dump(),
        is_pilot=pilot is not None,
        kommuner=tuple(pilot.kommuner) if pilot is not None else (),
        start=pilot.start if pilot is not None else None,
        end=pilot.end if pilot is not None else None,
    )
