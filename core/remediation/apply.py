"""Compatibility names for the change engine's step results (the engine itself is ``core.changes``).

``ApplyEngine`` applies a plan without permissions check, audit or check — for callers that only need the
steps; every feature of the product goes through :class:`core.changes.ChangeEngine` instead.
"""

from __future__ import annotations

from collections.abc import Callable

from core.azure.session import ArmSession
from core.changes.run import ChangeEngine, ChangeProgress, ChangeResult, Phase, RunOptions
from core.changes.steps import (
    MSG_ALREADY,
    MSG_APPLIED,
    MSG_BUSY,
    MSG_FAILED_LANDED,
    MSG_FAILED_NOT_LANDED,
    MSG_FAILED_STATE,
    MSG_FAILED_UNKNOWN,
    MSG_NOT_ATTEMPTED,
    MSG_ROLLED_BACK,
    MSG_TAKEN,
    ApplyReport,
    StepResult,
    StepStatus,
    is_in_place,
)
from core.remediation.audit import AuditLog
from core.remediation.plan import Operation, Plan

# Told before each operation is written: (1-based number, how many, the operation), for a progress display.
StepStarted = Callable[[int, int, Operation], None]

__all__ = [
    "MSG_ALREADY",
    "MSG_APPLIED",
    "MSG_BUSY",
    "MSG_FAILED_LANDED",
    "MSG_FAILED_NOT_LANDED",
    "MSG_FAILED_STATE",
    "MSG_FAILED_UNKNOWN",
    "MSG_NOT_ATTEMPTED",
    "MSG_ROLLED_BACK",
    "MSG_TAKEN",
    "ApplyEngine",
    "ApplyReport",
    "StepResult",
    "StepStatus",
    "is_in_place",
]


class ApplyEngine:
    def __init__(self, session: ArmSession, audit: AuditLog | None = None, *, retry_total: int = 3) -> None:
        self._engine = ChangeEngine(session, audit=audit, retry_total=retry_total)

    async def apply(self, plan: Plan, on_step: StepStarted | None = None) -> ApplyReport:
        def progress(update: ChangeProgress) -> None:
            if on_step is not None and update.phase is Phase.STEP and update.operation is not None:
                on_step(update.step, update.total, update.operation)

        options: RunOptions[None] = RunOptions(check_permissions=False, on_progress=progress)
        result: ChangeResult[None] = await self._engine.run(plan, options)
        return result.report
