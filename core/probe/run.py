"""Use case: run the probe inside one VM through Run Command and turn its output into findings.

Order of questions, each answered with an explanation instead of an attempt that cannot work: is the VM
running, is its agent ready, which OS (which script), which attestation host, may the user run commands (ARM's
permissions API, else the 403 of the run itself). Cancelling the awaiting task stops waiting; the script in the
VM is read-only and ends on its own within a minute.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from azure.core.exceptions import HttpResponseError
from azure.mgmt.compute.models import RunCommandInput

from core.arm_ids import ResourceId
from core.azure.errors import Forbidden, to_arm_error
from core.diagnosis.endpoints import endpoint_host, shared_provider
from core.diagnosis.extension import evaluate_extension
from core.diagnosis.model import Finding, Severity
from core.diagnosis.prerequisites import evaluate_prerequisites, finding_to_json
from core.i18n import QT_TRANSLATE_NOOP
from core.probe.findings import findings_from_report
from core.probe.output import ProbeReport, parse_probe_output, run_command_streams
from core.probe.permissions import RUN_COMMAND_ACTION, RUN_COMMAND_ROLE, can_run_command
from core.probe.scripts import is_valid_host, script_kind, script_lines

if TYPE_CHECKING:
    from core.azure.session import ArmSession

PROBE_VM_NOT_RUNNING = "PROBE_VM_NOT_RUNNING"
PROBE_AGENT_NOT_READY = "PROBE_AGENT_NOT_READY"
PROBE_OS_UNKNOWN = "PROBE_OS_UNKNOWN"
PROBE_NO_HOST = "PROBE_NO_HOST"
PROBE_NO_PERMISSION = "PROBE_NO_PERMISSION"
PROBE_RUN_COMMAND_FAILED = "PROBE_RUN_COMMAND_FAILED"

VM_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM is not running (power state: {state}), so nothing can be checked inside it. Next step: start the "
    "VM, wait until its VM Agent is ready, then run the check again.",
)
AGENT_NOT_READY = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM Agent is not ready (status: {status}), so Run Command cannot run the check. Next step: make sure "
    "the VM Agent (waagent on Linux, WindowsAzureGuestAgent on Windows) is running and can reach "
    "168.63.129.16, then try again.",
)
OS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM's operating system could not be determined, so the tool cannot choose a check script. Next step: "
    "check the OS type of the VM's OS disk in the Azure portal.",
)
NO_HOST = QT_TRANSLATE_NOOP(
    "Findings",
    "The tool knows no shared attestation provider for the VM's region ({region}). Next step: name the "
    "attestation host explicitly and run the check again.",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Findings",
    "You are not allowed to run commands on this VM (action {action}). Next step: ask an owner of the VM or its "
    "resource group for the role {role}, or another role that includes this action.",
)
RUN_COMMAND_FAILED = QT_TRANSLATE_NOOP(
    "Findings",
    "Run Command failed on the VM: {detail}. Next step: check the VM Agent's status and try again; another "
    "Run Command may still be running, and only one can run at a time.",
)


class ProbeOutcome(StrEnum):
    COMPLETED = "completed"  # the script ran; findings describe what it saw
    NOT_ATTEMPTED = "not-attempted"  # a precondition failed; the findings explain which
    FAILED = "failed"  # Run Command itself failed


@dataclass(frozen=True, slots=True)
class ProbeResult:
    vm_id: str
    outcome: ProbeOutcome
    findings: list[Finding]
    host: str | None = None
    os_type: str | None = None
    command_id: str | None = None
    report: ProbeReport | None = None
    stdout: str = ""
    stderr: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    @property
    def has_problems(self) -> bool:
        return any(f.severity is not Severity.INFO for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "vmId": self.vm_id,
            "outcome": self.outcome.value,
            "host": self.host,
            "osType": self.os_type,
            "commandId": self.command_id,
            "findings": [finding_to_json(f) for f in self.findings],
            "report": self.report.to_json() if self.report else None,
            "stdout": self.stdout,
            "stderr": self.stderr,
        }


def _vm_json(vm: Any) -> dict[str, Any]:
    """The VM as ARM JSON (what the diagnosis evaluators read) from the SDK model."""
    body: dict[str, Any] = vm.as_dict()  # compute 39 models are mappings in ARM's own JSON shape
    return body


async def _custom_host(compute: Any, rid: ResourceId, vm: dict[str, Any], os_type: Any, cloud: str) -> str | None:
    """The host of the extension's custom ``maaEndpoint`` (what the VM really contacts), or ``None``.

    Unreadable extensions mean the shared provider is probed, as before.
    """
    try:
        listed = await compute.virtual_machine_extensions.list(rid.resource_group, rid.name)
    except HttpResponseError:
        return None
    extensions = [e.as_dict() for e in (getattr(listed, "value", None) or [])]
    endpoint = evaluate_extension(vm, extensions, os_type=os_type, cloud=cloud).maa_endpoint
    host = endpoint_host(endpoint) if endpoint else None
    return host if host and is_valid_host(host) else None


async def probe_vm(session: ArmSession, vm_id: str, *, host: str | None = None) -> ProbeResult:
    """Run the read-only probe inside ``vm_id`` and explain what it found.

    ``host`` overrides the region's shared attestation provider (e.g. a custom ``maaEndpoint`` host); an
    invalid host raises ``ValueError``. Failures to read the VM raise :class:`~core.azure.errors.ArmError`.
    """
    if host is not None and not is_valid_host(host):
        raise ValueError(f"not a valid host name: {host!r}")
    rid = ResourceId.parse(vm_id)
    if not rid.subscription_id or not rid.resource_group or not rid.name:
        raise ValueError(f"not a VM resource id: {vm_id!r}")
    compute = session.compute(rid.subscription_id)
    try:
        vm = _vm_json(await compute.virtual_machines.get(rid.resource_group, rid.name, expand="instanceView"))
    except HttpResponseError as error:
        raise to_arm_error(error) from error

    def not_attempted(finding: Finding, **known: Any) -> ProbeResult:
        return ProbeResult(vm_id, ProbeOutcome.NOT_ATTEMPTED, [finding], **known)

    prerequisites = evaluate_prerequisites(vm)
    if prerequisites.power_state != "running":
        state = prerequisites.power_state or "?"
        return not_attempted(Finding(PROBE_VM_NOT_RUNNING, Severity.ERROR, VM_NOT_RUNNING, {"state": state}))
    if prerequisites.agent_ready is not True:
        status = next((c.finding.args.get("status") for c in prerequisites.checks if c.id == "vm-agent"), None)
        args = {"status": str(status or "?")}
        return not_attempted(Finding(PROBE_AGENT_NOT_READY, Severity.ERROR, AGENT_NOT_READY, args))
    if prerequisites.os_type is None:
        return not_attempted(Finding(PROBE_OS_UNKNOWN, Severity.ERROR, OS_UNKNOWN))
    os_type = prerequisites.os_type
    if host is None:
        host = await _custom_host(compute, rid, vm, os_type, session.endpoint.cloud.name.value)
    if host is None:
        region = str(vm.get("location") or "")
        provider = shared_provider(region, session.endpoint.cloud.name.value)
        if provider is None or not is_valid_host(provider.host):
            finding = Finding(PROBE_NO_HOST, Severity.ERROR, NO_HOST, {"region": region or "?"})
            return not_attempted(finding, os_type=os_type)
        host = provider.host

    kind = script_kind(os_type)
    known: dict[str, Any] = {"host": host, "os_type": os_type, "command_id": kind.value}
    no_permission = Finding(
        PROBE_NO_PERMISSION, Severity.ERROR, NO_PERMISSION, {"action": RUN_COMMAND_ACTION, "role": RUN_COMMAND_ROLE}
    )
    if await can_run_command(compute, vm_id) is False:
        return not_attempted(no_permission, **known, evidence={"source": "permissions-api"})

    command = RunCommandInput(command_id=kind.value, script=script_lines(kind, host))
    try:
        poller = await compute.virtual_machines.begin_run_command(rid.resource_group, rid.name, command)
        result = await poller.result()
    except asyncio.CancelledError:
        raise
    except HttpResponseError as error:
        arm_error = to_arm_error(error)
        if isinstance(arm_error, Forbidden):
            return not_attempted(no_permission, **known, evidence={"source": "run-command", "detail": arm_error.detail})
        finding = Finding(PROBE_RUN_COMMAND_FAILED, Severity.ERROR, RUN_COMMAND_FAILED, {"detail": arm_error.detail})
        return ProbeResult(vm_id, ProbeOutcome.FAILED, [finding], **known)

    stdout, stderr = run_command_streams(getattr(result, "value", None) or [])
    report = parse_probe_output(stdout)
    findings = findings_from_report(report, host)
    return ProbeResult(vm_id, ProbeOutcome.COMPLETED, findings, **known, report=report, stdout=stdout, stderr=stderr)
