"""Benchmark the change engine: a fleet of per-NSG plans applied one at a time and four at a time, and what the
audit log's synced events cost per step.

Run: ``uv run python benchmarks/bench_change_engine.py``.

1. Against the simulator with 50 ms injected latency per request, 8 plans (one rule each, on 8 different NSGs of the
   demo tenant), ``parallel=1`` and ``parallel=4``: wall time and the ratio (bounded parallelism should give close to
   4× while every plan keeps its own audit record).
2. The same single-step plan with the audit log on a temporary disk: time per step with its three synced events
   (sending, accepted, done) against the time of the step's requests alone (the ``events`` share of a step).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.changes import ChangeEngine, RunStatus, run_plans
from core.remediation.audit import AuditLog
from core.remediation.plan import NETWORK_API_VERSION, Operation, OpKind, Plan
from core.simulator import SimulatedAzure, SimulatorOptions
from core.simulator.scenarios import demo_tenant

PLANS = 8
LATENCY_MS = 50.0
AUDIT_EVENTS = 200


def _rule(nsg: str, name: str) -> Operation:
    body: dict[str, Any] = {
        "properties": {
            "priority": 4090,
            "direction": "Outbound",
            "access": "Allow",
            "protocol": "Tcp",
            "sourceAddressPrefix": "*",
            "sourcePortRange": "*",
            "destinationAddressPrefix": "AzureAttestation",
            "destinationPortRange": "443",
        }
    }
    action = "Microsoft.Network/networkSecurityGroups/write"
    target = f"{nsg}/securityRules/{name}"
    return Operation(
        OpKind.CREATE, target, "PUT", NETWORK_API_VERSION, body, "Add {name}", {"name": name}, "", "", action,
        "Network Contributor",
    )  # fmt: skip


async def _fleet(parallel: int, name: str, count: int = PLANS) -> float:
    tenant = demo_tenant()
    options = SimulatorOptions(latency_ms=LATENCY_MS, lro_polls=1, lro_retry_after=0.05)
    async with SimulatedAzure(tenant, options=options) as sim:
        nsgs = [str(n["id"]) for n in sim.state.store.list_type("Microsoft.Network/networkSecurityGroups")][:count]
        plans = [Plan(nsg, "fleet", (_rule(nsg, name),)) for nsg in nsgs]
        async with ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential()) as session:
            engine = ChangeEngine(session)
            started = time.perf_counter()
            results = await run_plans(engine, plans, parallel=parallel)
            elapsed = time.perf_counter() - started
            assert [r.status for r in results] == [RunStatus.COMPLETE] * len(plans)
            return elapsed


def _audit_cost(folder: Path) -> float:
    log = AuditLog(folder / "audit.jsonl")
    started = time.perf_counter()
    for n in range(AUDIT_EVENTS):
        log.event("bench", "sending", index=n, operation={"method": "PUT", "targetId": "/x" * 20})
    return (time.perf_counter() - started) / AUDIT_EVENTS


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BOOT_INTEGRITY_DATA_DIR"] = folder  # the audit log of the runs, never the user's
        await _fleet(1, "Warm-up", count=1)  # imports, TLS and client construction: not part of either run
        one = await _fleet(1, "Fleet-1")
        four = await _fleet(4, "Fleet-4")
        per_event = _audit_cost(Path(folder))
    print(f"fleet of {PLANS} plans, {LATENCY_MS:.0f} ms latency: parallel=1 {one:.2f} s, parallel=4 {four:.2f} s, "
          f"ratio {one / four:.1f}x")  # fmt: skip
    per_step_requests = one / PLANS
    print(f"audit event (written and synced): {per_event * 1000:.2f} ms; 3 per step = "
          f"{3 * per_event * 1000:.1f} ms of a {per_step_requests * 1000:.0f} ms step "
          f"({3 * per_event / per_step_requests:.1%})")  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main())
