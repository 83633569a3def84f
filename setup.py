"""Maps the repository's top-level folders into the `openfisca_asb` distribution.

The product card fixes the layout (parameters/, variables/, reforms/, examples/
and api/ at the top of the repository); installed, they become subpackages so
the model computes from any working directory. Metadata lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

MAPPED_FOLDERS = {
    "openfisca_asb": "openfisca_asb",
    "openfisca_asb.variables": "variables",
    "openfisca_asb.parameters": "parameters",
    "openfisca_asb.reforms": "reforms",
    "openfisca_asb.examples": "examples",
    "api": "api",
}


def _packages_below(package: str, folder: str) -> dict[str, str]:
    found = {package: folder}
    for sub in find_namespace_packages(folder, exclude=["*__pycache__*"]):
        found[f"{package}.{sub}"] = f"{folder}/{sub.replace('.', '/')}"
    return found


PACKAGE_DIR: dict[str, str] = {}
for _package, _folder in MAPPED_FOLDERS.items():
    PACKAGE_DIR.update(_packages_below(_package, _folder))

setup(packages=sorted(PACKAGE_DIR), package_dir=PACKAGE_DIR)
