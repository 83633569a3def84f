"""Reading a family from a YAML or JSON file, with errors that name the field."""

import json
from pathlib import Path

import yaml
from pydantic import ValidationError

from openfisca_asb.facts.family import Family
from openfisca_asb.facts.messages import in_bokmal


class FamilyFileError(Exception):
    """A family file that cannot be read or does not describe a valid family; `nb` says it in bokmål where known."""

    def __init__(self, en: str, nb: str | None = None):
        super().__init__(en)
        self.nb = nb


def describe_validation_error(error: ValidationError, language: str = "en") -> list[str]:
    """One line per problem: the field path and what is allowed, in English or bokmål (`nb`)."""
    lines = []
    for problem in error.errors():
        path = ".".join(str(step) for step in problem["loc"]) or "(family)"
        lines.append(f"{path}: {in_bokmal(problem) if language == 'nb' else problem['msg']}")
    return lines


def read_family(path: str | Path) -> Family:
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
    try:
        return Family.model_validate(data)
    except ValidationError as error:
        en, nb = ("\n  ".join(describe_validation_error(error, language)) for language in ("en", "nb"))
        raise FamilyFileError(f"{path}: the family is not valid:\n  {en}", f"{path}: familien er ugyldig:\n  {nb}") from error
