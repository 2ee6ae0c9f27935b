"""Azure's computed views in the simulator, through the real SDK (issue 15): recorded ``actions`` served as they
are, computed ones from the configured resources (AVNM included), the running-VM rule, the resource types of
the newer layers, and the collector writing what it read back into a snapshot."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError

from core.arm_ids import ResourceId
from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.diagnosis.model import Verdict
from core.simulator import SimulatedAzure, load_scenario
from core.usecases.diagnose import diagnose_vm

Body = Callable[[SimulatedAzure, ArmSession], Awaitable[None]]


def run(snapshot: dict[str, Any], body: Body) -> None:
    async def main() -> None:
        async with SimulatedAzure(snapshot) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            try:
                await body(sim, session)
            finally:
                await session.close()

    asyncio.run(main())


def _of_type(snapshot: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r for r in snapshot["resources"] if str(r.get("type", "")).lower() == kind.lower()]


def test_recorded_actions_are_served_exactly_as_recorded() -> None:
    snapshot = load_scenario("forced-tunnel-vpn-bgp")
    ((path, recorded),) = snapshot["actions"].items()
    nic = ResourceId.parse(path.rsplit("/", 1)[0])

    async def body(_: SimulatedAzure, session: ArmSession) -> None:
        network = session.network(nic.subscription_id or "")
        poller = await network.network_interfaces.begin_get_effective_route_table(nic.resource_group or "", nic.name)
        result = (await poller.result()).as_dict()
        assert result == recorded

    run(snapshot, body)


def test_nic_views_need_a_running_vm() -> None:
    snapshot = copy.deepcopy(load_scenario("healthy"))
    vm = _of_type(snapshot, "Microsoft.Compute/virtualMachines")[0]
    for status in vm["properties"]["instanceView"]["statuses"]:
        if status["code"].startswith("PowerState/"):
            status.update(code="PowerState/deallocated", displayStatus="VM deallocated")
    nic = ResourceId.parse(vm["properties"]["networkProfile"]["networkInterfaces"][0]["id"])

    async def body(sim: SimulatedAzure, session: ArmSession) -> None:
        network = session.network(nic.subscription_id or "")
        with pytest.raises(HttpResponseError) as raised:
            poller = await network.network_interfaces.begin_get_effective_route_table(
                nic.resource_group or "", nic.name
            )
            await poller.result()
        assert raised.value.status_code == 400
        assert raised.value.error is not None and raised.value.error.code == "NicNotAttachedToRunningVm"
        before = len(sim.request_log)
        run_ = await diagnose_vm(session, vm["id"])
        operations = [r.operation for r in sim.request_log[before:]]
        # A stopped VM: the product does not ask, decides from configuration and says what it could not check.
        assert "NetworkInterfaces_GetEffectiveRouteTable" not in operations
        d = run_.diagnosis
        assert d.verdict is Verdict.ALLOWED
        assert d.computed_views["effectiveRouteTable"] == "vm-not-running"
        assert d.computed_views["listNetworkManagerEffectiveSecurityAdminRules"] == "used"
        assert "EFFECTIVE_VIEW_VM_NOT_RUNNING" in {f.code for f in d.findings}

    run(snapshot, body)


def test_admin_rules_computed_from_the_network_manager() -> None:
    snapshot = load_scenario("avnm-deny")
    rules = sorted(
        r["id"]
        for r in _of_type(
            snapshot, "Microsoft.Network/networkManagers/securityAdminConfigurations/ruleCollections/rules"
        )
    )
    vnet = ResourceId.parse(
        next(r["id"] for r in _of_type(snapshot, "Microsoft.Network/virtualNetworks") if r["name"] == "vnet-pay18")
    )
    other = ResourceId.parse(
        next(r["id"] for r in _of_type(load_scenario("healthy"), "Microsoft.Network/virtualNetworks"))
    )

    async def body(_: SimulatedAzure, session: ArmSession) -> None:
        from azure.mgmt.network.models import QueryRequestOptions

        network = session.network(vnet.subscription_id or "")
        result = (
            await network.list_network_manager_effective_security_admin_rules(
                vnet.resource_group or "", vnet.name, QueryRequestOptions()
            )
        ).as_dict()
        assert sorted(r["id"] for r in result["value"]) == rules
        deny = next(r for r in result["value"] if r["id"].endswith("Deny-Internet-Egress"))
        assert deny["kind"] == "Custom" and deny["properties"]["access"] == "Deny"
        assert deny["ruleCollectionAppliesToGroups"][0]["networkGroupId"].endswith("/networkGroups/ng-spokes")

    run(snapshot, body)
    # A VNet in no network group gets no admin rules.
    healthy = load_scenario("healthy")

    async def none(_: SimulatedAzure, session: ArmSession) -> None:
        network = session.network(other.subscription_id or "")
        result = await network.list_network_manager_effective_security_admin_rules(
            other.resource_group or "", other.name, {}
        )
        assert result.as_dict()["value"] == []

    run(healthy, none)


def test_network_manager_and_new_resource_types_are_served() -> None:
    snapshot = load_scenario("demo")
    nm = ResourceId.parse(next(r["id"] for r in _of_type(snapshot, "Microsoft.Network/networkManagers")))
    endpoint = ResourceId.parse(next(r["id"] for r in _of_type(snapshot, "Microsoft.Network/privateEndpoints")))

    async def body(_: SimulatedAzure, session: ArmSession) -> None:
        hub = session.network(nm.subscription_id or "")
        rg = nm.resource_group or ""
        assert (await hub.network_managers.get(rg, nm.name)).name == nm.name
        groups = [g.name async for g in hub.network_groups.list(rg, nm.name)]
        assert groups == ["ng-spokes"]
        members = [m.as_dict() async for m in hub.static_members.list(rg, nm.name, "ng-spokes")]
        assert [m["properties"]["resourceId"].rsplit("/", 1)[-1] for m in members] == ["vnet-pay18"]
        configs = [c.name async for c in hub.security_admin_configurations.list(rg, nm.name)]
        collections = [c.name async for c in hub.admin_rule_collections.list(rg, nm.name, configs[0])]
        admin = [r.name async for r in hub.admin_rules.list(rg, nm.name, configs[0], collections[0])]
        assert (configs, collections, sorted(admin)) == (
            ["sac-baseline"],
            ["rc-egress"],
            ["Allow-AzureMonitor", "Deny-Internet-Egress"],
        )
        prod = session.network(endpoint.subscription_id or "")
        pe = (await prod.private_endpoints.get(endpoint.resource_group or "", endpoint.name)).as_dict()
        assert pe["properties"]["customDnsConfigs"][0]["fqdn"] == "contosoattest.weu.attest.azure.net"
        listed = [p.name async for p in prod.private_endpoints.list_by_subscription()]
        assert endpoint.name in listed
        gateways = [g.name async for g in prod.virtual_network_gateways.list("rg-ops")]
        assert gateways == ["vgw-ops"]
        assert [n.name async for n in prod.nat_gateways.list_all()] == []

    run(snapshot, body)


def test_collected_snapshot_carries_the_actions_and_replays_the_same_verdict() -> None:
    snapshot = load_scenario("forced-tunnel-vpn-bgp")
    vm_id = snapshot["simulation"]["focusVm"]
    captured: dict[str, Any] = {}

    async def first(_: SimulatedAzure, session: ArmSession) -> None:
        result = await diagnose_vm(session, vm_id)
        captured["snapshot"] = result.collected.snapshot()
        captured["verdict"] = result.diagnosis.verdict

    run(snapshot, first)
    exported = captured["snapshot"]
    suffixes = sorted(p.rsplit("/", 1)[-1] for p in exported["actions"])
    assert suffixes == [
        "effectiveNetworkSecurityGroups",
        "effectiveRouteTable",
        "listNetworkManagerEffectiveSecurityAdminRules",
    ]
    recorded = next(v for p, v in exported["actions"].items() if p.endswith("/effectiveRouteTable"))
    assert recorded == next(iter(snapshot["actions"].values()))
    replay = {**exported, "simulation": snapshot["simulation"]}

    async def second(_: SimulatedAzure, session: ArmSession) -> None:
        result = await diagnose_vm(session, vm_id)
        assert result.diagnosis.verdict is captured["verdict"] is Verdict.UNKNOWN

    run(replay, second)


@pytest.mark.parametrize(
    ("actions", "message"),
    [
        ([], r"actions: must be an object, not a list"),
        ({"/x/effectiveRouteTable": []}, r"actions\['/x/effectiveRouteTable'\]: must be an object, not a list"),
    ],
)
def test_malformed_actions_are_refused_with_a_clear_message(actions: Any, message: str) -> None:
    from core.simulator.scenarios import SnapshotError, validate_snapshot

    with pytest.raises(SnapshotError, match=message):
        validate_snapshot({"resources": [], "actions": actions}, source="snap.json")
