"""Where the model's data folders are, in a checkout and when installed.

In the repository, parameters/, variables/, reforms/ and examples/ sit beside
the package; an installed distribution carries them inside it (see setup.py).
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPOSITORY_DIR = PACKAGE_DIR.parent


def data_folder(name: str) -> Path:
    """The folder `name` (e.g. "parameters"), installed copy first."""
    for candidate in (PACKAGE_DIR / name, REPOSITORY_DIR / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"openfisca_asb: data folder '{name}' not found beside {PACKAGE_DIR}")


PARAMETERS_DIR = data_folder("parameters")
VARIABLES_DIR = data_folder("variables")


def catalogue_files(variables_dir: Path = VARIABLES_DIR) -> list[Path]:
    """Every right's catalogue entry: `benefit.yaml`, or `<id>.benefit.yaml` where a folder holds two rights (ADR 0007)."""
    return sorted(path for path in variables_dir.rglob("*.yaml") if path.name == "benefit.yaml" or path.name.endswith(".benefit.yaml"))


def question_files(variables_dir: Path = VARIABLES_DIR) -> list[Path]:
    """Every folder's questions for its facts (ADR 0007)."""
    return sorted(variables_dir.rglob("questions.yaml"))
