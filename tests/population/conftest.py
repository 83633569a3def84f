"""Populations for the population tests: small generated ones, and hand-made families."""

from datetime import date

import pyarrow as pa
import pytest

from openfisca_asb.population import generator
from population_helpers import hjelpestonad_child, person, table_of


@pytest.fixture(scope="session")
def two_families() -> pa.Table:
    """Family 0 in Oslo: one caregiver, a child with hjelpestønad sats 1. Family 1 in Bergen: two caregivers, a child at sats 3."""
    return table_of([
        person(0, "caregiver", birth_date=date(1980, 1, 1), kommunenummer="0301"),
        {**hjelpestonad_child(0, "sats_1"), "kommunenummer": "0301"},
        person(1, "caregiver", birth_date=date(1981, 1, 1), kommunenummer="4601"),
        person(1, "caregiver", birth_date=date(1982, 1, 1), kommunenummer="4601"),
        {**hjelpestonad_child(1, "sats_3"), "kommunenummer": "4601"},
    ])


@pytest.fixture(scope="session")
def small_population() -> pa.Table:
    return generator.generate(2_000, seed=11)
