"""Service settings: every limit and timeout, read once at start-up from the environment (ASB_*).

The README's settings table lists each with its default; tests build a `Settings(...)` of
their own and pass it to `create_app`.
"""

from pydantic import Field
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic import field_validator
from typing import Annotated

from openfisca_asb.facts.family_file import MAX_FILE_BYTES


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASB_", frozen=True, extra="ignore")

    # Browsers on these origins may call the API (comma-separated); none by default.
    cors_origins: Annotated[list[str], NoDecode] = []
    # Proxies whose X-Forwarded-For is believed (comma-separated addresses); none by default.
    trusted_proxies: Annotated[list[str], NoDecode] = []

    # A request body at most: by default what a family file may be, the same family sent another way.
    max_body_bytes: int = Field(default=MAX_FILE_BYTES, ge=1)
    max_families: int = Field(default=50, ge=1)  # per batch or comparison request
    max_population_families: int = Field(default=20_000, ge=1)  # per population run in the API
    max_population_jobs: int = Field(default=4, ge=1)  # queued or running at once
    # OpenFisca situations (/calculate, /trace): persons, axis cells (the product of the counts) and nesting.
    max_situation_persons: int = Field(default=100, ge=1)
    max_axis_cells: int = Field(default=1000, ge=1)
    max_json_depth: int = Field(default=12, ge=2)
    # Reform checks (/v1/reforms/validate, /v1/compare): parameters named, dates, and families × dates.
    max_reform_parameters: int = Field(default=50, ge=1)
    max_reform_dates: int = Field(default=20, ge=1)
    max_validation_work: int = Field(default=1500, ge=1)
    max_validation_population: int = Field(default=200, ge=0)
    # A timeline (/v1/timeline): persons × dates evaluated; 4 caregivers and 6 children pass for 19 years.
    max_timeline_work: int = Field(default=1800, ge=1)
    # The longest a request waits for the compute thread to start (503); a started computation runs to its end,
    # bounded by the work limits above (a reform validation also stops at it).
    request_time_budget_seconds: float = Field(default=60.0, gt=0)
    # Micro-batching (api/compute.py): one-family requests arriving within the window are answered together.
    batch_window_ms: float = Field(default=2.0, ge=0)
    max_batch_size: int = Field(default=16, ge=1)  # 1 turns batching off
    batch_queue_size: int = Field(default=100, ge=1)  # requests waiting to be batched (503 beyond)

    # Per client address, for every POST that computes (api/rate_limit.py); 0 turns the limit off.
    rate_limit_per_minute: int = Field(default=60, ge=0)
    rate_limit_burst: int = Field(default=30, ge=1)

    # Slow or too many clients (asb serve): header and body read timeouts, idle keep-alive, concurrency.
    header_timeout_seconds: float = Field(default=10.0, gt=0)
    body_timeout_seconds: float = Field(default=10.0, gt=0)
    keep_alive_seconds: float = Field(default=5.0, gt=0)
    max_concurrency: int = Field(default=100, ge=1)

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value):
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value
