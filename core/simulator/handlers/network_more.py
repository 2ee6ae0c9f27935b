"""Microsoft.Network resources of the newer diagnosis layers: NAT gateways, load balancers, private endpoints,
virtual network gateways, network managers (with network groups, static members and security admin
configurations), and the VNet action ``listNetworkManagerEffectiveSecurityAdminRules``.

Served like the other network resources (list per subscription and resource group, GET, PUT, DELETE of the
top-level ones; GET and list of network manager children), so a snapshot carries them as ordinary resources.
"""

from __future__ import annotations

from core.simulator.handlers import effective
from core.simulator.handlers.network import NS, get_resource, list_children, top_level_routes
from core.simulator.http import Call, Reply, Route

TOP_LEVEL = (
    ("natGateways", "NatGateways"),
    ("loadBalancers", "LoadBalancers"),
    ("privateEndpoints", "PrivateEndpoints"),
    ("virtualNetworkGateways", "VirtualNetworkGateways"),
    ("networkManagers", "NetworkManagers"),
)
# Network manager children, read-only here: (path below the manager, operation group).
MANAGER_CHILDREN = (
    ("networkGroups/{child}", "NetworkGroups"),
    ("networkGroups/{group}/staticMembers/{child}", "StaticMembers"),
    ("securityAdminConfigurations/{child}", "SecurityAdminConfigurations"),
    ("securityAdminConfigurations/{config}/ruleCollections/{child}", "AdminRuleCollections"),
    ("securityAdminConfigurations/{config}/ruleCollections/{collection}/rules/{child}", "AdminRules"),
)


async def list_admin_rules(call: Call) -> Reply:
    """A plain POST (200, no long-running operation), paged by ``skipToken`` in the body; one page here."""
    from core.simulator.handlers.common import require

    vnet = require(call, call.path.rstrip("/").rsplit("/", 1)[0])
    return Reply(200, effective.effective_admin_rules(call.state.store, vnet))


def routes() -> list[Route]:
    sub = "/subscriptions/{sub}"
    rg = f"{sub}/resourceGroups/{{rg}}/providers/{NS}"
    result: list[Route] = [
        Route(
            "POST",
            f"{rg}/virtualNetworks/{{name}}/listNetworkManagerEffectiveSecurityAdminRules",
            "NetworkManagement_ListNetworkManagerEffectiveSecurityAdminRules",
            list_admin_rules,
            f"{NS}/virtualNetworks/listNetworkManagerEffectiveSecurityAdminRules/action",
        )
    ]
    for segment, group in TOP_LEVEL:
        result += top_level_routes(segment, group)
    manager = f"{rg}/networkManagers/{{name}}"
    for path, group in MANAGER_CHILDREN:
        kind = "/".join(part for part in path.split("/")[0::2])
        action = f"{NS}/networkManagers/{kind}/read"
        collection = path.rsplit("/", 1)[0]
        result += [
            Route("GET", f"{manager}/{collection}", f"{group}_List", list_children, action),
            Route("GET", f"{manager}/{path}", f"{group}_Get", get_resource, action),
        ]
    return result
