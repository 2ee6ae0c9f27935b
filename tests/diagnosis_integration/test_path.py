"""The pure combination in core.diagnosis.path on hand-made and odd data (no SDK)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from core.diagnosis.model import Layer, Severity, Verdict
from core.diagnosis.path import VmNotFoundError, diagnose, reachable
from core.diagnosis.resource_index import ResourceIndex
from core.diagnosis.tag_source import bundled_tags
from core.simulator.scenarios import load_scenario


def _scenario(name: str) -> tuple[list[dict[str, Any]], str]:
    snap = load_scenario(name)
    return snap["resources"], snap["simulation"]["focusVm"]


def _find(resources: list[dict[str, Any]], type_: str) -> dict[str, Any]:
    return next(r for r in resources if r["type"].lower() == type_.lower())


def test_reachable_matches_the_path_verdict() -> None:
    expected = {"healthy": True, "nic-nsg-denies-internet": False, "route-next-hop-none": False,
                "third-party-appliance": None}  # fmt: skip
    for name, want in expected.items():
        resources, vm = _scenario(name)
        assert reachable(ResourceIndex(resources), vm) is want, name
    assert (
        reachable(ResourceIndex([]), "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/z")
        is None
    )


def test_unknown_vm_raises() -> None:
    with pytest.raises(VmNotFoundError):
        diagnose(ResourceIndex([]), "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/z")


def test_without_service_tags_the_bundled_extract_is_used_and_dated() -> None:
    resources, vm = _scenario("nic-nsg-denies-internet")
    without_tags = [r for r in resources if r["type"] != "Microsoft.Network/serviceTags"]
    d = diagnose(ResourceIndex(without_tags), vm)
    bundle = bundled_tags()
    assert bundle is not None
    bundled = [f for f in d.findings if f.code == "SERVICE_TAGS_BUNDLED"]
    assert [f.args["date"] for f in bundled] == [bundle.date]
    assert bundle.date in bundled[0].render()
    assert d.verdict is Verdict.BLOCKED  # the verdict does not depend on where the prefixes came from


def test_partial_when_one_regional_prefix_is_denied() -> None:
    resources, vm = _scenario("healthy")
    resources = copy.deepcopy(resources)
    nsg = _find(resources, "Microsoft.Network/networkSecurityGroups")
    tags = _find(resources, "Microsoft.Network/serviceTags")
    regional = next(v for v in tags["values"] if v["name"] == "AzureAttestation.WestEurope")
    first = regional["properties"]["addressPrefixes"][0]
    nsg["properties"]["securityRules"].append(
        {"name": "Deny-One", "properties": {"protocol": "*", "sourcePortRange": "*", "destinationPortRange": "*",
         "sourceAddressPrefix": "*", "destinationAddressPrefix": first, "access": "Deny", "priority": 200,
         "direction": "Outbound"}}
    )  # fmt: skip
    d = diagnose(ResourceIndex(resources), vm)
    assert d.verdict is Verdict.PARTIAL
    assert [(b.rule, b.priority, b.scope) for b in d.blockers] == [("Deny-One", 200, "nic")]
    partial = next(f for f in d.findings if f.code == "PATH_PARTIAL")
    assert partial.severity is Severity.ERROR
    assert (partial.args["blocked"], partial.args["total"]) == (1, len(regional["properties"]["addressPrefixes"]))


def test_subnet_nsg_behind_a_denying_nic_nsg_is_not_a_blocker() -> None:
    resources, vm = _scenario("nic-nsg-denies-internet")
    resources = copy.deepcopy(resources)
    nic_nsg = _find(resources, "Microsoft.Network/networkSecurityGroups")
    subnet_nsg = copy.deepcopy(nic_nsg)
    subnet_nsg["id"] = nic_nsg["id"].replace("nsg-vm-web-07-nic", "nsg-subnet")
    subnet_nsg["name"] = "nsg-subnet"
    vnet = _find(resources, "Microsoft.Network/virtualNetworks")
    vnet["properties"]["subnets"][0]["properties"]["networkSecurityGroup"] = {"id": subnet_nsg["id"]}
    d = diagnose(ResourceIndex([*resources, subnet_nsg]), vm)
    assert d.verdict is Verdict.BLOCKED
    assert [b.scope for b in d.blockers] == ["nic"]
    subnet_layer = next(v for v in d.layers if v.layer is Layer.SUBNET_NSG)
    assert subnet_layer.present and subnet_layer.resource_id == subnet_nsg["id"]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda vm, nic: vm["properties"].pop("networkProfile"),
        lambda vm, nic: vm["properties"]["networkProfile"].update(networkInterfaces="oops"),
        lambda vm, nic: nic["properties"].update(ipConfigurations=[{"properties": None}]),
        lambda vm, nic: nic["properties"].update(ipConfigurations=[{"properties": {"privateIPAddress": "10.0.0.4"}}]),
        lambda vm, nic: nic.update(properties="garbage"),
    ],
)
def test_odd_payloads_degrade_to_unknown(mutate: Any) -> None:
    resources, vm_id = _scenario("healthy")
    resources = copy.deepcopy(resources)
    vm = _find(resources, "Microsoft.Compute/virtualMachines")
    nic = _find(resources, "Microsoft.Network/networkInterfaces")
    mutate(vm, nic)
    d = diagnose(ResourceIndex(resources), vm_id)
    assert d.verdict is Verdict.UNKNOWN
    assert "PATH_NETWORK_INCOMPLETE" in {f.code for f in d.findings}
    assert d.to_json()["attestationPath"]["verdict"] == "unknown"


def test_missing_nic_is_reported_as_not_found() -> None:
    resources, vm = _scenario("healthy")
    d = diagnose(ResourceIndex([r for r in resources if r["type"] != "Microsoft.Network/networkInterfaces"]), vm)
    assert d.verdict is Verdict.UNKNOWN
    assert [f.code for f in d.findings if f.code.startswith("DATA_")] == ["DATA_NOT_FOUND"]
