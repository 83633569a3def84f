"""The guides state the model's date range as openfisca_asb/rules/dates.py defines it (issue 12 §10)."""

import re
from pathlib import Path

from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, PROJECTION_HORIZON

DOCS = Path(__file__).parents[2] / "docs" / "guides"
README = Path(__file__).parents[2] / "README.md"


def test_every_range_the_guides_and_readme_state_is_the_models():
    stated = []
    for path in [README, *DOCS.glob("*.md")]:
        stated += re.findall(r"(?:answers for (?:dates from )?|outside )(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})|answers for (\d{4})–(\d{4})", path.read_text(encoding="utf-8"))
    assert len(stated) >= 3  # README, the drafters' and the portals' guides
    for first, last, first_year, last_year in stated:
        if first:
            assert (first, last) == (FIRST_DATE.isoformat(), LAST_DATE.isoformat())
        else:
            assert (first_year, last_year) == (str(FIRST_DATE.year), str(LAST_DATE.year))


def test_every_range_a_reform_may_be_asked_about_ends_on_the_projection_horizon():
    # ADR 0044: a drafter's reform may be asked about from FIRST_DATE to PROJECTION_HORIZON; the guides state it so.
    stated = []
    for path in [README, *DOCS.glob("*.md")]:
        stated += re.findall(r"reform[^.|]*?(\d{4}-\d{2}-\d{2}) (?:to|til) (\d{4}-\d{2}-\d{2})", path.read_text(encoding="utf-8"))
    assert len(stated) >= 3  # the drafter's two guides and the portals' guide
    for first, last in stated:
        assert (first, last) == (FIRST_DATE.isoformat(), PROJECTION_HORIZON.isoformat())
