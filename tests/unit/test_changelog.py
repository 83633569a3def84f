"""A change to what the model answers must bump the version and say so in the changelog.

The newest CHANGELOG entry names the version in pyproject.toml and the hash of
the parameters and formulas it describes. Change a rate or a formula and this
fails until the version is bumped and the entry records the new hash.
"""

import re
import tomllib
from pathlib import Path

from openfisca_asb.version import parameter_set_hash

REPOSITORY = Path(__file__).parents[2]


def _newest_entry() -> str:
    changelog = (REPOSITORY / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.split(r"^## ", changelog, flags=re.M)[1]


def test_newest_entry_is_the_package_version():
    version = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert _newest_entry().split()[0] == version


def test_newest_entry_records_the_rules_it_describes():
    recorded = re.search(r"Parameter-set hash: `([0-9a-f]+)`", _newest_entry())
    assert recorded is not None, "the newest CHANGELOG entry must record its parameter-set hash"
    assert recorded.group(1) == parameter_set_hash(), (
        "parameters or formulas changed: bump the version in pyproject.toml and add a CHANGELOG entry "
        f"with 'Parameter-set hash: `{parameter_set_hash()}`'"
    )


def test_every_answer_carries_the_version_in_pyproject():
    # Review s22 caseworker M1: answers said 0.19.0 after the bump to 0.20.0, from an install made before it.
    # `make` reinstalls whenever pyproject.toml changes (its stamp depends on it); an install older than the
    # file fails here, so no answer carries a version the CHANGELOG does not describe.
    from openfisca_asb.version import MODEL_VERSION

    version = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert MODEL_VERSION == version, f"the installed package is {MODEL_VERSION}: run `make` to reinstall {version}"
