"""The README's commands that set up and start the service are true (review s20 L10).

The review's first guess, `uvicorn api.app:app`, fails («Attribute "app" not found in module "api.app"»):
`create_app` is a factory. Each uvicorn command the README gives names a factory that builds the app, with
`--factory`; the two commands at the top are the Makefile's targets, and `make serve` runs `asb serve`.
"""

import importlib
import re
from pathlib import Path

from fastapi import FastAPI

REPOSITORY = Path(__file__).parents[2]
README = (REPOSITORY / "README.md").read_text(encoding="utf-8")
UVICORN = re.compile(r"uvicorn((?: --[a-z-]+)*) ([a-z_.]+):([a-z_]+)")


def test_each_uvicorn_command_names_a_factory_with_factory():
    commands = UVICORN.findall(README)
    assert commands, "the README says how to run uvicorn alone"
    for options, module, name in commands:
        assert "--factory" in options.split(), f"uvicorn{options} {module}:{name}"
        assert isinstance(getattr(importlib.import_module(module), name)(), FastAPI)
    assert not hasattr(importlib.import_module("api.app"), "app")  # so `api.app:app` stays wrong, and unwritten


def test_the_two_commands_at_the_top_are_the_makefiles():
    top = README[README.index("## Two commands"):README.index("\n## ", README.index("## Two commands") + 1)]
    assert re.findall(r"^make (\w+)", top, flags=re.MULTILINE) == ["serve", "test"]
    makefile = (REPOSITORY / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^serve: .*\n\t\$\(VENV\)/bin/asb serve$", makefile, flags=re.MULTILINE)
    assert re.search(r"^test: .*\n\t\$\(VENV\)/bin/pytest$", makefile, flags=re.MULTILINE)
