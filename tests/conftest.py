"""Shared fixtures; the OpenFisca YAML cases under tests/ run under plain pytest; and the test files go out
longest first (file_order.py, ADR 0029)."""

import pytest
import yaml
from openfisca_core.tools.test_runner import Loader, OpenFiscaPlugin, YamlFile, YamlItem

from openfisca_asb.system import baseline_system
from file_order import longest_first, record, write


def pytest_configure(config):
    if _xdist_controller(config):
        return  # the worker processes collect and run the tests; this one only hands them out
    config.pluginmanager.register(NumberedCases(baseline_system(), {}), "openfisca-yaml-cases")


def pytest_collection_modifyitems(items):
    longest_first(items)


def pytest_runtest_logreport(report):
    record(report)


def pytest_sessionfinish(session):
    write(session.config)


def _xdist_controller(config) -> bool:
    """Whether this process hands the tests out to pytest-xdist's workers (`-n 2` in pyproject.toml)."""
    distributing = getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", "no") != "no"
    return bool(distributing) and not config.getoption("collectonly") and not hasattr(config, "workerinput")


class NumberedCases(OpenFiscaPlugin):
    """OpenFisca's YAML cases, each named by its place in its file ("hjelpestonad.yaml::3").

    OpenFisca names every case '', so a file's cases share one node id; pytest-xdist, which
    hands out and reports tests by node id, would run and report only one of them.
    """

    def pytest_collect_file(self, parent, file_path):
        if file_path.suffix in (".yaml", ".yml"):
            return NumberedYamlFile.from_parent(parent, path=file_path, tax_benefit_system=self.tax_benefit_system, options=self.options)
        return None


class NumberedYamlFile(YamlFile):
    def collect(self):
        with open(self.path, encoding="utf-8") as file:
            cases = yaml.load(file, Loader=Loader)  # noqa: S506 — read as OpenFisca reads its cases
        for number, case in enumerate(cases if isinstance(cases, list) else [cases], start=1):
            if not self.should_ignore(case):
                yield YamlItem.from_parent(self, name=str(number), baseline_tax_benefit_system=self.tax_benefit_system,
                                           test=case, options=self.options)


@pytest.fixture(scope="session")
def tax_benefit_system():
    return baseline_system()
