"""Calibration targets (targets.yaml) and how a run's sums measure them.

A target is a published figure, its source and a relative tolerance; counts
are scaled to the population's size. `check` reports, for each target, the
measured value, the scaled target and whether it lands within the tolerance.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from openfisca_asb.population.outputs import ENTITLED
from openfisca_asb.rules.texts import Text

TARGETS_FILE = Path(__file__).resolve().parent / "targets.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    title: str
    url: str | None = None


class Measure(_Strict):
    kind: str
    benefit: str | None = None
    fact: str | None = None
    choice: str | None = None
    min_age: int | None = None
    max_age: int | None = None


class Target(_Strict):
    id: str
    label: Text
    measure: Measure
    value: float
    tolerance: float
    scaled: bool = False
    source: Source
    derivation: str | None = None
    note: str | None = None
    miss_explanation: Text | None = None  # why a run may land outside the tolerance (shown with a miss)


class Assumption(_Strict):
    id: str
    text: str


class Scale(_Strict):
    families_with_children: int
    source: Source
    derivation: str


class UnknownFacts(_Strict):
    """Facts the generator leaves unknown because no calibration figure exists, and why."""

    facts: list[str]
    text: Text


class Targets(_Strict):
    scale: Scale
    targets: list[Target]
    assumptions: list[Assumption]
    unknown_facts: UnknownFacts

    def breakdowns(self) -> tuple[tuple[str, str], ...]:
        """(benefit, fact) pairs whose entitled holders a run counts per choice."""
        pairs = {(t.measure.benefit, t.measure.fact) for t in self.targets if t.measure.kind == "holders_entitled_by_choice"}
        return tuple(sorted(pairs))


@lru_cache(maxsize=1)
def load_targets() -> Targets:
    with open(TARGETS_FILE, encoding="utf-8") as file:
        return Targets.model_validate(yaml.safe_load(file))


@dataclass(frozen=True)
class CalibrationResult:
    target: Target
    expected: float  # scaled to the population
    measured: float

    @property
    def deviation(self) -> float:
        return self.measured / self.expected - 1 if self.expected else float("inf")

    @property
    def within(self) -> bool:
        return abs(self.deviation) <= self.target.tolerance


def measure(sums, target: Target) -> float:
    m = target.measure
    if m.kind == "children_per_family":
        return sums.scalar("children") / max(sums.scalar("families"), 1)
    if m.kind == "children_age_share":
        by_age = sums.total("children_by_age")
        return float(by_age[m.min_age : m.max_age + 1].sum() / max(by_age.sum(), 1))
    if m.kind == "holders_entitled":
        return float(sums.total(f"base.{m.benefit}.holders", [0, 0, 0, 0])[ENTITLED])
    if m.kind == "holders_entitled_by_choice":
        from openfisca_asb.population.schema import fact_columns

        counts = sums.total(f"base.{m.benefit}.entitled_by.{m.fact}", [0] * len(fact_columns()[m.fact].choices))
        return float(counts[fact_columns()[m.fact].choices.index(m.choice)])
    raise ValueError(f"targets.yaml: target '{target.id}' has an unknown measure kind '{m.kind}'")


def check(sums) -> list[CalibrationResult]:
    targets = load_targets()
    scale = sums.scalar("families") / targets.scale.families_with_children
    return [
        CalibrationResult(target, target.value * (scale if target.scaled else 1), measure(sums, target))
        for target in targets.targets
    ]
