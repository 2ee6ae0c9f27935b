"""The whole path with Azure's computed views in the index (ARM JSON only, no SDK): Azure's order, AlwaysAllow
over an NSG deny, a network manager Azure reports but whose rules cannot be read, and disagreements."""

from __future__ import annotations

import copy
from typing import Any

from core.diagnosis.effective_views import ADMIN_RULES_ACTION, NSGS_ACTION, ROUTES_ACTION, action_path
from core.diagnosis.model import Layer, Verdict
from core.diagnosis.path import diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.simulator.handlers import effective
from core.simulator.scenarios import load_scenario
from core.simulator.store import ResourceStore

NM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkManagers/nm1"


def _setup(name: str) -> tuple[dict[str, Any], str, str, str]:
    snapshot = copy.deepcopy(load_scenario(name))
    vm_id = snapshot["simulation"]["focusVm"]
    nic = next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Network/networkInterfaces")
    subnet_id = nic["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"]
    return snapshot, vm_id, nic["id"], subnet_id.rsplit("/subnets/", 1)[0]


def _index(snapshot: dict[str, Any], vm_id: str, **actions: Any) -> ResourceIndex:
    """The configured resources plus the actions Azure would compute (or the given ones; None = unreadable)."""
    index = ResourceIndex(snapshot["resources"])
    store = ResourceStore.from_snapshot(snapshot)
    computed: dict[str, Any] = {}
    effective.add_actions_for_vm(store, vm_id, computed.__setitem__)
    for path, body in computed.items():
        action = path.rsplit("/", 1)[1]
        if action in actions:
            body = actions[action]
        if body is None:
            index.mark_unreadable(path, "forbidden", "AuthorizationFailed")
        else:
            index.add_action(path, body)
    return index


def _rule(name: str, priority: int, access: str) -> dict[str, Any]:
    return {
        "id": f"{NM}/securityAdminConfigurations/c/ruleCollections/rc/rules/{name}",
        "kind": "Custom",
        "properties": {
            "protocol": "Any",
            "sources": [],
            "destinations": [{"addressPrefix": "*", "addressPrefixType": "IPPrefix"}],
            "access": access,
            "priority": priority,
            "direction": "Outbound",
        },
    }


def test_layers_come_in_azures_order_and_say_what_decided() -> None:
    snapshot, vm_id, _, _ = _setup("healthy")
    d = diagnose(_index(snapshot, vm_id), vm_id)
    assert [v.layer for v in d.layers] == [
        Layer.AVNM,
        Layer.NIC_NSG,
        Layer.SUBNET_NSG,
        Layer.ROUTE,
        Layer.FIREWALL,
        Layer.OUTBOUND,
    ]
    assert {v.layer: v.basis for v in d.layers}[Layer.ROUTE] == "effective"
    assert d.verdict is Verdict.ALLOWED and set(d.computed_views.values()) == {"used"}


def test_always_allow_skips_an_nsg_deny() -> None:
    snapshot, vm_id, _, _ = _setup("nic-nsg-denies-internet")
    admin = {"value": [_rule("Always-Attestation", 10, "AlwaysAllow")]}
    d = diagnose(_index(snapshot, vm_id, **{ADMIN_RULES_ACTION: admin}), vm_id)
    assert d.verdict is Verdict.ALLOWED
    assert d.blockers == ()
    assert "AVNM_ALWAYS_ALLOW" in {f.code for f in d.findings}


def test_allow_passes_on_to_the_nsg_that_denies() -> None:
    snapshot, vm_id, _, _ = _setup("nic-nsg-denies-internet")
    admin = {"value": [_rule("Allow-All", 10, "Allow")]}
    d = diagnose(_index(snapshot, vm_id, **{ADMIN_RULES_ACTION: admin}), vm_id)
    assert d.verdict is Verdict.BLOCKED
    assert [b.kind.value for b in d.blockers] == ["nsg"]


def test_a_network_manager_whose_rules_cannot_be_read_leaves_the_path_unknown() -> None:
    snapshot, vm_id, nic_id, _ = _setup("healthy")
    store = ResourceStore.from_snapshot(snapshot)
    nsgs = effective.effective_security_groups(store, store.get(nic_id) or {})
    for entry in nsgs["value"]:
        entry["association"]["networkManager"] = {"id": NM}
    d = diagnose(_index(snapshot, vm_id, **{NSGS_ACTION: nsgs, ADMIN_RULES_ACTION: None}), vm_id)
    assert d.verdict is Verdict.UNKNOWN
    assert {"AVNM_NOT_CHECKED", "EFFECTIVE_VIEW_FORBIDDEN"} <= {f.code for f in d.findings}
    forbidden = next(f for f in d.findings if f.code == "EFFECTIVE_VIEW_FORBIDDEN")
    assert forbidden.args["permission"].endswith("listNetworkManagerEffectiveSecurityAdminRules/action")
    assert forbidden.args["role"] == "Network Contributor"


def test_without_any_view_the_configuration_decides_and_says_so() -> None:
    snapshot, vm_id, _, _ = _setup("healthy")
    views = {ROUTES_ACTION: None, NSGS_ACTION: None, ADMIN_RULES_ACTION: None}
    d = diagnose(_index(snapshot, vm_id, **views), vm_id)
    assert d.verdict is Verdict.ALLOWED
    assert set(d.computed_views.values()) == {"forbidden"}
    assert [f.code for f in d.findings].count("EFFECTIVE_VIEW_FORBIDDEN") == 3
    assert {v.layer: v.basis for v in d.layers}[Layer.AVNM] == "not-checked"


def test_an_effective_nsg_that_differs_from_the_configured_one_is_reported() -> None:
    snapshot, vm_id, nic_id, _ = _setup("nic-nsg-denies-internet")
    store = ResourceStore.from_snapshot(snapshot)
    nsgs = effective.effective_security_groups(store, store.get(nic_id) or {})
    for entry in nsgs["value"]:  # the deny rule is gone in Azure's view (changed since the NSG was read)
        entry["effectiveSecurityRules"] = [
            r for r in entry["effectiveSecurityRules"] if r["name"] != "securityRules/Deny-Internet-Outbound"
        ]
    d = diagnose(_index(snapshot, vm_id, **{NSGS_ACTION: nsgs}), vm_id)
    assert d.verdict is Verdict.ALLOWED
    differs = next(f for f in d.findings if f.code == "NSG_EFFECTIVE_DIFFERS")
    assert "Deny-Internet-Outbound" in differs.args["configured_rule"]


def test_action_paths_are_resource_id_and_action() -> None:
    assert action_path("/a/b/", ROUTES_ACTION) == "/a/b/effectiveRouteTable"
