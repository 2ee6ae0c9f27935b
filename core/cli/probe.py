"""``boot-integrity probe``: look inside one VM (proxy, DNS, TLS, OS firewall) through Azure Run Command."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from core.azure.errors import ArmError, to_arm_error
from core.cli.common import EXIT_FINDINGS, EXIT_OK, BadInputError, add_tenant_options, fail, open_session
from core.cli.text import tr, translate
from core.i18n import QT_TRANSLATE_NOOP
from core.probe import CONSENT_TEXT, ProbeResult, consent_args, probe_vm


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "probe", help="run a read-only network check inside a VM (proxy, DNS, TLS, OS firewall)"
    )
    parser.add_argument("--vm", required=True, metavar="ID", help="resource id of the VM")
    parser.add_argument("--host", metavar="NAME", help="attestation host (default: the region's shared provider)")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


async def _probe(args: argparse.Namespace) -> ProbeResult:
    async with open_session(args) as (session, _):
        return await probe_vm(session, args.vm, host=args.host)


def run(args: argparse.Namespace) -> int:
    if not args.json:
        # Running the command is the consent; say what it does before it happens.
        name = args.vm.rstrip("/").rsplit("/", 1)[-1]
        host = args.host or tr(QT_TRANSLATE_NOOP("Cli", "the region's attestation host"))
        notice = consent_args(name, host, "")
        notice["account"] = "root/SYSTEM"
        print(translate("Probe", CONSENT_TEXT).format(**notice), file=sys.stderr)
    try:
        result = asyncio.run(_probe(args))
    except (BadInputError, ValueError) as error:
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
