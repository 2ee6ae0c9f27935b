"""``boot-integrity``: the command-line front end. Each command lives in its own module with ``register``."""

from __future__ import annotations

import argparse
import importlib
import sys

from core import __version__

# Modules that expose ``register(subparsers)``; each sets ``func`` on its parser.
COMMANDS = (
    "core.cli.vms",
    "core.cli.diagnose",
    "core.cli.enable",
    "core.cli.fix",
    "core.cli.probe",
    "core.cli.simulate",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boot-integrity",
        description="Check, enable and troubleshoot Azure boot integrity monitoring (Guest Attestation).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
