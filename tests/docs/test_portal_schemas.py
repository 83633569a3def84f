"""The JSON Schemas published for portal developers are the response models' own (issue 18)."""

import json
from pathlib import Path

import pytest

from openfisca_asb.answer.decision_models import DecisionCheck
from openfisca_asb.answer.packet_models import ApplicationPackets

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


@pytest.mark.parametrize(("name", "model"), [("application-packet", ApplicationPackets), ("decision-check", DecisionCheck)])
def test_published_schema_matches_the_model(name, model):
    published = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert published == model.model_json_schema(), f"regenerate docs/schemas/{name}.schema.json from {model.__name__}"


def test_the_packet_example_in_the_schema_is_a_valid_answer():
    for example in ApplicationPackets.model_json_schema()["examples"]:
        ApplicationPackets.model_validate(example)
