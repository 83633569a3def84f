"""What every answer carries: the model version, the parameter-set hash, the legal data date."""

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from openfisca_asb import __version__
from openfisca_asb.paths import PARAMETERS_DIR, VARIABLES_DIR

MODEL_VERSION = __version__


def _files(folder, pattern):
    return sorted(path for path in folder.rglob(pattern) if "__pycache__" not in path.parts)


@lru_cache(maxsize=1)
def parameter_set_hash() -> str:
    """The hash of this model's rules, computed once."""
    return rules_hash(PARAMETERS_DIR, VARIABLES_DIR)


def rules_hash(parameters_dir: Path, variables_dir: Path) -> str:
    """SHA-256 over everything that changes an answer, by relative path and content.

    That is every parameter file, every formula file, and the YAML beside the
    formulas: each right's catalogue entry (its texts, conditions, how to apply)
    and its questions. A README beside them is documentation and is left out.
    """
    digest = hashlib.sha256()
    for folder, pattern in ((parameters_dir, "*.yaml"), (variables_dir, "*.py"), (variables_dir, "*.yaml")):
        for path in _files(folder, pattern):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def legal_data_date() -> str:
    """The newest `last_verified` date among the parameters: how fresh the legal data is."""
    dates = [date.min]
    for path in _files(PARAMETERS_DIR, "*.yaml"):
        dates.extend(_last_verified_dates(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return max(dates).isoformat()


def _last_verified_dates(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "last_verified" and isinstance(value, date):
                yield value
            else:
                yield from _last_verified_dates(value)


def version_info() -> dict:
    return {
        "model_version": MODEL_VERSION,
        "parameter_set_hash": parameter_set_hash(),
        "legal_data_date": legal_data_date(),
    }
