"""Variables declared in a right's YAML rather than written as classes (ADR 0013).

A fact is declared once, in the `questions.yaml` of the right that asks it, with
its question: who it is about (`holder`, which gives the entity), its `type`
(`yes_no` or `number`), its `label` with the Norwegian legal term, its
`reference` (a provision written as in a formula: `ftrl("6-4", ledd=1)`, or a
list of them), optionally `documentation`; a number's OpenFisca unit follows
from the unit its question shows. The header (value type, default, period)
comes from the bases in variable_bases.py, as for a class.

A condition that only passes one yes/no answer on, only restates a shared
condition for this right, or only combines other conditions of the same entity,
is declared in the right's `conditions.yaml`: `fact: <fact id>`, `same_as:
<condition>`, or `all_of:`/`any_of:` with the conditions it combines, the last
three with `rule:` saying it in words; `period: year` for a condition of a
calendar year (a month otherwise). Everything else is a formula in Python.

`CountryTaxBenefitSystem` adds these variables after the classes under variables/.
"""

import ast
from pathlib import Path

from openfisca_core.periods import YEAR

from openfisca_asb.rules import provisions
from openfisca_asb.rules.conditions import Condition, combining, passing_on, same_as
from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.phrases import with_phrases
from openfisca_asb.rules.provisions import Reference
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact
from openfisca_asb.rules.yaml_files import load_yaml

ENTITIES = {"child": Person, "caregiver": Person, "person": Person, "family": Familie}
PERIODS = {"year": YEAR}
FACT_BASES = {"yes_no": YesNoFact, "number": NumberFact}
# The unit a number's question shows (questions.yaml) → OpenFisca's unit for the variable.
UNITS = {
    "NOK": "currency-NOK",
    "NOK per year": "currency-NOK",
    "NOK per month": "currency-NOK",
    "NOK per day": "currency-NOK",
    "hours per week": "hour",
    "days": "day",
    "percent": "percent",
    "years": "year",
}
# What a `reference` may name: the citing functions and named sources of provisions.py.
SOURCES = {name: value for name, value in vars(provisions).items() if callable(value) or isinstance(value, Reference)}


def declared_variables(variables_dir: Path) -> list[type]:
    """Every fact and condition declared in YAML below `variables_dir`, as Variable classes."""
    found = []
    for path in sorted(variables_dir.rglob("questions.yaml")):
        found += [_fact(with_phrases(entry), path, variables_dir) for entry in _read(path)["facts"] if "type" in entry]
    for path in sorted(variables_dir.rglob("conditions.yaml")):
        found += [_condition(entry, path, variables_dir) for entry in _read(path)["conditions"]]
    return found


def _read(path: Path) -> dict:
    with open(path, encoding="utf-8") as file:
        return load_yaml(file)


def _fact(entry: dict, path: Path, variables_dir: Path) -> type:
    attributes = _stated(entry, entry["holder"], f"{path}: fact '{entry['id']}'")
    attributes["__doc__"] = entry["question"]["en"]
    if "documentation" in entry:
        attributes["documentation"] = entry["documentation"]
    if entry["type"] == "number":
        attributes["unit"] = UNITS[entry["unit"]]
    return _declare(entry["id"], FACT_BASES[entry["type"]], attributes, _where(entry["id"], path, variables_dir))


def _condition(entry: dict, path: Path, variables_dir: Path) -> type:
    where = f"{path}: condition '{entry['id']}'"
    attributes = _stated(entry, entry["entity"], where)
    if "fact" in entry:
        attributes["formula"] = passing_on(entry["fact"])
    elif "same_as" in entry:
        attributes["formula"] = same_as(entry["same_as"], entry["rule"])
    elif "all_of" in entry or "any_of" in entry:
        how = "all_of" if "all_of" in entry else "any_of"
        attributes["formula"] = combining(how, entry[how], entry["rule"])
    else:
        raise ValueError(f"{where}: says none of `fact`, `same_as`, `all_of`, `any_of`")
    if entry.get("period", "month") != "month":
        attributes["definition_period"] = PERIODS[entry["period"]]
    return _declare(entry["id"], Condition, attributes, _where(entry["id"], path, variables_dir))


def _stated(entry: dict, holder: str, where: str) -> dict:
    """What every variable states: its entity, its label and the provisions it rests on."""
    return {"entity": ENTITIES[holder], "label": entry["label"], "reference": reference(entry["reference"], where)}


def _declare(name: str, base: type, attributes: dict, where: tuple[str, str, int]) -> type:
    """The Variable class, with its source recorded as OpenFisca records a class's, so `openfisca serve` links to the YAML."""
    return type(name, (base,), {"__module__": f"declared:{where[0]}", "introspection_data": where, **attributes})


def _where(name: str, path: Path, variables_dir: Path) -> tuple[str, str, int]:
    """(file from the repository's root, the declaration's text, its first line counted from 0)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"- id: {name}\n")
    end = next((number for number in range(start + 1, len(lines)) if not lines[number].startswith(" ")), len(lines))
    return f"/{path.relative_to(variables_dir.parent)}", "".join(lines[start:end]), start


def reference(written: str | list[str], where: str = "reference"):
    """`ftrl("6-4", ledd=1)` (or a list of such) as written in YAML, as provision objects."""
    if isinstance(written, list):
        return [_source(text, where) for text in written]
    return _source(written, where)


def _source(text: str, where: str) -> Reference:
    """One provision: a citing function of provisions.py called with literal arguments, or a named source."""
    try:
        source = _parsed(ast.parse(text.strip(), mode="eval").body)
    except (SyntaxError, ValueError, TypeError):
        source = None
    if isinstance(source, Reference):
        return source
    raise ValueError(f"{where}: reference {text!r} is not a provision of openfisca_asb/rules/provisions.py")


def _parsed(node: ast.expr):
    if isinstance(node, ast.Name):
        return SOURCES.get(node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and callable(SOURCES.get(node.func.id)):
        arguments = [ast.literal_eval(argument) for argument in node.args]
        keywords = {keyword.arg: ast.literal_eval(keyword.value) for keyword in node.keywords}
        return SOURCES[node.func.id](*arguments, **keywords)
    return None
