"""Fleet scan through the real SDK against the simulator: statuses, scope, batches, the user quota."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path

import pytest

from core.cli.main import main
from core.fleet import graph
from core.fleet.graph import QuotaGate, Scope, batches, parse_resets_after
from core.fleet.model import MachineKind
from core.fleet.scan import scan_fleet
from core.fleet.status import FleetStatus, decide_status
from core.simulator.fleet_tenant import fleet_demo, fleet_tenant
from tests.fleet.conftest import simulated


@pytest.mark.parametrize(
    ("eligible", "installed", "state", "expected"),
    [
        (False, True, "Succeeded", FleetStatus.NOT_ELIGIBLE),
        (True, False, None, FleetStatus.NOT_INSTALLED),
        (True, True, "Succeeded", FleetStatus.HEALTHY),
        (True, True, "succeeded", FleetStatus.HEALTHY),
        (True, True, "Failed", FleetStatus.FAILED),
        (True, True, "Canceled", FleetStatus.FAILED),
        (True, True, "Creating", FleetStatus.PENDING),
        (True, True, "Transitioning", FleetStatus.PENDING),
        (True, True, None, FleetStatus.PENDING),
    ],
)
def test_status_rules(eligible: bool, installed: bool, state: str | None, expected: FleetStatus) -> None:
    assert decide_status(eligible=eligible, extension_state=state, installed=installed) is expected


def test_demo_fleet_scan_reads_every_status_exactly_as_generated() -> None:
    fleet = fleet_demo()

    async def body() -> None:
        async with simulated(fleet.snapshot) as (sim, session):
            scan = await scan_fleet(session)
            assert scan.counts() == {s: fleet.counts[s] for s in scan.counts()}
            assert {vm.key: vm.status for vm in scan.vms} == fleet.statuses
            scale_sets = [vm for vm in scan.vms if vm.kind is MachineKind.SCALE_SET]
            assert len(scale_sets) == fleet.scale_set_count >= 1
            vm = next(v for v in scan.vms if v.key == fleet.blocked_subnet_vms[0].lower())
            assert vm.subnet_id is not None and vm.subnet_id.lower() == (fleet.blocked_subnet_id or "").lower()
            assert vm.private_ip and vm.power_state == "running"
            assert {v.defender for v in scan.vms if v.kind is MachineKind.VM} >= {"Healthy", "Unhealthy", None}
            graph_calls = [r for r in sim.request_log if r.operation == "Resources"]
            assert len(graph_calls) == 2  # one VM page (241 rows) and one scale set page: no per-VM GETs
            assert not [r for r in sim.request_log if "virtualMachines/" in r.path]

    asyncio.run(body())


def test_management_group_scope_limits_the_scan_and_unknown_groups_fail_clearly() -> None:
    fleet = fleet_demo()
    corp = next(g for g in fleet.snapshot["managementGroups"] if g["name"] == "mg-fabrikam-corp")

    async def body() -> None:
        async with simulated(fleet.snapshot) as (_, session):
            scan = await scan_fleet(session, Scope(management_group="mg-fabrikam-corp"))
            assert scan.vms and {vm.subscription_id for vm in scan.vms} <= set(corp["subscriptions"])
            from azure.core.exceptions import HttpResponseError

            with pytest.raises(HttpResponseError) as error:
                await scan_fleet(session, Scope(management_group="mg-nope"))
            assert error.value.status_code == 400 and "mg-nope" in str(error.value)

    asyncio.run(body())


def test_subscriptions_are_queried_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [len(b) for b in batches([str(i) for i in range(2500)])] == [1000, 1000, 500]
    fleet = fleet_demo()
    monkeypatch.setattr(graph, "MAX_SUBSCRIPTIONS_PER_QUERY", 3)

    async def body() -> None:
        async with simulated(fleet.snapshot) as (sim, session):
            scan = await scan_fleet(session)
            assert len(scan.vms) == sum(fleet.counts.values())
            calls = [r for r in sim.request_log if r.operation == "Resources"]
            assert len(calls) == 6  # 8 subscriptions in batches of 3, for VMs and for scale sets

    asyncio.run(body())


def test_a_used_up_quota_is_waited_out_instead_of_being_throttled() -> None:
    fleet = fleet_tenant(4, 2500, blocked_subnet_vms=0)
    snapshot = copy.deepcopy(fleet.snapshot)
    snapshot["simulation"] = {"resourceGraphQuota": {"queries": 2, "windowSeconds": 1}}

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            gate = QuotaGate()
            from core.fleet.scan import iter_fleet_pages

            pages = [page async for page in iter_fleet_pages(session, Scope(), gate=gate)]
            assert sum(len(p) for p in pages) == sum(fleet.counts.values())
            assert gate.waited_s > 0.5  # 4 queries (3 VM pages, 1 scale set page) in windows of 2
            statuses = [r.status for r in sim.request_log if r.operation == "Resources"]
            assert statuses == [200, 200, 200, 200]  # never throttled

    asyncio.run(body())


def test_the_simulator_throttles_a_client_that_ignores_the_quota() -> None:
    snapshot = copy.deepcopy(fleet_demo().snapshot)
    snapshot["simulation"] = {"resourceGraphQuota": {"queries": 1, "windowSeconds": 30}}

    async def body() -> None:
        from azure.core.exceptions import HttpResponseError
        from azure.mgmt.resourcegraph.models import QueryRequest

        async with simulated(snapshot) as (_, session):
            client = session.resource_graph()
            await client.resources(QueryRequest(query="Resources | project id"))
            with pytest.raises(HttpResponseError) as error:
                await client.resources(QueryRequest(query="Resources | project id"), retry_total=0)
            assert error.value.status_code == 429
            assert error.value.response.headers["x-ms-user-quota-remaining"] == "0"

    asyncio.run(body())


def test_resets_after_header() -> None:
    assert parse_resets_after("00:00:03") == 3.0
    assert parse_resets_after("00:01:00.5") == 60.5
    assert parse_resets_after("soon") is None and parse_resets_after(None) is None


def test_fleet_scan_json_counts_the_generated_10000_vm_tenant_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fleet = fleet_tenant()  # 10,000 VMs in 300 subscriptions (+ scale sets), deterministic
    assert fleet.vm_count == 10_000 and len(fleet.snapshot["subscriptions"]) == 300
    path = tmp_path / "tenant.json"
    path.write_text(json.dumps(fleet.snapshot), encoding="utf-8")
    del fleet.snapshot["resources"]  # the expected counts are all the test needs from here on
    code = main(["fleet", "scan", "--snapshot", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["counts"] == {s.value: n for s, n in fleet.counts.items()}
    assert len(out["vms"]) == 10_000 + fleet.scale_set_count
    assert code == 1  # some VMs are failed or not installed
    first = out["vms"][0]
    assert set(first) >= {"id", "name", "subscriptionId", "location", "osType", "securityType", "status", "extension"}
    assert set(first["extension"]) == {"installed", "provisioningState"}
