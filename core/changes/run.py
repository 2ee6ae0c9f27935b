"""A change run: permissions, then each step with an audit record before and after it, then the check.

Stopping is cooperative and never tears a write: :meth:`ChangeRun.request_stop` (or cancelling the task that
awaits :meth:`ChangeRun.execute`) lets the step in flight finish — its request, long-running operation and audit
record included — and then stops before the next step. A cancelled run records all that, then re-raises the
cancellation; :attr:`ChangeRun.result` still holds what was applied.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from core.azure.errors import ArmError, to_arm_error
from core.azure.session import ArmSession
from core.changes.arm import DEFAULT_MAX_WAIT_S, Accepted, ArmResources
from core.changes.refs import UnresolvedRefError, required_steps, resolve
from core.changes.steps import (
    MSG_NOT_ATTEMPTED,
    MSG_STOPPED,
    MSG_UNRESOLVED,
    ApplyReport,
    StepExecutor,
    StepResult,
    StepStatus,
)
from core.remediation.audit import AuditLog, principal_from_token
from core.remediation.permissions import PermissionCheck, check_permissions
from core.remediation.plan import Operation, Plan

log = logging.getLogger(__name__)

T = TypeVar("T")


class PlanError(ValueError):
    """A plan the engine cannot run as written (a planner bug): unknown or later dependencies, duplicate ids."""


class RunStatus(StrEnum):
    NOTHING_TO_DO = "nothing-to-do"  # the plan has no operations
    REFUSED = "refused"  # a permission is missing; nothing was sent
    COMPLETE = "complete"  # every step applied or already in place
    FAILED = "failed"  # a step failed; the steps after it were not attempted
    INTERRUPTED = "interrupted"  # stopped on request between steps


class Phase(StrEnum):
    PERMISSIONS = "permissions"
    STEP = "step"
    STOPPING = "stopping"  # a stop was requested; the step in flight is finishing
    CHECK = "check"


@dataclass(frozen=True)
class ChangeProgress:
    """Where a run is: checking permissions, writing step ``step`` of ``total``, stopping, or checking again."""

    phase: Phase
    step: int
    total: int
    operation: Operation | None = None

    @property
    def rechecking(self) -> bool:
        return self.phase is Phase.CHECK


@dataclass
class ChangeResult(Generic[T]):
    plan: Plan
    status: RunStatus
    report: ApplyReport
    permissions: PermissionCheck | None = None
    run_id: str | None = None  # the audit record (None when nothing was recorded)
    check: T | None = None  # what the check callback returned after applying
    check_error: ArmError | None = None  # why the check could not run
    stop_reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in (RunStatus.COMPLETE, RunStatus.NOTHING_TO_DO)

    @property
    def interrupted(self) -> bool:
        return self.status is RunStatus.INTERRUPTED

    @property
    def changed(self) -> bool:
        return self.report.changed

    @property
    def sent(self) -> list[StepResult]:
        """The steps that may have changed Azure (what undo looks at)."""
        return [s for s in self.report.steps if s.sent]

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "auditRunId": self.run_id,
            "stopReason": self.stop_reason,
            "apply": self.report.to_json(),
            "permissions": None
            if self.permissions is None
            else {"missing": [m.__dict__ for m in self.permissions.missing], "unchecked": self.permissions.unchecked},
        }


def validate(plan: Plan) -> None:
    """Every dependency names an earlier step; step ids are unique. Raises :class:`PlanError`."""
    seen: set[str] = set()
    for op in plan.operations:
        for step_id in required_steps(op):
            if step_id not in seen:
                raise PlanError(f"{op.target_id}: depends on step {step_id!r}, which does not come before it")
        if op.step_id is not None:
            if op.step_id in seen:
                raise PlanError(f"step id {op.step_id!r} is used twice")
            seen.add(op.step_id)


ProgressCallback = Callable[[ChangeProgress], None]


class StopToken:
    """A request to stop after the current step, shared by whoever may ask (a button, a signal, a fleet)."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self._listeners: list[Callable[[str], None]] = []

    @property
    def requested(self) -> bool:
        return self.reason is not None

    def request(self, reason: str = "user") -> None:
        if self.reason is not None:
            return
        self.reason = reason
        for listener in list(self._listeners):
            listener(reason)

    def listen(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)


@dataclass(frozen=True)
class RunOptions(Generic[T]):
    """How one plan is run: what the audit record calls it, the check after it, permissions, stop and progress."""

    kind: str = "apply"  # the audit record's kind: apply, undo, upgrade, rollback …
    undo_of: str | None = None  # the run an undo takes back
    check: Callable[[], Awaitable[T]] | None = None  # run after the steps (e.g. the diagnosis again)
    permissions: PermissionCheck | None = None  # already checked (e.g. for the preview): not asked again
    check_permissions: bool = True  # False: skip the permission check (undo of what we just wrote)
    stop: StopToken | None = None  # shared stop request (a fleet's, a signal handler's)
    on_progress: ProgressCallback | None = None


async def who_am_i(session: ArmSession) -> str | None:
    """The signed-in principal for the audit log, from the token; ``None`` when it does not say."""
    with contextlib.suppress(Exception):
        token = await session.credential.get_token(session.endpoint.cloud.arm_scope)
        return principal_from_token(token.token)
    return None


class ChangeRun(Generic[T]):
    """One plan applied once. Create through :meth:`ChangeEngine.prepare`; await :meth:`execute` once."""

    def __init__(self, engine: ChangeEngine, plan: Plan, options: RunOptions[T] | None = None) -> None:
        validate(plan)
        options = options or RunOptions()
        self.engine = engine
        self.plan = plan
        self.options = options
        self.kind = options.kind
        self.undo_of = options.undo_of
        self.stop = options.stop or StopToken()
        self._check = options.check
        self._permissions = options.permissions
        self._check_permissions = options.check_permissions
        self._on_progress = options.on_progress
        # Until it runs, a run with operations counts as stopped before its first step (a fleet run cancelled while
        # it waited for its turn reports exactly that).
        untried = [StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_STOPPED) for op in plan.operations]
        status = RunStatus.INTERRUPTED if plan.operations else RunStatus.NOTHING_TO_DO
        report = ApplyReport(untried, bool(untried))
        self.result: ChangeResult[T] = ChangeResult(plan, status, report, options.permissions)
        self._step_in_flight: Operation | None = None
        self._recording = False  # between the audit record's start and end lines
        self.phase: Phase | None = None  # where the run is (None before it starts)
        self.stop.listen(self._stop_requested)

    def request_stop(self, reason: str = "user") -> None:
        """Stop after the step in flight (recorded in the audit log)."""
        self.stop.request(reason)

    @property
    def writing(self) -> bool:
        """A step is being written right now (the moment a stop has to wait for)."""
        return self._step_in_flight is not None

    def _progress(self, phase: Phase, step: int, operation: Operation | None = None) -> None:
        self.phase = phase
        if self._on_progress is not None:
            self._on_progress(ChangeProgress(phase, step, len(self.plan.operations), operation))

    def _stop_requested(self, reason: str) -> None:
        run_id = self.result.run_id
        if run_id is not None and self._recording:
            self.engine.audit.event(run_id, "stop-requested", reason=reason)
        if self._step_in_flight is not None:
            number = self.plan.operations.index(self._step_in_flight) + 1
            self._progress(Phase.STOPPING, number, self._step_in_flight)

    async def execute(self) -> ChangeResult[T]:
        plan, result = self.plan, self.result
        if plan.empty:
            return result
        if self._permissions is None and self._check_permissions:
            self._progress(Phase.PERMISSIONS, 0)
            self._permissions = await check_permissions(self.engine.session, plan)
        result.permissions = self._permissions
        if self._permissions is not None and not self._permissions.ok:
            result.status = RunStatus.REFUSED
            result.report = ApplyReport([])
            return result
        if self.stop.requested:  # stopped before anything was sent: nothing to record
            result.stop_reason = self.stop.reason
            return result
        run_id = str(uuid.uuid4())
        start: dict[str, Any] = {
            "kind": self.kind,
            "who": await self.engine.who(),
            "vmId": plan.vm_id,
            "goal": plan.goal,
        }
        if self.undo_of is not None:
            start["undoOf"] = self.undo_of
        self.engine.audit.event(run_id, "start", plan=plan.to_json(), **start)
        result.run_id = run_id
        result.status = RunStatus.COMPLETE
        result.report = ApplyReport([])
        self._recording = True
        cancelled = await self._steps(run_id)
        self._recording = False
        steps = result.report.steps
        if any(s.status is StepStatus.FAILED for s in steps):
            result.status = RunStatus.FAILED
        elif result.report.interrupted:
            result.status = RunStatus.INTERRUPTED
        result.stop_reason = self.stop.reason
        self.engine.audit.event(run_id, "end", status=result.status.value, stopReason=self.stop.reason)
        if cancelled:
            raise asyncio.CancelledError
        # Someone asked to stop: they want out, not a check (the steps are recorded; the check can be run later).
        wants_check = result.status in (RunStatus.COMPLETE, RunStatus.FAILED) and not self.stop.requested
        if self._check is not None and wants_check:
            self._progress(Phase.CHECK, len(plan.operations))
            try:
                result.check = await self._check()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the applied result must survive a failing check; the caller says so
                log.warning("the check after applying failed", exc_info=True)
                result.check_error = to_arm_error(error)
        return result

    async def _steps(self, run_id: str) -> bool:
        """Run the steps; returns whether the task was cancelled (after finishing and recording the step)."""
        audit, report = self.engine.audit, self.result.report
        responses: dict[str, Any] = {}
        cancelled = False
        for index, op in enumerate(self.plan.operations):
            if any(s.status is StepStatus.FAILED for s in report.steps):
                report.steps.append(StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_NOT_ATTEMPTED))
                continue
            if self.stop.requested or cancelled:
                report.steps.append(StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_STOPPED))
                report.interrupted = True
                continue
            try:
                sending = resolve(op, responses)
            except UnresolvedRefError as error:
                step = StepResult(op, StepStatus.FAILED, MSG_UNRESOLVED, {"ref": str(error.ref)}, in_azure=False)
                audit.event(run_id, "done", index=index, step=step.to_json())
                report.steps.append(step)
                continue
            self._progress(Phase.STEP, index + 1, op)
            audit.event(run_id, "sending", index=index, operation=sending.to_json())

            def accepted(answer: Accepted, index: int = index) -> None:
                audit.event(
                    run_id,
                    "accepted",
                    index=index,
                    status=answer.status,
                    requestId=answer.request_id,
                    asyncOperation=answer.async_operation,
                    location=answer.location,
                    retryAfter=answer.retry_after,
                )

            self._step_in_flight = op
            task = asyncio.ensure_future(self.engine.executor.run(sending, accepted))
            try:
                step = await _finish(task)
            except asyncio.CancelledError:
                # Never tear a write: let it end, record it, then stop.
                cancelled = True
                self.stop.request("cancelled")
                step = await _finish(task, uncancellable=True)
            except BaseException as bug:
                failed = {"status": StepStatus.FAILED.value, "message": f"{type(bug).__name__}: {bug}"}
                audit.event(run_id, "done", index=index, step={"operation": sending.to_json(), **failed})
                audit.event(run_id, "end", status=StepStatus.FAILED.value)
                raise
            finally:
                self._step_in_flight = None
            audit.event(run_id, "done", index=index, step=step.to_json())
            report.steps.append(step)
            if op.step_id is not None and step.status in (StepStatus.APPLIED, StepStatus.ALREADY):
                responses[op.step_id] = step.written or {}
        return cancelled


async def _finish(task: asyncio.Future[StepResult], *, uncancellable: bool = False) -> StepResult:
    """Await a step's task through a shield; with ``uncancellable`` keep waiting through further cancellations."""
    while True:
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if not uncancellable or task.cancelled():
                raise


class ChangeEngine:
    """Applies plans through the generic ARM path, with one audit log and the signed-in principal."""

    def __init__(
        self,
        session: ArmSession,
        *,
        audit: AuditLog | None = None,
        retry_total: int = 3,
        poll_interval: float | None = None,
        max_wait_s: float = DEFAULT_MAX_WAIT_S,
    ) -> None:
        self.session = session
        self.audit = audit or AuditLog()
        self.resources = ArmResources(
            session, retry_total=retry_total, poll_interval=poll_interval, max_wait_s=max_wait_s
        )
        self.executor = StepExecutor(self.resources)
        self._who: str | None = None
        self._who_known = False

    async def who(self) -> str | None:
        if not self._who_known:
            self._who = await who_am_i(self.session)
            self._who_known = True
        return self._who

    def prepare(self, plan: Plan, options: RunOptions[T] | None = None) -> ChangeRun[T]:
        """A run of ``plan``, not yet started: keep it to ask it to stop and to read its partial result."""
        return ChangeRun(self, plan, options)

    async def run(self, plan: Plan, options: RunOptions[T] | None = None) -> ChangeResult[T]:
        return await self.prepare(plan, options).execute()
