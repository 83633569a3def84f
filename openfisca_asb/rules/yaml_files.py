"""The project's own YAML files (catalogue entries, questions, agencies) read with libyaml where it is there.

`yaml.CSafeLoader` builds the same Python values as `yaml.safe_load` (the same safe
constructor, libyaml's parser) about ten times faster; PyYAML built without libyaml
falls back to the pure-Python loader. Files a user writes are read by `yaml.safe_load`,
whose error messages the CLI quotes.
"""

import re

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream):
    return yaml.load(stream, Loader=SafeLoader)  # noqa: S506 — a safe loader


def date_or_text(loader, node):
    """A YAML timestamp as a date, or, where the day does not exist (2027-13-01, 2025-02-30), as the text written:
    the field that holds it then names it, as it does a quoted one (PyYAML would fail the whole file, naming no field).
    Registered on the loaders of the files a user writes (family and reform files)."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


FLOAT_TAG = "tag:yaml.org,2002:float"
# A number with an exponent and no dot (5e5, 2.5e5, 1E6): YAML 1.1, which PyYAML reads, takes it for text, so a field
# expecting a number refused what the user wrote as one (review s20 L5). JSON and YAML 1.2 read it as the number it
# is, and the API takes it so in a request: the files a user writes read it so too. Quoted ('5e5'), it stays text.
EXPONENT_NUMBER = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$")


def read_exponents_as_numbers(loader_class) -> None:
    """Registered on the loaders of the files a user writes (family and reform files), after PyYAML's own numbers."""
    loader_class.add_implicit_resolver(FLOAT_TAG, EXPONENT_NUMBER, list("-+0123456789."))
