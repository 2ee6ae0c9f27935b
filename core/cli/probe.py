"""``boot-integrity probe``: look inside one VM (proxy, DNS, TLS, OS firewall) through Azure Run Command.

The VM id is checked before any request, and Run Command's consent text is shown only once the VM is known to
exist (a GET of the VM), so nobody reads "this runs a script on …" for a mistyped id.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from azure.core.exceptions import ResourceNotFoundError

from core.arm_ids import ResourceId
from core.azure.errors import ArmError, to_arm_error
from core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UNKNOWN_VM,
    BadInputError,
    add_tenant_options,
    check_vm_id,
    fail,
    open_session,
    shorten,
)
from core.cli.text import tr, translate
from core.i18n import QT_TRANSLATE_NOOP
from core.probe import CONSENT_TEXT, ProbeResult, consent_args, probe_vm
from core.probe.scripts import is_valid_host

BAD_HOST = QT_TRANSLATE_NOOP("Cli", "--host {host} is not a host name (for example sharedweu.weu.attest.azure.net)")


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "probe", help="run a read-only network check inside a VM (proxy, DNS, TLS, OS firewall)"
    )
    parser.add_argument("--vm", required=True, metavar="ID", help="resource id of the VM")
    parser.add_argument("--host", metavar="NAME", help="attestation host (default: the region's shared provider)")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


def _show_consent(args: argparse.Namespace, vm_id: str) -> None:
    # Running the command is the consent; say what it does before it happens.
    name = vm_id.rstrip("/").rsplit("/", 1)[-1]
    host = args.host or tr(QT_TRANSLATE_NOOP("Cli", "the region's attestation host"))
    notice = consent_args(name, host, "")
    notice["account"] = "root/SYSTEM"
    print(translate("Probe", CONSENT_TEXT).format(**notice), file=sys.stderr)


async def _probe(args: argparse.Namespace, vm_id: str) -> ProbeResult:
    async with open_session(args) as (session, _):
        ref = ResourceId.parse(vm_id)
        try:  # the VM exists before anyone is told what will run in it
            await session.compute(ref.subscription_id or "").virtual_machines.get(ref.resource_group or "", ref.name)
        except ResourceNotFoundError as error:
            raise BadInputError(tr(UNKNOWN_VM).format(vm_id=vm_id)) from error
        if not args.json:
            _show_consent(args, vm_id)
        return await probe_vm(session, vm_id, host=args.host)


def run(args: argparse.Namespace) -> int:
    try:
        vm_id = check_vm_id(args.vm)
        if args.host is not None and not is_valid_host(args.host):
            raise BadInputError(tr(BAD_HOST).format(host=shorten(args.host)))
        result = asyncio.run(_probe(args, vm_id))
    except BadInputError as error:
        return fail(str(error))
    except ArmError as error:
        return fail(error.render(translate))
    except Exception as error:
        return fail(to_arm_error(error).render(translate))
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        summary = tr(QT_TRANSLATE_NOOP("Cli", "{vm}: {outcome} (host {host}, {command})"))
        print(
            summary.format(
                vm=result.vm_id, outcome=result.outcome.value, host=result.host or "-", command=result.command_id or "-"
            )
        )
        for finding in result.findings:
            print(f"  [{finding.severity.value}] {finding.code}: {finding.render(translate)}")
    return EXIT_FINDINGS if result.has_problems else EXIT_OK
