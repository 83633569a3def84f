"""A parameter's history as a small step chart (PNG, matplotlib's Agg backend, no display)."""

import io
import math
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")  # no display, no GUI toolkit: the docs build runs headless
from matplotlib.figure import Figure  # noqa: E402

from docgen.parameters import ParameterInfo  # noqa: E402

VERIFIED_COLOUR = "#1f4e79"
UNVERIFIED_COLOUR = "#b00020"


def chartable(info: ParameterInfo) -> bool:
    """Worth a chart: at least two dated numeric values (a single value is a flat line)."""
    numeric = [v for v in info.values if isinstance(v.value, (int, float))]  # a switch counts (True is 1); no list or text
    return len(numeric) >= 2


def _end_of_chart(info: ParameterInfo, starts: list[date]) -> date:
    valid_on = date.fromisoformat(info.last_value_still_valid_on) if info.last_value_still_valid_on else starts[-1]
    return max(starts[-1], valid_on) + timedelta(days=365)


def rate_chart(info: ParameterInfo) -> bytes:
    """The values as steps (a gap where a value ended); unverified values as red crosses;
    the time after `last_value_still_valid_on` shaded."""
    values = list(info.values)
    starts = [date.fromisoformat(v.start) for v in values]
    numbers = [math.nan if v.value is None else float(v.value) for v in values]
    end = _end_of_chart(info, starts)
    figure = Figure(figsize=(6.4, 2.6), dpi=100)
    figure.subplots_adjust(left=0.12, right=0.98, top=0.88, bottom=0.12)
    axes = figure.subplots()
    axes.step([*starts, end], [*numbers, numbers[-1]], where="post", color=VERIFIED_COLOUR, linewidth=1.6)
    verified = [(s, n) for s, n, v in zip(starts, numbers, values) if v.value is not None and not v.unverified]
    unverified = [(s, n) for s, n, v in zip(starts, numbers, values) if v.value is not None and v.unverified]
    if verified:
        axes.plot(*zip(*verified), "o", color=VERIFIED_COLOUR, label="verified value")
    if unverified:
        axes.plot(*zip(*unverified), "X", color=UNVERIFIED_COLOUR, markersize=9, label="unverified value")
    if info.last_value_still_valid_on:
        axes.axvspan(date.fromisoformat(info.last_value_still_valid_on), end, color=UNVERIFIED_COLOUR, alpha=0.08,
                     label="after last verified date")
    axes.set_ylabel(info.unit_text)
    axes.set_title(info.title, fontsize=10)
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize=7, loc="upper left")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
