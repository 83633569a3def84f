"""The project's own YAML files (catalogue entries, questions, agencies) read with libyaml where it is there.

`yaml.CSafeLoader` builds the same Python values as `yaml.safe_load` (the same safe
constructor, libyaml's parser) about ten times faster; PyYAML built without libyaml
falls back to the pure-Python loader. Files a user writes are read by `yaml.safe_load`,
whose error messages the CLI quotes.
"""

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream):
    return yaml.load(stream, Loader=SafeLoader)  # noqa: S506 — a safe loader
