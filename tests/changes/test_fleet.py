"""Several plans at once: bounded parallelism, one audit record each, one stop for all."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from core.changes import ChangeEngine, ChangeProgress, FleetRun, Phase, RunStatus, StepStatus, run_plans
from core.remediation.plan import OpKind, Plan
from core.simulator import SimulatorOptions
from core.simulator.scenarios import demo_tenant
from tests.changes.conftest import op, rule_body
from tests.remediation.conftest import resource, run, simulated

SLOW = SimulatorOptions(lro_polls=3, lro_retry_after=0.05)


def _nsgs(sim: Any) -> list[str]:
    return [str(n["id"]) for n in sim.state.store.list_type("Microsoft.Network/networkSecurityGroups")][:4]


def _plans(nsgs: list[str]) -> list[Plan]:
    # One plan per NSG, as a fleet has one plan per VM: different resources, written at the same time.
    return [Plan(nsg, "fleet", (op(OpKind.CREATE, f"{nsg}/securityRules/Fleet", rule_body(4090)),)) for nsg in nsgs]


def _has_rule(sim: Any, nsg: str) -> bool:
    return "Fleet" in {r["name"] for r in resource(sim, nsg)["properties"].get("securityRules", [])}


def _lines(data_dir: Path) -> list[dict[str, Any]]:
    text = (data_dir / "remediation-audit.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _max_open(lines: list[dict[str, Any]]) -> int:
    """How many runs were between their start and end lines at the same time."""
    open_runs, peak = 0, 0
    for line in lines:
        if line["event"] == "start":
            open_runs += 1
            peak = max(peak, open_runs)
        elif line["event"] == "end":
            open_runs -= 1
    return peak


@pytest.mark.parametrize("parallel", [1, 3])
def test_plans_run_with_bounded_parallelism_each_with_its_own_audit_record(data_dir: Path, parallel: int) -> None:
    snapshot = demo_tenant()

    async def body() -> None:
        async with simulated(snapshot, SLOW) as (sim, session):
            nsgs = _nsgs(sim)
            results = await run_plans(ChangeEngine(session), _plans(nsgs), parallel=parallel)
            assert [r.status for r in results] == [RunStatus.COMPLETE] * 4, [r.report.to_json() for r in results]
            assert len({r.run_id for r in results}) == 4
            assert all(_has_rule(sim, nsg) for nsg in nsgs)
            assert _max_open(_lines(data_dir)) == parallel

    run(body)


def test_cancelling_a_fleet_finishes_the_writes_in_flight_and_reports_every_plan(data_dir: Path) -> None:
    snapshot = demo_tenant()

    async def body() -> None:
        async with simulated(snapshot, SLOW) as (sim, session):
            nsgs = _nsgs(sim)
            writing = asyncio.Event()

            def progress(_index: int, update: ChangeProgress) -> None:
                if update.phase is Phase.STEP:
                    writing.set()

            fleet: FleetRun[None] = FleetRun(ChangeEngine(session), _plans(nsgs), parallel=2, on_progress=progress)
            task = asyncio.ensure_future(fleet.execute())
            await writing.wait()
            await asyncio.sleep(0.02)  # the PUT is out
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            statuses = [r.status for r in fleet.results]
            written = [r for r in fleet.results if r.report.steps[0].status is StepStatus.APPLIED]
            assert 1 <= len(written) <= 2  # at most the two in flight, each finished and recorded
            assert statuses.count(RunStatus.INTERRUPTED) == 4 - len(written) + sum(
                1 for r in written if r.status is RunStatus.INTERRUPTED
            )
            assert [_has_rule(sim, r.plan.vm_id) for r in fleet.results] == [r in written for r in fleet.results]
            lines = _lines(data_dir)
            events = [line["event"] for line in lines]
            assert events.count("start") == events.count("end")  # every run that started is closed

    run(body)
