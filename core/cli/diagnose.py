"""``boot-integrity diagnose --vm ID``: prerequisites, extension health and the path to Azure Attestation.

Exit codes: 0 no error-severity finding, 1 at least one, 2 bad input (unreadable snapshot, malformed or
unknown VM id, no connection). ``--json`` prints one object, documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from core.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_tenant_options,
    fail_with,
    open_session,
)
from core.cli.common import check_vm_id as check_vm_id  # re-exported: fix and enable import it from here
from core.cli.text import tr, translate
from core.diagnosis.model import BlockerKind, Layer, Severity
from core.diagnosis.path import Diagnosis, LayerView
from core.display_names import ValueKind, display_name
from core.i18n import QT_TRANSLATE_NOOP
from core.usecases.diagnose import DiagnosisRun, diagnose_vm

_SCOPES = {
    "nic": QT_TRANSLATE_NOOP("Cli", " on the network interface"),
    "subnet": QT_TRANSLATE_NOOP("Cli", " on the subnet"),
}
_LAYER_LABELS = {
    "avnm": QT_TRANSLATE_NOOP("Cli", "Admin rules"),
    "outbound": QT_TRANSLATE_NOOP("Cli", "Outbound"),
    "nic-nsg": QT_TRANSLATE_NOOP("Cli", "NIC NSG"),
    "subnet-nsg": QT_TRANSLATE_NOOP("Cli", "Subnet NSG"),
    "route": QT_TRANSLATE_NOOP("Cli", "Route"),
    "firewall": QT_TRANSLATE_NOOP("Cli", "Firewall"),
    "appliance": QT_TRANSLATE_NOOP("Cli", "Appliance"),
}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "diagnose", help="check a VM's prerequisites, Guest Attestation extension and path to Azure Attestation"
    )
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


async def _diagnose(args: argparse.Namespace, vm_id: str) -> DiagnosisRun:
    async with open_session(args) as (session, _):
        if not getattr(args, "json", False):
            return await diagnose_vm(session, vm_id)
        from core.policy.usecase import read_azure_status  # the "defender" and "policy" keys of --json

        run, args.azure_status = await asyncio.gather(diagnose_vm(session, vm_id), read_azure_status(session, vm_id))
        return run


def run(args: argparse.Namespace) -> int:
    try:
        vm_id = check_vm_id(args.vm)
        result = asyncio.run(_diagnose(args, vm_id))
    except Exception as error:
        return fail_with(error)
    diagnosis = result.diagnosis
    if getattr(args, "json", False):
        print(json.dumps({**diagnosis.to_json(), **args.azure_status.to_json()}, indent=2, default=str))
    else:
        print(render_text(diagnosis))
    has_error = any(f.severity is Severity.ERROR for f in diagnosis.findings)
    return EXIT_FINDINGS if has_error else EXIT_OK


def _flag(value: bool | None) -> str:
    if value is None:
        return tr(QT_TRANSLATE_NOOP("Cli", "unknown"))
    return tr(QT_TRANSLATE_NOOP("Cli", "on")) if value else tr(QT_TRANSLATE_NOOP("Cli", "off"))


def _layer_line(view: LayerView) -> str:
    label = tr(_LAYER_LABELS.get(view.layer.value, view.layer.value))
    if not view.present and not view.matches:
        return f"  {label:<11} " + tr(QT_TRANSLATE_NOOP("Cli", "(none)"))
    default_deny = tr(QT_TRANSLATE_NOOP("Cli", "default deny"))
    priority = tr(QT_TRANSLATE_NOOP("Cli", " (priority {priority})"))
    decided = ", ".join(
        f"{m.rule or default_deny}"
        + (priority.format(priority=m.priority) if m.priority is not None else "")
        + f" → {m.action}"
        + (f" [{display_name(ValueKind.ROUTE_SOURCE, m.source, translate)}]" if m.source else "")  # effective route
        for m in view.matches[:4]
    )
    more = tr(QT_TRANSLATE_NOOP("Cli", " (+%n more)"), len(view.matches) - 4) if len(view.matches) > 4 else ""
    system_routes = tr(QT_TRANSLATE_NOOP("Cli", "system routes"))
    if view.layer is Layer.ROUTE and view.basis == "effective":  # Azure's merged table, no single resource
        system_routes = tr(QT_TRANSLATE_NOOP("Cli", "effective routes"))
    name = view.name or (system_routes if view.layer is Layer.ROUTE else "-")
    return f"  {label:<11} {name}: {render_verdict(view.verdict.value)}" + (f" — {decided}{more}" if decided else "")


def render_verdict(value: str) -> str:
    words = {
        "allowed": QT_TRANSLATE_NOOP("Cli", "allowed"),
        "blocked": QT_TRANSLATE_NOOP("Cli", "blocked"),
        "partial": QT_TRANSLATE_NOOP("Cli", "partial"),
        "unknown": QT_TRANSLATE_NOOP("Cli", "unknown"),
    }
    return tr(words[value]) if value in words else value


def render_text(d: Diagnosis) -> str:
    """Text for a terminal or a ticket, in the CLI's language (messages via Finding.render)."""
    p, e = d.prerequisites, d.extension
    unknown = tr(QT_TRANSLATE_NOOP("Cli", "unknown"))
    vm_line = tr(QT_TRANSLATE_NOOP("Cli", "VM {name} ({location}, {os}, private IP {ip})"))
    prerequisites = tr(
        QT_TRANSLATE_NOOP("Cli", "Prerequisites: {type}, Secure Boot {secure_boot}, vTPM {vtpm} — {met}")
    )
    met = tr(QT_TRANSLATE_NOOP("Cli", "met")) if p.met else tr(QT_TRANSLATE_NOOP("Cli", "not met"))
    if e.installed:
        state = e.provisioning_state or tr(QT_TRANSLATE_NOOP("Cli", "state unknown"))
        extension = tr(QT_TRANSLATE_NOOP("Cli", "Guest Attestation extension: installed, {state}")).format(state=state)
    else:
        extension = tr(QT_TRANSLATE_NOOP("Cli", "Guest Attestation extension: not installed"))
    path = tr(QT_TRANSLATE_NOOP("Cli", "Path to Azure Attestation ({host}, {tag}, TCP 443): {verdict}"))
    lines = [
        vm_line.format(
            name=d.vm_name,
            location=d.location,
            os=d.os_type or tr(QT_TRANSLATE_NOOP("Cli", "unknown OS")),
            ip=d.private_ip or unknown,
        ),
        f"  {d.vm_id}",
        prerequisites.format(type=p.security_type, secure_boot=_flag(p.secure_boot), vtpm=_flag(p.vtpm), met=met),
        extension,
        path.format(
            host=d.endpoint_host or tr(QT_TRANSLATE_NOOP("Cli", "host unknown")),
            tag=d.destination_tag,
            verdict=render_verdict(d.verdict.value).upper(),
        ),
        *(_layer_line(v) for v in d.layers),
    ]
    if d.blockers:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Blocked by:")))
        for b in d.blockers:
            where = tr(_SCOPES[b.scope]) if b.scope in _SCOPES else f" ({b.scope})" if b.scope else ""
            if b.rule:
                rule = tr(QT_TRANSLATE_NOOP("Cli", ", rule {rule}")).format(rule=b.rule)
            elif b.kind is BlockerKind.FIREWALL:
                rule = ", " + tr(QT_TRANSLATE_NOOP("Cli", "default deny"))
            else:
                rule = ""
            priority = tr(QT_TRANSLATE_NOOP("Cli", " (priority {priority})"))
            prio = priority.format(priority=b.priority) if b.priority is not None else ""
            target = b.resource_id or tr(QT_TRANSLATE_NOOP("Cli", "system route"))
            lines.append(f"  {b.kind.value}{where}: {target}{rule}{prio}")
    if d.findings:
        lines.append(tr(QT_TRANSLATE_NOOP("Cli", "Findings:")))
        lines += [f"  {f.severity.value.upper():<7} {f.code}: {f.render(translate)}" for f in d.findings]
    return "\n".join(lines)
