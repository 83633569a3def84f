"""Defaults shared by the generator, the runner and the CLI (no heavy imports, so `asb` starts fast)."""

from datetime import date

DEFAULT_REFERENCE_DATE = date(2024, 1, 1)  # ages are drawn for this date (SSB figures are per 1 January)
DEFAULT_CHUNK_FAMILIES = 50_000  # families per simulation: bounds memory
