"""The runnable examples in the guides, read from their Markdown.

A fenced block with a `title` is an example the docs tests run: ```` ```python title="…" ````
runs under the project's Python, ```` ```sh title="…" ```` under bash from the repository root
(curl against a started server, or the `asb` command). A block right after it whose title
starts with "Response" (JSON) or "Output" (text) shows what it prints, and is checked:
every key and value shown must be in the real output ("…" stands for any value), every
line shown must be a line printed ("…" inside a line stands for any text; runs of spaces
count as one). An "Output (every line)" shows all the lines printed, in order: a line printed
that it does not show is a difference too (review s21 page L11: a stale list passed as a subset).

A python or sh block without a title must be preceded by `<!-- not run: reason -->`.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,})(?P<language>[\w-]*)(?P<attributes>.*)$")
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
NOT_RUN = re.compile(r"<!--\s*not run:\s*\S.*-->")
RUNNABLE = {"python", "sh", "bash"}
DOCUMENTED_BASE_URL = "http://127.0.0.1:8000"
ANY = "…"


@dataclass
class Block:
    page: str
    line: int
    language: str
    title: str | None
    code: str
    not_run: bool = False
    shows: "Block | None" = None

    @property
    def label(self) -> str:
        return f"{self.page}:{self.line} {self.title or self.language}"


@dataclass
class Page:
    path: Path
    blocks: list[Block] = field(default_factory=list)

    def examples(self) -> list[Block]:
        return [block for block in self.blocks if block.language in RUNNABLE and block.title]

    def unmarked(self) -> list[Block]:
        return [block for block in self.blocks if block.language in RUNNABLE and not block.title and not block.not_run]


def _is_expectation(block: Block) -> bool:
    return bool(block.title) and block.title.startswith(("Response", "Output"))


def read_page(path: Path, root: Path) -> Page:
    lines = path.read_text(encoding="utf-8").splitlines()
    page = Page(path)
    index = 0
    previous_text = ""
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening or not opening["language"]:
            if lines[index].strip():
                previous_text = lines[index]
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        code = "\n".join(line[len(indent):] for line in lines[index + 1:end])
        title = TITLE.search(opening["attributes"])
        block = Block(
            page=path.relative_to(root).as_posix(), line=index + 1, language=opening["language"],
            title=title["title"] if title else None, code=code, not_run=bool(NOT_RUN.search(previous_text)),
        )
        if _is_expectation(block) and page.blocks and page.blocks[-1].language in RUNNABLE:
            page.blocks[-1].shows = block
        page.blocks.append(block)
        previous_text = ""
        index = end + 1
    return page


def for_server(code: str, base_url: str) -> str:
    return code.replace(DOCUMENTED_BASE_URL, base_url)


def json_differences(shown, actual, where: str = "$") -> list[str]:
    """What the docs show that the real response does not have."""
    if shown == ANY:
        return []
    if isinstance(shown, dict):
        if not isinstance(actual, dict):
            return [f"{where}: docs show an object, got {type(actual).__name__}"]
        found = []
        for key, value in shown.items():
            if key not in actual:
                found.append(f"{where}.{key}: shown in the docs, missing in the response")
            else:
                found += json_differences(value, actual[key], f"{where}.{key}")
        return found
    if isinstance(shown, list):
        if not isinstance(actual, list) or len(actual) < len(shown):
            return [f"{where}: docs show a list of {len(shown)}, got {actual!r:.200}"]
        return [d for i, item in enumerate(shown) for d in json_differences(item, actual[i], f"{where}[{i}]")]
    return [] if shown == actual else [f"{where}: docs show {shown!r}, response has {actual!r}"]


def _spaced(line: str) -> str:
    """Runs of spaces as one: a table's column widths may change when a longer name is added."""
    return " ".join(line.split())


def missing_lines(shown: str, printed: str) -> list[str]:
    """Lines the docs show that were not printed ("…" in a line stands for any text)."""
    printed_lines = [_spaced(line) for line in printed.splitlines()]
    missing = []
    for line in shown.splitlines():
        if not line.strip() or line.strip() == ANY:
            continue
        pattern = re.compile("^" + ".*".join(re.escape(part) for part in _spaced(line).split(ANY)) + "$")
        if not any(pattern.match(candidate) for candidate in printed_lines):
            missing.append(line)
    return missing


EVERY_LINE = "(every line)"


def every_line_differs(shown: str, printed: str) -> list[str]:
    """Where the lines printed are not the lines shown, one for one and in order (runs of spaces as one)."""
    expected = [_spaced(line) for line in shown.splitlines() if line.strip()]
    actual = [_spaced(line) for line in printed.splitlines() if line.strip()]
    return [] if expected == actual else [f"the docs show every line as {expected}, printed {actual}"]


def check_output(block: Block, printed: str) -> list[str]:
    """Differences between what `block` printed and the expectation the docs show after it."""
    if block.shows is None:
        return []
    if EVERY_LINE in block.shows.title:
        return every_line_differs(block.shows.code, printed)
    if block.shows.language == "json":
        try:
            actual = json.loads(printed)
        except json.JSONDecodeError as error:
            return [f"not JSON ({error}): {printed[:300]}"]
        return json_differences(json.loads(block.shows.code), actual)
    return missing_lines(block.shows.code, printed)
