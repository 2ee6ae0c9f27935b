"""Apply an upgrade or rollback plan, step by step, stopping at the first failure.

Kept minimal and isolated until the generic change engine (``core/changes``) lands: it knows exactly the
requests these plans contain (restore point collection and restore point PUTs, the deallocate and start POST
actions, the VM PATCH; extension writes go through the existing remediation engine). Every step first looks
whether Azure already has what it would write, so a rerun after a failure repeats only what is missing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from azure.core.exceptions import ResourceNotFoundError

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.diagnosis.arm_json import arm_get, parse_bool
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.apply import (
    MSG_ALREADY,
    MSG_NOT_ATTEMPTED,
    ApplyEngine,
    ApplyReport,
    StepResult,
    StepStatus,
)
from core.remediation.gateway import Json, RequestIds, ResourceGateway
from core.remediation.plan import Operation, Plan, Precondition
from core.upgrade.checks import power_state, security_type

MSG_STEP_FAILED = QT_TRANSLATE_NOOP("Remediation", "Failed: {error}")
MSG_RESTORE_POINT_RETRY = QT_TRANSLATE_NOOP(
    "Remediation", "Done. An earlier attempt had left the restore point Failed; it was removed and created again."
)

StepStarted = Callable[[int, int, Operation], None]


def _kind(op: Operation) -> str:
    lowered = op.target_id.lower()
    if op.method == "POST":
        return lowered.rsplit("/", 1)[-1]  # "deallocate" | "start"
    if "/extensions/" in lowered:
        return "extension"
    if "/restorepoints/" in lowered:
        return "restore-point"
    if "/restorepointcollections/" in lowered:
        return "collection"
    if "/virtualmachines/" in lowered and op.method == "PATCH":
        return "vm"
    raise ValueError(f"the upgrade executor does not write {op.method} {op.target_id}")


def security_profile_matches(vm: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """Whether the VM already has the ``securityProfile`` the PATCH body sets."""
    wanted = arm_get(body, "properties", "securityProfile") or {}
    if security_type(vm).lower() != str(wanted.get("securityType") or "Standard").lower():
        return False
    uefi_wanted = wanted.get("uefiSettings")
    uefi = arm_get(vm, "properties", "securityProfile", "uefiSettings")
    if uefi_wanted is None:
        return not uefi or not any(parse_bool(v) for v in uefi.values())
    return all(parse_bool(arm_get(uefi, key)) is value for key, value in uefi_wanted.items())


class UpgradeExecutor:
    def __init__(self, session: ArmSession, *, retry_total: int = 3) -> None:
        self._session = session
        self._retry_total = retry_total
        self._gateway = ResourceGateway(session, retry_total=retry_total)
        self._engine = ApplyEngine(self._gateway)

    def _kwargs(self, ids: RequestIds) -> dict[str, Any]:
        return {"retry_total": self._retry_total, "raw_response_hook": ids.hook}

    async def apply(
        self, plan: Plan, on_step: StepStarted | None = None, done: list[StepResult] | None = None
    ) -> ApplyReport:
        """``done`` (optional) receives each result as it is made, so a cancelled run still tells what it did."""
        steps: list[StepResult] = [] if done is None else done
        total = len(plan.operations)
        for number, op in enumerate(plan.operations, start=1):
            if any(step.status is StepStatus.FAILED for step in steps):
                steps.append(StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_NOT_ATTEMPTED))
                continue
            if on_step is not None:
                on_step(number, total, op)
            steps.append(await self.run(op))
        return ApplyReport(steps)

    async def run(self, op: Operation) -> StepResult:
        kind = _kind(op)
        if kind == "extension":
            return await self._engine.run(op)
        ids = RequestIds()
        try:
            if kind == "collection":
                return await self._collection(op, ids)
            if kind == "restore-point":
                return await self._restore_point(op, ids)
            if kind in ("deallocate", "start"):
                return await self._power(op, kind, ids)
            return await self._patch(op, ids)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            return StepResult(op, StepStatus.FAILED, MSG_STEP_FAILED, {}, to_arm_error(error), ids.ids)

    async def read_vm(self, vm_id: str, ids: RequestIds | None = None) -> Json:
        ref = ResourceId.parse(vm_id)
        vms = self._session.compute(ref.subscription_id or "").virtual_machines
        kwargs = self._kwargs(ids or RequestIds())
        vm = await vms.get(ref.resource_group or "", ref.name, expand="instanceView", **kwargs)
        body: Json = vm.as_dict()
        return body

    async def _collection(self, op: Operation, ids: RequestIds) -> StepResult:
        ref = ResourceId.parse(op.target_id)
        collections = self._session.compute(ref.subscription_id or "").restore_point_collections
        try:
            current = (await collections.get(ref.resource_group or "", ref.name, **self._kwargs(ids))).as_dict()
        except ResourceNotFoundError:
            current = None
        wanted = str(arm_get(op.body, "properties", "source", "id") or "").lower()
        if current is not None and str(arm_get(current, "properties", "source", "id") or "").lower() == wanted:
            return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
        payload: Any = dict(op.body or {})
        written = await collections.create_or_update(
            ref.resource_group or "", ref.name, payload, api_version=op.api_version, **self._kwargs(ids)
        )
        return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written.as_dict())

    async def _restore_point(self, op: Operation, ids: RequestIds) -> StepResult:
        ref = ResourceId.parse(op.target_id)
        points = self._session.compute(ref.subscription_id or "").restore_points
        rg, collection, name = ref.resource_group or "", ref.names[0], ref.name
        try:
            current: Json | None = (await points.get(rg, collection, name, **self._kwargs(ids))).as_dict()
        except ResourceNotFoundError:
            current = None
        state = str(arm_get(current, "properties", "provisioningState") or "").lower()
        if current is not None and state == "succeeded":
            return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
        message = None
        if current is not None and state == "failed":
            # A failed restore point keeps its name; remove it so the rerun can take a good one.
            await (await points.begin_delete(rg, collection, name, **self._kwargs(ids))).result()
            message = MSG_RESTORE_POINT_RETRY
        payload: Any = dict(op.body or {})
        kwargs = self._kwargs(ids)
        poller = await points.begin_create(rg, collection, name, payload, api_version=op.api_version, **kwargs)
        written = (await poller.result()).as_dict()
        if message is None:
            return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
        return StepResult(op, StepStatus.APPLIED, message, request_ids=ids.ids, written=written)

    async def _power(self, op: Operation, action: str, ids: RequestIds) -> StepResult:
        vm_id = op.target_id.rsplit("/", 1)[0]  # …/virtualMachines/{vm}/deallocate -> the VM
        ref = ResourceId.parse(vm_id)
        vm = await self.read_vm(vm_id, ids)
        target = "deallocated" if action == "deallocate" else "running"
        if power_state(vm) == target:
            return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=vm)
        vms = self._session.compute(ref.subscription_id or "").virtual_machines
        begin = vms.begin_deallocate if action == "deallocate" else vms.begin_start
        poller = await begin(ref.resource_group or "", ref.name, api_version=op.api_version, **self._kwargs(ids))
        await poller.result()
        return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids)

    async def _patch(self, op: Operation, ids: RequestIds) -> StepResult:
        vm = await self.read_vm(op.target_id, ids)
        failed = str(arm_get(vm, "properties", "provisioningState") or "").lower() == "failed"
        if op.body is not None and security_profile_matches(vm, op.body) and not failed:
            return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=vm)
        written = await self._gateway.patch_vm(op.target_id, op.body or {}, Precondition(), op.api_version, ids)
        return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
