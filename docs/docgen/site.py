"""Every generated file of the site, as (path under docs/, text or bytes), and the nav entries."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openfisca_asb.answer.assembler import Periods
from openfisca_asb.answer.rates_check import check_rates, report
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.description import benefits_affected, describe_fact
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.system import baseline_system
from openfisca_asb.version import legal_data_date

from docgen.benefit_page import benefit_page, page_path
from docgen.benefit_parameters import parameters_by_benefit
from docgen.charts import chartable, rate_chart
from docgen.facts_page import facts_page
from docgen.freshness_page import freshness_page
from docgen.index_pages import adr_title, benefits_index, changelog_page, decisions_page, reference_index
from docgen.parameter_section import chart_path
from docgen.parameters import all_parameters
from docgen.worked_examples import all_test_files, examples_for


@dataclass(frozen=True)
class GeneratedFile:
    path: str  # relative to docs/
    content: str | bytes


def _users(by_benefit: dict[str, list[str]]) -> dict[str, list[str]]:
    """parameter path → ids of the benefits that use it."""
    users: dict[str, list[str]] = {}
    for benefit_id, paths in by_benefit.items():
        for path in paths:
            users.setdefault(path, []).append(benefit_id)
    return users


def _described_facts(system, on: date) -> list[dict]:
    periods = Periods.of(on)
    affected = benefits_affected(dependency_graph(system, periods.month, periods.year))
    return [describe_fact(fact, system, affected[fact.id]) for fact in vocabulary().values()]


def adr_paths(docs: Path) -> list[Path]:
    return sorted((docs / "adr").glob("*.md"))


def _law_test_files(repository: Path):
    domains = sorted(folder.name for folder in (repository / "parameters").iterdir() if folder.is_dir())
    return all_test_files(repository / "tests", domains)


def generate(repository: Path, docs: Path, with_charts: bool = True) -> list[GeneratedFile]:
    """The reference pages, read from the model, the repository's tests and CHANGELOG.md,
    and the ADRs in `docs`."""
    system = baseline_system()
    benefits = list(catalogue().values())
    on = date.fromisoformat(legal_data_date())
    parameters = all_parameters(system)
    by_benefit = parameters_by_benefit(system, benefits, on)
    charted = {path for path, info in parameters.items() if chartable(info)}
    test_files = _law_test_files(repository)
    files = [
        GeneratedFile(page_path(benefit.id), benefit_page(
            benefit, system, [parameters[path] for path in by_benefit[benefit.id]], charted,
            examples_for(benefit, test_files), repository,
        ))
        for benefit in benefits
    ]
    if with_charts:
        files += [GeneratedFile(chart_path(parameters[path]), rate_chart(parameters[path])) for path in sorted(charted)]
    return files + _overview_pages(system, benefits, parameters, by_benefit, on, repository, docs)


def _rates_check(system, checked: str) -> str:
    """`asb rates check` on the legal data date: the same text the command prints."""
    on = date.fromisoformat(checked)
    return report(check_rates(system, on), on)


def _overview_pages(system, benefits, parameters, by_benefit, on: date, repository: Path, docs: Path) -> list[GeneratedFile]:
    names = {benefit.id: benefit.name.nb for benefit in benefits}
    checked = legal_data_date()
    return [
        GeneratedFile("reference/benefits/index.md", benefits_index(benefits)),
        GeneratedFile("reference/index.md", reference_index(benefits, len(parameters), len(vocabulary()), checked)),
        GeneratedFile("reference/rate-freshness.md", freshness_page(parameters, _users(by_benefit), names, checked,
                                                                    _rates_check(system, checked))),
        GeneratedFile("reference/facts.md", facts_page(_described_facts(system, on), names)),
        GeneratedFile("decisions.md", decisions_page(adr_paths(docs))),
        GeneratedFile("changelog.md", changelog_page(repository / "CHANGELOG.md")),
    ]


def benefit_nav() -> list[dict]:
    return [{benefit.name.nb: page_path(benefit.id)} for benefit in catalogue().values()]


def adr_nav(docs: Path) -> list[dict]:
    return [{adr_title(path): f"adr/{path.name}"} for path in adr_paths(docs)]
