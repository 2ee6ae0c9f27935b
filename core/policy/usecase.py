"""Use cases: Defender and policy status of a VM; assign the initiative (preview, permissions, apply, audit, undo)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.changes import (
    ApplyReport,
    ChangeEngine,
    ChangeProgress,
    RunOptions,
    RunStatus,
    StepStatus,
    StopToken,
)
from core.defender.explanation import Explanation
from core.defender.fetch import read_defender
from core.defender.status import DefenderStatus, explain_defender
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.policy import arm_rest
from core.policy.assign_plan import ROLE_ACCESS, ROLE_POLICY, plan_assignment
from core.policy.fetch import read_initiative, read_policy
from core.policy.initiative import REMEDIATIONS_API_VERSION, ROLE_NAMES, role_guid
from core.policy.status import (
    REMEDIATION_SUCCEEDED,
    PolicyStatus,
    remediation_running,
    remediation_state,
    undo_warnings,
)
from core.remediation.audit import AuditLog, step_was_sent
from core.remediation.permissions import PERMISSIONS_API_VERSION, MissingPermission, PermissionCheck, allows
from core.remediation.plan import Label, Note, Operation, OpKind, Plan, PlanPart, Precondition, note

MSG_NEEDS_BOTH = QT_TRANSLATE_NOOP(
    "Remediation",
    "Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at "
    "{scope}. You have neither: ask for Resource Policy Contributor and User Access Administrator there.",
)
MSG_NEEDS_POLICY = QT_TRANSLATE_NOOP(
    "Remediation",
    "Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at "
    "{scope}. You are missing Resource Policy Contributor.",
)
MSG_NEEDS_ACCESS = QT_TRANSLATE_NOOP(
    "Remediation",
    "Assigning the initiative needs Owner, or Resource Policy Contributor and User Access Administrator, at "
    "{scope}. You are missing User Access Administrator (to give the policy's identity its roles).",
)
MSG_UNDO_DELETE = QT_TRANSLATE_NOOP("Remediation", "Remove {name}, which this tool created at {time}.")
MSG_UNDO_ROLE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Remove the role assignment {role} of the policy identity ({name}), which this tool created at {time}.",
)
MSG_UNDO_GONE = QT_TRANSLATE_NOOP("Remediation", "{name} is already gone; there is nothing to undo.")
MSG_UNDO_REMEDIATION = QT_TRANSLATE_NOOP(
    "Remediation",
    "The remediation tasks cannot be undone ({names}): the extensions they installed and the identities they "
    "enabled stay on the VMs. Remove them per VM if you really want them gone.",
)
MSG_UNDO_NOTHING = QT_TRANSLATE_NOOP(
    "Remediation", "No policy assignment made by this tool was found to undo at {scope}."
)
MSG_POLICY_REVERTS = QT_TRANSLATE_NOOP(
    "Remediation",
    "The policy assignment {assignment} (at {scope}) will install the Guest Attestation extension again after "
    "this undo (when the VM is next updated, or when a remediation task runs). To keep it removed, exclude the VM "
    "from the assignment first.",
)
# How long `policy assign` follows its remediation tasks before it reports them as still running. Azure needs
# minutes per task (evaluation, then a deployment per VM); it finishes them whether or not anyone waits.
REMEDIATION_WAIT_S = 15 * 60.0  # per task: the engine runs the tasks one after another


@dataclass
class AzureStatus:
    """What Azure itself says about a VM: Defender for Cloud and Azure Policy."""

    defender: DefenderStatus
    policy: PolicyStatus

    def explanations(self, our_healthy: bool | None) -> list[Explanation]:
        """Defender's view next to ours (extension working and path open; None when not checked), then policy's."""
        return explain_defender(self.defender, our_healthy) + list(self.policy.explanations)

    def to_json(self) -> dict[str, Any]:
        """The ``defender`` and ``policy`` objects of ``diagnose --json``."""
        return {"defender": self.defender.to_json(), "policy": self.policy.to_json()}


async def read_azure_status(session: ArmSession, vm_id: str) -> AzureStatus:
    defender, policy = await asyncio.gather(read_defender(session, vm_id), read_policy(session, vm_id))
    return AzureStatus(defender, policy)


@dataclass
class AssignPreview:
    plan: Plan
    permissions: PermissionCheck


@dataclass
class AssignOutcome:
    preview: AssignPreview
    report: ApplyReport
    run_id: str | None
    remediations: list[dict[str, Any]] = field(default_factory=list)
    status: RunStatus = RunStatus.COMPLETE

    @property
    def running(self) -> list[dict[str, Any]]:
        """Remediation tasks Azure was still working on when this tool stopped waiting."""
        return [r for r in self.remediations if remediation_running(r)]

    @property
    def remediated(self) -> bool:
        """Every remediation task ended successfully (its deployments ran; compliance data follows later)."""
        return all(remediation_state(r) in REMEDIATION_SUCCEEDED for r in self.remediations)

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.preview.plan.to_json(),
            "apply": self.report.to_json(),
            "auditRunId": self.run_id,
            "status": self.status.value,
            "remediations": [
                {
                    "id": r.get("id"),
                    "provisioningState": (r.get("properties") or {}).get("provisioningState"),
                    "inProgress": remediation_running(r),
                    "deploymentStatus": (r.get("properties") or {}).get("deploymentStatus"),
                }
                for r in self.remediations
            ],
        }


async def default_location(session: ArmSession, scope: str) -> str:
    """The resource group's location, or the most common location of the subscription's resource groups."""
    ref = ResourceId.parse(scope)
    if ref.resource_group:
        group = await arm_rest.get(session, f"{scope}?api-version=2022-09-01")
        return str(group.get("location") or "")
    groups = await arm_rest.list_all(session, f"{scope}/resourcegroups?api-version=2022-09-01")
    counted = Counter(str(g.get("location")) for g in groups if g.get("location"))
    return counted.most_common(1)[0][0] if counted else ""


async def check_assign_permissions(session: ArmSession, plan: Plan) -> PermissionCheck:
    """May the signed-in principal write every step at the plan's scope? Names the missing role per action."""
    result = PermissionCheck()
    scope = plan.vm_id
    url = f"{scope}/providers/Microsoft.Authorization/permissions?api-version={PERMISSIONS_API_VERSION}"
    try:
        entries = await arm_rest.list_all(session, url)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # advisory: ARM still authorises each write
        result.unchecked[scope] = to_arm_error(error).detail
        return result
    for op in plan.operations:
        missing = MissingPermission(scope, op.action, op.role)
        if not allows(entries, op.action) and missing not in result.missing:
            result.missing.append(missing)
    return result


def permissions_note(check: PermissionCheck, scope: str) -> Note | None:
    roles = {m.role for m in check.missing}
    if not roles:
        return None
    if roles >= {ROLE_POLICY, ROLE_ACCESS}:
        message = MSG_NEEDS_BOTH
    else:
        message = MSG_NEEDS_POLICY if ROLE_POLICY in roles else MSG_NEEDS_ACCESS
    return note("POLICY_ROLES_MISSING", message, severity=Severity.ERROR, blocking=True, scope=scope)


async def preview_assign(session: ArmSession, scope: str, location: str | None = None) -> AssignPreview:
    initiative, chosen = await asyncio.gather(
        read_initiative(session), default_location(session, scope) if not location else _given(location)
    )
    plan = plan_assignment(scope, chosen, initiative)
    permissions = await check_assign_permissions(session, plan)
    missing = permissions_note(permissions, plan.vm_id)
    if missing is not None:
        plan = plan.extend(PlanPart(notes=(missing,)))
    return AssignPreview(plan, permissions)


async def _given(location: str) -> str:
    return location


async def _remediations(session: ArmSession, report: ApplyReport) -> list[dict[str, Any]]:
    """Each remediation task we started, as Azure reports it now (the engine has followed it until it ended or
    the wait ran out; a task still running is reported as such, never as done)."""
    targets = [
        s.operation.target_id
        for s in report.steps
        if s.status in (StepStatus.APPLIED, StepStatus.ALREADY, StepStatus.FAILED)
        and "/microsoft.policyinsights/remediations/" in s.operation.target_id.lower()
    ]
    tasks: list[dict[str, Any]] = []
    for target in targets:
        found = await arm_rest.get_or_none(session, f"{target}?api-version={REMEDIATIONS_API_VERSION}")
        if found is not None:  # None: a task that was never created (its step failed before Azure had it)
            tasks.append(found)
    return tasks


async def apply_assign(
    session: ArmSession,
    preview: AssignPreview,
    *,
    audit: AuditLog | None = None,
    on_progress: Callable[[ChangeProgress], None] | None = None,
    stop: StopToken | None = None,
    remediation_wait_s: float | None = None,
) -> AssignOutcome:
    """Apply through the change engine (audit before and after each step, refs resolved, stop between steps).

    Azure runs remediation tasks asynchronously: the engine follows each task's ``provisioningState`` for up to
    ``remediation_wait_s`` (default :data:`REMEDIATION_WAIT_S`) each; the outcome then says per task whether it
    ended or is still running."""
    wait = REMEDIATION_WAIT_S if remediation_wait_s is None else remediation_wait_s
    engine = ChangeEngine(session, audit=audit, max_wait_s=wait)
    options: RunOptions[None] = RunOptions(permissions=preview.permissions, stop=stop, on_progress=on_progress)
    result = await engine.run(preview.plan, options)
    remediations: list[dict[str, Any]] = []
    try:
        remediations = await _remediations(session, result.report)
    except asyncio.CancelledError:
        raise
    except Exception:  # the apply report stands; the outcome of the tasks could not be read
        remediations = []
    return AssignOutcome(preview, result.report, result.run_id, remediations, result.status)


def _delete_op(step: dict[str, Any], time: str) -> Operation:
    original = Operation.from_json(step["operation"])
    target = original.target_id
    name = target.rsplit("/", 1)[-1]
    scope = target[: target.lower().rindex("/providers/microsoft.authorization/")]
    description, args = MSG_UNDO_DELETE, {"name": name, "time": time}
    if "/roleassignments/" in target.lower():
        written = (step.get("written") or {}).get("properties") or {}
        role = ROLE_NAMES.get(role_guid(str(written.get("roleDefinitionId", ""))), "")
        description, args = MSG_UNDO_ROLE, {"name": name, "time": time, "role": Label(role)}
        az = f"az role assignment delete --ids {target}"
        principal = written.get("principalId")
        ps = f'Remove-AzRoleAssignment -ObjectId {principal} -RoleDefinitionName "{role}" -Scope {scope}'
    else:
        az = f"az policy assignment delete --name {name} --scope {scope}"
        ps = f"Remove-AzPolicyAssignment -Id {target}"
    return Operation(
        kind=OpKind.DELETE,
        target_id=target,
        method="DELETE",
        api_version=original.api_version,
        body=None,
        description=description,
        args=args,
        az_cli=az,
        powershell=ps,
        action=original.action.replace("/write", "/delete"),
        role=original.role,
        precondition=Precondition(),
    )


async def preview_undo_assign(
    session: ArmSession, scope: str, run_id: str | None = None, *, audit: AuditLog | None = None
) -> tuple[Plan, str | None]:
    """Remove the role assignments and the assignment of a ``policy assign`` run (last first)."""
    record = (audit or AuditLog()).undoable(scope.rstrip("/"), run_id)
    plan = Plan(scope.rstrip("/"), "undo")
    if record is None:
        return plan.extend(PlanPart(notes=(note("UNDO_NOTHING", MSG_UNDO_NOTHING, scope=scope),))), None
    time = str(record.get("time", ""))
    ops: list[Operation] = []
    notes: list[Note] = []
    tasks: list[str] = []
    for step in reversed(record.get("steps") or []):
        if not step_was_sent(step) or not isinstance(step.get("operation"), dict):
            continue
        target = str(step["operation"]["targetId"])
        name = target.rsplit("/", 1)[-1]
        if "/microsoft.policyinsights/remediations/" in target.lower():
            tasks.append(name)
            continue
        api = str(step["operation"]["apiVersion"])
        if await arm_rest.get_or_none(session, f"{target}?api-version={api}") is None:
            notes.append(note("UNDO_GONE", MSG_UNDO_GONE, name=name))
            continue
        ops.append(_delete_op(step, time))
    if tasks:
        notes.append(
            note("UNDO_REMEDIATION", MSG_UNDO_REMEDIATION, severity=Severity.WARNING, names=", ".join(reversed(tasks)))
        )
    # Role assignments were created after the assignment: removing them first leaves no orphan role assignment.
    ops.sort(key=lambda op: "/policyassignments/" in op.target_id.lower())
    return plan.extend(PlanPart(tuple(ops), tuple(notes))), record.get("runId")


async def apply_undo_assign(
    session: ArmSession, plan: Plan, undo_of: str | None, *, audit: AuditLog | None = None
) -> ApplyReport:
    engine = ChangeEngine(session, audit=audit)
    options: RunOptions[None] = RunOptions(kind="undo", undo_of=undo_of, check_permissions=False)
    result = await engine.run(plan, options)
    return result.report


async def policy_notes_for_undo(session: ArmSession, plan: Plan) -> Plan:
    """Hook for undo plans: warn when an enforcing policy assignment will install the removed extension again."""
    removes_extension = any(op.method == "DELETE" and "/extensions/" in op.target_id.lower() for op in plan.operations)
    if not removes_extension:
        return plan
    try:
        status = await read_policy(session, plan.vm_id)
    except asyncio.CancelledError:
        raise
    except Exception:
        return plan
    notes = tuple(
        note(w.code, MSG_POLICY_REVERTS, severity=Severity.WARNING, **dict(w.args)) for w in undo_warnings(status)
    )
    return plan.extend(PlanPart(notes=notes))
