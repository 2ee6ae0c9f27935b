"""Azure Policy remediation tasks as Azure runs them: asynchronously.

Azure accepts a remediation task (201, ``provisioningState: Accepted``) and works on it afterwards: it evaluates
which resources to remediate (``Evaluating``), runs one deployment per resource (``Running``, with
``deploymentStatus.totalDeployments`` known), then ends ``Succeeded`` or ``Failed``. The resources become
compliant only once their deployment ran. Here a stage lasts ``polls`` reads of the task; a task that nobody reads
finishes on its own after ``timeout_s`` (checked whenever the task or policy states are read), like an LRO.
See docs/azure-behaviour.md, "Defender for Cloud and Azure Policy".
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum

from core.simulator.policy_engine import Applied

STAGES = ("Accepted", "Evaluating", "Running")


class Transition(Enum):
    NONE = "none"
    EVALUATED = "evaluated"  # entering Running: the resources to remediate are known now
    DEPLOY = "deploy"  # leaving Running: the deployments run now, then the task is done


@dataclass
class RemediationTask:
    resource_id: str
    member: Applied
    polls: int  # reads a stage is seen for before the task moves on (at least 1)
    timeout_s: float
    stage: int = 0
    reads: int = 0
    targets: list[str] = field(default_factory=list)  # VM ids, known once evaluated
    _started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.stage >= len(STAGES)

    @property
    def state(self) -> str:
        return STAGES[self.stage] if not self.done else ""

    def expired(self) -> bool:
        return time.monotonic() - self._started >= self.timeout_s

    def read(self) -> Transition:
        """One read of the task: it stays in its stage for ``polls`` reads, then moves on by one stage."""
        if self.done:
            return Transition.NONE
        self.reads += 1
        if self.reads <= max(1, self.polls):
            return Transition.NONE
        return self.next_stage()

    def next_stage(self) -> Transition:
        """Move to the next stage now (a read past the stage's reads, or time that has passed)."""
        self.reads = 1
        self.stage += 1
        if self.state == "Running":
            return Transition.EVALUATED
        return Transition.DEPLOY if self.done else Transition.NONE
