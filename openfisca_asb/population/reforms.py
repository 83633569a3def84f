"""A reform for a population run: by id (loaded with openfisca_asb.drafting.loading), or already loaded.

The loader's interface: `load_reform(reform_id)` returns an object with `id`,
`metadata`, `system` (the reformed TaxBenefitSystem) and `pilot` (None, or an
object with `applies(kommunenummer, on) -> bool`). It is imported only when a
reform is asked for.
"""

from dataclasses import dataclass
from datetime import date


class PopulationRunError(ValueError):
    """A run that cannot start: the message says why (e.g. an unknown reform)."""


@dataclass(frozen=True)
class ReformInfo:
    id: str
    title: dict | None  # {"nb": …, "en": …}
    is_pilot: bool
    kommuner: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None


def load(reform):
    """A loaded reform from an id, or the object itself when it is already loaded."""
    if reform is None or hasattr(reform, "system"):
        return reform
    try:
        from openfisca_asb.drafting.loading import load_reform
    except ImportError as error:
        raise PopulationRunError("reforms cannot be loaded: openfisca_asb.drafting.loading is not available") from error
    try:
        return load_reform(str(reform))
    except (KeyError, ValueError, LookupError, FileNotFoundError) as error:
        raise PopulationRunError(f"unknown or invalid reform '{reform}': {error}") from error


def available() -> list[str]:
    try:
        from openfisca_asb.drafting.loading import available_reforms
    except ImportError:
        return []
    return sorted(str(getattr(r, "id", r)) for r in available_reforms())


def describe(loaded) -> ReformInfo | None:
    if loaded is None:
        return None
    metadata = getattr(loaded, "metadata", None)
    title = getattr(metadata, "title", None) if metadata is not None and not isinstance(metadata, dict) else (metadata or {}).get("title")
    pilot = getattr(loaded, "pilot", None)
    return ReformInfo(
        id=str(getattr(loaded, "id", "reform")),
        title=_texts(title),
        is_pilot=pilot is not None,
        kommuner=tuple(str(k) for k in (_attribute(loaded, pilot, "kommuner") or ())),
        start=_attribute(loaded, pilot, "start"),
        end=_attribute(loaded, pilot, "end"),
    )


def _attribute(loaded, pilot, name):
    """A pilot's scope, from the loaded reform or its pilot."""
    value = getattr(loaded, name, None)
    return value if value is not None else getattr(pilot, name, None)


def _texts(title) -> dict | None:
    if title is None:
        return None
    if hasattr(title, "nb"):
        return {"nb": title.nb, "en": title.en}
    if isinstance(title, dict):
        return {"nb": str(title.get("nb", "")), "en": str(title.get("en", title.get("nb", "")))}
    return {"nb": str(title), "en": str(title)}
