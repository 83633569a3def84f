"""Shared fixtures; and the OpenFisca YAML cases under tests/ run under plain pytest."""

import pytest
from openfisca_core.tools.test_runner import OpenFiscaPlugin

from openfisca_asb.system import baseline_system


def pytest_configure(config):
    config.pluginmanager.register(OpenFiscaPlugin(baseline_system(), {}), "openfisca-yaml-cases")


@pytest.fixture(scope="session")
def tax_benefit_system():
    return baseline_system()
