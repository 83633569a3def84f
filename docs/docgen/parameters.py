"""Every parameter leaf as the docs show it: labels, unit, sources, dated values, verification."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from openfisca_asb.answer.citations import legal_reference
from openfisca_asb.parameter_tree import leaves

UNITS = {
    "currency-NOK": "kr",
    "/1": "× (factor)",
    "percent": "%",
    "G": "× G (grunnbeløp)",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "hour": "hours",
    "trinn": "school grade (trinn)",
}


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None


@dataclass(frozen=True)
class DatedValue:
    start: str
    value: Any
    sources: tuple[Source, ...]
    confidence: str | None
    unverified: bool
    note: str | None
    last_verified: str | None = None  # the value's own check date, else its parameter's
    has_source: bool = True  # a reference on the value or on its parameter


@dataclass(frozen=True)
class ParameterInfo:
    path: str
    description: str | None
    unit: str | None
    label_nb: str | None
    label_en: str | None
    last_verified: str | None
    last_value_still_valid_on: str | None
    documentation: str | None
    sources: tuple[Source, ...]
    values: tuple[DatedValue, ...]  # oldest first

    @property
    def anchor(self) -> str:
        return "parameter-" + self.path.replace(".", "-").replace("_", "-")

    @property
    def unit_text(self) -> str:
        return UNITS.get(self.unit, self.unit or "")

    @property
    def title(self) -> str:
        return self.label_en or self.description or self.path

    @property
    def unverified_values(self) -> list[DatedValue]:
        return [value for value in self.values if value.unverified]

    @property
    def unsourced_values(self) -> list[DatedValue]:
        return [value for value in self.values if not value.has_source]


def sources(reference) -> tuple[Source, ...]:
    """A parameter's or a value's reference, in any of the forms the YAML files use."""
    if reference is None:
        return ()
    if isinstance(reference, (str, dict)):
        reference = [reference]
    found = []
    for item in reference:
        if isinstance(item, dict):
            found.append(Source(title=str(item.get("title") or item.get("href")), url=item.get("href")))
        else:
            found.append(_source_from_text(str(item)))
    return tuple(found)


def _source_from_text(text: str) -> Source:
    """A bare URL reads as its site ("nav.no"); a Lovdata URL as its citation ("Folketrygdloven § 6-5")."""
    if not text.startswith("http"):
        return Source(title=text, url=None)
    citation = legal_reference(text)
    if citation.citation != text:
        return Source(title=citation.citation, url=citation.url)
    site = urlparse(text).netloc.removeprefix("www.")
    return Source(title=site or text, url=text)


def _text(value) -> str | None:
    return None if value is None else str(value).strip()


def _own(value_metadata: dict, leaf_metadata: dict, key: str):
    """A value's own metadata entry; OpenFisca copies the leaf's metadata into each value."""
    if key not in value_metadata:
        return None
    own = value_metadata[key]
    return None if key in leaf_metadata and leaf_metadata[key] == own else own


def dated_value(value, leaf_metadata: dict) -> DatedValue:
    metadata = value.metadata or {}
    return DatedValue(
        start=value.instant_str,
        value=value.value,
        sources=sources(_own(metadata, leaf_metadata, "reference")),
        confidence=_own(metadata, leaf_metadata, "confidence"),
        unverified=bool(metadata.get("unverified", False)),
        note=_text(_own(metadata, leaf_metadata, "note")),
        last_verified=_text(metadata.get("last_verified") or leaf_metadata.get("last_verified")),
        has_source=bool(metadata.get("reference") or leaf_metadata.get("reference")),
    )


def parameter_info(leaf) -> ParameterInfo:
    if not hasattr(leaf, "values_list"):
        raise TypeError(f"docs: parameter {leaf.name} is a {type(leaf).__name__}; the docs know dated values only")
    metadata = leaf.metadata or {}
    return ParameterInfo(
        path=leaf.name,
        description=_text(leaf.description),
        unit=metadata.get("unit"),
        label_nb=metadata.get("label_nb"),
        label_en=metadata.get("label_en"),
        last_verified=_text(metadata.get("last_verified")),
        last_value_still_valid_on=_text(metadata.get("last_value_still_valid_on")),
        documentation=_text(metadata.get("documentation")),
        sources=sources(metadata.get("reference")),
        values=tuple(dated_value(value, metadata) for value in reversed(leaf.values_list)),
    )


def all_parameters(system) -> dict[str, ParameterInfo]:
    """Every parameter leaf of the system by path, in path order."""
    return {leaf.name: parameter_info(leaf) for leaf in sorted(leaves(system.parameters), key=lambda leaf: leaf.name)}
