"""One step of a change: write it idempotently, never overwrite, and say exactly what happened.

Each step first deals with what is already there: a change that is already in place is reported, not repeated.
Before a create the target is read and must not exist (whether ARM honours ``If-None-Match: *`` on child
resources is undocumented, so the engine does not rely on it): a name taken since planning stops the run with
nothing overwritten. Updates carry ``If-Match``; a 412 on a whole-resource PUT makes the step re-read the resource
and re-apply only our addition. After any other failure the target is read again to report whether the change
reached Azure anyway; a resource we created that Azure marks Failed is removed again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from azure.core.exceptions import AzureError, HttpResponseError

from core.arm_ids import ResourceId
from core.azure.errors import ArmError, to_arm_error
from core.changes.arm import Accepted, ArmResources, Json, RequestIds
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import items, props, same
from core.remediation.firewall_plan import add_collection
from core.remediation.plan import Operation, OpKind, Precondition

MAX_REBASES = 3

MSG_APPLIED = QT_TRANSLATE_NOOP("Remediation", "Done.")
MSG_ALREADY = QT_TRANSLATE_NOOP("Remediation", "Already in place; nothing was changed.")
MSG_NOT_ATTEMPTED = QT_TRANSLATE_NOOP("Remediation", "Not attempted, because an earlier step failed.")
MSG_STOPPED = QT_TRANSLATE_NOOP("Remediation", "Not attempted: applying was stopped before this step.")
MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Remediation",
    "Sent to Azure, but the run was interrupted before Azure's answer was recorded. Undo checks whether it landed.",
)
MSG_UNRESOLVED = QT_TRANSLATE_NOOP(
    "Remediation",
    "Not sent: the value {ref} could not be taken from the answer to an earlier step. Nothing was changed by this "
    "step.",
)
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
MSG_ACTION_FAILED = QT_TRANSLATE_NOOP("Remediation", "The action {name} failed. {error}")
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
    UNKNOWN = "unknown"  # only in a folded audit record: sent, but the run ended before the answer was recorded


@dataclass
class StepResult:
    operation: Operation  # as sent (references resolved)
    status: StepStatus
    message: str = MSG_APPLIED  # template, context "Remediation"
    args: dict[str, Any] = field(default_factory=dict)
    error: ArmError | None = None
    request_ids: list[str] = field(default_factory=list)
    written: Json | None = None  # the resource (or action result) after our write; later steps' refs read it
    in_azure: bool | None = None  # after a failure: did the change land anyway? (None = could not check)

    @property
    def sent(self) -> bool:
        """Whether Azure may have received a write of this step (so undo has to look at it)."""
        return self.status in (StepStatus.APPLIED, StepStatus.UNKNOWN) or (
            self.status is StepStatus.FAILED and self.in_azure is not False
        )

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
    interrupted: bool = False  # a stop request ended the run before every step was tried

    @property
    def ok(self) -> bool:
        return not self.interrupted and all(s.status in (StepStatus.APPLIED, StepStatus.ALREADY) for s in self.steps)

    @property
    def changed(self) -> bool:
        return any(s.status is StepStatus.APPLIED for s in self.steps)

    @property
    def applied(self) -> list[StepResult]:
        return [s for s in self.steps if s.status is StepStatus.APPLIED]

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "interrupted": self.interrupted, "steps": [s.to_json() for s in self.steps]}


def _failed(status: Any) -> bool:
    return str(status or "").lower() == "failed"


def is_in_place(op: Operation, current: Mapping[str, Any] | None) -> bool:
    """Whether Azure already has what ``op`` writes (and does not mark it Failed)."""
    if op.kind is OpKind.ACTION:
        return False
    if op.method == "DELETE":
        return current is None
    if current is None or _failed(props(current).get("provisioningState")):
        return False
    if op.addition is not None:
        found = [c for c in items(props(current).get(op.addition.key)) if c.get("name") == op.addition.name]
        return bool(found) and same(op.addition.item.get("properties", {}), props(found[0]))
    return op.body is not None and same(op.body.get("properties", {}), props(current))


def _ours_but_failed(op: Operation, current: Mapping[str, Any]) -> bool:
    """A resource with exactly our properties that Azure left Failed (an earlier run of this plan): re-apply it."""
    return (
        op.body is not None
        and _failed(props(current).get("provisioningState"))
        and same(op.body.get("properties", {}), props(current))
    )


def _status(error: BaseException) -> int | None:
    return error.status_code if isinstance(error, HttpResponseError) else None


def _code(error: BaseException) -> str | None:
    if isinstance(error, HttpResponseError) and error.error is not None:
        return error.error.code
    return None


# Errors Azure or the connection can give; anything else is a bug and propagates (after being recorded).
EXPECTED_ERRORS = (AzureError, ArmError, OSError, asyncio.TimeoutError)


def target_name(target_id: str) -> str:
    return ResourceId.parse(target_id).name or target_id.rstrip("/").rsplit("/", 1)[-1]


class StepExecutor:
    """Writes single operations through :class:`ArmResources` with the guarantees described above."""

    def __init__(self, resources: ArmResources) -> None:
        self._arm = resources

    async def get(self, op: Operation, ids: RequestIds) -> Json | None:
        return await self._arm.get(op.target_id, op.api_version, ids)

    async def run(self, op: Operation, on_accepted: Callable[[Accepted], None] | None = None) -> StepResult:
        ids = RequestIds()
        name = target_name(op.target_id)
        try:
            if op.kind is not OpKind.ACTION and (op.precondition.if_match is None or op.method == "PATCH"):
                # No ETag to rely on: look first, so a repeated run does not write again and a create never
                # lands on a name someone took since planning.
                current = await self.get(op, ids)
                if is_in_place(op, current):
                    return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
                if op.kind is OpKind.CREATE and current is not None and not _ours_but_failed(op, current):
                    return StepResult(op, StepStatus.FAILED, MSG_TAKEN, {"name": name}, None, ids.ids, in_azure=False)
            written = await self._write(op, op.body, op.precondition, ids, on_accepted)
            return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
        except EXPECTED_ERRORS as error:
            if _status(error) == 412:
                return await self._precondition_failed(op, ids, name, error, on_accepted)
            return await self._failure(op, ids, name, error)

    async def _write(
        self,
        op: Operation,
        body: Mapping[str, Any] | None,
        precondition: Precondition,
        ids: RequestIds,
        on_accepted: Callable[[Accepted], None] | None,
    ) -> Json | None:
        return await self._arm.write(
            op.method,
            op.target_id,
            op.api_version,
            body=body if op.method != "DELETE" else None,
            headers=precondition.headers(),
            ids=ids,
            on_accepted=on_accepted,
        )

    async def _precondition_failed(
        self,
        op: Operation,
        ids: RequestIds,
        name: str,
        error: BaseException,
        on_accepted: Callable[[Accepted], None] | None,
    ) -> StepResult:
        """412: the resource changed after the plan was made. Never overwrite; re-apply only our addition."""
        last: BaseException = error
        for _ in range(MAX_REBASES):
            try:
                current = await self.get(op, ids)
                if is_in_place(op, current):
                    return StepResult(op, StepStatus.ALREADY, MSG_ALREADY, request_ids=ids.ids, written=current)
                if op.addition is None or current is None:
                    break
                body = add_collection(current, op.addition)
                fresh = Precondition(if_match=str(current.get("etag") or "") or None)
                written = await self._write(op, body, fresh, ids, on_accepted)
                return StepResult(op, StepStatus.APPLIED, request_ids=ids.ids, written=written)
            except EXPECTED_ERRORS as retry_error:
                if _status(retry_error) != 412:
                    return await self._failure(op, ids, name, retry_error)
                last = retry_error
        return StepResult(op, StepStatus.FAILED, MSG_TAKEN, {"name": name}, to_arm_error(last), ids.ids, in_azure=False)

    async def _failure(self, op: Operation, ids: RequestIds, name: str, error: BaseException) -> StepResult:
        arm_error = to_arm_error(error)
        if _status(error) == 409 and _code(error) == "AnotherOperationInProgress":
            return StepResult(op, StepStatus.FAILED, MSG_BUSY, {"name": name}, arm_error, ids.ids, in_azure=False)
        if op.kind is OpKind.ACTION:
            # An action leaves no resource to read back; whether it ran shows in the check that follows.
            return StepResult(op, StepStatus.FAILED, MSG_ACTION_FAILED, {"name": name}, arm_error, ids.ids)
        try:
            current = await self.get(op, ids)
        except EXPECTED_ERRORS:
            return StepResult(op, StepStatus.FAILED, MSG_FAILED_UNKNOWN, {"name": name}, arm_error, ids.ids)
        if is_in_place(op, current):
            return StepResult(
                op, StepStatus.FAILED, MSG_FAILED_LANDED, {"name": name}, arm_error, ids.ids, current, in_azure=True
            )
        if current is not None and op.kind is OpKind.CREATE and _ours_but_failed(op, current):
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
            await self._arm.write("DELETE", op.target_id, op.api_version, headers=Precondition(etag).headers(), ids=ids)
        except EXPECTED_ERRORS:
            return StepResult(
                op, StepStatus.FAILED, MSG_FAILED_STATE, {"name": name}, arm_error, ids.ids, current, in_azure=True
            )
        return StepResult(op, StepStatus.FAILED, MSG_ROLLED_BACK, {"name": name}, arm_error, ids.ids, in_azure=False)
