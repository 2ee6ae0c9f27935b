"""Upgrade a VM to Trusted Launch (or roll it back): collect, check, plan, check access, apply, audit, verify."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.changes import ApplyReport, ChangeEngine, ChangeResult, ChangeRun, RunOptions, RunStatus, StopToken
from core.diagnosis.extension import ExtensionReport, evaluate_extension
from core.remediation.audit import AuditLog
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Plan
from core.security_type import SecurityType
from core.upgrade.checks import evaluate_rollback, evaluate_upgrade, power_state, security_type
from core.upgrade.collect import Collected, collect, read_vm
from core.upgrade.model import Preflight
from core.upgrade.plan import UpgradeOptions, plan_rollback, plan_upgrade
from core.usecases.fix import ApplyProgress

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
    after: VmState | None  # the VM read again after applying (None if it could not be read)
    run_id: str | None
    status: RunStatus = RunStatus.COMPLETE

    @property
    def reached(self) -> bool:
        """The goal as Azure now reports it (not just every step ending well)."""
        if not self.report.ok or self.after is None:
            return False
        after = self.after
        if self.preview.plan.goal == "rollback":
            return after.security_type is SecurityType.STANDARD
        wanted_sb = _wants_secure_boot(self.preview.plan)
        running = after.power_state == "running"
        tl = after.security_type is SecurityType.TRUSTED_LAUNCH and after.vtpm is True and running
        if wanted_sb:
            return tl and after.secure_boot is True and after.extension.healthy
        return tl

    def to_json(self) -> dict[str, Any]:
        return {
            **self.preview.to_json(),
            "apply": self.report.to_json(),
            "auditRunId": self.run_id,
            "status": self.status.value,
            "after": None if self.after is None else self.after.to_json(),
            "reached": self.reached,
        }


def _wants_secure_boot(plan: Plan) -> bool:
    for op in plan.operations:
        profile = (op.body or {}).get("properties", {}).get("securityProfile") if op.body else None
        if isinstance(profile, dict) and isinstance(profile.get("uefiSettings"), dict):
            return bool(profile["uefiSettings"].get("secureBootEnabled"))
    return any("/extensions/" in op.target_id.lower() for op in plan.operations)


async def preview_upgrade(session: ArmSession, vm_id: str, options: UpgradeOptions | None = None) -> UpgradePreview:
    options = options or UpgradeOptions()
    collected = await collect(session, vm_id)
    preflight = await asyncio.to_thread(evaluate_upgrade, collected.facts, secure_boot=options.secure_boot)
    plan = plan_upgrade(preflight, collected.facts.vm, collected.extension, collected.existing_extension, options)
    permissions = await check_permissions(session, plan) if plan.operations else PermissionCheck()
    return UpgradePreview(collected, preflight, plan, permissions)


async def preview_rollback(session: ArmSession, vm_id: str) -> UpgradePreview:
    collected = await collect(session, vm_id, rollback=True)
    preflight = evaluate_rollback(collected.facts)
    plan = plan_rollback(preflight, collected.facts.vm, collected.existing_extension)
    permissions = await check_permissions(session, plan) if plan.operations else PermissionCheck()
    return UpgradePreview(collected, preflight, plan, permissions)


async def read_vm_state(session: ArmSession, vm_id: str) -> VmState:
    vm = await read_vm(session, vm_id)
    ref = ResourceId.parse(vm_id)
    listed = await session.compute(ref.subscription_id or "").virtual_machine_extensions.list(
        ref.resource_group or "", ref.name
    )
    extensions = [e.as_dict() for e in (listed.value or [])]
    profile = vm.get("properties", {}).get("securityProfile") or {}
    flags = profile.get("uefiSettings") or {}
    return VmState(
        security_type=security_type(vm),
        power_state=power_state(vm),
        secure_boot=flags.get("secureBootEnabled") if isinstance(flags, dict) else None,
        vtpm=flags.get("vTpmEnabled") if isinstance(flags, dict) else None,
        extension=evaluate_extension(vm, extensions),
    )


def prepare_upgrade(
    session: ArmSession,
    preview: UpgradePreview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
    stop: StopToken | None = None,
) -> ChangeRun[VmState]:
    """The run of a previewed upgrade or rollback through the change engine; its check reads the VM again.

    Audited as its own kind (``upgrade`` / ``rollback``): undo of ``fix`` must not pick it up, and undoing an
    upgrade is the rollback, which needs the deallocation the generic undo would not do.
    """
    engine = ChangeEngine(session, audit=audit, retry_total=retry_total)
    vm_id = preview.plan.vm_id

    async def check() -> VmState:
        return await read_vm_state(session, vm_id)

    options = RunOptions(
        kind=preview.plan.goal, check=check, permissions=preview.permissions, stop=stop, on_progress=on_progress
    )
    return engine.prepare(preview.plan, options)


def outcome_of(preview: UpgradePreview, result: ChangeResult[VmState]) -> UpgradeOutcome:
    return UpgradeOutcome(preview, result.report, result.check, result.run_id, result.status)


async def apply_upgrade(
    session: ArmSession,
    preview: UpgradePreview,
    *,
    audit: AuditLog | None = None,
    retry_total: int = DEFAULT_RETRY_TOTAL,
    on_progress: Callable[[ApplyProgress], None] | None = None,
    stop: StopToken | None = None,
) -> UpgradeOutcome:
    """Apply (stopping at the first failure or on request), record each step, then read the VM again: the proof."""
    run = prepare_upgrade(session, preview, audit=audit, retry_total=retry_total, on_progress=on_progress, stop=stop)
    result = await run.execute()
    if result.status is RunStatus.NOTHING_TO_DO:
        with contextlib.suppress(Exception):  # the goal may already be reached: say so from the VM as it is
            result.check = await read_vm_state(session, preview.plan.vm_id)
    return outcome_of(preview, result)
