"""Overview pages: the reference's start, the list of benefits, the ADRs, the changelog."""

import re
from pathlib import Path

from openfisca_asb.catalogue.sectors import SECTOR_TEXT

from docgen.benefit_page import legal_source
from docgen.markdown import cell, table


def benefits_index(benefits) -> str:
    text = [
        "# Benefits\n",
        "Every benefit in the catalogue (each right's `benefit.yaml` under `variables/`), in the order answers list "
        "them: NAV first, then the kommune, then school. Each page is generated from the catalogue, "
        "the model's variables and parameters, and its YAML test cases.\n",
    ]
    for sector, title in SECTOR_TEXT.items():
        in_sector = [b for b in benefits if b.sector == sector]
        if not in_sector:
            continue
        rows = [
            [f"[{b.name.nb}]({b.id}.md)", b.name.en, b.agency.nb, "<br>".join(legal_source(s) for s in b.legal_basis)]
            for b in in_sector
        ]
        text += [f"## {title.en}\n", table(["Benefit", "English", "Agency", "Legal basis"], rows)]
    return "\n".join(text)


def reference_index(benefits, parameter_count: int, fact_count: int, legal_data_date: str) -> str:
    return "\n".join([
        "# Reference\n",
        "Generated from the model each time the site is built, so it cannot drift from the code.\n",
        f"- [Benefits](benefits/index.md): {len(benefits)} benefits, each with its conditions and legal "
        "references, the agency and how to apply, its parameters with their rate history, and its "
        "test cases as worked examples.",
        f"- [Rate freshness](rate-freshness.md): all {parameter_count} parameters by the date they were last "
        f"verified, and every unverified value. Legal data date: {legal_data_date}.",
        f"- [Fact vocabulary](facts.md): the {fact_count} facts a family can give.",
        "- [Glossary](../glossary.md): the legal terms in bokmål and English.\n",
    ])


def adr_title(path: Path) -> str:
    """An ADR's first heading, without the leading '#'."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def _adr_status(path: Path) -> str:
    match = re.search(r"^\*\*Status:\*\*\s*(.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1).strip() if match else ""


def decisions_page(adr_paths: list[Path]) -> str:
    rows = [[f"[{cell(adr_title(path))}](adr/{path.name})", cell(_adr_status(path))] for path in adr_paths]
    return "\n".join([
        "# Architecture decisions\n",
        "Contested modelling choices, each written down once with its context and consequences "
        "(files in `docs/adr/`). Add a decision as the next numbered file.\n",
        table(["Decision", "Status"], rows),
    ])


def changelog_page(changelog: Path) -> str:
    """CHANGELOG.md as it is in the repository: what changed in each model version."""
    return changelog.read_text(encoding="utf-8")
