"""`asb` imports only the command asked for (issue 20 item 4): `asb --help` lists every command
without importing openfisca-core or building the tax-benefit system."""

import json
import pkgutil
import subprocess
import sys
from importlib import import_module

import openfisca_asb.cli as cli

IMPORTED = "import json, sys; import openfisca_asb.cli as cli; {call}; print(json.dumps(sorted(sys.modules)), file=sys.stderr)"


def _modules_after(call: str) -> set[str]:
    """The modules a fresh process holds after `call`."""
    done = subprocess.run([sys.executable, "-c", IMPORTED.format(call=call)], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_every_command_module_is_listed():
    # A module with `register` missing from COMMANDS would be a command nobody can run.
    with_register = {info.name for info in pkgutil.iter_modules(cli.__path__)
                     if hasattr(import_module(f"openfisca_asb.cli.{info.name}"), "register")}
    assert with_register == {module for module, _ in cli.COMMANDS.values()}


def test_help_lists_every_command_and_imports_no_model():
    listed = cli.parser(["--help"]).format_help()
    assert all(f"    {name} " in listed for name in cli.COMMANDS)
    modules = _modules_after("cli.parser(['--help']).format_help()")
    assert "openfisca_core" not in modules
    assert "openfisca_asb.facts.family" not in modules


def test_a_command_imports_no_other_command():
    modules = _modules_after("cli.main(['reform', 'list'])")
    assert "openfisca_asb.cli.reform" in modules
    assert not {"openfisca_asb.cli.population", "openfisca_asb.cli.serve", "openfisca_asb.cli.entitlements"} & modules
