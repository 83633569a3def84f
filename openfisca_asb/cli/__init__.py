"""The `asb` command: answer a family, serve the API."""

import argparse
import sys

from openfisca_asb.cli import entitlements, serve


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="asb", description="What a family with a seriously ill or disabled child is entitled to.")
    commands = root.add_subparsers(dest="command", required=True)
    for module in (entitlements, serve):
        module.register(commands)
    return root


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    return arguments.run(arguments)


if __name__ == "__main__":
    sys.exit(main())
