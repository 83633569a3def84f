"""Calibration (issue 6, item 4): the baseline run on a generated population lands within the
documented tolerance of each target in openfisca_asb/population/targets.yaml, scaled to its size."""

import pytest

from openfisca_asb.population import generator, runner
from openfisca_asb.population.calibration import check, load_targets
from openfisca_asb.population.summary import RunSums

FAMILIES = 30_000  # large enough that the smallest target (sats 4, ≈126 children) is not noise


@pytest.fixture(scope="module")
def calibration():
    result = runner.run(generator.generate(FAMILIES, seed=1))
    return {r.target.id: r for r in check(result.sums)}


@pytest.mark.parametrize("target", [t.id for t in load_targets().targets])
def test_baseline_lands_within_tolerance(calibration, target):
    result = calibration[target]
    assert result.within, f"{target}: measured {result.measured:.3f}, expected {result.expected:.3f} ± {result.target.tolerance:.0%}"


def test_counts_are_scaled_to_the_population():
    # hjelpestonad_children: 52 519 children for 595 253 families (targets.yaml); 30 000 families → 52 519 × 30 000 / 595 253 = 2 646.9.
    target = next(t for t in load_targets().targets if t.id == "hjelpestonad_children")
    sums = RunSums()
    sums.add("families", FAMILIES)
    sums.add("children", 1)
    sums.add("children_by_age", [1] + [0] * 18)
    expected = next(r.expected for r in check(sums) if r.target is target)
    assert expected == pytest.approx(2646.9, abs=0.1)
