"""Fixtures of the reform tests."""

from pathlib import Path

import pytest

BROKEN_FORMULA = Path(__file__).parent / "broken_reform" / "broken_formula.py"


@pytest.fixture
def broken_formula() -> Path:
    """The structural reform that fails while it runs (broken_reform/broken_formula.py)."""
    return BROKEN_FORMULA
