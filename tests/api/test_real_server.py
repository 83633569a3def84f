"""The real server: `asb serve` under uvicorn, called over HTTP on loopback."""

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

EXAMPLE = Path(__file__).parents[2] / "examples" / "school-child-autism-single-parent.yaml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "asb"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"server did not start: {process.stdout.read().decode()}")
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_example_family_over_http(server):
    family = json.loads(json.dumps(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), default=str))
    response = httpx.post(f"{server}/v1/entitlements", json={"family": family, "date": "2024-09-01"}, timeout=30)
    assert response.status_code == 200
    days = next(r for r in response.json()["benefits"] if r["benefit"] == "omsorgspenger")
    # ftrl § 9-6: alone with one chronically ill child: 20 + 20 = 40 days.
    assert days["amount"]["value"] == 40.0
    assert response.headers["x-model-version"] == response.json()["model_version"]


def test_openapi_and_docs_over_http(server):
    assert httpx.get(f"{server}/openapi.json", timeout=10).json()["info"]["title"] == "openfisca-asb"
    assert httpx.get(f"{server}/docs", timeout=10).status_code == 200
