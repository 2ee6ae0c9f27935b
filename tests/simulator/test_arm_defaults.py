"""What ARM adds to a PUT body (default NSG rules, empty rule lists, subnet policies) is what scenario resources
carry: both come from the one list in ``core/simulator/builders.py``, checked here through the real SDK."""

from __future__ import annotations

from typing import Any

from azure.mgmt.network import models as nm

from core.simulator.builders import SUBNET_NETWORK_POLICIES, TenantBuilder
from tests.simulator.conftest import PROD, Env, run_sim

RG = "rg-web-locked"


def _without_volatile(resource: dict[str, Any]) -> dict[str, Any]:
    """A rule without the parts that differ by resource (id, etag): what ARM's defaults decide."""
    return {"name": resource["name"], "type": resource["type"], "properties": resource["properties"]}


def test_a_new_nsg_gets_the_default_rules_a_scenario_nsg_has() -> None:
    builder = TenantBuilder(PROD, RG, "westeurope")
    builder.nsg("nsg-built")
    built = [_without_volatile(r) for r in builder.resources[0]["properties"]["defaultSecurityRules"]]

    async def body(env: Env) -> None:
        network = env.network(PROD)
        poller = await network.network_security_groups.begin_create_or_update(
            RG, "nsg-new-defaults", nm.NetworkSecurityGroup(location="westeurope")
        )
        created = (await poller.result()).as_dict()
        served = [_without_volatile(r) for r in created["properties"]["defaultSecurityRules"]]
        by_name = {r["name"]: r for r in served}
        assert sorted(by_name) == sorted(r["name"] for r in built)
        for rule in built:
            assert by_name[rule["name"]] == rule
        deny = by_name["DenyAllOutBound"]["properties"]
        assert (deny["access"], deny["priority"], deny["sourcePortRanges"]) == ("Deny", 65500, [])

    run_sim(body)


def test_a_new_subnet_gets_the_network_policies_a_scenario_subnet_has() -> None:
    builder = TenantBuilder(PROD, RG, "westeurope")
    builder.vnet("vnet-built", "10.9.0.0/16", [("default", "10.9.0.0/24", None, None)])
    built_subnet = builder.resources[0]["properties"]["subnets"][0]["properties"]

    async def body(env: Env) -> None:
        network = env.network(PROD)
        vnet = nm.VirtualNetwork(
            location="westeurope",
            address_space=nm.AddressSpace(address_prefixes=["10.9.0.0/16"]),
            subnets=[nm.Subnet(name="default", address_prefix="10.9.0.0/24")],
        )
        created = await (await network.virtual_networks.begin_create_or_update(RG, "vnet-new", vnet)).result()
        subnet = created.as_dict()["properties"]["subnets"][0]["properties"]
        for key, value in SUBNET_NETWORK_POLICIES.items():
            assert subnet[key] == value == built_subnet[key]
        assert subnet["delegations"] == []

    run_sim(body)
