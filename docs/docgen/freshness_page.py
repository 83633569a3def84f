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


def freshness_page(parameters: dict[str, ParameterInfo], users: dict[str, list[str]], names: dict[str, str], legal_data_date: str) -> str:
    ordered = sorted(parameters.values(), key=_by_validity)
    unverified = [(info, value) for info in parameters.values() for value in info.unverified_values]
    rows = [
        [
            f"{cell(info.title)}<br>`{info.path}`",
            info.last_verified or "**never**",
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
        f"{len(parameters)} parameters; {len(unverified)} values not verified.\n",
        "An answer for a date after `last_value_still_valid_on`, or that uses an unverified value, "
        "carries an `unverified_rate` flag: the model never extrapolates silently. "
        f"*{PASSED_MARK}* marks a value known to hold only until a date before the legal data date: "
        "answers for today are flagged until a newer value is found and verified.\n",
        "## Every parameter, soonest to lapse first\n",
        table(["Parameter", "Last verified", "Newest value holds until", "Newest value from",
               "Unverified values", "Used by"], rows),
        "## Every unverified value\n",
        "Values not found in an official source (`unverified: true` in `parameters/`). Each is a "
        "task: find the official figure, add its reference and drop the flag.\n",
        table(["Parameter", "From", "Value", "Why", "Used by"], value_rows) if value_rows else "None.\n",
    ])
