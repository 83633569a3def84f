"""Schema fuzzing: schemathesis against the real server, from the server's own OpenAPI schema.

Issue 9 §1 and issue 12 §8: generated requests across every endpoint, with every check
schemathesis has (schemathesis.toml says where the schema cannot state a rule); no 5xx and
no response outside the schema (status code, content type, headers, body). Generation is
deterministic (`--generation-deterministic`), so a failure reproduces with the same run.
"""

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest

from robustness_support import live_server

pytestmark = pytest.mark.fuzz

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")  # examples per operation
OPTIONS = [
    "--generation-deterministic", "--phases", "examples,fuzzing", "--workers", "4", "--request-timeout", "60",
    # Every check. The response time is bounded by the request timeout only (bench/ measures
    # latency; a loaded CI machine must not fail this test). Where a schema-valid body can still
    # break a rule JSON Schema cannot state, the statuses positive_data_acceptance accepts are
    # widened per operation in schemathesis.toml.
    "--checks", "all", "--max-response-time", "60",
    "--continue-on-failure", "--no-color",
]
# Issue 9 asked for 1 000 requests; issue 12 keeps the run under two minutes on CI with every
# check on, which on a 2-CPU machine is about 550 requests (40 examples per operation).
MINIMUM_REQUESTS = 500
# The fuzzing server's own limits: rate limiting is tested on its own (test_limits.py), and a
# population run is kept small so background jobs do not crowd out the fuzzing. Two worker
# processes keep both cores busy while schemathesis generates and checks.
SERVER_ENV = {"ASB_RATE_LIMIT_PER_MINUTE": "0", "ASB_MAX_POPULATION_FAMILIES": "50"}
SERVER_WORKERS = 2


def _interactions(cassette: Path) -> list[tuple[str, str, int]]:
    """(method, path, status) of every request in a schemathesis VCR cassette."""
    found, method, path = [], None, None
    for line in cassette.read_text(encoding="utf-8").splitlines():
        if match := re.fullmatch(r"    uri: '([^']*)'", line):
            path = httpx.URL(match[1]).path
        elif match := re.fullmatch(r"    method: '(\w+)'", line):
            method = match[1]
        elif match := re.fullmatch(r"      code: '(\d+)'", line):
            found.append((method, path, int(match[1])))
    return found


def _operation_of(method: str, path: str, paths: dict) -> str | None:
    """The schema's path template for a request; a literal path before one with parameters, as the router does."""
    for template in sorted(paths, key=lambda template: template.count("{")):
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", re.sub(r"\{[^}:]+:path\}", ".+", template))
        if method.lower() in paths[template] and re.fullmatch(pattern, path):
            return template
    return None


def _failures(output: str) -> str:
    """Each failing operation, check and reproducing command, shortened: the bodies can be long."""
    wanted = re.compile(r"^(_{3,} .+ _{3,}|\s*- ST\d+ .*|\s*\[\d{3}\] .*|\s*curl .*|.*Failures.*|\s*❌.*)$")
    return "\n".join(line[:400] for line in output.splitlines() if wanted.match(line)) or output[-12000:]


def test_generated_requests_get_no_5xx_and_answers_that_fit_the_schema(tmp_path):
    cassette = tmp_path / "cassette.yaml"
    with live_server(tmp_path / "server", env=SERVER_ENV, workers=SERVER_WORKERS) as server:
        schema = httpx.get(f"{server.url}/openapi.json", timeout=30).json()
        command = [str(SCHEMATHESIS), "--config-file", str(CONFIG), "run", f"{server.url}/openapi.json", *OPTIONS,
                   "--report", "vcr", "--report-vcr-path", str(cassette)]
        run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)  # its state stays in tmp
    assert run.returncode == 0, _failures(run.stdout) + run.stderr[-4000:]

    interactions = _interactions(cassette)
    assert len(interactions) >= MINIMUM_REQUESTS
    assert not [i for i in interactions if i[2] >= 500]
    per_operation = Counter((method, _operation_of(method, path, schema["paths"])) for method, path, _ in interactions)
    untried = [f"{method.upper()} {template}" for template, operations in schema["paths"].items()
               for method in operations if per_operation[(method.upper(), template)] == 0]
    assert untried == []
    # The fuzzing reaches the model, not only the validation in front of it.
    answered = [i for i in interactions if i[:2] == ("POST", "/v1/entitlements") and i[2] == 200]
    assert len(answered) >= 20
