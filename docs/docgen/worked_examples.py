"""The OpenFisca YAML test cases as worked examples: name, facts, expected values, and the
hand-worked arithmetic from the file's comments.

Comments are read from the file's text (YAML parsers drop them): those before the
first case explain the whole file; those inside a case, or just above it, explain that case.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CASE_START = re.compile(r"^- ")
COMMENT = re.compile(r"^\s*#\s?(?P<text>.*)$")


@dataclass(frozen=True)
class WorkedExample:
    name: str
    period: str
    input: dict
    output: dict
    comments: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # e.g. reforms, absolute_error_margin


@dataclass(frozen=True)
class TestFile:
    path: Path
    header: list[str]
    cases: list[WorkedExample]


def _chunks(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The lines before the first case, and each case's lines; comment lines just above a
    case (after the previous case's last line) move to that case."""
    header: list[str] = []
    cases: list[list[str]] = []
    for line in lines:
        if CASE_START.match(line):
            cases.append(_trailing_comments(cases[-1]) if cases else [])
        (cases[-1] if cases else header).append(line)
    return header, cases


def _trailing_comments(lines: list[str]) -> list[str]:
    moved: list[str] = []
    while lines and (COMMENT.match(lines[-1]) or not lines[-1].strip()):
        moved.insert(0, lines.pop())
    return [line for line in moved if line.strip()]


def _comments(lines: list[str]) -> list[str]:
    return [match["text"].rstrip() for line in lines if (match := COMMENT.match(line))]


def load_test_file(path: Path) -> TestFile:
    text = path.read_text(encoding="utf-8")
    parsed = yaml.safe_load(text) or []
    header, chunks = _chunks(text.splitlines())
    if len(chunks) != len(parsed):
        raise ValueError(f"docs: {path}: {len(parsed)} cases but {len(chunks)} lines starting with '- '")
    cases = []
    for case, lines in zip(parsed, chunks):
        known = {"name", "period", "input", "output"}
        cases.append(WorkedExample(
            name=str(case.get("name", "")),
            period=str(case.get("period", "")),
            input=case.get("input") or {},
            output=case.get("output") or {},
            comments=_comments(lines),
            extra={key: value for key, value in case.items() if key not in known},
        ))
    return TestFile(path=path, header=_comments(header), cases=cases)


def _keys(data, depth: int = 3) -> set[str]:
    """Keys of an OpenFisca test output, also under entity and person ids."""
    if not isinstance(data, dict) or depth == 0:
        return set()
    found = set(data)
    for value in data.values():
        found |= _keys(value, depth - 1)
    return found


def examples_for(benefit, test_files: list[TestFile]) -> list[TestFile]:
    """The benefit's own file (tests/<domain>/<id>.yaml), or else the cases elsewhere that
    check one of its variables (e.g. forhøyet hjelpestønad in hjelpestonad.yaml)."""
    own = [test_file for test_file in test_files if test_file.path.stem == benefit.id]
    if own:
        return own
    names = set(benefit.variables.names()) | {condition.variable for condition in benefit.conditions}
    found = []
    for test_file in test_files:
        cases = [case for case in test_file.cases if _keys(case.output) & names]
        if cases:
            found.append(TestFile(path=test_file.path, header=test_file.header, cases=cases))
    return found


def all_test_files(tests_dir: Path, domains: list[str]) -> list[TestFile]:
    """The law's OpenFisca YAML tests, tests/<domain>/*.yaml for the domains of parameters/
    (folketrygd, kommune, …); cases that switch on a reform are not the law and are left out."""
    files = []
    for path in sorted(path for domain in domains for path in (tests_dir / domain).glob("*.yaml")):
        loaded = load_test_file(path)
        cases = [case for case in loaded.cases if "reforms" not in case.extra]
        if cases:
            files.append(TestFile(path=loaded.path, header=loaded.header, cases=cases))
    return files
