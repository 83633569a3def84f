"""The guides' curl, Python and `asb` examples run against a started server, and what they
print matches what the guides show (tests/docs/doc_snippets.py explains the markers)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docs_paths import DOCS, REPOSITORY
from doc_snippets import check_output, for_server, read_page

GUIDES = ["guides/portal-integration.md", "guides/portal-applications.md", "guides/caseworker.md", "guides/drafter.md", "index.md"]
PAGES = {name: read_page(DOCS / name, DOCS) for name in GUIDES}
EXAMPLES = [block for page in PAGES.values() for block in page.examples()]


def _run(block, base_url: str) -> subprocess.CompletedProcess:
    code = for_server(block.code, base_url)
    if block.language == "python":
        command = [sys.executable, "-c", code]
    else:
        if "curl " in code and shutil.which("curl") is None:
            pytest.skip("curl is not installed")
        command = ["bash", "-euo", "pipefail", "-c", code]
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=120, env=environment)


@pytest.mark.parametrize("block", EXAMPLES, ids=[block.label for block in EXAMPLES])
def test_example_runs_and_prints_what_the_guide_shows(block, docs_server):
    finished = _run(block, docs_server)
    assert finished.returncode == 0, f"{block.label} failed:\n{finished.stdout}\n{finished.stderr}"
    differences = check_output(block, finished.stdout)
    assert not differences, f"{block.label}: the guide shows what the service does not answer:\n" + "\n".join(differences)


@pytest.mark.parametrize("name", GUIDES)
def test_every_python_and_shell_block_is_run_or_says_why_not(name):
    unmarked = PAGES[name].unmarked()
    assert not unmarked, "give these blocks a title (to run them) or a '<!-- not run: reason -->' line: " + ", ".join(
        block.label for block in unmarked
    )


def test_the_guides_have_examples_of_each_kind():
    """The brief: curl and Python examples for entitlements, facts needed, explain, errors and versions."""
    portal = PAGES["guides/portal-integration.md"].examples()
    for path in ("/v1/entitlements", "/v1/facts/needed", "/v1/explain/", "/v1/version"):
        kinds = {block.language for block in portal if path in block.code}
        assert {"sh", "python"} <= kinds, f"{path}: examples only in {kinds}"
    assert any(block.shows is not None and '"problems"' in block.shows.code for block in portal)
