"""Fixtures for the robustness evidence (issue 9): an app with known limits, and the marker for fuzzing."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from robustness_support import LIMITS


def pytest_configure(config):
    config.addinivalue_line("markers", "fuzz: schema fuzzing of the real server (runs in the default suite)")


@pytest.fixture(scope="session")
def client():
    return TestClient(create_app(LIMITS))


@pytest.fixture
def family():
    """A family with both holders and every kind of fact: text, dates, numbers, yes/no."""
    return {
        "kommunenummer": "0301",
        "caregivers": [{"id": "mor", "birth_date": "1985-02-01", "employment": "employee", "yearly_income": 540000}],
        "children": [{
            "id": "ida", "birth_date": "2015-04-10", "has_lasting_illness": "yes",
            "established_supervision_hours_per_week": 10,
        }],
    }
