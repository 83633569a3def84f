"""Small Markdown helpers: table cells, tables, links, code blocks, admonitions."""

import re
import textwrap


# "<" starting a word would open an HTML tag ("kommune_<kommunenummer>.yaml"); the line
# breaks and angle-bracketed links this module writes itself are kept.
TAG_START = re.compile(r"<(?!br>|https?://)(?=[A-Za-z/!?])")


def escape_tags(text: str) -> str:
    return TAG_START.sub("&lt;", text)


def cell(value) -> str:
    """Text safe inside a table cell: no pipes, no line breaks, no stray HTML tags."""
    text = escape_tags("" if value is None else str(value))
    # Only ASCII whitespace: the narrow no-break spaces in numbers (14 748) stay.
    return re.sub(r"[ \t\r\n]+", " ", text.replace("|", "\\|")).strip()


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def link(text: str, url: str | None) -> str:
    if not url:
        return text
    return f"[{text.replace('[', '(').replace(']', ')')}](<{url}>)"


def code_block(language: str, text: str) -> str:
    return f"```{language}\n{text.rstrip()}\n```\n"


def admonition(kind: str, title: str, body: str, collapsible: bool = False) -> str:
    marker = "???" if collapsible else "!!!"
    safe_title = title.replace('"', "'")
    return f'{marker} {kind} "{safe_title}"\n\n{textwrap.indent(body.rstrip(), "    ")}\n'


def number(value) -> str:
    """A value as a reader expects it: 14 748, 0.8, yes/no for switches, a list comma-separated, '—' for none."""
    if value is None:
        return "— (ended)"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return f"{value:g}" if isinstance(value, float) else str(value)
