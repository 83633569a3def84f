"""Service settings, from the environment (ASB_*), with safe defaults."""

import os
from dataclasses import dataclass, field


def _origins() -> list[str]:
    raw = os.environ.get("ASB_CORS_ORIGINS", "")
    return [origin.strip() for origin in raw.split(",") if origin.strip()]


@dataclass(frozen=True)
class Settings:
    cors_origins: list[str] = field(default_factory=_origins)
    max_body_bytes: int = int(os.environ.get("ASB_MAX_BODY_BYTES", 256 * 1024))
    max_families: int = int(os.environ.get("ASB_MAX_FAMILIES", 50))
    # Per client address, for explain, compare and population runs (api/rate_limit.py); 0 turns the limit off.
    rate_limit_per_minute: int = int(os.environ.get("ASB_RATE_LIMIT_PER_MINUTE", 60))
    rate_limit_burst: int = int(os.environ.get("ASB_RATE_LIMIT_BURST", 30))
