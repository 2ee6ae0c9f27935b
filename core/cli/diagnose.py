"""``boot-integrity diagnose --vm ID``: prerequisites, extension health and the path to Azure Attestation.

Exit codes: 0 no error-severity finding, 1 at least one, 2 bad input (unreadable snapshot, malformed or
unknown VM id, no connection). ``--json`` prints one object, documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.cli.common import EXIT_FINDINGS, EXIT_OK, BadInputError, add_tenant_options, fail, open_session
from core.diagnosis.model import Severity
from core.diagnosis.path import Diagnosis, LayerView, VmNotFoundError
from core.usecases.diagnose import DiagnosisRun, diagnose_vm

_VM_TYPE = "microsoft.compute/virtualmachines"
_LAYER_LABELS = {
    "nic-nsg": "NIC NSG",
    "subnet-nsg": "Subnet NSG",
    "route": "Route",
    "firewall": "Firewall",
    "appliance": "Appliance",
}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "diagnose", help="check a VM's prerequisites, Guest Attestation extension and path to Azure Attestation"
    )
    parser.add_argument("--vm", required=True, metavar="VM_RESOURCE_ID", help="resource id of the virtual machine")
    add_tenant_options(parser)
    parser.set_defaults(func=run)


def check_vm_id(vm_id: str) -> str:
    """The id, stripped, when it names a VM; else :class:`BadInputError` saying what a VM id looks like."""
    ref = ResourceId.parse(vm_id)
    if not (ref.subscription_id and ref.resource_group and ref.full_type.lower() == _VM_TYPE and ref.name):
        raise BadInputError(
            f"{vm_id!r} is not a VM resource id; expected /subscriptions/<id>/resourceGroups/<group>"
            "/providers/Microsoft.Compute/virtualMachines/<name>"
        )
    return vm_id.strip()


async def _diagnose(args: argparse.Namespace, vm_id: str) -> DiagnosisRun:
    async with open_session(args) as (session, _):
        return await diagnose_vm(session, vm_id)


def run(args: argparse.Namespace) -> int:
    try:
        vm_id = check_vm_id(args.vm)
        result = asyncio.run(_diagnose(args, vm_id))
    except BadInputError as error:
        return fail(str(error))
    except VmNotFoundError as error:
        return fail(f"unknown VM: {error}")
    except Exception as error:
        return fail(to_arm_error(error).render())
    diagnosis = result.diagnosis
    if getattr(args, "json", False):
        print(json.dumps(diagnosis.to_json(), indent=2, default=str))
    else:
        print(render_text(diagnosis))
    has_error = any(f.severity is Severity.ERROR for f in diagnosis.findings)
    return EXIT_FINDINGS if has_error else EXIT_OK


def _flag(value: bool | None) -> str:
    return "unknown" if value is None else ("on" if value else "off")


def _layer_line(view: LayerView) -> str:
    label = _LAYER_LABELS.get(view.layer.value, view.layer.value)
    if not view.present and not view.matches:
        return f"  {label:<11} (none)"
    decided = ", ".join(
        f"{m.rule or 'default deny'}"
        + (f" (priority {m.priority})" if m.priority is not None else "")
        + f" → {m.action}"
        for m in view.matches[:4]
    )
    more = f" (+{len(view.matches) - 4} more)" if len(view.matches) > 4 else ""
    name = view.name or ("system routes" if view.layer.value == "route" else "-")
    return f"  {label:<11} {name}: {view.verdict.value}" + (f" — {decided}{more}" if decided else "")


def render_text(d: Diagnosis) -> str:
    """Plain English for a terminal or a ticket (messages via Finding.render)."""
    p, e = d.prerequisites, d.extension
    lines = [
        f"VM {d.vm_name} ({d.location}, {d.os_type or 'unknown OS'}, private IP {d.private_ip or 'unknown'})",
        f"  {d.vm_id}",
        f"Prerequisites: {p.security_type}, Secure Boot {_flag(p.secure_boot)}, vTPM {_flag(p.vtpm)} — "
        + ("met" if p.met else "not met"),
        "Guest Attestation extension: "
        + (f"installed, {e.provisioning_state or 'state unknown'}" if e.installed else "not installed"),
        f"Path to Azure Attestation ({d.endpoint_host or 'host unknown'}, {d.destination_tag}, TCP 443): "
        + d.verdict.value.upper(),
        *(_layer_line(v) for v in d.layers),
    ]
    if d.blockers:
        lines.append("Blocked by:")
        for b in d.blockers:
            where = f" on the {b.scope}" if b.scope else ""
            rule = f", rule {b.rule}" if b.rule else ", default deny" if b.kind.value == "firewall" else ""
            prio = f" (priority {b.priority})" if b.priority is not None else ""
            lines.append(f"  {b.kind.value}{where}: {b.resource_id or 'system route'}{rule}{prio}")
    if d.findings:
        lines.append("Findings:")
        lines += [f"  {f.severity.value.upper():<7} {f.code}: {f.render()}" for f in d.findings]
    return "\n".join(lines)
