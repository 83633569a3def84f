"""Reading a family from a YAML or JSON file, with errors that name the field.

The file is the family (the `family` of POST /v1/entitlements), and may also list the questions it
answered "don't know" that the family cannot hold as "unknown" (a number, a text, most choices) as
`unknown: [{fact, person}]`, in the words of POST /v1/interview's `unknown` (unknown.py): the page
saves them so, and `asb questions` does not ask them again.
"""

import json
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from openfisca_asb.facts.family import Family
from openfisca_asb.facts.unknown import FactAsked, asked_of_someone_in_the_family

UNKNOWN = "unknown"
_UNKNOWN_LIST = TypeAdapter(list[FactAsked])


class FamilyFileError(Exception):
    """A family file that cannot be read or does not describe a valid family."""


def describe_validation_error(error: ValidationError, prefix: str = "") -> list[str]:
    """One line per problem: the field path and what is allowed."""
    lines = []
    for problem in error.errors():
        path = ".".join(str(step) for step in (prefix, *problem["loc"]) if step != "") or "(family)"
        lines.append(f"{path}: {problem['msg']}")
    return lines


def read_family(path: str | Path) -> Family:
    return read_family_file(path)[0]


def read_family_file(path: str | Path) -> tuple[Family, list[FactAsked]]:
    """The family in the file, and the questions it lists as answered "don't know"."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise FamilyFileError(f"{path}: cannot read the file ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise FamilyFileError(f"{path}: not a text file in UTF-8 (byte {error.start} cannot be read)") from error
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except RecursionError as error:
        raise FamilyFileError(f"{path}: nested too deeply to be a family file") from error
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise FamilyFileError(f"{path}: not valid {'JSON' if path.suffix.lower() == '.json' else 'YAML'}: {error}") from error
    except ValueError as error:  # YAML reads 2019-02-30 as a date and fails on it
        raise FamilyFileError(f"{path}: a date in the file does not exist ({error})") from error
    if not isinstance(data, dict):
        raise FamilyFileError(f"{path}: a family file must hold a mapping with 'caregivers' and 'children'")
    unknown = data.pop(UNKNOWN, [])
    family = _validated(path, Family.model_validate, data)
    listed = _validated(path, _UNKNOWN_LIST.validate_python, unknown, prefix=UNKNOWN)
    try:
        return family, asked_of_someone_in_the_family(family, listed)
    except PydanticCustomError as error:
        raise FamilyFileError(f"{path}: the family is not valid:\n  {error.context['en']}") from error


def _validated(path: Path, validate, data, prefix: str = ""):
    try:
        return validate(data)
    except ValidationError as error:
        details = "\n  ".join(describe_validation_error(error, prefix))
        raise FamilyFileError(f"{path}: the family is not valid:\n  {details}") from error
