import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="session")
def client():
    # No rate limit: one session's client sends far more than 60 computing requests a minute (tests/robustness test it).
    return TestClient(create_app(Settings(max_families=3, max_body_bytes=64 * 1024, rate_limit_per_minute=0)))


# Hjelpestønad 2021: sats 1 = 14 748 kr/yr (nav.no, unchanged 2019–2021); 14 748 / 12 = 1 229 kr/month.
IDA = {
    "id": "ida",
    "birth_date": "2015-04-10",
    "has_lasting_illness": "yes",
    "has_private_care_arrangement": "yes",
    "needs_extra_supervision_and_care": "yes",
}


@pytest.fixture
def family():
    return {"caregivers": [{"id": "mor", "birth_date": "1985-02-01"}], "children": [dict(IDA)]}
