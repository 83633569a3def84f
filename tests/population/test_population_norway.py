"""A realistic Norway (issue 19, items 4 and 5): families placed in kommuner in proportion to their
children (SSB table 07459), totals scaled to Norway, and the kommune's own service costs."""

import math
from collections import Counter
from datetime import date
from types import SimpleNamespace

import numpy
import pytest

from openfisca_asb.population import generator, runner
from openfisca_asb.facts.kommuner import kommune_table
from openfisca_asb.population.results import tables
from openfisca_asb.population.results.report import miss_lines, scale_line, service_cost_note
from population_helpers import person, table_of

FAMILIES = 20_000  # generation only (no simulation): about two seconds
SEED = 19


def chi_square_critical(degrees: int, z: float) -> float:
    """The chi-square quantile by Wilson–Hilferty: k (1 − 2/(9k) + z √(2/(9k)))³."""
    a = 2 / (9 * degrees)
    return degrees * (1 - a + z * math.sqrt(a)) ** 3


def family_kommuner(table) -> numpy.ndarray:
    family = table.column("family").to_numpy()
    first = numpy.concatenate([[True], family[1:] != family[:-1]])
    return numpy.asarray(table.column("kommunenummer").to_numpy(zero_copy_only=False))[first]


@pytest.fixture(scope="module")
def placed():
    return family_kommuner(generator.generate(FAMILIES, SEED))


def chi_square(counts: Counter, numbers, shares) -> float:
    observed = numpy.array([counts.get(number, 0) for number in numbers], dtype=float)
    expected = shares * observed.sum()
    return float(((observed - expected) ** 2 / expected).sum())


def test_the_kommune_file_sums_to_ssbs_national_totals():
    # data/README.md: 1 101 380 children aged 0–17 in Norway on 1 January 2026 (SSB's national total).
    table = kommune_table()
    assert len(table.numbers) == 357 and table.numbers[0] == "0301"
    assert table.national_children(2026) == 1_101_380
    assert table.children(2024)["0301"] == 131_972  # Oslo, 1 January 2024 (kommuner.csv)


def test_the_year_used_is_the_legal_dates_year_or_the_newest_before_it():
    table = kommune_table()
    assert table.year_for(date(2025, 6, 1)) == 2025
    assert table.year_for(date(2029, 1, 1)) == 2026  # newest ≤ the date
    assert table.year_for(date(2021, 1, 1)) == 2024  # before every year in the file: the oldest


def test_families_follow_ssbs_shares_of_children_within_sampling_error(placed):
    # Chi-square goodness of fit over 357 kommuner (356 degrees of freedom) at the 0.999 quantile:
    # a fixed seed, so the test is deterministic, and it fails for a placement that ignores SSB's shares.
    numbers, shares = kommune_table().shares(2024)
    critical = chi_square_critical(len(numbers) - 1, z=3.09)
    assert chi_square(Counter(placed), numbers, shares) < critical
    uniform = numpy.full(len(numbers), 1 / len(numbers))
    assert chi_square(Counter(placed), numbers, uniform) > 10 * critical  # the old even spread is far off


def test_oslo_gets_its_share_within_a_binomial_bound(placed):
    # Oslo: 131 972 of 1 112 853 children on 1 January 2024 (11.86 %); four standard deviations.
    table = kommune_table()
    share = table.children(2024)["0301"] / table.national_children(2024)
    oslo = int((placed == "0301").sum())
    spread = math.sqrt(FAMILIES * share * (1 - share))
    assert abs(oslo - FAMILIES * share) < 4 * spread
    assert abs(share - 131_972 / 1_112_853) < 1e-12


def test_totals_scale_to_the_children_of_norway(two_families):
    # Two families with one child each, run on 1 June 2021: the newest year ≤ 2021 in the file is none,
    # so 2024's figure is used: 1 112 853 children / 2 children = 556 426.5.
    result = runner.run(two_families, on=date(2021, 6, 1))
    scale = tables.national_scale(result)
    assert (scale["year"], scale["national_children"], scale["population_children"]) == (2024, 1_112_853, 2)
    assert scale["factor"] == pytest.approx(556_426.5)
    assert "556 426.50" in scale_line(result, "en") and "SSB" in scale_line(result, "nb")


def bpa_family(kommune="1103", wages=0):
    """A child with a right to BPA (pbrl § 2-1 d: under 67, at least 32 hours a week, lasting over 2 years)."""
    return table_of([
        person(0, "caregiver", birth_date=date(1982, 12, 12), kommunenummer=kommune),
        person(0, "child", birth_date=date(2013, 1, 20), kommunenummer=kommune, bpa_assistance_hours_per_week=35.0,
               bpa_need_expected_years=10.0, toppfinansiering_direct_wage_costs=float(wages)),
    ])


def test_bpa_costs_the_kommune_hours_times_the_cost_per_hour():
    # 35 hours a week × 52 weeks × 500 kr (a drafter's figure for the test) = 910 000 kr a year.
    on = date(2025, 3, 1)
    result = runner.run(bpa_family(), on=on, service_costs={"bpa_cost_per_hour": 500})
    bpa = next(row for row in tables.service_cost_table(result, "en") if row["service"] == "bpa")
    assert (bpa["base_families"], bpa["base_per_year"]) == (1, 910_000)
    gross = next(row for row in tables.payer_table(result, "en") if row["payer"] == "kommune")
    assert gross["base_per_year"] >= 910_000
    assert "bpa_cost_per_hour" not in service_cost_note(result, "en")
    all_set = runner.run(bpa_family(), on=on, service_costs={"bpa_cost_per_hour": 1, "avlastning_cost_per_hour": 1,
                                                             "omsorgsstonad_cost_per_hour": 1})
    assert service_cost_note(all_set, "en") is None


def test_without_a_cost_per_hour_nothing_is_counted_and_the_report_says_so():
    result = runner.run(bpa_family(), on=date(2025, 3, 1))
    assert all(row["base_per_year"] == 0 for row in tables.service_cost_table(result, "en"))
    assert "parameters/kommune/service_costs" in service_cost_note(result, "en")


def test_bpa_already_reported_for_toppfinansiering_is_not_counted_twice():
    result = runner.run(bpa_family(wages=2_500_000), on=date(2025, 3, 1), service_costs={"bpa_cost_per_hour": 500})
    bpa = next(row for row in tables.service_cost_table(result, "en") if row["service"] == "bpa")
    assert bpa["base_per_year"] == 0


def test_an_unknown_or_negative_service_cost_is_refused():
    from openfisca_asb.population.reforms import PopulationRunError

    with pytest.raises(PopulationRunError, match="unknown service cost 'bpa_per_hour'"):
        runner.run(bpa_family(), on=date(2025, 3, 1), service_costs={"bpa_per_hour": 500})
    with pytest.raises(PopulationRunError, match="must be from 0 to"):
        runner.run(bpa_family(), on=date(2025, 3, 1), service_costs={"bpa_cost_per_hour": -1})


def test_calibration_misses_from_ageing_are_explained():
    # A population drawn for 1 January 2024 and run on 1 March 2026: children born after 2024 are
    # missing, so the share aged 0–5 falls below SSB's 30.48 % by far more than the 7 % tolerance.
    population = generator.generate(600, seed=3)
    result = runner.run(population, on=date(2026, 3, 1))
    lines = miss_lines(result, "en")
    assert any(line.startswith("Share of children aged 0–5") and "--reference-date 2026-03-01" in line for line in lines)


def _near_target(expected: float, measured: float):
    target = SimpleNamespace(scaled=True, miss_explanation=None)
    return SimpleNamespace(target=target, expected=expected, measured=measured)


@pytest.mark.parametrize("expected, measured, en, nb", [
    # 1.2 cases expected, 0 found: |0 − 1.2| ≤ 2 × √1.2 = 2.19, within sampling error; 1.2 rounds to one case, ±2.
    (1.2, 0, "Within sampling error: 1 case is expected in a population this size, ±2 ",
     "Innenfor tilfeldig variasjon: 1 tilfelle ventes i en befolkning av denne størrelsen, ±2 "),
    # 2.6 → 3 cases, 2 × √2.6 = 3.22 → ±3.
    (2.6, 0, "Within sampling error: 3 cases are expected in a population this size, ±3 ",
     "Innenfor tilfeldig variasjon: 3 tilfeller ventes i en befolkning av denne størrelsen, ±3 "),
    # 0.3 cases expected, 0 found: within 2 × √0.3 = 1.10 → ±1; fewer than one case is «under 1», not «0 cases»
    # (review s18 R1).
    (0.3, 0, "Within sampling error: under 1 case is expected in a population this size, ±1 ",
     "Innenfor tilfeldig variasjon: under 1 tilfelle ventes i en befolkning av denne størrelsen, ±1 "),
    # 2.5 rounds half up to 3, as a reader rounds (Python's round(2.5) is 2); 2 × √2.5 = 3.16 → ±3 (review s18 R1).
    (2.5, 0, "Within sampling error: 3 cases are expected in a population this size, ±3 ",
     "Innenfor tilfeldig variasjon: 3 tilfeller ventes i en befolkning av denne størrelsen, ±3 "),
    # 1 234.4 → 1 234 cases, written with a space as every count in the report; 2 × √1 234.4 = 70.3 → ±70.
    (1234.4, 1200, "Within sampling error: 1 234 cases are expected in a population this size, ±70 ",
     "Innenfor tilfeldig variasjon: 1 234 tilfeller ventes i en befolkning av denne størrelsen, ±70 "),
])
def test_a_miss_within_sampling_error_counts_its_cases_in_words(expected, measured, en, nb):
    # Review s16d drafter F5: «1 cases are expected in a population this size».
    result = SimpleNamespace(population=SimpleNamespace(reference_date=None), on=date(2027, 3, 1))
    miss = _near_target(expected, measured)
    assert tables._why_missed(result, miss, "en").startswith(en)
    assert tables._why_missed(result, miss, "nb").startswith(nb)


def test_a_population_drawn_for_the_date_run_has_no_age_drift():
    # SSB 2023: 334 299 of 1 096 857 children are 0–5 (30.48 %). Drawn for the date run, the share
    # lands within four standard deviations of a binomial share over the population's children.
    population = generator.generate(600, seed=3, reference_date=date(2026, 3, 1))
    result = runner.run(population, on=date(2026, 3, 1))
    share = next(row for row in tables.calibration_table(result, "en") if row["target"] == "children_0_5_share")
    children = result.sums.scalar("children")
    spread = math.sqrt(0.3048 * (1 - 0.3048) / children)
    assert abs(share["measured"] - 0.3048) < 4 * spread, share


def test_the_kommune_table_sorts_by_the_change_to_families_kommune_or_state(two_families):
    from test_population_reform import Loaded

    result = runner.run(two_families, on=date(2021, 6, 1), reform=Loaded())
    for key, column in tables.KOMMUNE_SORT_KEYS.items():
        rows = tables.kommune_table(result, sort_by=key)
        sizes = [abs(row[column]) for row in rows]
        assert sizes == sorted(sizes, reverse=True)
    with pytest.raises(ValueError, match="sort_by"):
        tables.kommune_table(result, sort_by="nav")
