"""Hand-made families and helpers for the population tests."""

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq

from openfisca_asb.population.source import split_families

# Hjelpestønad, ordinary rate 2019–2022: 14 748 kr a year (nav.no satser, "uendret i 2020 og 2021");
# per month whole kroner: 14 748 / 12 = 1 229. Forhøyet sats 3 is 4 × ordinary (ftrl § 6-5 andre ledd) = 4 916.
ON = date(2021, 6, 1)
ORDINARY_MONTHLY = 1229
SATS_3_MONTHLY = 4 * ORDINARY_MONTHLY


def person(family, role, **facts):
    return {"family": family, "role": role, **facts}


def hjelpestonad_child(family, sats, born=date(2012, 3, 1)):
    """A child living at home with a lasting illness and a need for care beyond healthy peers (ftrl § 6-4)."""
    greater = "yes" if sats != "sats_1" else "no"
    return person(family, "child", birth_date=born, has_lasting_illness="yes", has_private_care_arrangement="yes",
                  needs_extra_supervision_and_care="yes", has_substantially_greater_care_need=greater,
                  stay_at_home_helped_by_allowance=greater, hjelpestonad_decided_sats=sats)


def table_of(rows) -> pa.Table:
    """A population table from person dicts (missing keys are facts not given)."""
    names = sorted({key for row in rows for key in row})
    columns = {name: [row.get(name) for row in rows] for name in names}
    return pa.table(columns)



def write_in_groups(table: pa.Table, path, families_per_group: int) -> None:
    """A population file whose row groups hold whole families (as the generator writes them)."""
    parts = split_families(table, families_per_group)
    with pq.ParquetWriter(str(path), parts[0].schema) as writer:
        for part in parts:
            writer.write_table(part, row_group_size=part.num_rows)
