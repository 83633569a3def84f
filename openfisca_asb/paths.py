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
CATALOGUE_DIR = PACKAGE_DIR / "catalogue"
VOCABULARY_DIR = PACKAGE_DIR / "vocabulary"
