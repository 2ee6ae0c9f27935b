"""Fix what blocks a VM from reaching Azure Attestation: diagnose, plan, check access, apply, audit, verify, undo.

Applying and undoing go through the change engine (``core.changes``): the audit record is written before and after
each step, a stop request is honoured between steps, and the diagnosis runs again afterwards as the proof.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.azure.session import ArmSession
from core.changes import (
    ChangeEngine,
    ChangeProgress,
    ChangeResult,
    ChangeRun,
    RunOptions,
    RunStatus,
    StopToken,
    who_am_i,
)
from core.changes.steps import ApplyReport
from core.diagnosis.model import Verdict
from core.remediation.audit import AuditLog
from core.remediation.fix_plan import FixOptions, plan_fix
from core.remediation.gateway import ResourceGateway
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Plan
from core.remediation.undo import plan_undo
from core.usecases.diagnose import DiagnosisRun, diagnose_vm

DEFAULT_RETRY_TOTAL = 3

# Where applying is (phase, step of total, operation); ``rechecking`` once the diagnosis runs again.
ApplyProgress = ChangeProgress

__all__ = [
    "DEFAULT_RETRY_TOTAL",
    "ApplyProgress",
    "Outcome",
    "Preview",
    "apply_plan",
    "apply_undo",
    "outcome_of",
    "prepare_apply",
    "prepare_undo",
    "preview_fix",
    "preview_undo",
    "who_am_i",
]


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
    after: DiagnosisRun | None  # the diagnosis re-run after applying (None if it could not run or was skipped)
    run_id: str | None  # the audit record
    status: RunStatus = RunStatus.COMPLETE

    @property
    def path_allowed(self) -> bool:
        return self.after is not None and self.after.diagnosis.verdict is Verdict.ALLOWED

    @property
    def interrupted(self) -> bool:
        return self.status is RunStatus.INTERRUPTED

    def to_json(self) -> dict[str, Any]:
        after = self.after.diagnosis.to_json() if self.after is not None else None
        return {
            "plan": self.preview.plan.to_json(),
            "status": self.status.value,
            "apply": self.report.to_json(),
            "auditRunId": self.run_id,
            "after": after,
        }


async def preview_fix(session: ArmSession, vm_id: str, options: FixOptions | None = None) -> Preview:
    run = await diagnose_vm(session, vm_id)
    plan = plan_fix(run.diagnosis, run.collected.index, options)
    return Preview(run, plan, await check_permissions(session, plan))


def prepare_apply(
    session: ArmSession,
    preview: Preview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
    stop: StopToken | None = None,
) -> ChangeRun[DiagnosisRun]:
    """The run of a previewed plan, with the diagnosis as its check; keep it to stop it or read its result."""
    engine = ChangeEngine(session, audit=audit, retry_total=retry_total)
    vm_id = preview.plan.vm_id

    async def check() -> DiagnosisRun:
        return await diagnose_vm(session, vm_id)

    options = RunOptions(check=check, permissions=preview.permissions, stop=stop, on_progress=on_progress)
    return engine.prepare(preview.plan, options)


def outcome_of(preview: Preview, result: ChangeResult[DiagnosisRun]) -> Outcome:
    # Nothing to do: the preview's diagnosis is the current state.
    after = preview.run if result.status is RunStatus.NOTHING_TO_DO else result.check
    return Outcome(preview, result.report, after, result.run_id, result.status)


async def apply_plan(
    session: ArmSession,
    preview: Preview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
    stop: StopToken | None = None,
) -> Outcome:
    """Apply (stopping at the first failure or on request), record each step, then diagnose again."""
    run = prepare_apply(session, preview, audit=audit, retry_total=retry_total, on_progress=on_progress, stop=stop)
    return outcome_of(preview, await run.execute())


async def preview_undo(
    session: ArmSession, vm_id: str, run_id: str | None = None, *, audit: AuditLog | None = None
) -> tuple[Plan, str | None]:
    """The undo plan for ``run_id`` (default: the VM's latest change, also a partial one), and the run it undoes."""
    record = (audit or AuditLog()).undoable(vm_id, run_id)
    plan = await plan_undo(ResourceGateway(session), record, vm_id)
    from core.policy.usecase import policy_notes_for_undo  # warns when a policy will put the extension back

    plan = await policy_notes_for_undo(session, plan)
    return plan, (record or {}).get("runId")


def prepare_undo(
    session: ArmSession,
    plan: Plan,
    undo_of: str | None,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
    stop: StopToken | None = None,
) -> ChangeRun[None]:
    engine = ChangeEngine(session, audit=audit, retry_total=retry_total)
    options: RunOptions[None] = RunOptions(
        kind="undo", undo_of=undo_of, check_permissions=False, stop=stop, on_progress=on_progress
    )
    return engine.prepare(plan, options)


async def apply_undo(
    session: ArmSession,
    plan: Plan,
    undo_of: str | None,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    stop: StopToken | None = None,
) -> ApplyReport:
    run = prepare_undo(session, plan, undo_of, audit=audit, retry_total=retry_total, stop=stop)
    return (await run.execute()).report
