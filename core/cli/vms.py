"""``boot-integrity vms``: list the VMs of every subscription with their Trusted Launch facts."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
from typing import Any

from core.azure.errors import to_arm_error
from core.azure.inventory import (
    VmSummary,
    attestation_extension_states,
    iter_all_vm_pages,
    list_subscriptions,
    with_monitoring,
)
from core.cli.common import EXIT_OK, BadInputError, add_tenant_options, fail, open_session
from core.cli.text import tr, translate
from core.display_names import ValueKind, display_name
from core.i18n import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("vms", help="list VMs and their Trusted Launch state")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


async def _collect(args: argparse.Namespace) -> list[VmSummary]:
    async with open_session(args) as (session, _):
        subscriptions = await list_subscriptions(session)
        rows: list[VmSummary] = []
        subscription_ids = [s.id for s in subscriptions]
        async for page in iter_all_vm_pages(session, subscription_ids):
            rows.extend(page)
        if rows:  # one Resource Graph query fills the monitoring column, as in the wizard's VM table
            states = await attestation_extension_states(session, subscription_ids)
            rows = [with_monitoring(vm, states) for vm in rows]
    return sorted(rows, key=lambda vm: (vm.subscription_id, vm.resource_group.lower(), vm.name.lower()))


def run(args: argparse.Namespace) -> int:
    try:
        rows = asyncio.run(_collect(args))
    except BadInputError as error:
        return fail(str(error))
    except Exception as error:
        return fail(to_arm_error(error).render(translate))
    if args.json:
        print(json.dumps({"vms": [dataclasses.asdict(vm) for vm in rows]}, indent=2))
        return EXIT_OK
    header = tuple(tr(title).upper() for title in _HEADER)
    table = [header] + [
        (
            vm.name,
            vm.resource_group,
            vm.location,
            vm.os_type or "-",
            display_name(ValueKind.SECURITY_TYPE, vm.security_type, translate),  # JSON keeps the API value
            _flag(vm.secure_boot),
            _flag(vm.vtpm),
            _monitoring(vm),
        )
        for vm in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


_HEADER = (
    QT_TRANSLATE_NOOP("Cli", "Name"),
    QT_TRANSLATE_NOOP("Cli", "Resource group"),
    QT_TRANSLATE_NOOP("Cli", "Region"),
    QT_TRANSLATE_NOOP("Cli", "OS"),
    QT_TRANSLATE_NOOP("Cli", "Security type"),
    QT_TRANSLATE_NOOP("Cli", "Secure Boot"),
    QT_TRANSLATE_NOOP("Cli", "vTPM"),
    QT_TRANSLATE_NOOP("Cli", "Monitoring"),
)


def _flag(value: bool | None) -> str:
    if value is None:
        return "-"
    return tr(QT_TRANSLATE_NOOP("Cli", "on")) if value else tr(QT_TRANSLATE_NOOP("Cli", "off"))


def _monitoring(vm: VmSummary) -> str:
    """on / off, with the extension's state when it is not Succeeded (e.g. "on (Failed)")."""
    shown = _flag(vm.monitoring)
    if vm.monitoring and vm.monitoring_state and vm.monitoring_state.lower() != "succeeded":
        return f"{shown} ({display_name(ValueKind.PROVISIONING_STATE, vm.monitoring_state, translate)})"
    return shown
