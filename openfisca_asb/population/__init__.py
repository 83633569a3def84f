"""Population runs (DESIGN §5): a synthetic, calibrated population of families,
simulated in chunks (or Dask partitions), summed into cost, statuses, winners
and losers and a per-kommune table.

    generator.py    seeded synthetic families → Parquet
    schema.py       the columns of a population file, checked on read
    source.py       a population file or table, in chunks of whole families
    columnar.py     a chunk → one vectorised OpenFisca simulation
    outputs.py      which catalogue variables a run reads, per benefit
    reform_diff.py  which variables a reform changes (the rest is shared)
    chunk.py        one chunk: baseline, reform, pilot selection, sums
    summary.py      additive sums of a run, combined in chunk order
    runner.py       single-process run; dask_runner.py the same on Dask
    calibration.py  targets (targets.yaml) and how a run measures them
    reforms.py      a reform by id or file path, as its shippable definition, or already loaded
    service_costs.py  the kommune's cost of avlastning, omsorgsstønad and BPA: hours × cost per hour
    defaults.py     reference date and chunk size
    results/        tables, charts and the Markdown/HTML report

The kommune table (numbers, names, children 0–17) is one layer down, in facts/kommuner.py.
"""
