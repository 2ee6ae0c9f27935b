"""Apply a fleet plan through the change engine: many small runs at once, within ARM's limits, resumable.

The fleet plan is split into runs of the change engine (``core.changes``): one run per shared network resource
(its steps in order: e.g. renumber a blocker, then add our rule) and one run per VM (its extension). Each run has
its own audit record, permission check and stop handling — a fleet change is exactly as careful as a single-VM
one, and ``enable --vm ID --undo`` undoes one VM's install. On top the fleet adds:

* at most ``max_parallel`` runs writing at a time (default 8);
* a write budget per subscription: ARM's token bucket for writes (200 per subscription, refilled at 10 per
  second; request-limits-and-throttling) — we never spend faster than it refills;
* 429 and 5xx are retried by the SDK's retry policy, which sleeps for ``Retry-After`` (the engine's gateway);
* a VM's run starts only after the network runs its path needs have succeeded; after a failed one it is not
  attempted;
* a stop request (or cancelling the task) lets the writes in flight finish and starts nothing new; the journal
  lets ``--resume`` run the rest.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.arm_ids import ResourceId
from core.changes.run import ChangeEngine, ChangeRun, RunOptions, StopToken
from core.changes.steps import MSG_NOT_ATTEMPTED, MSG_STOPPED, StepResult, StepStatus
from core.fleet.journal import Journal
from core.remediation.audit import AuditLog
from core.remediation.permissions import PermissionCheck
from core.remediation.plan import Plan

if TYPE_CHECKING:
    from core.azure.session import ArmSession

DEFAULT_MAX_PARALLEL = 8
WRITE_BUCKET = 200  # ARM: writes per subscription (token bucket size)
WRITE_REFILL_PER_S = 10.0  # ARM: tokens added per second
DONE = frozenset({StepStatus.APPLIED, StepStatus.ALREADY})


class TokenBucket:
    """ARM's throttling model for one subscription: ``capacity`` tokens, refilled at ``rate`` per second."""

    def __init__(
        self,
        capacity: float = WRITE_BUCKET,
        rate: float = WRITE_REFILL_PER_S,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.capacity, self.rate, self._clock, self._sleep = capacity, rate, clock, sleep
        self.tokens = capacity
        self._stamp = clock()
        self._lock = asyncio.Lock()

    async def take(self, count: int = 1) -> None:
        count = min(count, int(self.capacity))
        async with self._lock:
            while True:
                now = self._clock()
                self.tokens = min(self.capacity, self.tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self.tokens >= count:
                    self.tokens -= count
                    return
                await self._sleep((count - self.tokens) / self.rate)


@dataclass(frozen=True)
class Unit:
    """One change-engine run of the fleet plan: its operations' indexes in the fleet plan and what it waits for."""

    plan: Plan
    indexes: tuple[int, ...]
    requires: tuple[str, ...]  # step ids of other units that must have succeeded first
    provides: tuple[str, ...]  # step ids of this unit's operations


def split(plan: Plan, serves: Sequence[tuple[str, ...]]) -> list[Unit]:
    """Network operations on the same resource form one unit; every other operation is a unit per VM."""
    units: list[Unit] = []
    groups: dict[str, list[int]] = {}
    for index, op in enumerate(plan.operations):
        if "/extensions/" in op.target_id.lower():
            key = "vm:" + (serves[index][0].lower() if serves[index] else op.target_id.lower())
        else:
            key = "net:" + op.permission_scope.lower()
        groups.setdefault(key, []).append(index)
    for key, indexes in groups.items():
        ops = [plan.operations[i] for i in indexes]
        provides = tuple(op.step_id for op in ops if op.step_id)
        requires = tuple(dict.fromkeys(d for op in ops for d in op.depends_on if d not in provides))
        # Inside a run only its own steps may be named; the fleet orders the runs.
        own = tuple(op if not op.depends_on else _without_foreign(op, provides) for op in ops)
        vm_id = key[3:] if key.startswith("vm:") else plan.vm_id
        vm_id = next((v for v in serves[indexes[0]] if v.lower() == vm_id), vm_id)
        goal = "enable" if key.startswith("vm:") else "fix"
        units.append(Unit(Plan(vm_id, goal, own), tuple(indexes), requires, provides))
    return units


def _without_foreign(op: Any, own: tuple[str, ...]) -> Any:
    import dataclasses

    return dataclasses.replace(op, depends_on=tuple(d for d in op.depends_on if d in own))


@dataclass
class VmResult:
    vm_id: str
    ok: bool
    steps: list[int]  # indexes of the operations that serve this VM

    def to_json(self) -> dict[str, Any]:
        return {"vmId": self.vm_id, "ok": self.ok, "operations": self.steps}


@dataclass
class FleetApplyReport:
    steps: dict[int, StepResult] = field(default_factory=dict)
    total: int = 0
    skipped_as_done: int = 0  # finished in an earlier, interrupted run (from the journal)
    cancelled: bool = False
    run_ids: list[str] = field(default_factory=list)  # the change engine's audit records

    def status(self, index: int) -> StepStatus | None:
        step = self.steps.get(index)
        return step.status if step is not None else None

    @property
    def ok(self) -> bool:
        return not self.cancelled and all(self.status(i) in DONE for i in range(self.total))

    @property
    def changed(self) -> bool:
        return any(s.status is StepStatus.APPLIED for s in self.steps.values())

    def vm_results(self, serves: Sequence[tuple[str, ...]]) -> list[VmResult]:
        by_vm: dict[str, list[int]] = {}
        for index, vm_ids in enumerate(serves):
            for vm_id in vm_ids:
                by_vm.setdefault(vm_id, []).append(index)
        return [VmResult(vm_id, all(self.status(i) in DONE for i in steps), steps) for vm_id, steps in by_vm.items()]

    def to_json(self, serves: Sequence[tuple[str, ...]]) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "cancelled": self.cancelled,
            "resumedSkipped": self.skipped_as_done,
            "auditRunIds": self.run_ids,
            "steps": [
                {"index": i, **self.steps[i].to_json()} if i in self.steps else {"index": i, "status": "not-run"}
                for i in range(self.total)
            ],
            "vms": [r.to_json() for r in self.vm_results(serves)],
        }


# Told after each operation finishes: (operation index, its result, finished so far, total).
StepFinished = Callable[[int, StepResult, int, int], None]


class FleetApplier:
    def __init__(
        self,
        session: ArmSession,
        *,
        max_parallel: int = DEFAULT_MAX_PARALLEL,
        audit: AuditLog | None = None,
        retry_total: int = 3,
        bucket: Callable[[], TokenBucket] = TokenBucket,
        stop: StopToken | None = None,
    ) -> None:
        if max_parallel < 1:
            raise ValueError("max_parallel must be at least 1")
        self.engine = ChangeEngine(session, audit=audit, retry_total=retry_total)
        self.stop = stop or StopToken()
        self._limit = asyncio.Semaphore(max_parallel)
        self._buckets: dict[str, TokenBucket] = {}
        self._bucket = bucket

    def request_stop(self, reason: str = "user") -> None:
        self.stop.request(reason)

    def _budget(self, unit: Unit) -> TokenBucket:
        subscription = (ResourceId.parse(unit.plan.operations[0].target_id).subscription_id or "").lower()
        if subscription not in self._buckets:
            self._buckets[subscription] = self._bucket()
        return self._buckets[subscription]

    async def apply(
        self,
        plan: Plan,
        serves: Sequence[tuple[str, ...]],
        *,
        journal: Journal | None = None,
        done: Mapping[int, str] | None = None,
        permissions: PermissionCheck | None = None,
        on_step: StepFinished | None = None,
    ) -> FleetApplyReport:
        """Run every operation not already ``done`` (index -> status from a journal); returns when all finished.

        ``permissions``: the check already made for the whole plan (each run checks its own when it is None).
        """
        report = FleetApplyReport(total=len(plan.operations))
        finished_before = {i for i, s in (done or {}).items() if s in {x.value for x in DONE}}
        units = split(plan, serves)
        events = {step: asyncio.Event() for unit in units for step in unit.provides}
        success: dict[str, bool] = {}
        for index in finished_before:
            report.steps[index] = StepResult(plan.operations[index], StepStatus((done or {})[index]))
            report.skipped_as_done += 1

        def settle(unit: Unit, ok: bool) -> None:
            for step in unit.provides:
                success[step] = ok
                events[step].set()

        def record(unit: Unit, steps: Sequence[StepResult]) -> None:
            for index, step in zip(unit.indexes, steps, strict=True):
                report.steps[index] = step
                if journal is not None and step.status in DONE:
                    journal.finished(index, step.status.value, step.to_json())
                if on_step is not None:
                    on_step(index, step, len(report.steps), report.total)

        async def one(unit: Unit) -> None:
            remaining = [i for i in unit.indexes if i not in finished_before]
            if not remaining:
                settle(unit, True)
                return
            for step in unit.requires:
                if step in events:
                    await events[step].wait()
            if not all(success.get(s, s not in events) for s in unit.requires) or self.stop.requested:
                message = MSG_STOPPED if self.stop.requested else MSG_NOT_ATTEMPTED
                record(unit, [StepResult(plan.operations[i], StepStatus.NOT_ATTEMPTED, message) for i in unit.indexes])
                settle(unit, False)
                return
            ops = tuple(plan.operations[i] for i in remaining)
            sub = Unit(Plan(unit.plan.vm_id, unit.plan.goal, _own_only(ops)), tuple(remaining), (), unit.provides)
            async with self._limit:
                await self._budget(sub).take(len(ops))
                options: RunOptions[None] = RunOptions(
                    permissions=permissions, check_permissions=permissions is None, stop=self.stop
                )
                run: ChangeRun[None] = self.engine.prepare(sub.plan, options)
                try:
                    result = await run.execute()
                finally:
                    if run.result.run_id:
                        report.run_ids.append(run.result.run_id)
                    record(sub, run.result.report.steps or _untried(sub))
            settle(unit, result.ok)

        tasks = [asyncio.ensure_future(one(unit)) for unit in units]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            report.cancelled = True
            self.stop.request("cancelled")
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        report.cancelled = self.stop.requested
        if journal is not None and not report.cancelled:
            journal.end(report.ok)
        return report


def _own_only(ops: tuple[Any, ...]) -> tuple[Any, ...]:
    provided = {op.step_id for op in ops if op.step_id}
    return tuple(_without_foreign(op, tuple(provided)) if op.depends_on else op for op in ops)


def _untried(unit: Unit) -> list[StepResult]:
    return [StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_STOPPED) for op in unit.plan.operations]
