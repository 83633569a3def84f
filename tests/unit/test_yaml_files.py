"""The project's YAML files are read with libyaml's CSafeLoader (issue 20, item 4): the same values as yaml.safe_load."""

import pytest
import yaml

from openfisca_asb.paths import VARIABLES_DIR
from openfisca_asb.rules.yaml_files import SafeLoader, load_yaml

FILES = sorted(VARIABLES_DIR.rglob("*.yaml"))


def test_libyaml_is_used_where_pyyaml_has_it():
    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML was built without libyaml: the pure-Python loader is used")
    assert SafeLoader is yaml.CSafeLoader


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(VARIABLES_DIR)))
def test_a_catalogue_or_questions_file_reads_the_same_as_with_safe_load(path):
    text = path.read_text(encoding="utf-8")
    fast, plain = load_yaml(text), yaml.safe_load(text)
    assert fast == plain
    assert repr(fast) == repr(plain)  # same types, same key order


def test_the_loader_stays_safe():
    with pytest.raises(yaml.constructor.ConstructorError):
        load_yaml("!!python/object/apply:os.system ['true']")
