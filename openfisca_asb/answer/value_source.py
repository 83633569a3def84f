"""What a parameter's file says of the value in force on a date itself (review s21 M3): the day it starts, its own
source, its unit, how sure the source is, whether it was found at all, and whether it is stale on that date — older
than a known change whose value was not found, as the answer's note and flags say (review s24 law L1).

A parameter's `reference` speaks of the rule (the § that lets Stortinget set the rates); each dated value may name the
page that gives that figure. OpenFisca copies a parameter's metadata into each of its values, so a value's
`reference` is its own only where it differs from the parameter's.
"""

from datetime import date

from openfisca_asb.answer.citations import LegalReference, legal_reference
from openfisca_asb.rules.adjustments import stale_rate, value_in_force


def value_source(leaf, on: date) -> dict:
    """The value in force on `on` described from its own entry in the YAML; keys the file does not give are left
    out. A scale (values in brackets) or a date before the first value gives nothing."""
    value = value_in_force(leaf, on) if hasattr(leaf, "values_list") else None
    if value is None:
        return {}
    metadata = value.metadata or {}
    described = {
        "value_since": value.instant_str,
        "value_reference": [source.model_dump() for source in sources(_own_reference(metadata, leaf.metadata or {}))],
        "unit": metadata.get("unit"),
        "unit_period": metadata.get("period"),
        "confidence": metadata.get("confidence"),
        "unverified": bool(metadata.get("unverified", False)),
        "last_value_still_valid_on": _newest_valid_until(leaf, value),
        **_stale_on(leaf, on),
    }
    return {key: item for key, item in described.items() if item not in (None, [])}


def _stale_on(leaf, on: date) -> dict:
    """Whether the value is stale on `on` (adjustments.py), and if so the first day from which the value in force was
    not found: a client reading only the parameter block is not told the value holds (`unverified` says only
    whether the value itself was found)."""
    stale = stale_rate(leaf, on)
    return {"stale_on_legal_date": stale is not None, "not_verified_from": stale.adjusted_on if stale else None}


def _own_reference(metadata: dict, leaf_metadata: dict):
    reference = metadata.get("reference")
    return None if reference == leaf_metadata.get("reference") else reference


def sources(reference) -> list[LegalReference]:
    """A parameter's or a value's reference in any form the YAML files write it (an address, a {title, href}, or a list
    of them) in one shape, [{citation, url}], as the answer cites (review s21 page L8)."""
    if reference is None:
        return []
    if not isinstance(reference, list):
        reference = [reference]
    return [LegalReference(citation=str(item.get("title") or item.get("href")), url=str(item.get("href") or item.get("title")))
            if isinstance(item, dict) else legal_reference(str(item)) for item in reference]


def _newest_valid_until(leaf, value) -> str | None:
    """`last_value_still_valid_on` speaks of the parameter's newest value: given only with that value."""
    valid_until = (leaf.metadata or {}).get("last_value_still_valid_on")
    newest = leaf.values_list[0]
    return str(valid_until) if valid_until is not None and value is newest else None
