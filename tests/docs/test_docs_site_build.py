"""`mkdocs build --strict`: the whole site builds without a warning, offline, with a page per benefit."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docs_paths import REPOSITORY
from openfisca_asb.catalogue import catalogue

QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}  # the plugins' banners, not build warnings


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    finished = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(out)],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=300, env={**os.environ, **QUIET},
    )
    assert finished.returncode == 0, f"mkdocs build --strict failed:\n{finished.stdout}\n{finished.stderr}"
    return out


def test_every_benefit_has_a_built_page(site):
    for benefit_id in catalogue():
        assert (site / "reference" / "benefits" / benefit_id / "index.html").is_file(), benefit_id
    assert (site / "reference" / "rate-freshness" / "index.html").is_file()
    assert (site / "reference" / "charts" / "folketrygd.grunnbelop.png").is_file()


def test_the_site_loads_nothing_from_the_internet(site):
    external = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.IGNORECASE)
    for page in site.rglob("*.html"):
        match = external.search(page.read_text(encoding="utf-8"))
        assert match is None, f"{page.relative_to(site)} loads {match.group(0)}"


def test_the_generator_sources_are_not_published(site):
    assert not list(site.rglob("*.py"))
