"""Long-running operations: the status a client polls and the effect applied when one completes.

An operation answers ``InProgress`` to its first ``polls`` polls and then completes: ``on_complete`` applies
the change (e.g. an extension ends Succeeded or Failed) and may set ``error``. One that nobody polls
completes on its own after ``timeout_s``, so an abandoned poller cannot block the resource forever.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

TERMINAL = frozenset({"Succeeded", "Failed", "Canceled"})


def utc_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f0+00:00")


@dataclass
class Operation:
    subscription: str
    namespace: str  # e.g. "Microsoft.Compute"; the status URL lives under this provider
    location: str
    polls_left: int
    timeout_s: float
    resource_key: str | None = None  # the resource being changed, for AnotherOperationInProgress
    on_complete: Callable[[Operation], None] | None = None
    result: Any = None  # POST operations: body served at the Location URL once done
    error: dict[str, Any] | None = None  # set (by a fault or on_complete) to end Failed
    op_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    status: str = "InProgress"
    start_time: str = field(default_factory=utc_now_iso)
    end_time: str | None = None
    _started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.status in TERMINAL

    def status_path(self) -> str:
        return (
            f"/subscriptions/{self.subscription}/providers/{self.namespace}/locations/{self.location}"
            f"/operations/{self.op_id}"
        )

    def result_path(self) -> str:
        return (
            f"/subscriptions/{self.subscription}/providers/{self.namespace}/locations/{self.location}"
            f"/operationResults/{self.op_id}"
        )

    def advance(self) -> None:
        """One poll: count it down, or complete the operation."""
        if self.done:
            return
        if self.polls_left > 0 and time.monotonic() - self._started < self.timeout_s:
            self.polls_left -= 1
            return
        self.complete()

    def complete(self) -> None:
        if self.done:
            return
        if self.on_complete is not None:
            # Runs on failure too (a fault set ``error``), so the resource records its failed state.
            self.on_complete(self)
        self.status = "Failed" if self.error is not None else "Succeeded"
        self.end_time = utc_now_iso()

    def status_body(self) -> dict[str, Any]:
        # As Azure's recorded answers show (tests/recordings): Network answers only the status; Compute adds
        # name, startTime and, once done, endTime.
        if self.namespace.lower() == "microsoft.network":
            body: dict[str, Any] = {"status": self.status}
        else:
            body = {"startTime": self.start_time, "status": self.status, "name": self.op_id}
            if self.end_time:
                body["endTime"] = self.end_time
        if self.error is not None:
            body["error"] = self.error
        return body

    def expired(self) -> bool:
        return time.monotonic() - self._started >= self.timeout_s


class OperationRegistry:
    def __init__(self) -> None:
        self._ops: dict[str, Operation] = {}
        self._busy: dict[str, Operation] = {}

    def add(self, op: Operation) -> Operation:
        self._ops[op.op_id.lower()] = op
        if op.resource_key:
            self._busy[op.resource_key] = op
        if op.polls_left <= 0:
            op.complete()
        return op

    def get(self, op_id: str) -> Operation | None:
        return self._ops.get(op_id.lower())

    def pending_on(self, resource_key: str) -> Operation | None:
        """The unfinished operation changing this resource, if any (expired ones are completed first)."""
        op = self._busy.get(resource_key)
        if op is None:
            return None
        if not op.done and op.expired():
            op.complete()
        if op.done:
            del self._busy[resource_key]
            return None
        return op

    def settle_all(self) -> None:
        """Complete every pending operation (before exporting the final state)."""
        for op in list(self._ops.values()):
            op.complete()
        self._busy.clear()
