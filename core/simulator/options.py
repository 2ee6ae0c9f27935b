"""Per-run configuration of the simulator: latency, paging, long-running operations, faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    STATUS = "status"  # answer with an error status (429/500/503 …), optionally with Retry-After
    RESET = "reset"  # drop the connection without an answer
    LATENCY = "latency"  # extra delay before answering
    LRO_FAILED = "lro-failed"  # the long-running operation started by this call ends Failed
    LRO_SLOW = "lro-slow"  # the long-running operation started by this call needs `polls` more polls


@dataclass
class FaultRule:
    """One fault, applied to calls whose operation name matches ``operation`` (fnmatch, case-insensitive).

    Operation names are the Azure REST operation ids the SDK uses, e.g. ``VirtualMachines_Get`` or
    ``SecurityRules_CreateOrUpdate``. ``nth`` restricts the fault to the Nth matching call (1-based) and, with
    ``times``, to ``times`` consecutive calls from there; without ``nth`` every matching call is affected up
    to ``times`` calls (``None`` = unlimited). ``probability`` < 1 draws from the run's seeded generator.
    """

    operation: str = "*"
    kind: FaultKind = FaultKind.STATUS
    status: int = 503
    code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    nth: int | None = None
    times: int | None = None
    probability: float = 1.0
    delay_ms: float = 0.0
    polls: int = 3
    # ARM's ``error.additionalInfo`` for a STATUS fault, e.g. a RequestDisallowedByPolicy deny's
    # ``[{"type": "PolicyViolation", "info": {"policyAssignmentId": …, "policyDefinitionId": …}}]``.
    additional_info: list[dict[str, Any]] | None = None


@dataclass
class SimulatorOptions:
    port: int = 0
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    page_size: int = 100
    lro_polls: int = 1  # InProgress answers before an operation reaches its terminal state
    lro_retry_after: float = 0.05  # seconds, sent as Retry-After on LRO responses (0 would mean "absent")
    lro_timeout_s: float = 30.0  # an operation nobody polls completes on its own after this long
    # Azure Policy remediation tasks run asynchronously: each stage (Accepted, Evaluating, Running) is seen for
    # this many reads of the task before it moves on; the deployments run when it leaves Running.
    remediation_polls: int = 1
    faults: list[FaultRule] = field(default_factory=list)
    seed: int = 0
    # A cloud that lags behind: operation-name pattern (fnmatch) -> the api-versions it supports; any other
    # version answers 400 InvalidApiVersionParameter listing them, as ARM does.
    api_versions: dict[str, list[str]] = field(default_factory=dict)
    # Resource Graph's per-user quota (x-ms-user-quota-remaining / -resets-after): requests per window.
    graph_quota: int = 15
    graph_quota_window_s: float = 5.0
    tenant_id: str = "5a1d8e2c-7f43-4b9a-9e61-0c2b7d4f8a35"
