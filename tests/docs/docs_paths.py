"""Where the docs tests find the repository, the docs and the generator (docs/docgen)."""

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
DOCS = REPOSITORY / "docs"

# The generator package lives in docs/docgen: run by mkdocs-gen-files, not installed.
if str(DOCS) not in sys.path:
    sys.path.insert(0, str(DOCS))
