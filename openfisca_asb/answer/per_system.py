"""Answer parts that depend only on the system and the date asked, computed once per system.

A benefit's rate flags, its stale rates and a condition's legal references are the
same for every family asked about on the same date under the same system; an
answer reads them from here instead of walking the parameter tree again. The
cache lives as long as the system (a reform's system built for one request takes
its cache with it) and holds at most `ENTRIES_PER_SYSTEM` entries per function.
"""

import weakref
from datetime import date
from functools import lru_cache

from openfisca_asb.rules.adjustments import StaleRate
from openfisca_asb.answer.amount_notes import stale_rates
from openfisca_asb.answer.citations import LegalReference, legal_reference, references_in_force
from openfisca_asb.answer.rate_flags import RateFlag, rate_flags

ENTRIES_PER_SYSTEM = 4096


def per_system(function):
    """`function(system, *key)` computed once per system and key (hashable arguments)."""
    caches = weakref.WeakKeyDictionary()

    def cached(system, *key):
        if system not in caches:
            system_ref = weakref.ref(system)
            caches[system] = lru_cache(maxsize=ENTRIES_PER_SYSTEM)(lambda *k: function(system_ref(), *k))
        return caches[system](*key)

    cached.__doc__ = function.__doc__
    return cached


@per_system
def benefit_rate_flags(system, paths: tuple[str, ...], on: date) -> tuple[RateFlag, ...]:
    """The benefit's unverified-rate flags on `on` (rate_flags.py)."""
    return tuple(rate_flags(system, list(paths), on))


@per_system
def benefit_stale_rates(system, paths: tuple[str, ...], on: date) -> tuple[StaleRate, ...]:
    """The benefit's rates whose value in force predates a known adjustment (ADR 0009)."""
    return tuple(stale_rates(system, list(paths), on))


@per_system
def condition_references(system, variable: str, on: date, language: str | None = None) -> tuple[LegalReference, ...]:
    """The citations of every provision and source in force on `on` among the variable's references, in its order,
    each with its window (in words in `language`, where one is given; ADR 0040)."""
    return tuple(legal_reference(reference, language)
                 for reference in references_in_force(system.variables[variable].reference, on))


@per_system
def every_reference(system, variable: str, language: str | None = None) -> tuple[LegalReference, ...]:
    """The citations of all the variable's references, whatever the date, each with its window: the old rules a
    family stays on after a change are cited, dated «til 30. juni 2026», after they ended for new cases."""
    references = system.variables[variable].reference
    return tuple(legal_reference(reference, language)
                 for reference in (references if isinstance(references, (list, tuple)) else [references]))


def condition_reference(system, variable: str, on: date, language: str | None = None) -> LegalReference:
    """The first of `condition_references`: the one a condition's `reference` gives."""
    return condition_references(system, variable, on, language)[0]
