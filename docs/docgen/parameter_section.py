"""One parameter on a benefit page: labels, sources, verification, rate-history table, chart."""

from docgen.markdown import admonition, cell, escape_tags, link, number, table
from docgen.parameters import DatedValue, ParameterInfo

UNVERIFIED_MARK = "⚠ unverified"


def chart_path(info: ParameterInfo) -> str:
    """Where the chart is written, relative to the docs root."""
    return f"reference/charts/{info.path}.png"


def _sources(sources) -> str:
    return "; ".join(link(source.title, source.url) for source in sources) or "—"


def _row(value: DatedValue) -> list:
    shown = number(value.value) + (f" **{UNVERIFIED_MARK}**" if value.unverified else "")
    return [value.start, shown, _sources(value.sources), value.confidence or "—", value.note or ""]


def history_table(info: ParameterInfo) -> str:
    rows = [_row(value) for value in reversed(info.values)]  # newest first, as a reader looks for it
    return table(["From", f"Value ({info.unit_text or 'no unit'})", "Source", "Confidence", "Note"], rows)


def _facts_line(info: ParameterInfo) -> str:
    parts = [f"`{info.path}`"]
    if info.label_nb:
        parts.append(f"*{cell(info.label_nb)}*")
    parts.append(f"last verified {info.last_verified or '—'}")
    if info.last_value_still_valid_on:
        parts.append(f"newest value known to hold until {info.last_value_still_valid_on}")
    return " · ".join(parts)


def _warnings(info: ParameterInfo) -> str:
    text = ""
    if info.unverified_values:
        starts = ", ".join(value.start for value in info.unverified_values)
        text += admonition(
            "warning", "Unverified values",
            f"The values from {starts} were not found in an official source. Answers for dates that use "
            "them carry an `unverified_rate` flag.",
        )
    if info.last_value_still_valid_on:
        text += admonition(
            "note", "Dates after the last verified value",
            f"Answers for dates after {info.last_value_still_valid_on} carry an `unverified_rate` flag "
            "(`after_last_verified_value`): a known adjustment may be missing.",
        )
    return text


def parameter_section(info: ParameterInfo, page_depth: int, has_chart: bool) -> str:
    """`page_depth` is how many folders below the docs root the page lies (for the image path)."""
    parts = [
        f"### {info.title} {{#{info.anchor}}}\n",
        _facts_line(info) + "\n",
        f"{escape_tags(info.description)}\n" if info.description else "",
        f"Sources: {_sources(info.sources)}\n",
        _warnings(info),
        f"> {escape_tags(' '.join(info.documentation.split()))}\n" if info.documentation else "",
        history_table(info),
    ]
    if has_chart:
        parts.append(f"![History of {cell(info.title)}]({'../' * page_depth}{chart_path(info)})\n")
    else:
        parts.append("*A single value: no chart.*\n")
    return "\n".join(part for part in parts if part)
