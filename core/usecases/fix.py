"""Fix what blocks a VM from reaching Azure Attestation: diagnose, plan, check access, apply, audit, verify, undo."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.azure.session import ArmSession
from core.remediation.apply import ApplyEngine, ApplyReport
from core.remediation.audit import AuditLog, new_record, principal_from_token
from core.remediation.fix_plan import FixOptions, plan_fix
from core.remediation.gateway import ResourceGateway
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Operation, Plan
from core.remediation.undo import plan_undo
from core.usecases.diagnose import DiagnosisRun, diagnose_vm

DEFAULT_RETRY_TOTAL = 3


@dataclass
class Preview:
    """The diagnosis, the plan made from it, and whether the signed-in principal may apply it."""

    run: DiagnosisRun
    plan: Plan
    permissions: PermissionCheck


@dataclass
class Outcome:
    preview: Preview
    report: ApplyReport
    after: DiagnosisRun | None  # the diagnosis re-run after applying (None if it could not run)
    run_id: str | None  # the audit record

    @property
    def path_allowed(self) -> bool:
        return self.after is not None and self.after.diagnosis.verdict.value == "allowed"

    def to_json(self) -> dict[str, Any]:
        after = self.after.diagnosis.to_json() if self.after is not None else None
        return {
            "plan": self.preview.plan.to_json(),
            "apply": self.report.to_json(),
            "auditRunId": self.run_id,
            "after": after,
        }


async def who_am_i(session: ArmSession) -> str | None:
    """The signed-in principal for the audit log, from the token; ``None`` when it does not say."""
    with contextlib.suppress(Exception):
        token = await session.credential.get_token(session.endpoint.cloud.arm_scope)
        return principal_from_token(token.token)
    return None


async def preview_fix(session: ArmSession, vm_id: str, options: FixOptions | None = None) -> Preview:
    run = await diagnose_vm(session, vm_id)
    plan = plan_fix(run.diagnosis, run.collected.index, options)
    return Preview(run, plan, await check_permissions(session, plan))


@dataclass(frozen=True)
class ApplyProgress:
    """Where applying is: writing operation ``step`` of ``total``, or (``operation`` None) checking again."""

    step: int
    total: int
    operation: Operation | None

    @property
    def rechecking(self) -> bool:
        return self.operation is None


async def apply_plan(
    session: ArmSession,
    preview: Preview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
) -> Outcome:
    """Apply (stopping at the first failure), record it, then diagnose again: the proof is the new diagnosis."""
    plan = preview.plan

    def step_started(number: int, total: int, op: Operation) -> None:
        if on_progress is not None:
            on_progress(ApplyProgress(number, total, op))

    report = await ApplyEngine(ResourceGateway(session, retry_total=retry_total)).apply(plan, step_started)
    run_id = None
    if plan.operations:
        record = new_record(
            kind="apply",
            vm_id=plan.vm_id,
            who=await who_am_i(session),
            goal=plan.goal,
            steps=[s.to_json() for s in report.steps],
        )
        (audit or AuditLog()).append(record)
        run_id = record["runId"]
    after: DiagnosisRun | None = None
    if on_progress is not None:
        on_progress(ApplyProgress(len(plan.operations), len(plan.operations), None))
    with contextlib.suppress(Exception):  # the report must survive a failing re-check; the caller says so
        after = await diagnose_vm(session, plan.vm_id)
    return Outcome(preview, report, after, run_id)


async def preview_undo(
    session: ArmSession, vm_id: str, run_id: str | None = None, *, audit: AuditLog | None = None
) -> tuple[Plan, str | None]:
    """The undo plan for ``run_id`` (default: the VM's latest change), and the run it undoes."""
    record = (audit or AuditLog()).undoable(vm_id, run_id)
    plan = await plan_undo(ResourceGateway(session), record, vm_id)
    return plan, (record or {}).get("runId")


async def apply_undo(
    session: ArmSession,
    plan: Plan,
    undo_of: str | None,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
) -> ApplyReport:
    report = await ApplyEngine(ResourceGateway(session, retry_total=retry_total)).apply(plan)
    if plan.operations:
        record = new_record(
            kind="undo",
            vm_id=plan.vm_id,
            who=await who_am_i(session),
            goal="undo",
            steps=[s.to_json() for s in report.steps],
        )
        record["undoOf"] = undo_of
        record["complete"] = report.ok
        (audit or AuditLog()).append(record)
    return report
