"""`pip install .` gives a package that computes from any folder; the README's snippet runs there."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary

REPOSITORY = Path(__file__).parents[2]


def _readme_python_snippet() -> str:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(.*?)```", readme, flags=re.S).group(1)


def test_wheel_carries_the_model_and_the_readme_snippet_runs_outside_the_checkout(tmp_path):
    # Built from a clean copy: a stale build/ in the checkout would carry folders that have since moved.
    source = tmp_path / "source"
    shutil.copytree(REPOSITORY, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "site", "test-output", "*.egg-info", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(source), "-w", str(tmp_path)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("openfisca_asb-*.whl"))
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True, capture_output=True,
    )
    installed = site / "openfisca_asb"
    for folder in ("parameters", "variables", "examples", "catalogue"):
        assert (installed / folder).is_dir(), folder
    # Each right's catalogue entry and questions travel beside its formulas (ADR 0007).
    assert (installed / "variables" / "folketrygd" / "hjelpestonad" / "hjelpestonad.benefit.yaml").is_file()
    assert (installed / "variables" / "folketrygd" / "hjelpestonad" / "questions.yaml").is_file()
    assert (installed / "variables" / "common" / "questions.yaml").is_file()
    # The kommune data (SSB table 07459) ships with its attribution (NLOD 2.0 / MIT asks for it).
    kommune_data = installed / "facts" / "data"
    assert len((kommune_data / "kommuner.csv").read_text(encoding="utf-8").splitlines()) == 358
    assert "NLOD 2.0" in (kommune_data / "README.md").read_text(encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check = (
        "import openfisca_asb; print(openfisca_asb.__file__)\n"
        "from openfisca_asb.catalogue import catalogue; from openfisca_asb.facts.vocabulary import vocabulary\n"
        "print('catalogue', len(catalogue()), 'facts', len(vocabulary()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check + _readme_python_snippet()],
        cwd=elsewhere, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(installed))
    assert f"catalogue {len(catalogue())} facts {len(vocabulary())}" in lines
    # The README asks for the single-parent example on 1 Sep 2024: omsorgspenger 40 days (ftrl § 9-6).
    assert any(line.startswith("Care allowance days") and "value=40.0" in line for line in lines)
