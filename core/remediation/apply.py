"""Apply a plan: in order, idempotently, stopping at the first failure and saying exactly what happened.

Each step first deals with what is already there: a change that is already in place is reported, not
repeated. Writes carry the plan's preconditions, so nothing someone else wrote meanwhile is overwritten: a
412 on a whole-firewall PUT makes the engine re-read the firewall and re-apply only our addition; a 412 on a
rule or group we create means someone else took the name, which stops the run with nothing overwritten.
After any other failure the target is read again to report whether the change reached Azure; a resource we
created but Azure marks Failed is removed again, so no half-applied change stays behind.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from azure.core.exceptions import HttpResponseError

from core.azure.errors import ArmError, to_arm_error
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import items, props, same
from core.remediation.firewall_plan import add_collection
from core.remediation.gateway import Json, RequestIds, ResourceGateway
from core.remediation.plan import Operation, OpKind, Plan, Precondition

MAX_REBASES = 3

MSG_APPLIED = QT_TRANSLATE_NOOP("Remediation", "Done.")
MSG_ALREADY = QT_TRANSLATE_NOOP("Remediation", "Already in place; nothing was changed.")
MSG_NOT_ATTEMPTED = QT_TRANSLATE_NOOP("Remediation", "Not attempted, because an earlier step failed.")
MSG_TAKEN = QT_TRANSLATE_NOOP(
    "Remediation",
    "Someone else created or changed {name} after the plan was made. Nothing was overwritten; run the command "
    "again to plan against the current state.",
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "Remediation",
    "Azure is still busy with another change on this resource (AnotherOperationInProgress). Nothing was "
    "changed; wait a minute and run the command again.",
)
MSG_FAILED_NOT_LANDED = QT_TRANSLATE_NOOP(
    "Remediation", "Failed, and the change did not reach Azure: {name} is unchanged. {error}"
)
MSG_FAILED_LANDED = QT_TRANSLATE_NOOP(
    "Remediation",
    "The answer from Azure was lost, but the change did reach Azure: {name} is in place. {error}",
)
MSG_FAILED_UNKNOWN = QT_TRANSLATE_NOOP(
    "Remediation",
    "Failed, and whether the change reached Azure could not be checked. Run the command again; it repeats "
    "only what is missing. {error}",
)
MSG_ROLLED_BACK = QT_TRANSLATE_NOOP(
    "Remediation",
    "Azure reported the new {name} as Failed; it was removed again, so nothing half-applied stays behind. {error}",
)
MSG_FAILED_STATE = QT_TRANSLATE_NOOP(
    "Remediation",
    "Azure accepted the change to {name} but reports it as Failed. Run the command again to re-apply it, or "
    "undo it. {error}",
)


class StepStatus(StrEnum):
    APPLIED = "applied"
    ALREADY = "already-in-place"
    FAILED = "failed"
    NOT_ATTEMPTED = "not-attempted"


@dataclass
class StepResult:
    operation: Operation
    status: StepStatus
    message: str = MSG_APPLIED  # template, context "Remediation"
    args: dict[str, Any] = field(default_factory=dict)
    error: ArmError | None = None
    request_ids: list[str] = field(default_factory=list)
    written: Json | None = None  # the resource after our write (undo compares against it)
    in_azure: bool | None = None  # after a failure: did the change land anyway? (None = could not check)

    def render(self, translate: Any = None) -> str:
        template = translate("Remediation", self.message) if translate else self.message
        error = self.error.render(translate) if self.error is not None else ""
        return str(template).format(**{**self.args, "error": error}).strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation.to_json(),
            "status": self.status.value,
            "message": self.render(),
            "error": None
            if self.error is None
            else {"code": self.error.code, "status": self.error.status, "requestId": self.error.request_id},
            "requestIds": self.request_ids,
            "inAzure": self.in_azure,
            "written": self.written,
        }


@dataclass
class ApplyReport:
    steps: list[StepResult]

    @property
    def ok(self) -> bool:
        return all(s.status in (StepStatus.APPLIED, StepStatus.ALREADY) for s in self.steps)

    @property
    def changed(self) -> bool:
        return any(s.status is StepStatus.APPLIED for s in self.steps)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "steps": [s.to_json() for s in self.steps]}


def _failed(status: Any) -> bool:
    return str(status or "").lower() == "failed"


def is_in_place(op: Operation, current: Mapping[str, Any] | None) -> bool:
    """Whether Azure already has what ``op`` writes (and does not mark it Failed)."""
    if op.method == "DELETE":
        return current is None
    if current is None or _failed(props(current).get("provisioningState")):
        return False
    if op.addition is not None:
        found = [c for c in items(props(current).get(op.addition.key)) if c.get("name") == op.addition.name]
        return bool(found) and same(op.addition.item.get("properties", {}), props(found[0]))
    return op.body is not None and same(op.body.get("properties", {}), props(current))


def _status(error: BaseException) -> int | None:
    return error.status_code if isinstance(error, HttpResponseError) else None


def _code(error: BaseException) -> str | None:
    if isinstance(error, HttpResponseError) and error.error is not None:
        return error.error.code
    return None


# Told before each operation is written: (1-based number, how many, the operation), for a progress display.
StepStarted = Callable[[int, int, Operation], None]


class ApplyEngine:
    def __init__(self, gateway: ResourceGateway) -> None:
        self._gateway = gateway

    async def apply(self, plan: Plan, on_step: StepStarted | None = None) -> ApplyReport:
        steps: list[StepResult] = []
        total = len(plan.operations)
        for number, op in enumerate(plan.operations, start=1):
            if steps and steps[-1].status is StepStatus.FAILED:
                steps.append(StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_NOT_ATTEMPTED))
                continue
            if on_step is not None:
                on_step(number, total, op)
            steps.append(await self.run(op))
        return ApplyReport(steps)

    async def run(self, op: Operation) -> StepResult:
        ids = RequestIds()
        name = op.target_id.rstrip("/").rsplit("/", 1)[-1]
        try:
            if op.precondition.if_none_match and not op.precondition.if_match:
                # If-None-Match: * on security rules and rule collection groups is undocumented: a name taken
                # since planning must stop us, so read first and expect 404 (the header is sent as well).
                current = await self._gateway.get(op.target_id, ids)
                if current is not None:
                    if is_in_place(op, current):
                        return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
                    return StepResult(op, StepStatus.FAILED, MSG_TAKEN, {"name": name}, None, ids.ids, in_azure=False)
            if op.precondition == Precondition() or op.method == "PATCH":
                # No ETag to rely on: look first, so a repeated run does not write again.
                current = await self._gateway.get(op.target_id, ids)
                if is_in_place(op, current):
                    return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
            written = await self._write(op, op.body, op.precondition, ids)
            return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if _status(error) == 412:
                return await self._precondition_failed(op, ids, name, error)
            return await self._failure(op, ids, name, error)

    async def _write(
        self, op: Operation, body: Mapping[str, Any] | None, precondition: Precondition, ids: RequestIds
    ) -> Json | None:
        if op.method == "DELETE":
            await self._gateway.delete(op.target_id, precondition, op.api_version, ids)
            return None
        assert body is not None
        if op.method == "PATCH":
            return await self._gateway.patch_vm(op.target_id, body, precondition, op.api_version, ids)
        return await self._gateway.put(op.target_id, body, precondition, op.api_version, ids)

    async def _precondition_failed(self, op: Operation, ids: RequestIds, name: str, error: BaseException) -> StepResult:
        """412: the resource changed after the plan was made. Never overwrite; re-apply only our addition."""
        last: BaseException = error
        for _ in range(MAX_REBASES):
            try:
                current = await self._gateway.get(op.target_id, ids)
                if is_in_place(op, current):
                    return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
                if op.addition is None or current is None:
                    break
                body = add_collection(current, op.addition)
                fresh = Precondition(if_match=str(current.get("etag") or "") or None)
                written = await self._write(op, body, fresh, ids)
                return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
            except asyncio.CancelledError:
                raise
            except Exception as retry_error:
                if _status(retry_error) != 412:
                    return await self._failure(op, ids, name, retry_error)
                last = retry_error
        return StepResult(op, StepStatus.FAILED, MSG_TAKEN, {"name": name}, to_arm_error(last), ids.ids, in_azure=False)

    async def _failure(self, op: Operation, ids: RequestIds, name: str, error: BaseException) -> StepResult:
        arm_error = to_arm_error(error)
        if _status(error) == 409 and _code(error) == "AnotherOperationInProgress":
            return StepResult(op, StepStatus.FAILED, MSG_BUSY, {"name": name}, arm_error, ids.ids, in_azure=False)
        try:
            current = await self._gateway.get(op.target_id, ids)
        except asyncio.CancelledError:
            raise
        except Exception:
            return StepResult(op, StepStatus.FAILED, MSG_FAILED_UNKNOWN, {"name": name}, arm_error, ids.ids)
        if is_in_place(op, current):
            return StepResult(
                op, StepStatus.FAILED, MSG_FAILED_LANDED, {"name": name}, arm_error, ids.ids, current, in_azure=True
            )
        created_failed = (
            current is not None and op.kind is OpKind.CREATE and _failed(props(current).get("provisioningState"))
        )
        if (
            created_failed
            and current is not None
            and op.body is not None
            and same(op.body.get("properties", {}), props(current))
        ):
            return await self._roll_back(op, ids, name, arm_error, current)
        if current is not None and _failed(props(current).get("provisioningState")) and op.method != "DELETE":
            return StepResult(
                op, StepStatus.FAILED, MSG_FAILED_STATE, {"name": name}, arm_error, ids.ids, current, in_azure=True
            )
        return StepResult(
            op, StepStatus.FAILED, MSG_FAILED_NOT_LANDED, {"name": name}, arm_error, ids.ids, in_azure=False
        )

    async def _roll_back(
        self, op: Operation, ids: RequestIds, name: str, arm_error: ArmError, current: Json
    ) -> StepResult:
        try:
            etag = str(current.get("etag") or "") or None
            await self._gateway.delete(op.target_id, Precondition(if_match=etag), op.api_version, ids)
        except asyncio.CancelledError:
            raise
        except Exception:
            return StepResult(
                op, StepStatus.FAILED, MSG_FAILED_STATE, {"name": name}, arm_error, ids.ids, current, in_azure=True
            )
        return StepResult(op, StepStatus.FAILED, MSG_ROLLED_BACK, {"name": name}, arm_error, ids.ids, in_azure=False)
