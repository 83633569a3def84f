"""A reform for a population run: by id or file path, as a definition (its text, as shipped to Dask
workers), or already loaded (openfisca_asb.drafting.loading does the loading).

The loader's interface: `resolve_reform(id or path)` returns an object with `id`,
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
    """A loaded reform from an id, a file path or a ReformDefinition; the object itself when already loaded."""
    if reform is None or hasattr(reform, "system"):
        return reform
    from openfisca_asb.drafting.errors import ReformError, UnknownReform
    from openfisca_asb.drafting.loading import ReformDefinition, from_definition, resolve_reform

    try:
        if isinstance(reform, ReformDefinition):
            return from_definition(reform)
        return resolve_reform(str(reform))
    except UnknownReform as error:
        raise PopulationRunError(f"unknown reform '{reform}': {error.args[0]}") from error
    except ReformError as error:
        raise PopulationRunError(f"invalid reform:\n{error.describe()}") from error


def portable(reform, loaded):
    """What travels to a worker so it can build the reform itself: the reform's definition (its
    YAML or Python text), never the reform class (a class made from a file cannot be unpickled
    on a worker that has not read that file)."""
    if loaded is None:
        return None
    definition = getattr(loaded, "definition", None)
    if definition is not None:
        return definition
    if isinstance(reform, str):
        return reform
    return loaded  # an object without a definition: only in-process workers can use it


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
