"""Load a reform or pilot by id: `reforms/<id>.yaml` (parametric) or `reforms/<id>.py` (structural),
or from a file anywhere by its path (`resolve_reform` takes either).

    from openfisca_asb.drafting.loading import available_reforms, load_reform, resolve_reform
    reform = load_reform("raise_hjelpestonad")
    reform = resolve_reform("myreforms/my_idea.yaml")
    reform.metadata.title, reform.system, reform.pilot   # pilot: None or a Pilot
    reform.definition   # the reform's own text: rebuilt anywhere with `from_definition`

A YAML reform is metadata plus `parameters: {path: {date: value}}`; a Python
reform is a module with one `openfisca_core.reforms.Reform` subclass that
carries the same metadata as a `metadata` dict. Both are checked on loading:
unknown parameter paths, wrong units or dates and bad metadata raise a
ReformError naming each field. The reformed system is built once and cached.
"""

import hashlib
import importlib
import importlib.util
import inspect
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from openfisca_core.reforms import Reform
from pydantic import ValidationError

from openfisca_asb.drafting.overrides import ParameterOverride, apply_overrides, parse_overrides
from openfisca_asb.drafting.parameter_changes import ParameterChange, changed_parameters
from openfisca_asb.paths import data_folder
from openfisca_asb.drafting.errors import ReformError, ReformProblem, UnknownReform, problems_from_validation
from openfisca_asb.drafting.metadata import REFORM_ID, ReformMetadata
from openfisca_asb.facts.messages import yaml_syntax
from openfisca_asb.facts.repeated_keys import RepeatedKeys, load_yaml_once_each
from openfisca_asb.rules.yaml_files import TIMESTAMP_TAG, date_or_text, read_exponents_as_numbers
from openfisca_asb.system import baseline_system

PACKAGE = "openfisca_asb.reforms"


class ParametricReform(Reform):
    """A reform that only changes parameter values; subclasses carry `reform_id` and `overrides`."""

    reform_id: str = ""
    overrides: tuple[ParameterOverride, ...] = ()

    def apply(self):
        self.modify_parameters(modifier_function=lambda parameters: apply_overrides(parameters, self.overrides))


@dataclass(frozen=True)
class ReformDefinition:
    """A reform as text (YAML or Python source) and where it came from: small and picklable, so a
    Dask worker can build the reform itself instead of unpickling a class it cannot import."""

    kind: str  # "yaml" or "python"
    text: str
    source: str  # the path or name, for messages; a Python module's file name is its id

    @property
    def digest(self) -> str:
        return hashlib.sha256(f"{self.kind}\0{self.source}\0{self.text}".encode()).hexdigest()[:16]


@dataclass(frozen=True, eq=False)
class LoadedReform:
    id: str
    metadata: ReformMetadata
    kind: str  # "parametric" or "structural"
    source: str
    reform_class: type
    overrides: tuple[ParameterOverride, ...] = field(default=())
    definition: ReformDefinition | None = None

    @cached_property
    def system(self):
        """The reformed tax-benefit system, built on first use and kept."""
        return self.reform_class(baseline_system())

    @cached_property
    def parameter_changes(self) -> tuple[ParameterChange, ...]:
        """Every parameter value the reform changes, however it is written (YAML overrides or `modify_parameters`)."""
        return changed_parameters(self.system.parameters, baseline_system().parameters)

    @property
    def pilot(self):
        return self.metadata.pilot

    def applies(self, kommunenummer: str | None, on: date) -> bool:
        """A reform applies everywhere; a pilot only inside its kommuner and window."""
        return self.pilot is None or self.pilot.applies(kommunenummer, on)

    def catalogue_overrides(self) -> dict[str, dict]:
        return self.pilot.catalogue_overrides() if self.pilot is not None else {}


def reforms_folder() -> Path:
    return data_folder("reforms")


def available_reforms() -> list[str]:
    """The ids of every reform and pilot in reforms/."""
    folder = reforms_folder()
    ids = {path.stem for pattern in ("*.yaml", "*.py") for path in folder.glob(pattern) if not path.stem.startswith("_")}
    return sorted(ids)


@lru_cache(maxsize=None)
def load_reform(reform_id: str) -> LoadedReform:
    """The reform or pilot `reform_id`, checked; UnknownReform when there is none."""
    if not re.match(REFORM_ID, reform_id or "") or reform_id not in available_reforms():
        raise UnknownReform(str(reform_id), available_reforms())
    folder = reforms_folder()
    as_data, as_code = folder / f"{reform_id}.yaml", folder / f"{reform_id}.py"
    if as_data.is_file() and as_code.is_file():
        raise ReformError(reform_id, [ReformProblem(
            "id", f"'{reform_id}' is defined twice, as {as_data.name} and {as_code.name}: keep one",
            f"'{reform_id}' er definert to ganger, som {as_data.name} og {as_code.name}: behold én",
        )])
    return load_reform_file(as_data) if as_data.is_file() else _load_code(reform_id)


def looks_like_path(name: str) -> bool:
    """A reform named by a file path rather than an id: it has a file suffix or a folder, or is a file."""
    return str(name).endswith((".yaml", ".yml", ".py")) or "/" in str(name) or "\\" in str(name) or Path(name).is_file()


def resolve_reform(name: str) -> LoadedReform:
    """A reform by id (reforms/<id>.yaml or .py), or from a YAML or Python file when `name` is a path."""
    name = str(name)
    return load_reform_file(name) if looks_like_path(name) else load_reform(name)


def load_reform_file(path: str | Path) -> LoadedReform:
    """A reform from a file anywhere: YAML (parametric) or Python (structural); its id must be the file name."""
    path = Path(path)
    kind = "python" if path.suffix == ".py" else "yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ReformError(str(path), [ReformProblem("(file)", f"cannot read the file ({error.strerror})", f"kan ikke lese filen ({error.strerror})")]) from error
    except UnicodeDecodeError as error:
        raise ReformError(str(path), [ReformProblem("(file)", "not a UTF-8 text file", "ikke en UTF-8-tekstfil")]) from error
    return from_definition(ReformDefinition(kind, text, str(path)))


def from_definition(definition: ReformDefinition) -> LoadedReform:
    """Build a reform from its text (on the machine that read the file, or on a Dask worker)."""
    return _from_definition_cached(definition)


@lru_cache(maxsize=16)
def _from_definition_cached(definition: ReformDefinition) -> LoadedReform:
    if definition.kind == "python":
        return _load_code_text(definition)
    path = Path(definition.source)
    try:
        data = load_yaml_once_each(definition.text, _ReformYamlLoader)
    except yaml.YAMLError as error:
        raise ReformError(str(path), [ReformProblem("(file)", *yaml_syntax(error))]) from error
    except RepeatedKeys as error:
        raise ReformError(str(path), [ReformProblem(key.field, *key.said()) for key in error.repeated]) from error
    named = _file_name_problems(data, path)
    try:
        reform = reform_from_data(data, source=str(path), definition=definition)
    except ReformError as error:  # every problem of the file at once, the file name's too
        raise ReformError(str(path), [*named, *error.problems]) from error
    if named:
        raise ReformError(str(path), named)
    return reform


class _ReformYamlLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but a date that does not exist is read as its text (`date_or_text`), 5e5 is a number
    (`read_exponents_as_numbers`), and a key given twice is refused (`load_yaml_once_each`)."""


_ReformYamlLoader.add_constructor(TIMESTAMP_TAG, date_or_text)
read_exponents_as_numbers(_ReformYamlLoader)


def _file_name_problems(data, path: Path) -> list[ReformProblem]:
    """A YAML reform's id must be its file name; a missing or malformed id is the metadata's problem."""
    reform_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(reform_id, str) or not re.match(REFORM_ID, reform_id) or reform_id == path.stem:
        return []
    return [ReformProblem(
        "id", f"id '{reform_id}' must be the file name: rename the file to {reform_id}.yaml or change the id",
        f"id '{reform_id}' må være filnavnet: gi filen navnet {reform_id}.yaml eller endre id",
    )]


def reform_from_data(data, source: str = "reform", definition: ReformDefinition | None = None) -> LoadedReform:
    """A parametric reform from a mapping: metadata plus `parameters` (as in a YAML file)."""
    if not isinstance(data, dict):
        raise ReformError(source, [ReformProblem("(reform)", "a reform must be a mapping with id, title, summary, author, status, legal_basis and parameters", "en reform må være et oppslag med id, title, summary, author, status, legal_basis og parameters")])
    data = dict(data)
    raw_overrides = data.pop("parameters", None)
    problems = []
    try:
        metadata = ReformMetadata.model_validate(data)
    except ValidationError as error:
        problems.extend(problems_from_validation(error))
        metadata = None
    try:
        overrides = parse_overrides(raw_overrides, baseline_system().parameters)
    except ReformError as error:
        problems.extend(error.problems)
    if problems:
        raise ReformError(source, problems)
    reform_class = type(_class_name(metadata.id), (ParametricReform,), {
        "__module__": PACKAGE, "__doc__": metadata.summary.en, "reform_id": metadata.id, "overrides": overrides,
    })
    if definition is None:
        definition = ReformDefinition("yaml", yaml.safe_dump({**data, "parameters": raw_overrides}, allow_unicode=True, sort_keys=False),
                                      f"{metadata.id}.yaml")
    return LoadedReform(metadata.id, metadata, "parametric", source, reform_class, overrides, definition)


def _load_code(reform_id: str) -> LoadedReform:
    module = importlib.import_module(f"{PACKAGE}.{reform_id}")
    path = Path(getattr(module, "__file__", "") or "")
    text = path.read_text(encoding="utf-8") if path.is_file() else None
    definition = ReformDefinition("python", text, f"{reform_id}.py") if text is not None else None
    return _reform_in_module(module, reform_id, definition)


def _load_code_text(definition: ReformDefinition) -> LoadedReform:
    """A structural reform from Python source: run as a module of its own, named after the file and
    the text's digest (so two versions of one file never share a module)."""
    reform_id = Path(definition.source).stem
    if not re.match(REFORM_ID, reform_id):
        raise ReformError(definition.source, [ReformProblem(
            "id", f"the file name '{reform_id}' must be a reform id: lower-case letters, digits and _",
            f"filnavnet '{reform_id}' må være en reform-id: små bokstaver, sifre og _",
        )])
    name = f"openfisca_asb_reform_files.{reform_id}_{definition.digest}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_loader(name, loader=None, origin=definition.source)
        module = importlib.util.module_from_spec(spec)
        module.__file__ = definition.source
        try:
            exec(compile(definition.text, definition.source, "exec"), module.__dict__)  # noqa: S102 - the drafter's own reform
        except Exception as error:
            raise ReformError(definition.source, [ReformProblem(
                "(module)", f"the Python file fails to load: {type(error).__name__}: {error}",
                f"Python-filen kan ikke lastes: {type(error).__name__}: {error}",
            )]) from error
        sys.modules[name] = module
    return _reform_in_module(module, reform_id, definition)


def _reform_in_module(module, reform_id: str, definition: ReformDefinition | None) -> LoadedReform:
    classes = [
        member for _, member in inspect.getmembers(module, inspect.isclass)
        if issubclass(member, Reform) and member.__module__ == module.__name__
    ]
    source = getattr(module, "__file__", reform_id)
    if len(classes) != 1:
        raise ReformError(source, [ReformProblem(
            "(module)", f"must define exactly one Reform subclass (found {len(classes)})",
            f"må definere nøyaktig én underklasse av Reform (fant {len(classes)})",
        )])
    reform_class = classes[0]
    try:
        metadata = ReformMetadata.model_validate(getattr(reform_class, "metadata", None))
    except ValidationError as error:
        raise ReformError(source, problems_from_validation(error, prefix="metadata")) from error
    if metadata.id != reform_id:
        raise ReformError(source, [ReformProblem("metadata.id", f"id '{metadata.id}' must be the module name '{reform_id}'", f"id '{metadata.id}' må være modulnavnet '{reform_id}'")])
    return LoadedReform(reform_id, metadata, "structural", source, reform_class, definition=definition)


def _class_name(reform_id: str) -> str:
    return "".join(part.capitalize() for part in reform_id.split("_"))
