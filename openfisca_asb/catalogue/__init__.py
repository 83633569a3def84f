"""The benefit catalogue: every right described once (DESIGN §3).

One YAML file per benefit in `openfisca_asb/catalogue/`. The API, page, CLI
and docs read it; the assembler joins it with the simulation's results.
"""

from functools import lru_cache
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from openfisca_asb.paths import CATALOGUE_DIR
from openfisca_asb.rules.texts import Text

Sector = Literal["nav", "kommune", "helse", "skole", "arbeidsliv", "stat"]
Holder = Literal["child", "caregiver", "family"]
Url = Annotated[str, Field(pattern=r"^https?://\S+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LegalSource(Strict):
    title: str
    url: Url


class Condition(Strict):
    variable: str
    text: Text


class BenefitVariables(Strict):
    status: str
    amount: str | None = None
    amount_min: str | None = None
    amount_max: str | None = None
    reason: str | None = None

    def names(self) -> list[str]:
        return [name for name in self.model_dump().values() if name]


class HowToApply(Text):
    url: Url | None = None


class Benefit(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    order: int = Field(description="Where the benefit comes in lists: NAV first, then kommune, then school.")
    name: Text
    summary: Text
    sector: Sector
    agency: Text
    holder: Holder
    period: Literal["month", "year"]
    amount_unit: Literal["NOK", "days", "hours"] | None = None
    amount_period: Literal["week", "month", "year"] | None = Field(
        default=None, description="When the amount is counted per another period than the benefit's (e.g. SFO hours per week)"
    )
    legal_basis: list[LegalSource] = Field(min_length=1)
    variables: BenefitVariables
    conditions: list[Condition] = Field(min_length=1)
    rate_parameters: list[str] = []
    reasons: dict[str, Text] = {}
    how_to_apply: HowToApply
    documents: list[Text] = []
    complaint: Text
    payer_view: bool = False


def _load(path) -> Benefit:
    with open(path, encoding="utf-8") as file:
        data = yaml.safe_load(file)
    try:
        return Benefit.model_validate(data)
    except ValueError as error:
        raise ValueError(f"catalogue entry {path.name}: {error}") from error


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Benefit]:
    """All benefits by id, in presentation order."""
    benefits = sorted((_load(path) for path in CATALOGUE_DIR.glob("*.yaml")), key=lambda b: (b.order, b.id))
    return {benefit.id: benefit for benefit in benefits}
