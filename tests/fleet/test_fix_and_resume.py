"""Done-when of issue 18: 40 VMs behind one blocking subnet NSG get exactly one rule; --yes opens all 40; a rerun
changes nothing; an interrupted enable resumes from its journal and converges. Real SDK against the simulator."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from core.changes.run import StopToken
from core.cli.main import main
from core.diagnosis.model import Verdict
from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.graph import Scope
from core.fleet.journal import Journal
from core.fleet.plan import FleetGoal, Selection
from core.fleet.status import FleetStatus
from core.fleet.usecase import analyse, apply_fleet
from core.simulator.fleet_tenant import GeneratedFleet, fleet_tenant
from tests.fleet.conftest import simulated


def _legacy_fleet() -> GeneratedFleet:
    """Two landing zones; zone 1's snet-legacy holds 40 VMs (extension Failed) behind one denying subnet NSG."""
    return fleet_tenant(2, 70, seed=5, scale_sets=False)


def _vm_args(fleet: GeneratedFleet) -> list[str]:
    return [arg for vm in fleet.blocked_subnet_vms for arg in ("--vm", vm)]


def _store_verdicts(snapshot: dict[str, Any], vm_ids: list[str]) -> set[Verdict]:
    index = ResourceIndex(snapshot["resources"])
    return {diagnose(index, vm_id).verdict for vm_id in vm_ids}


def _rules(snapshot: dict[str, Any], nsg_id: str) -> list[dict[str, Any]]:
    nsg = next(r for r in snapshot["resources"] if r["id"].lower() == nsg_id.lower())
    return list(nsg["properties"]["securityRules"])


def test_forty_vms_behind_one_nsg_one_rule_applied_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fleet = _legacy_fleet()
    assert len(fleet.blocked_subnet_vms) == 40 and fleet.blocked_subnet_nsg
    tenant = tmp_path / "tenant.json"
    tenant.write_text(json.dumps(fleet.snapshot), encoding="utf-8")
    assert _store_verdicts(fleet.snapshot, fleet.blocked_subnet_vms) == {Verdict.BLOCKED}

    # --dry-run: exactly one operation, a rule on that NSG, serving all 40 VMs
    code = main(["fleet", "fix", "--snapshot", str(tenant), "--dry-run", "--json", *_vm_args(fleet)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    ops = out["plan"]["operations"]
    assert len(ops) == 1
    assert ops[0]["targetId"].lower().startswith(fleet.blocked_subnet_nsg.lower() + "/securityrules/")
    assert ops[0]["body"]["properties"]["sourceAddressPrefix"] == "10.251.1.0/24"
    assert sorted(ops[0]["serves"]) == sorted(fleet.blocked_subnet_vms)
    assert out["causes"]["causes"][0]["vmCount"] == 40

    # --yes: applied, and every one of the 40 is allowed afterwards (by the diagnosis over the end state)
    after = tmp_path / "after.json"
    code = main(
        ["fleet", "fix", "--snapshot", str(tenant), "--yes", "--json", "--save-snapshot", str(after), *_vm_args(fleet)]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0, result
    assert result["apply"]["ok"] and result["after"]["stillBlocked"] == []
    end_state = json.loads(after.read_text(encoding="utf-8"))
    assert _store_verdicts(end_state, fleet.blocked_subnet_vms) == {Verdict.ALLOWED}
    rules_after_first = _rules(end_state, fleet.blocked_subnet_nsg)

    # rerun on the end state: nothing to change, nothing written
    again = tmp_path / "again.json"
    code = main(
        ["fleet", "fix", "--snapshot", str(after), "--yes", "--json", "--save-snapshot", str(again), *_vm_args(fleet)]
    )
    rerun = json.loads(capsys.readouterr().out)
    assert code == 0 and rerun["plan"]["operations"] == []
    assert _rules(json.loads(again.read_text(encoding="utf-8")), fleet.blocked_subnet_nsg) == rules_after_first

    # undo takes the shared rule back (from the change engine's audit record), and only it
    undone = tmp_path / "undone.json"
    code = main(["fleet", "fix", "--snapshot", str(again), "--undo", "--yes", "--json", "--save-snapshot", str(undone)])
    result = json.loads(capsys.readouterr().out)
    assert code == 0, result
    assert [op["method"] for op in result["plan"]["operations"]] == ["DELETE"]
    assert _rules(json.loads(undone.read_text(encoding="utf-8")), fleet.blocked_subnet_nsg) == _rules(
        fleet.snapshot, fleet.blocked_subnet_nsg
    )


def test_interrupted_enable_resumes_from_the_journal_and_converges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    fleet = _legacy_fleet()
    selection = Selection(vm_ids=frozenset(v.lower() for v in fleet.blocked_subnet_vms))
    state: dict[str, Any] = {}

    async def interrupted_run() -> None:
        async with simulated(fleet.snapshot) as (sim, session):
            analysis = await analyse(session, Scope(), selection, FleetGoal.ENABLE)
            plan = analysis.fleet_plan.plan
            assert len(plan.operations) == 41  # the NSG rule once, then the extension on each of the 40 VMs
            stop = StopToken()
            finished: list[int] = []

            def on_step(index: int, step: Any, done: int, total: int) -> None:
                finished.append(index)
                if len(finished) == 12:
                    stop.request("test: interrupted")

            outcome = await apply_fleet(session, analysis, max_parallel=4, on_step=on_step, stop=stop)
            assert outcome.report.cancelled and not outcome.report.ok
            state["done"] = [
                i for i, s in outcome.report.steps.items() if s.status.value in ("applied", "already-in-place")
            ]
            state["snapshot"] = sim.export_snapshot()

    asyncio.run(interrupted_run())
    assert 12 <= len(state["done"]) < 41
    journal = Journal.latest_unfinished()
    assert journal is not None and sorted(journal.read().finished) == sorted(state["done"])

    tenant = tmp_path / "interrupted.json"
    tenant.write_text(json.dumps(state["snapshot"]), encoding="utf-8")
    after = tmp_path / "resumed.json"
    code = main(
        ["fleet", "enable", "--snapshot", str(tenant), "--resume", "--yes", "--json", "--save-snapshot", str(after)]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0, result
    assert result["apply"]["ok"] and result["apply"]["resumedSkipped"] == len(state["done"])
    assert result["after"]["notHealthy"] == [] and result["after"]["stillBlocked"] == []
    sent_now = [s for s in result["apply"]["steps"] if s.get("requestIds")]
    assert len(sent_now) == 41 - len(state["done"])  # nothing finished before is sent again
    assert {s["index"] for s in sent_now}.isdisjoint(state["done"])
    assert Journal.latest_unfinished() is None  # the journal is closed now
    end_state = json.loads(after.read_text(encoding="utf-8"))
    extensions = {
        r["id"].rsplit("/extensions/", 1)[0].lower(): r["properties"]["provisioningState"]
        for r in end_state["resources"]
        if r["type"].lower() == "microsoft.compute/virtualmachines/extensions"
    }
    assert {extensions[v.lower()] for v in fleet.blocked_subnet_vms} == {"Succeeded"}

    # Converged: a fresh scan counts all 40 healthy, and enabling again plans nothing.
    code = main(["fleet", "enable", "--snapshot", str(after), "--dry-run", "--json", *_vm_args(fleet)])
    again = json.loads(capsys.readouterr().out)
    assert again["plan"]["operations"] == [] and again["selected"] == 0
    code = main(["fleet", "scan", "--snapshot", str(after), "--json"])
    scan = json.loads(capsys.readouterr().out)
    statuses = {vm["id"].lower(): vm["status"] for vm in scan["vms"]}
    assert {statuses[v.lower()] for v in fleet.blocked_subnet_vms} == {FleetStatus.HEALTHY.value}
