"""Run the production diagnosis (ArmSession + real async SDK clients) against a SimulatedAzure scenario."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.simulator import SimulatedAzure, SimulatorOptions
from core.usecases.diagnose import DiagnosisRun, diagnose_vm


@dataclass
class Observed:
    run: DiagnosisRun
    operations: list[str]  # the simulator's request log: what really went over the wire


def diagnose_in_simulator(snapshot: Mapping[str, Any], vm_id: str, options: SimulatorOptions | None = None) -> Observed:
    async def main() -> Observed:
        async with SimulatedAzure(snapshot, options=options) as sim:
            async with ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential()) as session:
                run = await diagnose_vm(session, vm_id)
            return Observed(run, [r.operation for r in sim.request_log])

    return asyncio.run(main())
