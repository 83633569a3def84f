"""A drafter's result on a date after the last known rules: a projection, marked as one (ADR 0044).

The model knows the rules to LAST_DATE. A reform validated, compared or costed on a later day, up to
PROJECTION_HORIZON, runs on the last known rules and rates carried forward unchanged: no indexation
is invented, so the grunnbeløp and every rate stay at their last value, flagged as a lower bound or
not verified after their last verified date as every amount is (ADR 0009). Every such result carries
`projection: {from, until, note}`, the same words in the report, the CLI and the API.
"""

from datetime import date, timedelta
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from openfisca_asb.rules.dates import LAST_DATE, PROJECTION_HORIZON
from openfisca_asb.rules.texts import Text

PROJECTION_FROM = LAST_DATE + timedelta(days=1)

PROJECTION_NOTE = Text(
    nb=(f"Framskriving: modellen kjenner reglene til og med {LAST_DATE}. Fra {PROJECTION_FROM} (og til og med "
        f"{PROJECTION_HORIZON}) er de siste kjente reglene og satsene ført videre uendret, uten noen antatt regulering av "
        "grunnbeløpet eller satsene; beløpene er derfor ikke bekreftet, og der satsene bare kan stige, er de for lave. "
        "Det er ikke en prognose."),
    en=(f"Projection: the model knows the rules up to {LAST_DATE}. From {PROJECTION_FROM} (up to {PROJECTION_HORIZON}) the "
        "last known rules and rates are carried forward unchanged, with no assumed adjustment of the grunnbeløp or the "
        "rates; the amounts are therefore not verified, and where a rate can only rise they are too low. It is not a "
        "forecast."),
)


class Projection(BaseModel):
    model_config = ConfigDict(frozen=True, validate_by_name=True, serialize_by_alias=True)

    starts: date = Field(alias="from", description="The first day with no known rules: from it on, the last known "
                                                    "rules and rates are carried forward unchanged")
    until: date = Field(description="The projection horizon: the last day a reform can be asked about")
    note: str = Field(description="What the projection is, in the language asked")


def projection(dates: Iterable[date], language: str) -> Projection | None:
    """The marker for results on any of `dates` after the last known rules; None when every date is inside them."""
    if not any(day > LAST_DATE for day in dates):
        return None
    return Projection(starts=PROJECTION_FROM, until=PROJECTION_HORIZON, note=PROJECTION_NOTE.in_language(language))


def is_projection(on: date) -> bool:
    return on > LAST_DATE
