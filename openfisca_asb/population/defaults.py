"""Defaults shared by the generator, the runner and the CLI (no heavy imports, so `asb` starts fast)."""

from datetime import date

DEFAULT_REFERENCE_DATE = date(2024, 1, 1)  # ages are drawn for this date (SSB figures are per 1 January)
DEFAULT_CHUNK_FAMILIES = 50_000  # families per simulation: bounds memory
MAX_SEED = 2**32 - 1  # numpy's seeds are 0 or more; the API and the CLI take one range: 0 to 4 294 967 295
# Families one `asb population generate` writes at most: Norway's about 1.1 million children under 18 live in fewer
# families than this, so no real use needs more; a typo (999999999) is refused, not left to run for hours.
MAX_CLI_FAMILIES = 1_000_000
