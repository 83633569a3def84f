"""A key given twice in one mapping: refused, naming the key and where it is (review s20 M5).

PyYAML and Python's json both keep the last of two equal keys, so a child with two `birth_date:` would be read
with the second, silently. A request body (api/json_body.py), a family file (family_file.py) and a reform or
pilot file (drafting/loading.py) refuse it alike, in the words of `repeated_key` (messages.py): JSON by its path,
YAML by its path and the line and column of the second key.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Any

import yaml

from openfisca_asb.facts.messages import at_line, repeated_key


@dataclass(frozen=True)
class RepeatedKey:
    """A key given more than once: `field` is the path to it ("children.0.birth_date"); `line` and `column` where it
    is given again, in a YAML file (None in JSON, which is read without places)."""

    field: str
    key: str
    line: int | None = None
    column: int | None = None

    def said(self) -> tuple[str, str]:
        """(English, bokmål)."""
        en, nb = repeated_key(self.key)
        if self.line is None:
            return en, nb
        where_en, where_nb = at_line(self.line, self.column)
        return f"{en} ({where_en})", f"{nb} ({where_nb})"


class RepeatedKeys(ValueError):
    """A YAML text with keys given more than once, each named."""

    def __init__(self, repeated: list[RepeatedKey]):
        super().__init__("; ".join(f"{key.field}: {key.said()[0]}" for key in repeated))
        self.repeated = repeated


class KeysRead(dict):
    """A JSON object as read, remembering the keys given more than once (`json_object`)."""

    repeated: list[str]


def json_object(pairs: list[tuple[str, Any]]) -> KeysRead:
    """`json.loads`'s object_pairs_hook: the object, with the keys it was given more than once."""
    found = KeysRead(pairs)
    counted = Counter(key for key, _ in pairs) if len(found) < len(pairs) else {}
    found.repeated = [key for key, count in counted.items() if count > 1]
    return found


def repeated_in_json(value, path: tuple = ()) -> list[RepeatedKey]:
    """Each key given more than once in `value` as `json_object` read it, by its path."""
    found = []
    if isinstance(value, dict):
        found += [RepeatedKey(_joined(*path, key), key) for key in getattr(value, "repeated", [])]
        for key, item in value.items():
            found += repeated_in_json(item, (*path, key))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            found += repeated_in_json(item, (*path, number))
    return found


def load_yaml_once_each(text: str, loader_class) -> Any:
    """`yaml.load(text, Loader=loader_class)`, but RepeatedKeys naming each key a mapping gives more than once.

    The keys are compared as written (a scalar's tag and text) on the document's nodes before its values are
    built: a `<<` merge is a mapping of its own, so a key that overrides a merged one is not repeated."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        repeated = repeated_in_yaml(node)
        if repeated:
            raise RepeatedKeys(repeated)
        return None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


def repeated_in_yaml(root: yaml.Node | None) -> list[RepeatedKey]:
    """Each key given more than once in a mapping of the document, in the order of the file. Walked without
    recursion, each node once (an alias is the node it names, which may hold itself)."""
    found, seen, waiting = [], set(), [((), root)] if root is not None else []
    while waiting:
        path, node = waiting.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            found += _repeated_keys(node, path)
            waiting += [((*path, _step(key)), value) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            waiting += [((*path, number), item) for number, item in enumerate(node.value)]
    return sorted(found, key=lambda key: (key.line, key.column))


def _repeated_keys(node: yaml.MappingNode, path: tuple) -> list[RepeatedKey]:
    written, found = set(), []
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        if (key.tag, key.value) in written:
            mark = key.start_mark
            found.append(RepeatedKey(_joined(*path, key.value), key.value, mark.line + 1, mark.column + 1))
        written.add((key.tag, key.value))
    return found


def _step(key: yaml.Node) -> str:
    return key.value if isinstance(key, yaml.ScalarNode) else "?"


def _joined(*steps) -> str:
    return ".".join(str(step) for step in steps)
