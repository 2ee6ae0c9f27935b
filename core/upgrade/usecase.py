"""Upgrade a VM to Trusted Launch (or roll it back): collect, check, plan, check access, apply, audit, verify."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.diagnosis.extension import ExtensionReport, evaluate_extension
from core.remediation.apply import ApplyReport, StepResult
from core.remediation.audit import AuditLog, new_record
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Operation, Plan
from core.upgrade.apply import UpgradeExecutor
from core.upgrade.checks import evaluate_rollback, evaluate_upgrade, power_state, security_type
from core.upgrade.collect import Collected, collect
from core.upgrade.model import Preflight
from core.upgrade.plan import UpgradeOptions, plan_rollback, plan_upgrade
from core.usecases.fix import ApplyProgress, who_am_i

DEFAULT_RETRY_TOTAL = 3


@dataclass(frozen=True)
class VmState:
    """Where the VM is after a run: what the report says when a step failed."""

    security_type: str
    power_state: str | None
    secure_boot: bool | None
    vtpm: bool | None
    extension: ExtensionReport

    def to_json(self) -> dict[str, Any]:
        return {
            "securityType": self.security_type,
            "powerState": self.power_state,
            "secureBoot": self.secure_boot,
            "vTpm": self.vtpm,
            "extension": {
                "installed": self.extension.installed,
                "provisioningState": self.extension.provisioning_state,
            },
        }


@dataclass
class UpgradePreview:
    collected: Collected
    preflight: Preflight
    plan: Plan
    permissions: PermissionCheck

    def to_json(self) -> dict[str, Any]:
        return {
            "preflight": self.preflight.to_json(),
            "plan": self.plan.to_json(),
            "permissions": {
                "missing": [m.__dict__ for m in self.permissions.missing],
                "unchecked": self.permissions.unchecked,
            },
        }


@dataclass
class UpgradeOutcome:
    preview: UpgradePreview
    report: ApplyReport
    after: VmState | None
    run_id: str | None

    @property
    def reached(self) -> bool:
        """The goal as Azure now reports it (not just every step ending well)."""
        if not self.report.ok or self.after is None:
            return False
        after = self.after
        if self.preview.plan.goal == "rollback":
            return after.security_type == "Standard"
        wanted_sb = _wants_secure_boot(self.preview.plan)
        tl = after.security_type == "TrustedLaunch" and after.vtpm is True and after.power_state == "running"
        if wanted_sb:
            return tl and after.secure_boot is True and after.extension.healthy
        return tl

    def to_json(self) -> dict[str, Any]:
        return {
            **self.preview.to_json(),
            "apply": self.report.to_json(),
            "auditRunId": self.run_id,
            "after": None if self.after is None else self.after.to_json(),
            "reached": self.reached,
        }


def _wants_secure_boot(plan: Plan) -> bool:
    for op in plan.operations:
        profile = (op.body or {}).get("properties", {}).get("securityProfile") if op.body else None
        if isinstance(profile, dict) and isinstance(profile.get("uefiSettings"), dict):
            return bool(profile["uefiSettings"].get("secureBootEnabled"))
    return any("/extensions/" in op.target_id.lower() for op in plan.operations)


def _permission_view(plan: Plan) -> Plan:
    """Where ARM checks each write: the VM for its actions, the resource group for new restore points."""
    ops: list[Operation] = []
    for op in plan.operations:
        target = op.target_id
        lowered = target.lower()
        if op.method == "POST":
            target = target.rsplit("/", 1)[0]
        elif "/restorepointcollections/" in lowered:
            ref = ResourceId.parse(target)
            target = f"/subscriptions/{ref.subscription_id}/resourceGroups/{ref.resource_group}"
        ops.append(replace(op, target_id=target))
    return Plan(plan.vm_id, plan.goal, tuple(ops), plan.notes)


async def preview_upgrade(session: ArmSession, vm_id: str, options: UpgradeOptions | None = None) -> UpgradePreview:
    options = options or UpgradeOptions()
    collected = await collect(session, vm_id)
    preflight = await asyncio.to_thread(evaluate_upgrade, collected.facts, secure_boot=options.secure_boot)
    plan = plan_upgrade(preflight, collected.facts.vm, collected.extension, collected.existing_extension, options)
    permissions = await check_permissions(session, _permission_view(plan)) if plan.operations else PermissionCheck()
    return UpgradePreview(collected, preflight, plan, permissions)


async def preview_rollback(session: ArmSession, vm_id: str) -> UpgradePreview:
    collected = await collect(session, vm_id, rollback=True)
    preflight = evaluate_rollback(collected.facts)
    plan = plan_rollback(preflight, collected.facts.vm, collected.existing_extension)
    permissions = await check_permissions(session, _permission_view(plan)) if plan.operations else PermissionCheck()
    return UpgradePreview(collected, preflight, plan, permissions)


async def read_state(session: ArmSession, vm_id: str) -> VmState:
    executor = UpgradeExecutor(session)
    vm = await executor.read_vm(vm_id)
    ref = ResourceId.parse(vm_id)
    listed = await session.compute(ref.subscription_id or "").virtual_machine_extensions.list(
        ref.resource_group or "", ref.name
    )
    extensions = [e.as_dict() for e in (listed.value or [])]
    uefi = vm.get("properties", {}).get("securityProfile", {}) or {}
    flags = uefi.get("uefiSettings") or {}
    return VmState(
        security_type=security_type(vm),
        power_state=power_state(vm),
        secure_boot=flags.get("secureBootEnabled") if isinstance(flags, dict) else None,
        vtpm=flags.get("vTpmEnabled") if isinstance(flags, dict) else None,
        extension=evaluate_extension(vm, extensions),
    )


async def apply_upgrade(
    session: ArmSession,
    preview: UpgradePreview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
) -> UpgradeOutcome:
    """Apply the plan (stopping at the first failure), record it, then read the VM again: that is the proof."""
    plan = preview.plan

    def step_started(number: int, total: int, op: Operation) -> None:
        if on_progress is not None:
            on_progress(ApplyProgress(number, total, op))

    done: list[StepResult] = []
    executor = UpgradeExecutor(session, retry_total=retry_total)
    try:
        report = await executor.apply(plan, step_started, done)
    except asyncio.CancelledError:
        # Cancelled between or during steps: what was done is still recorded.
        await _record(session, plan, ApplyReport(done), audit)
        raise
    run_id = await _record(session, plan, report, audit)
    if on_progress is not None:
        on_progress(ApplyProgress(len(plan.operations), len(plan.operations), None))
    after: VmState | None = None
    with contextlib.suppress(Exception):  # the report must survive a failing re-read; the caller says so
        after = await read_state(session, plan.vm_id)
    return UpgradeOutcome(preview, report, after, run_id)


async def _record(session: ArmSession, plan: Plan, report: ApplyReport, audit: AuditLog | None) -> str | None:
    if not plan.operations:
        return None
    # Its own kind: "fix --undo" reads only "apply" records and must not try to undo an upgrade.
    record = new_record(
        kind=plan.goal,
        vm_id=plan.vm_id,
        who=await who_am_i(session),
        goal=plan.goal,
        steps=[s.to_json() for s in report.steps],
    )
    (audit or AuditLog()).append(record)
    return str(record["runId"])
