"""PNG charts of a run (matplotlib, Agg backend: no display needed)."""

from pathlib import Path
from typing import NamedTuple

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from openfisca_asb.rules.status import STATUS_NAMES, STATUS_TEXT  # noqa: E402
from openfisca_asb.population.results import tables  # noqa: E402

STATUS_COLOURS = {"not_entitled": "#bbbbbb", "missing_information": "#f0c05a", "to_be_assessed": "#6a9fd8", "entitled": "#2e8b57"}
MILLION = 1e6


class Chart(NamedTuple):
    path: Path
    title: str  # the chart's title, in the report's language: its text alternative too


def draw_all(result, folder: Path, language: str, words: dict, sort_kommuner: str = "families",
             kommune_caption: str | None = None) -> list[Chart]:
    """`sort_kommuner` and `kommune_caption`: the kommune table's order and its caption, which the kommune chart
    follows."""
    folder.mkdir(parents=True, exist_ok=True)
    charts = [_cost_by_benefit(result, folder, language, words), _cost_by_payer(result, folder, language, words),
              _statuses(result, folder, language, words)]
    if result.reform is not None:
        charts.append(_winners_and_losers(result, folder, language, words))
    charts.append(_kommuner(result, folder, words, sort_kommuner, kommune_caption))
    return charts


def _save(figure, path: Path) -> Chart:
    title = figure.axes[0].get_title()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return Chart(path, title)


def _bars(axis, labels, series: dict) -> None:
    width = 0.8 / max(len(series), 1)
    for number, (name, values) in enumerate(series.items()):
        axis.barh([i + number * width for i in range(len(labels))], values, height=width, label=name)
    axis.set_yticks([i + width * (len(series) - 1) / 2 for i in range(len(labels))], labels)
    axis.invert_yaxis()
    if len(series) > 1:
        axis.legend()


def _cost_by_benefit(result, folder, language, words) -> Chart:
    rows = [row for row in tables.cost_table(result, language) if row["base_per_year"] is not None]
    figure, axis = plt.subplots(figsize=(9, 1 + 0.5 * len(rows)))
    series = {words[side]: [(row[f"{side}_per_year"] or 0) / MILLION for row in rows] for side in tables.sides(result)}
    _bars(axis, [row["name"][:45] for row in rows], series)
    axis.set_xlabel(words["million_per_year"])
    axis.set_title(words["cost_by_benefit"])
    return _save(figure, folder / "cost_by_benefit.png")


def _cost_by_payer(result, folder, language, words) -> Chart:
    rows = tables.payer_table(result, language)
    figure, axis = plt.subplots(figsize=(9, 3.5))
    series = {words[side]: [row[f"{side}_per_year"] / MILLION for row in rows] for side in tables.sides(result)}
    _bars(axis, [row["name"] for row in rows], series)
    axis.set_xlabel(words["million_per_year"])
    axis.set_title(words["cost_by_payer"])
    return _save(figure, folder / "cost_by_payer.png")


def _statuses(result, folder, language, words) -> Chart:
    rows = [row for row in tables.status_table(result, language) if row["run"] == "base"]
    figure, axis = plt.subplots(figsize=(9, 1 + 0.45 * len(rows)))
    left = [0] * len(rows)
    for status in STATUS_NAMES:
        values = [row[status] for row in rows]
        axis.barh([row["name"][:45] for row in rows], values, left=left, color=STATUS_COLOURS[status], label=STATUS_TEXT[status].in_language(language))
        left = [a + b for a, b in zip(left, values)]
    axis.invert_yaxis()
    axis.set_xlabel(words["families"])
    axis.set_title(words["statuses_title"])
    axis.legend(loc="lower right", fontsize="small")
    return _save(figure, folder / "statuses.png")


def _winners_and_losers(result, folder, language, words) -> Chart:
    rows = tables.change_table(result, language)
    figure, axis = plt.subplots(figsize=(9, 4))
    colours = ["#c0392b"] * 4 + ["#999999"] + ["#2e8b57"] * 4
    axis.bar(range(len(rows)), [row["families"] for row in rows], color=colours)
    axis.set_xticks(range(len(rows)), [row["change"] for row in rows], rotation=35, ha="right")
    axis.set_yscale("symlog")
    axis.set_ylabel(words["families"])
    axis.set_title(words["winners_losers_title"])
    return _save(figure, folder / "winners_and_losers.png")


def _kommuner(result, folder, words, sort_by: str, caption: str | None) -> Chart:
    """The first kommuner of the report's table, in its order; with a reform, the change to the families, the
    kommune (net) and the state side by side, so a cost moved between payers shows (review s21 M6)."""
    top = tables.kommune_table(result, sort_by=sort_by)[:20]
    if result.reform is None:
        series = {words["base"]: [row["base_nav"] for row in top]}
    else:
        columns = {"change_families": "change_families", "change_kommune": "change_kommune_net", "change_state": "change_state"}
        series = {words[word]: [row[column] for row in top] for word, column in columns.items()}
    figure, axis = plt.subplots(figsize=(9, 6 if result.reform is None else 9))
    _bars(axis, [f'{row["kommunenummer"]} {row["navn"]}' for row in top], series)
    axis.set_xlabel(words["kroner_per_month"])
    axis.set_title(caption or words["kommuner_change" if result.reform is not None else "kommuner_nav"])
    return _save(figure, folder / "kommuner.png")
