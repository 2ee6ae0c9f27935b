"""Everything a handler may touch during one run, in one object."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from core.simulator.faults import FaultPlan
from core.simulator.lro import OperationRegistry
from core.simulator.options import SimulatorOptions
from core.simulator.permissions import Authorizer
from core.simulator.remediation_tasks import RemediationTask
from core.simulator.store import ResourceStore


class RequestRecord(NamedTuple):
    method: str
    path: str
    query: str
    status: int
    operation: str


@dataclass
class SimState:
    store: ResourceStore
    options: SimulatorOptions
    endpoint: str = ""
    ops: OperationRegistry = field(default_factory=OperationRegistry)
    request_log: list[RequestRecord] = field(default_factory=list)
    remediations: dict[str, RemediationTask] = field(default_factory=dict)  # running tasks by lower-cased id

    def __post_init__(self) -> None:
        self.authorizer = Authorizer(self.store.principal)
        self.faults = FaultPlan(self.options.faults, self.options.seed)
        self.random = random.Random(self.options.seed)

    def visible(self, resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The resources the principal may read (lists at subscription scope filter instead of failing)."""
        if self.store.principal is None:
            return resources
        result = []
        for resource in resources:
            rtype = str(resource.get("type", ""))
            if self.authorizer.allowed(f"{rtype}/read", str(resource.get("id", ""))):
                result.append(resource)
        return result
