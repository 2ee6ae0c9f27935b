"""``boot-integrity``: the command-line front end. Each command lives in its own module with ``register``."""

from __future__ import annotations

import argparse
import importlib
import sys

from core import __version__
from core.cli.text import LANGUAGES, use_language

# Modules that expose ``register(subparsers)``; each sets ``func`` on its parser.
COMMANDS = (
    "core.cli.vms",
    "core.cli.diagnose",
    "core.cli.enable",
    "core.cli.fix",
    "core.cli.probe",
    "core.cli.simulate",
    "core.cli.fleet",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boot-integrity",
        description="Check, enable and troubleshoot Azure boot integrity monitoring (Guest Attestation).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the text output (default: BOOT_INTEGRITY_LANG, else the locale); --json stays English",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    use_language(args.lang)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
