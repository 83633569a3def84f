"""A reform for a population run: by id or file path, as a definition (its text, as shipped to Dask
workers), or already loaded (openfisca_asb.drafting.loading does the loading).

The loader's interface: `resolve_reform(id or path)` returns an object with `id`,
`metadata`, `system` (the reformed TaxBenefitSystem) and `pilot` (None, or an
object with `applies(kommunenummer, on) -> bool`).
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.drafting.errors import ReformError, UnknownReform
from openfisca_asb.drafting.loading import ReformDefinition, available_reforms, from_definition, resolve_reform
from openfisca_asb.facts.messages import echoed


class PopulationRunError(ValueError):
    """A run that cannot start: the message says why (e.g. an unknown reform), in English and bokmål."""

    def __init__(self, en: str, nb: str):
        super().__init__(en)
        self.nb = nb

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else str(self)


@dataclass(frozen=True)
class ReformInfo:
    id: str
    title: dict  # {"nb": …, "en": …}
    is_pilot: bool
    kommuner: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    in_force: date | None = None  # when a proposal would take effect (its metadata), for the budget-year cost


def load(reform):
    """A loaded reform from an id, a file path or a ReformDefinition; the object itself when already loaded."""
    if reform is None or hasattr(reform, "system"):
        return reform
    try:
        if isinstance(reform, ReformDefinition):
            return from_definition(reform)
        return resolve_reform(str(reform))
    except UnknownReform as error:
        raise PopulationRunError(f"unknown reform '{echoed(reform)}': {error.args[0]}",
                                 f"ukjent reform '{echoed(reform)}': {error.in_language('nb')}") from error
    except ReformError as error:
        raise PopulationRunError(f"invalid reform:\n{error.describe()}", f"reformen er ugyldig:\n{error.describe('nb')}") from error


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
        in_force=loaded.metadata.in_force,
    )
