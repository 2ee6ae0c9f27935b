"""The GUI's single door to the remediation use cases (core.usecases.enable / fix): preview, apply, undo.

Pages call these functions only, so a change in the use cases' shape is absorbed here. Applied operations come
back as ``core.report.ChangeRecord`` for the summary page and the ticket report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from core.azure.errors import FORBIDDEN, GENERIC, ArmError
from core.report import ChangeRecord

if TYPE_CHECKING:  # the use cases pull in the SDK and the evaluators: imported on first use, not at start-up
    from core.azure.session import ArmSession
    from core.remediation.apply import ApplyReport
    from core.remediation.extension_plan import ExtensionOptions
    from core.remediation.plan import Plan
    from core.usecases.fix import ApplyProgress, Outcome, Preview

_OUTCOME = {"applied": "applied", "already-in-place": "applied", "failed": "failed", "not-attempted": "cancelled"}


def available() -> bool:
    return True


async def enable_preview(session: ArmSession, vm_id: str, options: ExtensionOptions) -> Preview:
    from core.usecases.enable import preview_enable

    return await preview_enable(session, vm_id, options)


async def fix_preview(session: ArmSession, vm_id: str) -> Preview:
    from core.usecases.fix import preview_fix

    return await preview_fix(session, vm_id)


def uefi_only(preview: Preview) -> Preview:
    """The part of an enable plan that turns on Secure Boot / vTPM (the operations that restart the VM)."""
    operations = tuple(op for op in preview.plan.operations if op.restarts_vm)
    plan = replace(preview.plan, operations=operations, notes=())
    return replace(preview, plan=plan)


async def apply(session: ArmSession, preview: Preview, on_progress: Callable[[str], None] | None = None) -> Outcome:
    """Apply the plan; ``on_progress`` gets a translated line before each step and before the re-check."""
    from core.usecases.fix import apply_plan

    def report(progress: ApplyProgress) -> None:
        if on_progress is not None:
            on_progress(progress_text(progress))

    return await apply_plan(session, preview, on_progress=report)


def progress_text(progress: ApplyProgress) -> str:
    if progress.operation is None:
        return QCoreApplication.translate("Remediation", "Checking the VM and its network path again…")
    return (
        QCoreApplication.translate("Remediation", "Step %1 of %2: %3…")
        .replace("%1", str(progress.step))
        .replace("%2", str(progress.total))
        .replace("%3", progress.operation.render(QCoreApplication.translate))
    )


async def undo(session: ArmSession, vm_id: str, run_id: str | None) -> tuple[Plan, ApplyReport]:
    from core.usecases.fix import apply_undo, preview_undo

    plan, undo_of = await preview_undo(session, vm_id, run_id)
    return plan, await apply_undo(session, plan, undo_of)


def step_lines(report: ApplyReport) -> list[str]:
    """One line per step for the page: a symbol, what the step does and how it ended ("✔ Create …: Done.")."""
    from core.remediation.apply import StepStatus

    symbols = {StepStatus.APPLIED: "✔", StepStatus.ALREADY: "✔", StepStatus.NOT_ATTEMPTED: "–"}
    return [
        f"{symbols.get(step.status, '✖')} {step.operation.render(QCoreApplication.translate)} "
        f"— {step.render(QCoreApplication.translate)}"
        for step in report.steps
    ]


def change_records(report: ApplyReport, *, undo: bool = False) -> list[ChangeRecord]:
    """One record per step, with its request IDs, for the summary and the ticket report."""
    now = datetime.now(UTC)
    records = []
    for step in report.steps:
        op = step.operation
        outcome = _OUTCOME.get(step.status.value, "failed")
        if undo and outcome == "applied":
            outcome = "undone"
        records.append(
            ChangeRecord(
                description=op.render(),
                description_local=op.render(QCoreApplication.translate),
                kind=str(op.kind.value),
                target=op.target_id,
                outcome=outcome,
                request_ids=tuple(step.request_ids),
                at=now,
                error=step.render(QCoreApplication.translate) if step.status.value == "failed" else None,
            )
        )
    return records


def plan_commands(plan: Any) -> list[str]:
    """az CLI and PowerShell for every operation, in order (the summary's "Copy commands")."""
    return [op.az_cli for op in plan.operations] + [op.powershell for op in plan.operations]


def missing_permissions(preview: Preview) -> list[str]:
    return [m.render(QCoreApplication.translate) for m in preview.permissions.missing]


def raise_if_not_permitted(preview: Preview) -> None:
    """Refuse before any write when the signed-in principal lacks a permission; the message names the role."""
    missing = missing_permissions(preview)
    if missing:
        raise ArmError(FORBIDDEN, " ".join(missing), code="AuthorizationFailed", status=403, retryable=False)


def raise_if_failed(report: ApplyReport) -> None:
    """The first failed step as an ArmError (code, message, request ID) for the page's error banner."""
    for step in report.steps:
        if step.status.value == "failed":
            if step.error is not None:
                raise step.error
            raise ArmError(GENERIC, step.render(QCoreApplication.translate))
