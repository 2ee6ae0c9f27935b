"""Apply a fleet plan: many operations at once, within ARM's limits, resumable, with a result per VM.

Each operation goes through the single-VM apply engine (``ApplyEngine.run``: what is already in place is not
written again, writes carry their preconditions, a 412 re-applies only our addition, a Failed creation is
removed again), so a fleet run is exactly as careful as a single-VM run — only more of them at once:

* at most ``max_parallel`` writes in flight (default 8);
* a write budget per subscription: ARM's token bucket for writes (200 per subscription, refilled at 10 per
  second; request-limits-and-throttling) — we never spend faster than it refills;
* 429 and 5xx are retried by the SDK's retry policy, which sleeps for ``Retry-After``;
* an operation starts only after the operations it depends on have succeeded (the network fix before the
  extension install it makes possible); if one of them failed, it is not attempted;
* cancellation stops starting new operations; those in flight finish or are cancelled, and the journal lets
  ``--resume`` run the rest.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.arm_ids import ResourceId
from core.fleet.journal import Journal
from core.remediation.apply import MSG_NOT_ATTEMPTED, ApplyEngine, StepResult, StepStatus
from core.remediation.gateway import ResourceGateway
from core.remediation.plan import Operation, Plan

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
    ) -> None:
        self.capacity, self.rate, self._clock = capacity, rate, clock
        self.tokens = capacity
        self._stamp = clock()
        self._lock = asyncio.Lock()

    async def take(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                self.tokens = min(self.capacity, self.tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


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

    def status(self, index: int) -> StepStatus | None:
        step = self.steps.get(index)
        return step.status if step is not None else None

    @property
    def ok(self) -> bool:
        return (
            not self.cancelled and all((s := self.status(i)) is not None and s in DONE for i in range(self.total))
        ) or (self.total == 0 and not self.cancelled)

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
        retry_total: int = 3,
        bucket: Callable[[], TokenBucket] = TokenBucket,
    ) -> None:
        if max_parallel < 1:
            raise ValueError("max_parallel must be at least 1")
        self._engine = ApplyEngine(ResourceGateway(session, retry_total=retry_total))
        self._limit = asyncio.Semaphore(max_parallel)
        self._buckets: dict[str, TokenBucket] = {}
        self._bucket = bucket

    def _budget(self, op: Operation) -> TokenBucket:
        subscription = (ResourceId.parse(op.target_id).subscription_id or "").lower()
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
        on_step: StepFinished | None = None,
    ) -> FleetApplyReport:
        """Run every operation not already ``done`` (index -> status from a journal); returns when all finished."""
        ops = plan.operations
        report = FleetApplyReport(total=len(ops))
        finished_before = {i for i, s in (done or {}).items() if s in {x.value for x in DONE}}
        events = {op.step_id: asyncio.Event() for op in ops if op.step_id}
        success: dict[str, bool] = {}
        counter = [0]
        for index in finished_before:
            op = ops[index]
            report.steps[index] = StepResult(op, StepStatus((done or {})[index]))
            report.skipped_as_done += 1
            if op.step_id:
                success[op.step_id] = True
                events[op.step_id].set()

        async def one(index: int, op: Operation) -> None:
            for dependency in op.depends_on:
                if dependency in events:
                    await events[dependency].wait()
            if not all(success.get(d, d not in events) for d in op.depends_on):
                result = StepResult(op, StepStatus.NOT_ATTEMPTED, MSG_NOT_ATTEMPTED)
            else:
                async with self._limit:
                    await self._budget(op).take()
                    result = await self._engine.run(op)
            report.steps[index] = result
            counter[0] += 1
            if journal is not None and result.status in DONE:
                journal.finished(index, result.status.value, result.to_json())
            if op.step_id:
                success[op.step_id] = result.status in DONE
                events[op.step_id].set()
            if on_step is not None:
                on_step(index, result, counter[0] + report.skipped_as_done, len(ops))

        tasks = [asyncio.ensure_future(one(i, op)) for i, op in enumerate(ops) if i not in finished_before]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            report.cancelled = True
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        if journal is not None:
            journal.end(report.ok)
        return report
