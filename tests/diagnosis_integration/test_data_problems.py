"""Partial data through the real SDK: unreadable resources give unknown plus a finding, never a crash."""

from __future__ import annotations

import asyncio

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.diagnosis.model import Layer, Verdict
from core.diagnosis.path import VmNotFoundError
from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario
from core.simulator.options import FaultRule
from core.usecases.diagnose import diagnose_vm
from tests.diagnosis_integration.harness import diagnose_in_simulator


def _fault(operation: str, status: int, code: str, *, views: bool = False) -> SimulatorOptions:
    """``views=False``: Azure's computed views fail too (403), so the configured resources are all there is."""
    operations = [operation] if views else [operation, *_VIEW_OPERATIONS]
    return SimulatorOptions(
        faults=[
            FaultRule(operation=o, status=403 if o in _VIEW_OPERATIONS else status, code=code, message=code)
            for o in operations
        ]
    )


_VIEW_OPERATIONS = (
    "NetworkInterfaces_GetEffectiveRouteTable",
    "NetworkInterfaces_ListEffectiveNetworkSecurityGroups",
    "NetworkManagement_ListNetworkManagerEffectiveSecurityAdminRules",
)


def test_unreadable_nsg_is_decided_by_azures_effective_rules() -> None:
    """Issue 15: where the configured NSG cannot be read, Azure's effective security rules still decide."""
    snapshot = load_scenario("nic-nsg-denies-internet")
    observed = diagnose_in_simulator(
        snapshot,
        snapshot["simulation"]["focusVm"],
        _fault("NetworkSecurityGroups_Get", 403, "AuthorizationFailed", views=True),
    )
    d = observed.run.diagnosis
    assert d.verdict is Verdict.BLOCKED
    assert [(b.rule, b.scope) for b in d.blockers] == [("Deny-Internet-Outbound", "nic")]
    nic_layer = next(v for v in d.layers if v.layer is Layer.NIC_NSG)
    assert nic_layer.basis == "effective"


def test_forbidden_nsg_is_unknown_and_names_the_permission() -> None:
    snapshot = load_scenario("nic-nsg-denies-internet")
    observed = diagnose_in_simulator(
        snapshot, snapshot["simulation"]["focusVm"], _fault("NetworkSecurityGroups_Get", 403, "AuthorizationFailed")
    )
    d = observed.run.diagnosis
    assert d.verdict is Verdict.UNKNOWN
    assert d.blockers == ()  # the denying rule is in the NSG we could not read
    forbidden = [f for f in d.findings if f.code == "DATA_FORBIDDEN"]
    assert len(forbidden) == 1
    assert forbidden[0].args["permission"] == "Microsoft.Network/networkSecurityGroups/read"
    assert forbidden[0].args["resource_group"] == "rg-web-locked"
    assert "Reader role" in forbidden[0].render()
    nic_layer = next(v for v in d.layers if v.layer is Layer.NIC_NSG)
    assert (nic_layer.verdict, nic_layer.present) == (Verdict.UNKNOWN, True)
    assert nic_layer.resource_id is not None and nic_layer.resource_id.endswith("nsg-vm-web-07-nic")


def test_missing_route_table_is_unknown_not_allowed() -> None:
    snapshot = load_scenario("route-next-hop-none")
    observed = diagnose_in_simulator(
        snapshot, snapshot["simulation"]["focusVm"], _fault("RouteTables_Get", 404, "NotFound")
    )
    d = observed.run.diagnosis
    assert d.verdict is Verdict.UNKNOWN
    assert [f.code for f in d.findings if f.code.startswith("DATA_")] == ["DATA_NOT_FOUND"]
    route = next(v for v in d.layers if v.layer is Layer.ROUTE)
    assert route.verdict is Verdict.UNKNOWN


def test_unreadable_firewall_policy_leaves_the_firewall_unknown() -> None:
    snapshot = load_scenario("firewall-policy-missing-rule")
    observed = diagnose_in_simulator(
        snapshot, snapshot["simulation"]["focusVm"], _fault("FirewallPolicies_Get", 403, "AuthorizationFailed")
    )
    d = observed.run.diagnosis
    assert d.verdict is Verdict.UNKNOWN
    codes = {f.code for f in d.findings}
    assert {"DATA_FORBIDDEN", "FW_POLICY_MISSING"} <= codes


def test_unknown_vm_raises_with_the_reason() -> None:
    snapshot = load_scenario("healthy")
    vm_id = snapshot["simulation"]["focusVm"].replace("vm-web-01", "vm-does-not-exist")
    with pytest.raises(VmNotFoundError, match="not-found"):
        diagnose_in_simulator(snapshot, vm_id)


def test_cancelling_a_diagnosis_cancels_every_fetch() -> None:
    snapshot = load_scenario("firewall-policy-missing-rule")
    vm_id = snapshot["simulation"]["focusVm"]

    async def main() -> None:
        async with SimulatedAzure(snapshot, options=SimulatorOptions(latency_ms=150)) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            try:
                task = asyncio.ensure_future(diagnose_vm(session, vm_id))
                await asyncio.sleep(0.2)  # the VM has arrived, the NIC branch is in flight
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                await asyncio.sleep(0.4)  # requests already on the wire are logged when the server finishes them
                settled = len(sim.request_log)
                await asyncio.sleep(0.4)
                # nothing keeps fetching after the cancellation, and the deeper levels never started
                assert len(sim.request_log) == settled
                assert settled < 14  # a full diagnosis of this scenario makes 14 calls
                others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
                assert all("Collector" not in repr(t.get_coro()) for t in others)
            finally:
                await session.close()

    asyncio.run(main())
