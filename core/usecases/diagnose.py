"""Diagnose one VM: collect its ARM JSON through the SDK, then evaluate it off the event loop."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from core.azure.collector import Collected, Collector
from core.azure.session import ArmSession
from core.diagnosis.path import Diagnosis, diagnose


@dataclass
class DiagnosisRun:
    diagnosis: Diagnosis
    collected: Collected  # .index (the ARM JSON read), .missing, .calls, .depth


async def diagnose_vm(session: ArmSession, vm_id: str) -> DiagnosisRun:
    """Fetch (SDK, parallel) and evaluate; raises ``core.diagnosis.path.VmNotFoundError`` when the VM cannot be read.

    Evaluation runs in a worker thread: large NSGs take tens of milliseconds, which would stall the GUI loop.
    Cancelling this coroutine cancels every fetch still running.
    """
    collected = await Collector(session).collect(vm_id)
    cloud = session.endpoint.cloud.name.value
    result = await asyncio.to_thread(diagnose, collected.index, vm_id, cloud=cloud)
    return DiagnosisRun(result, collected)
