"""Table-driven tests of the layers Azure computes (issue 15), from Microsoft's documented semantics.

* AVNM security admin rules — https://learn.microsoft.com/azure/virtual-network-manager/concept-security-admins
  ("Allow" continues to the NSGs, "Always allow" and "Deny" terminate evaluation; lower priority first) and
  https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview (admin rules before NSGs).
* Effective routes — https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview (longest
  prefix match; a BGP default route replaces the system route to Internet, which becomes Invalid).
* Default outbound access — https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access
  and https://learn.microsoft.com/azure/nat-gateway/nat-overview (NAT gateway takes precedence).
"""

from __future__ import annotations

from typing import Any

import pytest

from core.diagnosis.avnm import AvnmOutcome, evaluate_admin_rules
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import BlockerKind, Verdict
from core.diagnosis.outbound import OutboundMethod, evaluate_outbound
from core.diagnosis.private_endpoint import find_private_endpoint
from core.diagnosis.routes import RouteOutcome, evaluate_effective_routes

NM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkManagers/nm1"
ATTESTATION = IpRangeSet.parse_all(["13.69.109.140/30", "20.61.99.100/30"])
VNET = IpRangeSet.parse_all(["10.0.0.0/16"])


def admin(
    name: str, priority: int, access: str, destination: str = "*", kind: str = "IPPrefix", **extra: Any
) -> dict[str, Any]:
    props = {
        "protocol": extra.pop("protocol", "Any"),
        "sources": [{"addressPrefix": "*", "addressPrefixType": "IPPrefix"}],
        "destinations": [{"addressPrefix": destination, "addressPrefixType": kind}],
        "sourcePortRanges": extra.pop("source_ports", []),
        "destinationPortRanges": extra.pop("ports", []),
        "access": access,
        "priority": priority,
        "direction": extra.pop("direction", "Outbound"),
    }
    rid = f"{NM}/securityAdminConfigurations/c/ruleCollections/rc/rules/{name}"
    return {"id": rid, "kind": "Custom", "properties": props}


AVNM_CASES = [
    ("no rules: the NSGs decide", [], AvnmOutcome.PASS, None),
    ("Deny ends evaluation as blocked", [admin("d", 100, "Deny", "Internet", "ServiceTag")], AvnmOutcome.DENY, "d"),
    ("AlwaysAllow ends evaluation as allowed", [admin("a", 100, "AlwaysAllow")], AvnmOutcome.ALWAYS_ALLOW, "a"),
    ("Allow passes on to the NSGs", [admin("a", 100, "Allow")], AvnmOutcome.PASS, "a"),
    (
        "lower priority number first: Allow at 100 beats Deny at 200",
        [admin("d", 200, "Deny"), admin("a", 100, "Allow")],
        AvnmOutcome.PASS,
        "a",
    ),
    (
        "lower priority number first: Deny at 100 beats AlwaysAllow at 200",
        [admin("aa", 200, "AlwaysAllow"), admin("d", 100, "Deny")],
        AvnmOutcome.DENY,
        "d",
    ),
    ("an inbound rule does not apply", [admin("d", 100, "Deny", direction="Inbound")], AvnmOutcome.PASS, None),
    ("a UDP rule does not apply to TCP 443", [admin("d", 100, "Deny", protocol="Udp")], AvnmOutcome.PASS, None),
    ("a rule for port 80 does not apply", [admin("d", 100, "Deny", ports=["80"])], AvnmOutcome.PASS, None),
    ("a rule for ports 400-500 applies", [admin("d", 100, "Deny", ports=["400-500"])], AvnmOutcome.DENY, "d"),
    (
        "VirtualNetwork does not cover public addresses",
        [admin("d", 100, "Deny", "VirtualNetwork", "ServiceTag")],
        AvnmOutcome.PASS,
        None,
    ),
    (
        "a network group cannot be resolved: unknown",
        [admin("d", 100, "Deny", "ng", "NetworkGroup")],
        AvnmOutcome.UNKNOWN,
        "d",
    ),
    (
        "a source-port subset: unknown",
        [admin("d", 100, "Deny", source_ports=["50000-50010"])],
        AvnmOutcome.UNKNOWN,
        "d",
    ),
]


@pytest.mark.parametrize(("case", "rules", "outcome", "rule"), AVNM_CASES, ids=[c[0] for c in AVNM_CASES])
def test_admin_rule_evaluation(case: str, rules: list[dict[str, Any]], outcome: AvnmOutcome, rule: str | None) -> None:
    result = evaluate_admin_rules(
        rules, source_ip="10.0.1.4", destination=ATTESTATION, vnet_space=VNET, service_tags=None
    )
    assert [d.outcome for d in result.decisions] == [outcome], case
    assert (result.decisions[0].match.rule if result.decisions[0].match else None) == rule
    blockers = result.blockers()
    assert [b.kind for b in blockers] == ([BlockerKind.AVNM] if outcome is AvnmOutcome.DENY else [])
    if blockers:
        assert blockers[0].resource_id is not None and blockers[0].resource_id.startswith(NM)
        assert blockers[0].priority == 100


def test_admin_rule_for_part_of_the_destination_gives_partial() -> None:
    rules = [admin("d", 100, "Deny", "13.69.109.140/30")]
    result = evaluate_admin_rules(
        rules, source_ip="10.0.1.4", destination=ATTESTATION, vnet_space=VNET, service_tags=None
    )
    assert result.ranges(AvnmOutcome.DENY) == IpRangeSet.parse_all(["13.69.109.140/30"])
    assert result.ranges(AvnmOutcome.PASS) == IpRangeSet.parse_all(["20.61.99.100/30"])
    assert result.verdict is Verdict.PARTIAL


def eroute(source: str, prefix: str, hop: str, state: str = "Active", ips: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "source": source,
        "state": state,
        "addressPrefix": [prefix],
        "nextHopType": hop,
        "nextHopIpAddress": list(ips),
    }


SYSTEM = [eroute("Default", "10.0.0.0/16", "VnetLocal"), eroute("Default", "10.0.0.0/8", "None")]
ROUTE_CASES = [
    (
        "system default route: Internet",
        [*SYSTEM, eroute("Default", "0.0.0.0/0", "Internet")],
        RouteOutcome.INTERNET,
        "Default",
    ),
    (
        "BGP default route over a VPN gateway: the system route is Invalid",
        [
            *SYSTEM,
            eroute("Default", "0.0.0.0/0", "Internet", "Invalid"),
            eroute("VirtualNetworkGateway", "0.0.0.0/0", "VirtualNetworkGateway", ips=("10.0.255.30",)),
        ],
        RouteOutcome.GATEWAY,
        "VirtualNetworkGateway",
    ),
    (
        "user route to None",
        [*SYSTEM, eroute("Default", "0.0.0.0/0", "Internet", "Invalid"), eroute("User", "0.0.0.0/0", "None")],
        RouteOutcome.DROP,
        "User",
    ),
    (
        "longest prefix wins over the BGP default route",
        [
            *SYSTEM,
            eroute("VirtualNetworkGateway", "0.0.0.0/0", "VirtualNetworkGateway"),
            eroute("User", "13.69.0.0/16", "Internet"),
            eroute("User", "20.61.0.0/16", "Internet"),
        ],
        RouteOutcome.INTERNET,
        "User",
    ),
    (
        "equal prefix: a user route beats a BGP route",
        [
            *SYSTEM,
            eroute("VirtualNetworkGateway", "0.0.0.0/0", "VirtualNetworkGateway"),
            eroute("User", "0.0.0.0/0", "Internet"),
        ],
        RouteOutcome.INTERNET,
        "User",
    ),
]


@pytest.mark.parametrize(("case", "routes", "outcome", "source"), ROUTE_CASES, ids=[c[0] for c in ROUTE_CASES])
def test_effective_routes(case: str, routes: list[dict[str, Any]], outcome: RouteOutcome, source: str) -> None:
    result = evaluate_effective_routes(routes, route_table_id="/rt", destination=ATTESTATION)
    assert {d.outcome for d in result.decisions} == {outcome}, case
    assert {d.rule_match().source for d in result.decisions} == {source}
    if outcome is RouteOutcome.DROP:
        assert [b.resource_id for b in result.blockers()] == ["/rt"]


SUBNET = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a"
NAT = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat1"
LB = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb1"


def subnet(**props: Any) -> dict[str, Any]:
    return {"id": SUBNET, "name": "a", "properties": props}


NAT_WITH_IP = {"id": NAT, "properties": {"publicIpAddresses": [{"id": "/pip"}]}}
LB_WITH_RULE = {
    "id": LB,
    "properties": {
        "outboundRules": [{"name": "out", "properties": {"backendAddressPool": {"id": f"{LB}/backendAddressPools/be"}}}]
    },
}
OUTBOUND_CASES = [
    ("default outbound access (property absent)", subnet(), {}, Verdict.ALLOWED, OutboundMethod.DEFAULT_ACCESS),
    (
        "private subnet, nothing else: no way out",
        subnet(defaultOutboundAccess=False),
        {},
        Verdict.BLOCKED,
        OutboundMethod.NONE,
    ),
    (
        "private subnet with NAT gateway",
        subnet(defaultOutboundAccess=False, natGateway={"id": NAT}),
        {},
        Verdict.ALLOWED,
        OutboundMethod.NAT_GATEWAY,
    ),
    (
        "private subnet, public IP on the NIC",
        subnet(defaultOutboundAccess=False),
        {"publicIPAddress": {"id": "/pip"}},
        Verdict.ALLOWED,
        OutboundMethod.PUBLIC_IP,
    ),
    (
        "private subnet, load balancer outbound rule",
        subnet(defaultOutboundAccess=False),
        {"loadBalancerBackendAddressPools": [{"id": f"{LB}/backendAddressPools/be"}]},
        Verdict.ALLOWED,
        OutboundMethod.LOAD_BALANCER,
    ),
    (
        "NAT gateway takes precedence, even over a public IP",
        subnet(natGateway={"id": NAT}),
        {"publicIPAddress": {"id": "/pip"}},
        Verdict.ALLOWED,
        OutboundMethod.NAT_GATEWAY,
    ),
]


@pytest.mark.parametrize(
    ("case", "sub", "ipconfig", "verdict", "method"), OUTBOUND_CASES, ids=[c[0] for c in OUTBOUND_CASES]
)
def test_outbound_connectivity(
    case: str, sub: dict[str, Any], ipconfig: dict[str, Any], verdict: Verdict, method: OutboundMethod
) -> None:
    resources = {NAT.lower(): NAT_WITH_IP, LB.lower(): LB_WITH_RULE}
    result = evaluate_outbound(sub, {"properties": ipconfig}, lambda rid: resources.get(rid.lower()))
    assert (result.verdict, result.method) == (verdict, method), case
    if verdict is Verdict.BLOCKED:
        assert [b.to_json() for b in result.blockers] == [
            {"kind": "outbound", "resourceId": SUBNET, "rule": None, "priority": None, "scope": "subnet"}
        ]


def test_nat_gateway_without_public_ip_is_no_way_out() -> None:
    result = evaluate_outbound(subnet(natGateway={"id": NAT}), {}, lambda rid: {"id": NAT, "properties": {}})
    assert result.verdict is Verdict.BLOCKED
    assert [f.code for f in result.findings] == ["OUTBOUND_NAT_NO_IP"]


def test_unreadable_nat_gateway_is_unknown() -> None:
    result = evaluate_outbound(subnet(natGateway={"id": NAT}), {}, lambda rid: None)
    assert result.verdict is Verdict.UNKNOWN


PROVIDERS = "/subscriptions/s/resourceGroups/rg/providers"
VNET_ID = f"{PROVIDERS}/Microsoft.Network/virtualNetworks/v"


def endpoint(status: str = "Approved", vnet: str = VNET_ID) -> dict[str, Any]:
    return {
        "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1",
        "name": "pe1",
        "properties": {
            "subnet": {"id": f"{vnet}/subnets/pe"},
            "privateLinkServiceConnections": [
                {
                    "properties": {
                        "privateLinkServiceId": f"{PROVIDERS}/Microsoft.Attestation/attestationProviders/myattest",
                        "privateLinkServiceConnectionState": {"status": status},
                    }
                }
            ],
            "customDnsConfigs": [{"fqdn": "myattest.weu.attest.azure.net", "ipAddresses": ["10.0.2.4"]}],
        },
    }


@pytest.mark.parametrize(
    ("case", "endpoints", "host", "ip", "codes"),
    [
        ("approved endpoint in the VM's VNet", [endpoint()], "myattest.weu.attest.azure.net", "10.0.2.4", []),
        (
            "pending endpoint carries no traffic",
            [endpoint("Pending")],
            "myattest.weu.attest.azure.net",
            None,
            ["PRIVATE_ENDPOINT_NOT_APPROVED"],
        ),
        ("endpoint in an unconnected VNet", [endpoint(vnet=VNET_ID + "2")], "myattest.weu.attest.azure.net", None, []),
        ("another provider", [endpoint()], "other.weu.attest.azure.net", None, []),
        ("shared provider (no custom host)", [endpoint()], None, None, []),
    ],
)
def test_private_endpoint(
    case: str, endpoints: list[dict[str, Any]], host: str | None, ip: str | None, codes: list[str]
) -> None:
    found, findings = find_private_endpoint(endpoints, host, [VNET_ID])
    assert (found.ip if found else None) == ip, case
    assert [f.code for f in findings] == codes
    if found is not None:
        assert found.finding.code == "PATH_PRIVATE_ENDPOINT" and "stays private" in found.finding.render()
