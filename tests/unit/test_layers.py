"""No module imports from a layer above it (docs/adr/0008-layers-and-import-rule.md).

Layers, lowest first: rules < model (the package root, paths, system, version)
< catalogue < facts < answer < drafting < population < cli. `api/` sits beside
`cli/`: it may import any package layer but cli. `variables/` are the formulas:
of the package they may import only `rules`.
"""

import ast
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

LAYERS = ["rules", "model", "catalogue", "facts", "answer", "drafting", "population", "cli"]
MODEL_MODULES = {"openfisca_asb", "openfisca_asb.paths", "openfisca_asb.parameter_tree", "openfisca_asb.system", "openfisca_asb.version"}
API_RANK = LAYERS.index("cli")  # beside cli: may import everything below it
VARIABLES_RANK = LAYERS.index("rules")  # formulas see only rules


def layer_of(module: str) -> str | None:
    """The layer a dotted module name belongs to; None for third-party modules."""
    parts = module.split(".")
    if parts[0] == "api":
        return "api"
    if parts[0] == "variables":
        return "variables"
    if parts[0] != "openfisca_asb":
        return None
    if module in MODEL_MODULES or len(parts) == 1:
        return "model"
    if parts[1] in LAYERS:
        return parts[1]
    raise AssertionError(f"{module} is in no layer: add it to ADR 0008 and to this test")


def rank(layer: str) -> int:
    """How high a layer sits: api beside cli, variables beside rules."""
    if layer == "api":
        return API_RANK
    if layer == "variables":
        return VARIABLES_RANK
    return LAYERS.index(layer)


def allowed(importer: str, imported: str) -> bool:
    """Whether a module in layer `importer` may import one in layer `imported`."""
    if imported == "api":
        return importer in ("api", "cli")  # `asb serve` starts the API
    if imported == "variables":
        return importer == imported
    if importer == "api":
        return imported != "cli"
    if importer == "variables":
        return imported == "rules"
    return rank(imported) <= rank(importer)


def violations(imports: dict[str, set[str]]) -> list[str]:
    """`importer → imported` for every import that reaches a layer above the importer."""
    found = []
    for importer, targets in sorted(imports.items()):
        for target in sorted(targets):
            source_layer, target_layer = layer_of(importer), layer_of(target)
            if target_layer is not None and not allowed(source_layer, target_layer):
                found.append(f"{importer} ({source_layer}) → {target} ({target_layer})")
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPOSITORY).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at top level or inside a function."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
    return found


def import_graph() -> dict[str, set[str]]:
    files = [p for folder in ("openfisca_asb", "variables", "api") for p in (REPOSITORY / folder).rglob("*.py")]
    return {module_name(path): imported_modules(path) for path in files}


def test_the_code_keeps_the_layer_order():
    assert violations(import_graph()) == []


def test_every_package_module_is_in_a_layer():
    for module in import_graph():
        layer_of(module)  # raises for a module in no layer


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("openfisca_asb.facts.family", "openfisca_asb.answer.models"),
        ("openfisca_asb.rules.status", "openfisca_asb.version"),
        ("openfisca_asb.catalogue", "openfisca_asb.facts.vocabulary"),
        ("openfisca_asb.population.outputs", "openfisca_asb.cli"),
        ("openfisca_asb.answer.assembler", "api.models"),
        ("api.routes.meta", "openfisca_asb.cli.serve"),
        ("variables.folketrygd.hjelpestonad.status", "openfisca_asb.facts.vocabulary"),
        ("variables.folketrygd.hjelpestonad.status", "openfisca_asb.system"),
        ("openfisca_asb.rules.money", "variables.common.demographics"),
    ],
)
def test_an_import_upwards_is_reported(importer, imported):
    assert violations({importer: {imported}}) == [
        f"{importer} ({layer_of(importer)}) → {imported} ({layer_of(imported)})"
    ]


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("openfisca_asb.population.reforms", "openfisca_asb.drafting.loading"),
        ("openfisca_asb.facts.dependencies", "openfisca_asb.catalogue"),
        ("openfisca_asb.catalogue", "openfisca_asb.paths"),
        ("openfisca_asb", "openfisca_asb.rules.entities"),
        ("api.routes.reforms", "openfisca_asb.drafting.validation"),
        ("openfisca_asb.cli.serve", "api.server"),
        ("variables.folketrygd.hjelpestonad.status", "openfisca_asb.rules.status"),
        ("openfisca_asb.rules.status", "numpy"),
    ],
)
def test_an_import_downwards_or_sideways_is_allowed(importer, imported):
    assert violations({importer: {imported}}) == []


def test_relative_imports_are_resolved(tmp_path, monkeypatch):
    module = tmp_path / "openfisca_asb" / "facts" / "example.py"
    module.parent.mkdir(parents=True)
    module.write_text("from ..answer import models\nfrom . import family\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "REPOSITORY", tmp_path)
    assert imported_modules(module) == {"openfisca_asb.answer", "openfisca_asb.facts"}
