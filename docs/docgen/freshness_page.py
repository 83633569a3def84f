"""The rate freshness page: every parameter by when it was last verified and until when its
newest value is known to hold, and every value not found in an official source."""

from docgen.benefit_page import page_path
from docgen.markdown import cell, number, table
from docgen.parameters import ParameterInfo

PASSED_MARK = "⚠ passed"


def _used_by(info: ParameterInfo, users: dict[str, list[str]], names: dict[str, str]) -> str:
    """Links to the benefit pages showing the parameter (this page lies in reference/)."""
    pages = [f"[{names[b]}](../{page_path(b)}#{info.anchor})" for b in users.get(info.path, [])]
    return ", ".join(pages) or "—"


def _holds_until(info: ParameterInfo, legal_data_date: str) -> str:
    until = info.last_value_still_valid_on
    if until is None:
        return "open-ended"
    return f"{until} **{PASSED_MARK}**" if until < legal_data_date else until


def _by_validity(info: ParameterInfo):
    # Those whose newest value is known to lapse soonest come first; open-ended ones last.
    return (info.last_value_still_valid_on is None, info.last_value_still_valid_on or "", info.last_verified or "", info.path)


def _value_rows(parameters: dict[str, ParameterInfo]) -> list[list]:
    return [
        [f"`{info.path}`", value.start, number(value.value), value.confidence or ("unverified" if value.unverified else ""),
         value.last_verified or "**never**",
         ", ".join(source.title for source in value.sources) or ("*the parameter's*" if value.has_source else "**none**")]
        for info in sorted(parameters.values(), key=lambda info: info.path)
        for value in info.values
    ]


def freshness_page(parameters: dict[str, ParameterInfo], users: dict[str, list[str]], names: dict[str, str], legal_data_date: str,
                   rates_check: str = "") -> str:
    ordered = sorted(parameters.values(), key=_by_validity)
    unverified = [(info, value) for info in parameters.values() for value in info.unverified_values]
    unsourced = [(info, value) for info in parameters.values() for value in info.unsourced_values]
    rows = [
        [
            f"{cell(info.title)}<br>`{info.path}`",
            (info.values[-1].last_verified if info.values else None) or info.last_verified or "**never**",
            _holds_until(info, legal_data_date),
            info.values[-1].start if info.values else "—",
            len(info.unverified_values) or "",
            _used_by(info, users, names),
        ]
        for info in ordered
    ]
    value_rows = [
        [f"`{info.path}`", value.start, number(value.value), value.note or "", _used_by(info, users, names)]
        for info, value in sorted(unverified, key=lambda pair: (pair[0].path, pair[1].start))
    ]
    return "\n".join([
        "# Rate freshness\n",
        "How current is the legal data? Every parameter of the model, with the date its newest "
        "value was last checked against its source (`last_verified`) and the date that value is "
        "known to hold until (`last_value_still_valid_on`). *Open-ended* means no periodic "
        "adjustment is known (a limit in the law's text, not a yearly rate).\n",
        f"The newest check of any parameter — the answers' *legal data date* — is **{legal_data_date}**. "
        f"{len(parameters)} parameters; {len(unverified)} values not verified; {len(unsourced)} values with no source.\n",
        "An answer for a date after `last_value_still_valid_on` or after a known adjustment with no "
        "newer value, or that uses an unverified value, carries an `unverified_rate` flag, and its amount "
        "is shown as a lower bound or as not verified ([ADR 0009](../adr/0009-amounts-after-an-unknown-adjustment.md)): "
        "the model never extrapolates silently. "
        f"*{PASSED_MARK}* marks a value known to hold only until a date before the legal data date: "
        "answers for today are flagged until a newer value is found and verified.\n",
        "## Every parameter, soonest to lapse first\n",
        table(["Parameter", "Newest value last verified", "Newest value holds until", "Newest value from",
               "Unverified values", "Used by"], rows),
        "## Values with no source at all\n",
        "Values with no reference of their own and none on their parameter.\n",
        table(["Parameter", "From", "Value"], [[f"`{info.path}`", value.start, number(value.value)] for info, value in unsourced])
        if unsourced else "None: every value has a reference, its own or its parameter's.\n",
        "## Rates older than a known adjustment (`asb rates check`)\n",
        f"The output of `asb rates check --date {legal_data_date}`. A rate is listed when a known adjustment "
        "(`adjustments` in its metadata: a yearly date such as G on 1 May or the budget's satser on 1 January, "
        "or a dated one-off such as the price adjustment of 1 July 2023) lies after its newest value. "
        "A WARN is a known gap that every answer using the rate flags, showing its amount as a lower bound or as "
        "not verified (ADR 0009); an ERROR is a stale rate that no answer flags, and fails CI.\n",
        f"```text\n{rates_check}\n```\n" if rates_check else "Not run.\n",
        "## Every value, with the date it was last checked\n",
        "`Last verified` is the value's own check date where it has one, else its parameter's. "
        "*The parameter's* means the value has no reference of its own and relies on the parameter's.\n",
        table(["Parameter", "From", "Value", "Confidence", "Last verified", "Source"], _value_rows(parameters)),
        "## Every unverified value\n",
        "Values not found in an official source (`unverified: true` in `parameters/`). Each is a "
        "task: find the official figure, add its reference and drop the flag.\n",
        table(["Parameter", "From", "Value", "Why", "Used by"], value_rows) if value_rows else "None.\n",
    ])
