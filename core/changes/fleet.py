"""Several plans at once (a fleet): each its own run and audit record, at most ``parallel`` writing at a time.

One stop request (or cancelling the task) stops every run after its step in flight; runs that had not started
yet report ``interrupted`` with nothing sent. :attr:`FleetRun.results` holds each plan's result, also after a
cancellation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from core.changes.run import ChangeEngine, ChangeProgress, ChangeResult, ChangeRun, RunOptions, StopToken
from core.remediation.plan import Plan

T = TypeVar("T")
DEFAULT_PARALLEL = 4


class FleetRun(Generic[T]):
    def __init__(
        self,
        engine: ChangeEngine,
        plans: Sequence[Plan],
        *,
        parallel: int = DEFAULT_PARALLEL,
        check_for: Callable[[Plan], Callable[[], Awaitable[T]]] | None = None,
        on_progress: Callable[[int, ChangeProgress], None] | None = None,
        stop: StopToken | None = None,
    ) -> None:
        if parallel < 1:
            raise ValueError("parallel must be at least 1")
        self.stop = stop or StopToken()
        self._parallel = parallel
        self.runs: list[ChangeRun[T]] = []
        for index, plan in enumerate(plans):

            def progress(update: ChangeProgress, index: int = index) -> None:
                if on_progress is not None:
                    on_progress(index, update)

            check = check_for(plan) if check_for is not None else None
            self.runs.append(engine.prepare(plan, RunOptions(check=check, stop=self.stop, on_progress=progress)))

    @property
    def results(self) -> list[ChangeResult[T]]:
        """Each plan's result so far (complete once :meth:`execute` returned)."""
        return [run.result for run in self.runs]

    def request_stop(self, reason: str = "user") -> None:
        self.stop.request(reason)

    async def execute(self) -> list[ChangeResult[T]]:
        semaphore = asyncio.Semaphore(self._parallel)

        async def one(run: ChangeRun[T]) -> ChangeResult[T]:
            async with semaphore:
                return await run.execute()

        # return_exceptions: a cancelled or failing run must not end the gather while others still finish a write.
        outcomes = await asyncio.gather(*(one(run) for run in self.runs), return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
        return self.results


async def run_plans(
    engine: ChangeEngine,
    plans: Sequence[Plan],
    *,
    parallel: int = DEFAULT_PARALLEL,
    check_for: Callable[[Plan], Callable[[], Awaitable[T]]] | None = None,
    stop: StopToken | None = None,
) -> list[ChangeResult[T]]:
    """Apply ``plans`` concurrently, at most ``parallel`` at a time; one result per plan, in order."""
    fleet: FleetRun[T] = FleetRun(engine, plans, parallel=parallel, check_for=check_for, stop=stop)
    return await fleet.execute()
