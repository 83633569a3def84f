"""The fact vocabulary: what a family can tell, in bokmål and English.

Each fact is an input variable of the model, described once in
`openfisca_asb/vocabulary/*.yaml` with who it belongs to (a child, a caregiver
or the family), its question, its unit and its allowed range. Its type comes
from the model's input variable (`variables/<domain>/<right>/facts.py`): yes/no/
unknown questions, numbers, dates or choices. `facts/description.py` joins the two
into what the API and the page ask with.
"""

from functools import lru_cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from openfisca_asb.paths import VOCABULARY_DIR
from openfisca_asb.rules.texts import Text

FactHolder = Literal["child", "caregiver", "person", "family"]  # whom the fact is about


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="The model's input variable")
    holder: FactHolder
    question: Text
    help: Text | None = None
    required: bool = False
    unit: str | None = None
    pattern: str | None = Field(default=None, description="For text facts: the regular expression a value must match")
    minimum: float | None = None
    maximum: float | None = None
    probe_values: list[float] = Field(
        default=[],
        description="Values worth trying when asking which single change would alter an outcome",
    )


def _load(path) -> list[Fact]:
    with open(path, encoding="utf-8") as file:
        entries = yaml.safe_load(file) or []
    try:
        return [Fact.model_validate(entry) for entry in entries]
    except ValueError as error:
        raise ValueError(f"fact vocabulary {path.name}: {error}") from error


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Fact]:
    """All facts by id, grouped by file in file-name order."""
    facts: dict[str, Fact] = {}
    for path in sorted(VOCABULARY_DIR.glob("*.yaml")):
        for fact in _load(path):
            if fact.id in facts:
                raise ValueError(f"fact vocabulary {path.name}: fact '{fact.id}' is described twice")
            facts[fact.id] = fact
    return facts
