"""Options and connection handling shared by the CLI commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from core.azure.clouds import CloudName
from core.azure.session import ArmSession
from core.tenant import TenantConnector

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


class BadInputError(Exception):
    """The user's input cannot be used (unreadable snapshot, unknown VM): exit code 2 with a clear message."""


def add_tenant_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="use the built-in simulated demo tenant")
    source.add_argument("--snapshot", type=Path, metavar="FILE", help="use a simulated tenant seeded from FILE")
    parser.add_argument(
        "--cloud",
        choices=[c.value for c in CloudName],
        default=CloudName.PUBLIC.value,
        help="Azure cloud for real Azure (default: %(default)s)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def load_tenant(args: argparse.Namespace) -> Mapping[str, Any] | None:
    """The snapshot behind --demo / --snapshot, or None for real Azure."""
    from core.simulator import scenarios

    if getattr(args, "snapshot", None) is not None:
        try:
            return scenarios.load_snapshot_file(args.snapshot)
        except ValueError as error:
            raise BadInputError(str(error)) from error
    if getattr(args, "demo", False):
        return scenarios.demo_tenant()
    return None


@asynccontextmanager
async def open_session(args: argparse.Namespace) -> AsyncIterator[tuple[ArmSession, TenantConnector]]:
    snapshot = load_tenant(args)
    connector = TenantConnector((lambda: snapshot) if snapshot is not None else None)
    try:
        if snapshot is not None:
            session = await connector.open_simulated()
        else:
            session = await connector.open_azure_cli(CloudName(args.cloud))
        yield session, connector
    finally:
        await connector.close()


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"boot-integrity: {message}", file=sys.stderr)
    return code
