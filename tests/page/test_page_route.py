"""The page's route (api/routes/page.py): `/` and its static files, nothing outside
api/static, the right content types, and the privacy promise kept by the code.
No browser needed."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app

STATIC = Path(__file__).resolve().parents[2] / "api" / "static"


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def test_the_page_is_served_at_the_root_with_a_strict_csp(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<html lang="nb"' in response.text
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


def test_every_file_the_page_loads_is_served_with_its_type(client):
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    references = re.findall(r'(?:href|src)="(/static/[^"]+)"', index)
    modules = {f"/static/js/{name}" for path in (STATIC / "js").glob("*.js") for name in re.findall(r'from "\./([\w.]+)"', path.read_text(encoding="utf-8"))}
    expected_type = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
    assert len(references) >= 5 and modules
    for reference in [*references, *sorted(modules)]:
        response = client.get(reference)
        assert response.status_code == 200, reference
        assert response.headers["content-type"].startswith(expected_type[Path(reference).suffix]), reference


def test_the_vendored_designsystemet_licence_is_served(client):
    response = client.get("/static/vendor/designsystemet-css-1.22.0/LICENSE")
    assert response.status_code == 200
    assert "Digitaliseringsdirektoratet" in response.text


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/%2e%2e/routes/page.py", "/static/missing.css", "/static/js"])
def test_nothing_outside_the_static_files_is_served(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_the_scripts_store_nothing_and_call_only_this_service():
    scripts = {path.name: without_comments(path.read_text(encoding="utf-8")) for path in (STATIC / "js").glob("*.js")}
    for name, code in scripts.items():
        for forbidden in ("localStorage", "sessionStorage", "document.cookie", "indexedDB", "sendBeacon", "XMLHttpRequest", ".innerHTML", "insertAdjacentHTML"):
            assert forbidden not in code, f"{name} uses {forbidden}"
        if name != "api.js":
            assert "fetch(" not in code, f"{name} calls the network; only api.js may"
    assert not re.search(r"fetch\(\s*[`'\"]https?:", scripts["api.js"]), "the API is called by relative path only"


def without_comments(code: str) -> str:
    return "\n".join(line for line in code.splitlines() if not line.lstrip().startswith("//"))
