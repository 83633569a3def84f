"""mkdocs-gen-files script: writes the generated reference into the site at build time.

Run by the `gen-files` plugin (mkdocs.yml); the pages exist only in the build, never in
the repository. The renderers live in docs/docgen/.
"""

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docgen.nav import expand_section  # noqa: E402  (after the path is set)
from docgen.site import adr_nav, benefit_nav, generate  # noqa: E402

config = mkdocs_gen_files.config
repository = Path(config.config_file_path).resolve().parent
docs = Path(config.docs_dir)

for generated in generate(repository, docs):
    content = generated.content if isinstance(generated.content, bytes) else generated.content.encode("utf-8")
    with mkdocs_gen_files.open(generated.path, "wb") as file:
        file.write(content)

for index_page, entries in (("reference/benefits/index.md", benefit_nav()), ("decisions.md", adr_nav(docs))):
    if not expand_section(config.nav, index_page, entries):
        raise SystemExit(f"gen_pages: mkdocs.yml's nav has no entry for {index_page}")
