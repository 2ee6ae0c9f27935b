"""Route evaluator: LPM over user, BGP and system routes (network-semantics.md §2), next-hop outcomes."""

from __future__ import annotations

from typing import Any

import pytest

from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Verdict
from core.diagnosis.routes import RouteOutcome, RouteResult, RouteSource, evaluate_routes, find_firewall
from tests.core.diagnosis.fixtures_firewall import FW_ID, SUB, arm_example, classic_firewall, public_tags

RT_ID = f"{SUB}/routeTables/rt-spoke"
VNET = ["10.1.0.0/16"]
PEERED = ["10.100.0.0/24"]  # the hub, where the firewall lives at 10.100.0.4
WEU = IpRangeSet.parse_all(["13.69.109.140/30", "20.61.99.100/30"])  # AzureAttestation.WestEurope


def route(name: str, prefix: str, hop: str, ip: str | None = None) -> dict[str, Any]:
    props: dict[str, Any] = {"addressPrefix": prefix, "nextHopType": hop}
    if ip is not None:
        props["nextHopIpAddress"] = ip
    return {"name": name, "id": f"{RT_ID}/routes/{name}", "properties": props}


def table(*routes: dict[str, Any], disable_bgp: bool = False) -> dict[str, Any]:
    return {
        "name": "rt-spoke",
        "id": RT_ID,
        "properties": {"disableBgpRoutePropagation": disable_bgp, "routes": list(routes)},
    }


def run(
    route_table: dict[str, Any] | None,
    destination: IpRangeSet = WEU,
    firewalls: list[dict[str, Any]] | None = None,
    **kw: Any,
) -> RouteResult:
    return evaluate_routes(
        route_table,
        vnet_space=kw.pop("vnet_space", VNET),
        peered_spaces=kw.pop("peered_spaces", PEERED),
        destination=destination,
        service_tags=public_tags(),
        firewalls=[classic_firewall()] if firewalls is None else firewalls,
        **kw,
    )


def outcomes(result: RouteResult) -> set[RouteOutcome]:
    return {d.outcome for d in result.decisions}


def codes(result: RouteResult) -> set[str]:
    return {f.code for f in result.findings}


TO_FW = route("default-to-fw", "0.0.0.0/0", "VirtualAppliance", "10.100.0.4")

CASES: list[tuple[str, dict[str, Any] | None, RouteOutcome, str | None, str | None]] = [
    ("no route table: system 0/0 to Internet", None, RouteOutcome.INTERNET, "0.0.0.0/0", None),
    ("default route to the hub firewall", table(TO_FW), RouteOutcome.FIREWALL, "default-to-fw", None),
    (
        "tag route is more specific than 0/0 and bypasses the firewall",
        table(TO_FW, route("attest-direct", "AzureAttestation", "Internet")),
        RouteOutcome.INTERNET,
        "attest-direct",
        "ROUTE_TAG_BYPASSES_FIREWALL",
    ),
    (
        "AzureCloud tag route also bypasses",
        table(TO_FW, route("cloud-direct", "AzureCloud", "Internet")),
        RouteOutcome.INTERNET,
        "cloud-direct",
        "ROUTE_TAG_BYPASSES_FIREWALL",
    ),
    (
        "third-party appliance",
        table(route("to-nva", "0.0.0.0/0", "VirtualAppliance", "10.100.0.99")),
        RouteOutcome.APPLIANCE,
        "to-nva",
        "ROUTE_THIRD_PARTY_APPLIANCE",
    ),
    (
        "forced tunnelling to the gateway",
        table(route("on-prem", "0.0.0.0/0", "VirtualNetworkGateway")),
        RouteOutcome.GATEWAY,
        "on-prem",
        "ROUTE_FORCED_TUNNEL_GATEWAY",
    ),
    (
        "user route with next hop None drops",
        table(route("blackhole", "20.61.0.0/16", "None"), route("b2", "13.69.0.0/16", "none")),
        RouteOutcome.DROP,
        None,
        "ROUTE_NEXT_HOP_NONE",
    ),
    (
        "unknown service tag route is ignored",
        table(route("odd", "NoSuchTag", "None")),
        RouteOutcome.INTERNET,
        "0.0.0.0/0",
        "ROUTE_TAG_UNKNOWN",
    ),
    (
        "unreadable next hop is unknown",
        table(route("odd", "0.0.0.0/0", "Teleport")),
        RouteOutcome.UNKNOWN,
        "odd",
        "ROUTE_NEXT_HOP_UNREADABLE",
    ),
    (
        "appliance without next hop IP is unknown",
        table(route("odd", "0.0.0.0/0", "VirtualAppliance")),
        RouteOutcome.UNKNOWN,
        "odd",
        "ROUTE_NEXT_HOP_UNREADABLE",
    ),
]


@pytest.mark.parametrize(("case", "rt", "outcome", "rule", "finding"), CASES, ids=[c[0] for c in CASES])
def test_route_selection(
    case: str, rt: dict[str, Any] | None, outcome: RouteOutcome, rule: str | None, finding: str | None
) -> None:
    result = run(rt)
    assert outcomes(result) == {outcome}
    if rule is not None:
        assert {d.rule_match().rule for d in result.decisions} == {rule}
    if finding is not None:
        assert finding in codes(result)
    assert ("ROUTE_TAG_BYPASSES_FIREWALL" in codes(result)) == (finding == "ROUTE_TAG_BYPASSES_FIREWALL")


def test_longest_prefix_wins_per_piece() -> None:
    rt = table(
        TO_FW,
        route("weu-direct", "13.69.109.140/31", "Internet"),
        route("drop-20", "20.61.99.0/24", "None"),
        route("nva-20", "20.61.99.102/32", "VirtualAppliance", "10.100.0.99"),
    )
    result = run(rt)
    assert result.ranges(RouteOutcome.INTERNET) == IpRangeSet.parse_all(["13.69.109.140/31"])
    assert result.ranges(RouteOutcome.FIREWALL) == IpRangeSet.parse_all(["13.69.109.142/31"])
    assert result.ranges(RouteOutcome.DROP) == IpRangeSet.parse_all(["20.61.99.100/31", "20.61.99.103"])
    assert result.ranges(RouteOutcome.APPLIANCE) == IpRangeSet.parse_all(["20.61.99.102"])
    assert result.verdict is Verdict.UNKNOWN  # the third-party appliance cannot be judged
    assert result.blockers() == [Blocker(BlockerKind.ROUTE, RT_ID, "drop-20", None)]
    assert result.firewall_destinations() == {FW_ID.lower(): IpRangeSet.parse_all(["13.69.109.142/31"])}
    assert set(result.firewalls) == {FW_ID.lower()}


@pytest.mark.parametrize(
    ("routes", "bgp", "expected_source", "expected_outcome"),
    [
        # equal prefix: User beats BGP beats System
        (
            [route("u", "0.0.0.0/0", "VirtualAppliance", "10.100.0.4")],
            [route("b", "0.0.0.0/0", "VirtualNetworkGateway")],
            RouteSource.USER,
            RouteOutcome.FIREWALL,
        ),
        ([], [route("b", "0.0.0.0/0", "VirtualNetworkGateway")], RouteSource.BGP, RouteOutcome.GATEWAY),
        # a more specific BGP route beats a shorter user route
        (
            [route("u", "0.0.0.0/0", "VirtualAppliance", "10.100.0.4")],
            [route("b", "13.0.0.0/8", "VirtualNetworkGateway"), route("b2", "20.0.0.0/8", "VirtualNetworkGateway")],
            RouteSource.BGP,
            RouteOutcome.GATEWAY,
        ),
        # an explicit prefix beats a service tag route of the same length (the /30s of the tag)
        (
            [
                route("tag", "AzureAttestation.WestEurope", "None"),
                route("p1", "13.69.109.140/30", "Internet"),
                route("p2", "20.61.99.100/30", "Internet"),
            ],
            [],
            RouteSource.USER,
            RouteOutcome.INTERNET,
        ),
    ],
)
def test_tie_breaks(
    routes: list[dict[str, Any]],
    bgp: list[dict[str, Any]],
    expected_source: RouteSource,
    expected_outcome: RouteOutcome,
) -> None:
    result = run(table(*routes), bgp_routes=bgp)
    assert {d.route.source for d in result.decisions} == {expected_source}
    assert outcomes(result) == {expected_outcome}


def test_regional_tag_route_beats_global_tag_route_on_equal_prefix() -> None:
    rt = table(
        route("global", "AzureAttestation", "None"), route("regional", "AzureAttestation.WestEurope", "Internet")
    )
    result = run(rt)
    assert {d.route.name for d in result.decisions} == {"regional"}


def test_bgp_routes_ignored_when_propagation_disabled() -> None:
    result = run(table(disable_bgp=True), bgp_routes=[route("b", "0.0.0.0/0", "VirtualNetworkGateway")])
    assert outcomes(result) == {RouteOutcome.INTERNET}
    assert "ROUTE_BGP_PROPAGATION_DISABLED" in codes(result)


@pytest.mark.parametrize(
    ("destination", "outcome", "blocker"),
    [
        ("172.31.0.100", RouteOutcome.DROP, "172.16.0.0/12"),  # §7 case b: private, outside the VNet
        ("100.64.1.1", RouteOutcome.DROP, "100.64.0.0/10"),
        ("10.1.2.3", RouteOutcome.VNET, None),  # the VNet's own space replaces the None route
        ("10.100.0.9", RouteOutcome.VNET, None),  # peered VNet
        ("13.107.21.200", RouteOutcome.INTERNET, None),  # §7 case a
    ],
)
def test_system_routes(destination: str, outcome: RouteOutcome, blocker: str | None) -> None:
    result = run(None, destination=IpRangeSet.parse_all([destination]))
    assert outcomes(result) == {outcome}
    assert [b.rule for b in result.blockers()] == ([blocker] if blocker else [])
    if blocker:
        assert result.blockers()[0].resource_id is None
        assert "ROUTE_NEXT_HOP_NONE" in codes(result)
        assert all(f.fix_id is None for f in result.findings)


def test_vnet_space_given_as_a_set() -> None:
    dest = IpRangeSet.parse_all(["10.1.5.5"])
    as_set = run(None, destination=dest, vnet_space=IpRangeSet.parse_all(VNET))
    assert outcomes(as_set) == {RouteOutcome.VNET}


def test_full_attestation_tag_goes_out_with_ipv6() -> None:
    tag = public_tags().resolve("AzureAttestation")
    assert tag is not None
    result = run(table(TO_FW), destination=tag)
    assert result.ranges(RouteOutcome.FIREWALL) == IpRangeSet.of(r for r in tag if r.version == 4)
    assert result.ranges(RouteOutcome.INTERNET) == IpRangeSet.of(r for r in tag if r.version == 6)


def test_arm_example_route_table() -> None:
    """route1 is 10.0.3.0/24 to the gateway: it does not affect public attestation addresses."""
    rt = arm_example("RouteTableGet.2024-05-01.json")
    assert outcomes(run(rt)) == {RouteOutcome.INTERNET}
    gateway = run(rt, destination=IpRangeSet.parse_all(["10.0.3.7"]))
    assert outcomes(gateway) == {RouteOutcome.GATEWAY}
    assert {d.route.route_table_id for d in gateway.decisions} == {rt["id"]}


@pytest.mark.parametrize(
    "rt",
    [
        {},
        {"properties": None},
        {"properties": {"routes": None}},
        {
            "properties": {
                "routes": [
                    None,
                    5,
                    {"name": "x"},
                    {"properties": {"addressPrefix": "bad/99", "nextHopType": "Internet"}},
                ]
            }
        },
        {
            "Properties": {
                "Routes": [{"Name": "r", "Properties": {"AddressPrefix": "0.0.0.0/0", "NextHopType": "INTERNET"}}]
            }
        },
    ],
)
def test_odd_route_tables_do_not_crash(rt: dict[str, Any]) -> None:
    assert outcomes(run(rt)) == {RouteOutcome.INTERNET}


# -- appliance lookup -----------------------------------------------------------------------------------------


def _hub_firewall() -> dict[str, Any]:
    return {
        "id": f"{SUB}/azureFirewalls/fw-vwan",
        "properties": {"sku": {"name": "AZFW_Hub"}, "hubIPAddresses": {"privateIPAddress": "10.200.0.132"}},
    }


@pytest.mark.parametrize(
    ("ip", "expected"),
    [
        ("10.100.0.4", FW_ID),
        (" 10.100.0.4 ", FW_ID),
        ("10.200.0.132", f"{SUB}/azureFirewalls/fw-vwan"),
        ("10.100.0.5", None),
        ("not-an-ip", None),
    ],
)
def test_find_firewall(ip: str, expected: str | None) -> None:
    found = find_firewall(ip, [{"properties": None}, classic_firewall(), _hub_firewall()])
    assert (found or {}).get("id") == expected


def test_appliance_in_secured_hub_is_firewall() -> None:
    result = run(table(route("to-hub", "0.0.0.0/0", "VirtualAppliance", "10.200.0.132")), firewalls=[_hub_firewall()])
    assert outcomes(result) == {RouteOutcome.FIREWALL}
    assert result.verdict is Verdict.ALLOWED
