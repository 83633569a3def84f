"""The example families in examples/, for tests, docs and the calculator page."""

from openfisca_asb.facts.family_file import read_family
from openfisca_asb.paths import data_folder


def example_names() -> list[str]:
    return sorted(path.stem for path in data_folder("examples").glob("*.yaml"))


def example_family(name: str):
    path = data_folder("examples") / f"{name}.yaml"
    if not path.is_file():
        raise KeyError(f"no example family '{name}'; known: {', '.join(example_names())}")
    return read_family(path)
