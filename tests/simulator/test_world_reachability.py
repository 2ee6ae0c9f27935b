"""The simulated world decides reachability with the diagnosis' evaluators, consistently with each story."""

from __future__ import annotations

import copy

import pytest

from core.simulator.scenarios import load_scenario, scenario_names
from core.simulator.store import ResourceStore
from core.simulator.world import attestation_reachable, configured_reachability, vm_simulation

FILE_SCENARIOS = [name for name in scenario_names() if name not in {"demo", "large-tenant"}]


@pytest.mark.parametrize("name", FILE_SCENARIOS)
def test_configuration_agrees_with_the_scenario_flag(name: str) -> None:
    snapshot = load_scenario(name)
    focus = snapshot.get("simulation", {}).get("focusVm")
    if not focus:
        pytest.skip(f"{name} has no focus VM")
    store = ResourceStore.from_snapshot(snapshot)
    flag = vm_simulation(store, focus).get("networkBlocked")
    configured = configured_reachability(store, focus)
    if configured is None:
        # Only a path we cannot see into may stay undecided (a third-party appliance, a gateway to on-premises);
        # the scenario flag then stands in.
        assert name in ("third-party-appliance", "forced-tunnel-vpn-bgp")
        assert attestation_reachable(store, focus) is (not flag)
    elif flag is not None:
        assert configured is (not flag)


def test_removing_the_denying_rule_heals_the_vm() -> None:
    snapshot = copy.deepcopy(load_scenario("nic-nsg-denies-internet"))
    focus = snapshot["simulation"]["focusVm"]
    store = ResourceStore.from_snapshot(snapshot)
    assert attestation_reachable(store, focus) is False
    for nsg in store.list_type("Microsoft.Network/networkSecurityGroups"):
        rules = nsg["properties"].get("securityRules") or []
        nsg["properties"]["securityRules"] = [r for r in rules if r["properties"]["access"] != "Deny"]
    assert attestation_reachable(store, focus) is True


def test_an_in_guest_proxy_blocks_whatever_the_network_says() -> None:
    snapshot = load_scenario("in-guest-proxy")
    focus = snapshot["simulation"]["focusVm"]
    store = ResourceStore.from_snapshot(snapshot)
    assert configured_reachability(store, focus) is True
    assert attestation_reachable(store, focus) is False


def test_an_admin_rule_deny_blocks_the_world_too() -> None:
    """The world uses what Azure computes (here the network manager's admin rules), not only the NSGs."""
    snapshot = load_scenario("avnm-deny")
    focus = snapshot["simulation"]["focusVm"]
    store = ResourceStore.from_snapshot(snapshot)
    assert configured_reachability(store, focus) is False
    for rule in store.list_type("Microsoft.Network/networkManagers/securityAdminConfigurations/ruleCollections/rules"):
        if rule["properties"]["access"] == "Deny":
            store.delete(rule["id"])
    assert configured_reachability(store, focus) is True
