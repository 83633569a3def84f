"""The real server: `asb serve` under uvicorn, called over HTTP on loopback."""

import json
from pathlib import Path

import httpx
import pytest
import yaml

from local_server import asb_serve, free_port, running_server

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"


@pytest.fixture(scope="module")
def server():
    port = free_port()
    with running_server(asb_serve(port), port) as base:
        yield base


def test_example_family_over_http(server):
    family = json.loads(json.dumps(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), default=str))
    described = family.pop("date")  # the day the file describes: the request's date, as `asb example` writes it
    response = httpx.post(f"{server}/v1/entitlements", json={"family": family, "date": described}, timeout=30)
    assert response.status_code == 200
    days = next(r for r in response.json()["benefits"] if r["benefit"] == "omsorgspenger")
    # ftrl § 9-6: alone with one chronically ill child: 20 + 20 = 40 days.
    assert days["amount"]["value"] == 40.0
    assert response.headers["x-model-version"] == response.json()["model_version"]


def test_openapi_and_docs_over_http(server):
    assert httpx.get(f"{server}/openapi.json", timeout=10).json()["info"]["title"] == "openfisca-asb"
    assert httpx.get(f"{server}/docs", timeout=10).status_code == 200
