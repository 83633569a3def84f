"""Reading a family from a YAML or JSON file, with errors that name the field.

The file is the family (the `family` of POST /v1/entitlements), and may also list the questions it
answered "don't know" that the family cannot hold as "unknown" (a number, a text, most choices) as
`unknown: [{fact, person}]`, in the words of POST /v1/interview's `unknown` (unknown.py): the page
saves them so, and `asb questions` does not ask them again. It may also say which day its facts describe, as
`date: YYYY-MM-DD` (each example does), a date the model covers: its school grades are then moved to the date asked
(described_date.py). The calculator page also keeps the names typed where a person's id cannot show them (æ, ø, å:
«Åse Marie» is saved as Ase_Marie), as `names: {Ase_Marie: Åse Marie}` (review s24 page L8): checked here, read by the
page only. A key given twice is refused (repeated_keys.py), as the API refuses it.
"""

import json
import re
from datetime import date
from pathlib import Path
from typing import Annotated, NamedTuple

import yaml
from pydantic import StringConstraints, TypeAdapter, ValidationError

from openfisca_asb.facts.described_date import DATE, described_date
from openfisca_asb.facts.family import Family, dates_between
from openfisca_asb.facts.messages import in_bokmal, in_english, json_syntax, os_reason, yaml_syntax
from openfisca_asb.facts.national_id import looks_like_national_id
from openfisca_asb.facts.repeated_keys import RepeatedKeys, json_object, load_yaml_once_each, repeated_in_json
from openfisca_asb.facts.unknown import FactAsked, asked_of_someone_in_the_family
from openfisca_asb.facts.where_facts_belong import given_elsewhere
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.rules.yaml_files import TIMESTAMP_TAG, date_or_text, read_exponents_as_numbers

UNKNOWN = "unknown"
NAMES = "names"
MAX_NAME = 40  # the page's name field (api/static/js/familyStep.js)
_UNKNOWN_LIST = TypeAdapter(list[FactAsked])
_NAMES = TypeAdapter(dict[str, Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME)]])
_DATE_COVERED = TypeAdapter(Annotated[date, dates_between(FIRST_DATE, LAST_DATE)])
# A family file's size at most, the API's body limit (ASB_MAX_BODY_BYTES' default): the largest family allowed is a
# few kilobytes, and an 8 MB file ran for minutes before its 20 000th caregiver was refused (review s22 L1).
MAX_FILE_BYTES = 256 * 1024


class FamilyFileError(Exception):
    """A family file that cannot be read or does not describe a valid family; `nb` says it in bokmål where known."""

    def __init__(self, en: str, nb: str):
        super().__init__(en)
        self.nb = nb


BOOL_TAG = "tag:yaml.org,2002:bool"


class FamilyLoader(yaml.SafeLoader):
    """YAML as a family file reads it: a yes/no answer is written yes or no (the documented form; true and false,
    YAML's and JSON's booleans, mean the same). YAML 1.1 also reads on/off as booleans: a family file keeps them as
    the text written, so the field refuses them and names itself, rather than silently reading on as yes."""


FamilyLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FamilyLoader.add_implicit_resolver(
    BOOL_TAG, re.compile(r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE)$"), list("yYnNtTfF"),
)
FamilyLoader.add_constructor(TIMESTAMP_TAG, date_or_text)  # 2019-02-30 unquoted: named by its field, as quoted
read_exponents_as_numbers(FamilyLoader)  # 5e5 is 500 000, as in JSON

HOLDER_WORDS = {"en": {"caregivers": "caregiver", "children": "child"}, "nb": {"caregivers": "omsorgsperson", "children": "barn"}}
GIVEN_WORD = {"en": "given", "nb": "oppgitt"}
# A number (or a choice without it) answered "unknown": the file's own place for that answer (unknown.py).
UNKNOWN_HINT = {"en": "; a \"don't know\" to it goes in the file's unknown: [{{fact: {fact}, person: {person}}}]",
                "nb": "; et «vet ikke» til det skrives i filens unknown: [{{fact: {fact}, person: {person}}}]"}


def _person(data, loc: tuple, language: str) -> str:
    """ "child 'nora': " for a problem inside a person of the file, naming them by their id."""
    words = HOLDER_WORDS[language]
    person_id = _person_id(data, loc) if len(loc) >= 2 and loc[0] in words else None
    return f"{words[loc[0]]} '{person_id}': " if person_id else ""


def _unknown_hint(data, problem: dict, language: str) -> str:
    """Where a person's fact that cannot be "unknown" was given "unknown": how the file says "don't know" to it."""
    loc = problem["loc"]
    if problem.get("input") != "unknown" or len(loc) != 3 or not isinstance(loc[1], int):
        return ""
    person = _person_id(data, loc)
    return UNKNOWN_HINT[language].format(fact=loc[2], person=person) if person else ""


def _person_id(data, loc: tuple) -> str | None:
    persons = data.get(loc[0]) if isinstance(data, dict) else None
    person = persons[loc[1]] if isinstance(persons, list) and isinstance(loc[1], int) and loc[1] < len(persons) else None
    person_id = person.get("id") if isinstance(person, dict) else None
    return person_id if isinstance(person_id, str) and not looks_like_national_id(person_id) else None


def describe_validation_error(error: ValidationError, data=None, prefix: str = "", language: str = "en") -> list[str]:
    """One line per problem: the field path, the person it belongs to, what is allowed and what was given,
    in English or bokmål (`nb`)."""
    lines = []
    for problem in error.errors():
        path = ".".join(str(step) for step in (prefix, *problem["loc"]) if step != "") or "(family)"
        given = problem.get("input")
        shown = (f" ({GIVEN_WORD[language]}: {given!r})" if isinstance(given, (str, int, float)) and problem["loc"]
                 and not looks_like_national_id(str(given)) else "")
        message = _message(problem, prefix, language)
        lines.append(f"{path}: {_person(data, problem['loc'], language)}{message}{shown}{_unknown_hint(data, problem, language)}")
    return lines


def _message(problem: dict, prefix: str, language: str) -> str:
    """The problem in the product's words; a fact of the vocabulary given to the family or a person that does not
    hold it, where it belongs, as the API says it (where_facts_belong.py)."""
    loc = problem["loc"]
    in_family = len(loc) == 1 or (len(loc) == 3 and loc[0] in HOLDER_WORDS["en"] and isinstance(loc[1], int))
    elsewhere = (given_elsewhere(str(loc[-1])) if problem["type"] == "extra_forbidden" and not prefix and in_family
                 else None)
    if elsewhere:
        return elsewhere[language == "nb"]
    return in_bokmal(problem) if language == "nb" else in_english(problem)


def read_family(path: str | Path) -> Family:
    return read_family_file(path)[0]


class FamilyFile(NamedTuple):
    family: Family
    unknown: list[FactAsked]  # the questions the file lists as answered "don't know"
    date: date | None  # the day the file's facts describe, when it says so


def read_family_file(path: str | Path) -> FamilyFile:
    """The family in the file, the questions it lists as answered "don't know", and the day it describes."""
    path = Path(path)
    try:
        text = _text_within_limit(path)
    except OSError as error:
        en, nb = os_reason(error)
        raise FamilyFileError(f"{path}: cannot read the file ({en})", f"{path}: kan ikke lese filen ({nb})") from error
    except UnicodeDecodeError as error:
        raise FamilyFileError(f"{path}: not a text file in UTF-8 (byte {error.start} cannot be read)",
                              f"{path}: ikke en tekstfil i UTF-8 (byte {error.start} kan ikke leses)") from error
    try:
        data = _read(text, path)
    except RepeatedKeys as error:
        raise _repeated(path, error.repeated) from error
    except RecursionError as error:
        raise FamilyFileError(f"{path}: nested too deeply to be a family file",
                              f"{path}: for dypt nøstet til å være en familiefil") from error
    except json.JSONDecodeError as error:
        en, nb = json_syntax(error.msg, error.doc, error.pos)
        raise FamilyFileError(f"{path}: {en}", f"{path}: {nb}") from error
    except yaml.YAMLError as error:
        en, nb = yaml_syntax(error)
        raise FamilyFileError(f"{path}: {en}", f"{path}: {nb}") from error
    if not isinstance(data, dict):
        raise FamilyFileError(f"{path}: a family file must hold a mapping with 'caregivers' and 'children'",
                              f"{path}: en familiefil må inneholde et oppslag med 'caregivers' og 'children'")
    unknown = data.pop(UNKNOWN, [])
    names = data.pop(NAMES, {})
    described = _described_date(path, data.pop(DATE, None))
    family = _validated(path, Family.model_validate, data)
    _check_names(path, family, _validated(path, _NAMES.validate_python, names, prefix=NAMES))
    listed = _validated(path, _UNKNOWN_LIST.validate_python, unknown, prefix=UNKNOWN)
    asked = _validated(path, lambda asked: asked_of_someone_in_the_family(family, asked), listed, prefix=UNKNOWN)
    return FamilyFile(family, asked, described)


def _check_names(path: Path, family: Family, names: dict[str, str]) -> None:
    """Each of the file's `names` is of a person in the family (by id)."""
    ids = {person.id for person in family.persons()}
    stranger = next((key for key in names if key not in ids), None)
    if stranger is not None:
        raise FamilyFileError(f"{path}: {NAMES}.{stranger}: no person in the family has this id",
                              f"{path}: {NAMES}.{stranger}: ingen person i familien har denne id-en")


def _text_within_limit(path: Path) -> str:
    with path.open("rb") as file:
        content = file.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise FamilyFileError(f"{path}: larger than {MAX_FILE_BYTES} bytes, the most a family file may be",
                              f"{path}: større enn {MAX_FILE_BYTES} byte, det meste en familiefil kan være")
    return content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads it


def _read(text: str, path: Path):
    """The file's data: JSON by its name, else YAML; RepeatedKeys naming each key given more than once."""
    if path.suffix.lower() != ".json":
        return load_yaml_once_each(text, FamilyLoader)
    data = json.loads(text, object_pairs_hook=json_object)
    repeated = repeated_in_json(data)
    if repeated:
        raise RepeatedKeys(repeated)
    return data


def _repeated(path: Path, repeated: list) -> FamilyFileError:
    """Each key given more than once, named by its path (and line, in YAML): the second is not taken silently."""
    said = [(key.field, *key.said()) for key in repeated]
    en = "\n  ".join(f"{field}: {english}" for field, english, _ in said)
    nb = "\n  ".join(f"{field}: {bokmal}" for field, _, bokmal in said)
    return FamilyFileError(f"{path}: the family is not valid:\n  {en}", f"{path}: familien er ugyldig:\n  {nb}")


def _described_date(path: Path, value) -> date | None:
    """The file's `date:`, a date the model covers, as the API checks its `family_date` (in the same words)."""
    try:
        described = described_date(value)
    except ValueError as error:
        raise FamilyFileError(f"{path}: date: the day the family is described on is written YYYY-MM-DD (given: {value!r})",
                              f"{path}: date: dagen familien er beskrevet, skrives ÅÅÅÅ-MM-DD (oppgitt: {value!r})") from error
    return None if described is None else _validated(path, _DATE_COVERED.validate_python, described, prefix=DATE)


def _validated(path: Path, validate, data, prefix: str = ""):
    try:
        return validate(data)
    except ValidationError as error:
        en, nb = ("\n  ".join(describe_validation_error(error, data, prefix, language)) for language in ("en", "nb"))
        raise FamilyFileError(f"{path}: the family is not valid:\n  {en}", f"{path}: familien er ugyldig:\n  {nb}") from error
