"""Outbound NSG evaluation, one table per rule of network-semantics.md §1, §6 and §7."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures_nsg import NSG_ID, arm_example, nsg, public_tags, rule

from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import BlockerKind, Layer, Severity, Verdict
from core.diagnosis.nsg import (
    NsgContext,
    NsgPathResult,
    address_space,
    evaluate_outbound,
    nic_application_security_groups,
    prepare_nsg,
    virtual_network_space,
)
from core.diagnosis.service_tags import ServiceTagIndex

VNET = IpRangeSet.parse_all(["10.0.0.0/16"])
# Small fake tag data: fast, and its ranges are chosen to overlap the test destinations.
TAGS = ServiceTagIndex.from_json(
    {
        "values": [
            {"name": "AzureAttestation", "properties": {"addressPrefixes": ["20.1.2.0/24", "2603:1000::/64"]}},
            {
                "name": "AzureAttestation.WestEurope",
                "properties": {"region": "westeurope", "addressPrefixes": ["20.1.2.0/25"]},
            },
            {"name": "AzureCloud", "properties": {"addressPrefixes": ["20.0.0.0/8", "2603::/16"]}},
            {"name": "Storage", "properties": {"addressPrefixes": ["52.0.0.0/8"]}},
        ]
    },
    source="test",
)
ATTESTATION = IpRangeSet.parse_all(["20.1.2.0/24"])
CTX = NsgContext(VNET, TAGS)
ASG = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/Web"


def evaluate(
    nic: dict[str, Any] | None,
    subnet: dict[str, Any] | None = None,
    *,
    destination: str | list[str] = "20.1.2.3",
    context: NsgContext = CTX,
    source_ip: str = "10.0.0.4",
    **flow: Any,
) -> NsgPathResult:
    dest = IpRangeSet.parse_all([destination] if isinstance(destination, str) else destination)
    return evaluate_outbound(nic, subnet, source_ip=source_ip, destination=dest, context=context, **flow)


def decided_by(result: NsgPathResult) -> tuple[Verdict, str | None]:
    assert len(result.decisions) == 1, result.decisions
    match = result.decisions[0].match
    return result.verdict, match.rule if match else None


def codes(result: NsgPathResult) -> list[str]:
    return [f.code for f in result.findings]


# -- §1.1 evaluation order ----------------------------------------------------------------------------------


def test_missing_nsgs_allow() -> None:
    result = evaluate(None, None)
    assert decided_by(result) == (Verdict.ALLOWED, None)
    assert result.blockers() == [] and result.findings == ()
    assert [(layer.layer, layer.present) for layer in result.layers] == [
        (Layer.NIC_NSG, False),
        (Layer.SUBNET_NSG, False),
    ]


def test_nic_deny_hides_subnet() -> None:
    nic = nsg("nic-nsg", rule("deny-all", 100))
    subnet = nsg("subnet-nsg", rule("deny-too", 100), rule("unknown-tag", 90, destination="NoSuchTag"))
    result = evaluate(nic, subnet)
    assert decided_by(result) == (Verdict.BLOCKED, "deny-all")
    piece = result.decisions[0]
    assert piece.subnet is None  # never reached
    [blocker] = result.blockers()
    assert (blocker.kind, blocker.rule, blocker.priority, blocker.scope) == (BlockerKind.NSG, "deny-all", 100, "nic")
    assert blocker.resource_id == NSG_ID.format(name="nic-nsg")
    assert codes(result) == ["NSG_DENY"]  # nothing about the unreached subnet NSG
    assert result.layers[1].present and result.layers[1].matches == ()


def test_subnet_deny_after_nic_allow() -> None:
    nic = nsg("nic-nsg", rule("allow-443", 100, "Allow", port="443"))
    subnet = nsg("subnet-nsg", rule("deny-internet", 200, destination="Internet"))
    result = evaluate(nic, subnet)
    assert decided_by(result) == (Verdict.BLOCKED, "deny-internet")
    assert [b.scope for b in result.blockers()] == ["subnet"]
    [deny] = [f for f in result.findings if f.code == "NSG_DENY"]
    assert deny.severity is Severity.ERROR and deny.fix_id == "nsg-allow-attestation"
    assert deny.evidence["layer"] == "subnet-nsg" and deny.evidence["priority"] == 200
    assert deny.evidence["resourceId"] == NSG_ID.format(name="subnet-nsg")
    assert deny.evidence["blockedPrefixes"] == ["20.1.2.3/32"]
    assert "on the VM's subnet" in deny.render() and "TCP port 443" in deny.render()


def test_both_must_allow() -> None:
    allow = rule("allow", 100, "Allow")
    result = evaluate(nsg("a", allow), nsg("b", allow))
    assert decided_by(result) == (Verdict.ALLOWED, "allow")
    assert [layer.verdict for layer in result.layers] == [Verdict.ALLOWED, Verdict.ALLOWED]
    assert result.decisions[0].nic is not None and result.decisions[0].subnet is not None


# -- §1.2 priorities ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ([rule("allow", 100, "Allow"), rule("deny", 200)], (Verdict.ALLOWED, "allow")),
        ([rule("deny", 200), rule("allow", 100, "Allow")], (Verdict.ALLOWED, "allow")),  # JSON order irrelevant
        ([rule("allow", 300, "Allow"), rule("deny", 200)], (Verdict.BLOCKED, "deny")),
        ([rule("allow", 4096, "Allow")], (Verdict.ALLOWED, "allow")),  # custom rules precede defaults
        ([rule("allow", "150", "Allow"), rule("deny", 200)], (Verdict.ALLOWED, "allow")),  # type: ignore[arg-type]
    ],
)
def test_lowest_priority_number_wins(rules: list[dict[str, Any]], expected: tuple[Verdict, str]) -> None:
    assert decided_by(evaluate(nsg("n", *rules))) == expected


# -- §1.3 default rules and §7 worked examples ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "port", "expected"),
    [
        ("13.107.21.200", 80, (Verdict.ALLOWED, "AllowInternetOutBound")),  # §7 a
        ("172.31.0.100", 80, (Verdict.BLOCKED, "DenyAllOutBound")),  # §7 b: RFC 1918 outside the VNet
        ("10.0.5.5", 443, (Verdict.ALLOWED, "AllowVnetOutBound")),
        ("100.64.0.1", 443, (Verdict.BLOCKED, "DenyAllOutBound")),  # shared space is not Internet
        ("169.254.1.1", 443, (Verdict.BLOCKED, "DenyAllOutBound")),
        ("224.0.0.5", 443, (Verdict.BLOCKED, "DenyAllOutBound")),
        ("20.1.2.3", 443, (Verdict.ALLOWED, "AllowInternetOutBound")),
        ("2603:1000::1", 443, (Verdict.ALLOWED, "AllowInternetOutBound")),
        ("fd00::1", 443, (Verdict.BLOCKED, "DenyAllOutBound")),
    ],
)
def test_default_rules_are_synthesised_when_missing(destination: str, port: int, expected: tuple[Verdict, str]) -> None:
    result = evaluate(nsg("bare"), destination=destination, port=port)
    assert decided_by(result) == expected
    match = result.decisions[0].match
    assert match is not None and match.is_default
    assert match.priority == {"AllowVnetOutBound": 65000, "AllowInternetOutBound": 65001}.get(expected[1], 65500)


def test_default_deny_is_reported_by_its_arm_name() -> None:
    result = evaluate(
        nsg("n", rule("deny-cloud-allow-nothing", 100, "Allow", destination="Storage")), destination="172.31.0.100"
    )
    [blocker] = result.blockers()
    assert (blocker.rule, blocker.priority) == ("DenyAllOutBound", 65500)
    assert blocker.resource_id == NSG_ID.format(name="n")
    [deny] = [f for f in result.findings if f.code == "NSG_DENY"]
    assert deny.evidence["isDefault"] is True


def test_default_rules_from_json_are_used_and_missing_ones_added() -> None:
    only_deny = [
        {
            "name": "DenyAllOutBound",
            "id": "custom-id",
            "properties": {
                "protocol": "*",
                "sourcePortRange": "*",
                "destinationPortRange": "*",
                "sourceAddressPrefix": "*",
                "destinationAddressPrefix": "*",
                "access": "Deny",
                "priority": 65500,
                "direction": "Outbound",
            },
        }
    ]
    body = nsg("n", defaults=only_deny)
    assert decided_by(evaluate(body)) == (Verdict.ALLOWED, "AllowInternetOutBound")  # synthesised
    prepared = prepare_nsg(body, CTX)
    assert [r.name for r in prepared.rules].count("DenyAllOutBound") == 1
    assert next(r for r in prepared.rules if r.name == "DenyAllOutBound").rule_id == "custom-id"


def test_arm_example_nsg() -> None:
    body = arm_example("NetworkSecurityGroupGet.2024-05-01.json")["responses"]["200"]["body"]
    # rule1 is Inbound TCP 80: it must not affect the outbound flow, even on port 80
    for port in (80, 443):
        result = evaluate(body, port=port)
        assert decided_by(result) == (Verdict.ALLOWED, "AllowInternetOutBound")
        match = result.decisions[0].match
        assert match is not None and match.resource_id == body["id"] and match.layer is Layer.NIC_NSG
    assert decided_by(evaluate(None, body, destination="172.31.0.100")) == (Verdict.BLOCKED, "DenyAllOutBound")


# -- §1.5 protocols, §1.6 ports, §1.4 singular and plural ----------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "matches"),
    [("Tcp", True), ("TCP", True), ("tcp", True), ("*", True), ("Any", True), ("All", True), ("ANY", True),
     ("Udp", False), ("UDP", False), ("Icmp", False), ("Esp", False), ("Ah", False), ("Udb", False)],
)  # fmt: skip
def test_protocol_is_case_insensitive_and_any_is_a_wildcard(protocol: str, matches: bool) -> None:
    result = evaluate(nsg("n", rule("r", 100, protocol=protocol)))
    assert decided_by(result) == ((Verdict.BLOCKED, "r") if matches else (Verdict.ALLOWED, "AllowInternetOutBound"))


@pytest.mark.parametrize(
    ("port", "matches"),
    [("*", True), ("443", True), ("400-500", True), ("443-443", True), ("0-65535", True), ("80,443", True),
     ("80, 443", True), (["80", "443"], True), (["22", "400-500"], True), ("80", False), ("444-500", False),
     ("8443", False), (["80", "8080-8090"], False), ("1-442", False)],
)  # fmt: skip
def test_destination_ports(port: str | list[str], matches: bool) -> None:
    result = evaluate(nsg("n", rule("r", 100, port=port)))
    assert (decided_by(result)[1] == "r") is matches


@pytest.mark.parametrize(
    "props",
    [
        {"destinationAddressPrefix": "", "destinationAddressPrefixes": ["20.1.2.0/24"]},
        {"destinationAddressPrefixes": ["20.1.2.0/24"]},
        {"destinationAddressPrefix": "20.1.2.3", "destinationAddressPrefixes": []},
        {"destinationAddressPrefix": "1.1.1.1", "destinationAddressPrefixes": ["20.1.2.3"]},  # union
        {"destinationAddressPrefix": None, "destinationAddressPrefixes": ["9.9.9.9", "20.1.2.0/30"]},
        {"destinationPortRange": "", "destinationPortRanges": ["443"]},
        {"destinationPortRange": "80", "destinationPortRanges": ["443"]},
        {"sourceAddressPrefix": "", "sourceAddressPrefixes": ["10.0.0.0/24"]},
        {"sourcePortRange": None, "sourcePortRanges": ["*"]},
    ],
)
def test_singular_and_plural_fields_are_united(props: dict[str, Any]) -> None:
    body = rule("r", 100)
    for key in ("destinationAddressPrefix", "destinationPortRange", "sourceAddressPrefix", "sourcePortRange"):
        if any(k.startswith(key) for k in props):
            body["properties"].pop(key, None)
    body["properties"].update(props)
    assert decided_by(evaluate(nsg("n", body))) == (Verdict.BLOCKED, "r")


# -- §1.6 and §1.7 addresses and service tags -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "matches"),
    [
        ("*", True), ("0.0.0.0/0", True), ("20.1.2.3", True), ("20.1.2.3/32", True), ("20.1.0.0/16", True),
        ("20.1.2.0-20.1.2.10", True), ("Internet", True), ("INTERNET", True), ("internet", True),
        ("AzureCloud", True), ("azurecloud", True), ("AzureAttestation", True), ("AZUREATTESTATION", True),
        ("AzureAttestation.WestEurope", True), ("::/0", False), ("20.1.3.0/24", False), ("VirtualNetwork", False),
        ("VIRTUAL_NETWORK", False), ("AzureLoadBalancer", False), ("AZURE_LOADBALANCER", False), ("Storage", False),
        (["Storage", "20.1.2.3"], True),
    ],
)  # fmt: skip
def test_destination_tokens(destination: str | list[str], matches: bool) -> None:
    result = evaluate(nsg("n", rule("r", 100, destination=destination)))
    assert decided_by(result) == ((Verdict.BLOCKED, "r") if matches else (Verdict.ALLOWED, "AllowInternetOutBound"))


@pytest.mark.parametrize(
    ("source", "matches"),
    [
        ("*", True), ("10.0.0.4", True), ("10.0.0.0/24", True), ("VirtualNetwork", True), ("VIRTUAL_NETWORK", True),
        ("10.0.1.0/24", False), ("Internet", False), ("AzureLoadBalancer", False), ("AzureCloud", False),
        (["192.168.0.1", "10.0.0.4"], True),
    ],
)  # fmt: skip
def test_source_is_the_nic_private_ip(source: str | list[str], matches: bool) -> None:
    result = evaluate(nsg("n", rule("r", 100, source=source)))
    assert (decided_by(result)[1] == "r") is matches


def test_internet_tag_excludes_the_virtual_network() -> None:
    # A VNet using public space: its own addresses are VirtualNetwork, not Internet.
    context = NsgContext(IpRangeSet.parse_all(["20.1.2.0/28", "10.0.0.0/16"]), TAGS)
    result = evaluate(
        nsg("n", rule("deny-internet", 100, destination="Internet")), destination="20.1.2.0/27", context=context
    )
    assert result.verdict is Verdict.PARTIAL
    assert result.addresses(Verdict.ALLOWED).to_cidrs() == ["20.1.2.0/28"]
    assert result.addresses(Verdict.BLOCKED).to_cidrs() == ["20.1.2.16/28"]


def test_real_service_tags_deny_internet_allow_attestation() -> None:
    tags = public_tags()
    attestation = tags.resolve("AzureAttestation")
    assert attestation is not None
    context = NsgContext(VNET, tags)
    body = nsg(
        "n",
        rule("allow-attestation", 100, "Allow", destination="AzureAttestation", port="443", protocol="Tcp"),
        rule("deny-internet", 4000, destination="Internet"),
    )
    result = evaluate_outbound(body, None, source_ip="10.0.0.4", destination=attestation, context=context)
    assert result.verdict is Verdict.ALLOWED
    assert result.addresses(Verdict.ALLOWED) == attestation
    assert {d.match.rule for d in result.decisions if d.match} == {"allow-attestation"}
    # without the allow rule, the Internet deny catches every attestation prefix (all are public)
    body["properties"]["securityRules"] = body["properties"]["securityRules"][1:]
    result = evaluate_outbound(body, None, source_ip="10.0.0.4", destination=attestation, context=context)
    assert result.verdict is Verdict.BLOCKED and [b.rule for b in result.blockers()] == ["deny-internet"]
    # AzureCloud covers AzureAttestation
    body["properties"]["securityRules"].append(rule("allow-cloud", 200, "Allow", destination="AzureCloud"))
    result = evaluate_outbound(body, None, source_ip="10.0.0.4", destination=attestation, context=context)
    assert result.verdict is Verdict.ALLOWED


def test_partial_block_reports_which_prefixes() -> None:
    body = nsg("n", rule("deny-half", 100, destination="20.1.2.0/25"))
    result = evaluate(body, destination="20.1.2.0/24")
    assert result.verdict is Verdict.PARTIAL
    assert [str(d.piece) for d in result.decisions] == ["20.1.2.0/25", "20.1.2.128/25"]
    assert codes(result) == ["NSG_DENY", "NSG_PARTIAL"]
    partial = result.findings[1]
    assert partial.args == {"blocked": 1, "total": 2}
    assert partial.evidence["allowedPrefixes"] == ["20.1.2.128/25"]


# -- §1.7 VirtualNetwork with user-defined routes --------------------------------------------------------------


def test_vnet_tag_with_default_udr_matches_public_addresses_and_is_flagged() -> None:
    vnet = {"properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}}
    routes = {
        "properties": {
            "routes": [
                {
                    "name": "default-to-fw",
                    "properties": {
                        "addressPrefix": "0.0.0.0/0",
                        "nextHopType": "VirtualAppliance",
                        "nextHopIpAddress": "10.0.0.4",
                    },
                }
            ]
        }
    }
    context = NsgContext(virtual_network_space(vnet, [], routes, TAGS), TAGS, address_space=address_space(vnet))
    result = evaluate(nsg("n", rule("deny-internet", 4000, destination="Internet")), context=context)
    # The Internet deny still applies: a UDR widens VirtualNetwork, it does not shrink Internet.
    assert decided_by(result) == (Verdict.BLOCKED, "deny-internet")
    result = evaluate(nsg("n"), context=context)
    assert decided_by(result) == (Verdict.ALLOWED, "AllowVnetOutBound")
    assert codes(result) == ["NSG_VNET_TAG_UDR_DEFAULT"]
    assert result.findings[0].severity is Severity.WARNING
    # a private destination inside the VNet is no reason to warn
    assert codes(evaluate(nsg("n"), context=context, destination="10.0.3.3")) == []


def test_virtual_network_space_sources() -> None:
    vnet = {
        "properties": {
            "addressSpace": {"addressPrefixes": ["10.0.0.0/16", "fd00::/48"]},
            "virtualNetworkPeerings": [
                {
                    "properties": {
                        "peeringState": "Connected",
                        "remoteAddressSpace": {"addressPrefixes": ["10.1.0.0/16"]},
                    }
                },
                {
                    "properties": {
                        "peeringState": "Disconnected",
                        "remoteAddressSpace": {"addressPrefixes": ["10.9.0.0/16"]},
                    }
                },
            ],
        }
    }
    peered = [{"properties": {"addressSpace": {"addressPrefixes": ["10.2.0.0/16"]}}}]
    routes = {
        "properties": {
            "routes": [
                {"properties": {"addressPrefix": "192.168.5.0/24", "nextHopType": "VirtualNetworkGateway"}},
                {"properties": {"addressPrefix": "Storage", "nextHopType": "Internet"}},
                {"properties": {"addressPrefix": "NoSuchTag", "nextHopType": "Internet"}},
                {"properties": {"addressPrefix": None}},
                "junk",
            ]
        }
    }
    space = virtual_network_space(vnet, peered, routes, TAGS)
    assert space.to_cidrs() == ["10.0.0.0/15", "10.2.0.0/16", "52.0.0.0/8", "192.168.5.0/24", "fd00::/48"]
    assert virtual_network_space(vnet, peered, routes, None).to_cidrs() == [
        "10.0.0.0/15",
        "10.2.0.0/16",
        "192.168.5.0/24",
        "fd00::/48",
    ]
    assert virtual_network_space({}, [], None, None) == IpRangeSet.EMPTY
    assert address_space({"properties": None}) == IpRangeSet.EMPTY


# -- §1.8 application security groups -----------------------------------------------------------------------


def asg_rule(name: str, priority: int, access: str = "Deny") -> dict[str, Any]:
    body = rule(name, priority, access)
    del body["properties"]["sourceAddressPrefix"]
    body["properties"]["sourceApplicationSecurityGroups"] = [{"id": ASG}]
    return body


@pytest.mark.parametrize(
    ("nic_asgs", "expected", "finding"),
    [
        (frozenset({ASG.lower()}), (Verdict.BLOCKED, "deny-web"), []),
        (frozenset({ASG.upper()}), (Verdict.BLOCKED, "deny-web"), []),  # ids compare case-insensitively
        (frozenset(), (Verdict.ALLOWED, "AllowInternetOutBound"), ["NSG_ASG_NOT_MEMBER"]),
        (frozenset({ASG.lower() + "2"}), (Verdict.ALLOWED, "AllowInternetOutBound"), ["NSG_ASG_NOT_MEMBER"]),
    ],
)
def test_source_asg_rule_applies_only_to_members(
    nic_asgs: frozenset[str], expected: tuple[Verdict, str], finding: list[str]
) -> None:
    result = evaluate(nsg("n", asg_rule("deny-web", 100)), context=NsgContext(VNET, TAGS, nic_asgs))
    assert decided_by(result) == expected
    assert [c for c in codes(result) if c != "NSG_DENY"] == finding
    if finding:
        assert result.findings[0].args["asg"] == "Web" and result.findings[0].severity is Severity.INFO


def test_destination_asg_cannot_match_public_addresses_but_is_unknown_inside_the_vnet() -> None:
    body = rule("deny-to-web", 100)
    del body["properties"]["destinationAddressPrefix"]
    body["properties"]["destinationApplicationSecurityGroups"] = [{"id": ASG}]
    assert decided_by(evaluate(nsg("n", body))) == (Verdict.ALLOWED, "AllowInternetOutBound")
    inside = evaluate(nsg("n", body), destination="10.0.9.9")
    assert decided_by(inside) == (Verdict.UNKNOWN, "deny-to-web")
    assert codes(inside) == ["NSG_DEST_ASG"]


def test_nic_application_security_groups() -> None:
    nic = {
        "properties": {
            "ipConfigurations": [
                {"properties": {"privateIPAddress": "10.0.0.5", "applicationSecurityGroups": [{"id": "/A/Other"}]}},
                {
                    "properties": {
                        "primary": True,
                        "privateIPAddress": "10.0.0.4",
                        "applicationSecurityGroups": [{"id": ASG}, {"bad": 1}],
                    }
                },
            ]
        }
    }
    assert nic_application_security_groups(nic) == frozenset({ASG.lower()})
    assert nic_application_security_groups(nic, "10.0.0.5") == frozenset({"/a/other"})
    assert nic_application_security_groups({"properties": {"ipConfigurations": None}}) == frozenset()
    assert nic_application_security_groups({}) == frozenset()


# -- source ports ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source_port", "expected", "finding"),
    [
        ("*", (Verdict.BLOCKED, "r"), []),
        ("0-65535", (Verdict.BLOCKED, "r"), []),
        ("1024-65535", (Verdict.BLOCKED, "r"), []),
        (["1024-40000", "40001-65535"], (Verdict.BLOCKED, "r"), []),  # never merged: treated as partial
        ("49152-65535", (Verdict.ALLOWED, "AllowInternetOutBound"), ["NSG_SOURCE_PORT_RESTRICTED"]),
        ("80", (Verdict.ALLOWED, "AllowInternetOutBound"), []),  # never an ephemeral port: no warning
        ("1023", (Verdict.ALLOWED, "AllowInternetOutBound"), []),
    ],
)
def test_source_port_must_cover_the_ephemeral_range(
    source_port: str | list[str], expected: tuple[Verdict, str], finding: list[str]
) -> None:
    result = evaluate(nsg("n", rule("r", 100, source_port=source_port)))
    if source_port == ["1024-40000", "40001-65535"]:
        expected, finding = (Verdict.ALLOWED, "AllowInternetOutBound"), ["NSG_SOURCE_PORT_RESTRICTED"]
    assert decided_by(result) == expected
    assert [c for c in codes(result) if c != "NSG_DENY"] == finding


# -- service tags the data cannot resolve, regional tags -------------------------------------------------------


def test_unknown_tag_makes_reached_pieces_unknown() -> None:
    body = nsg("n", rule("deny-mystery", 100, destination="NoSuchTag"))
    result = evaluate(body)
    assert decided_by(result) == (Verdict.UNKNOWN, "deny-mystery")
    assert codes(result) == ["NSG_UNKNOWN_TAG"]
    finding = result.findings[0]
    assert finding.args == {"rule": "deny-mystery", "priority": 100, "nsg": "n", "tag": "NoSuchTag"}
    assert finding.severity is Severity.WARNING and finding.evidence["layer"] == "nic-nsg"
    assert result.blockers() == []


def test_unknown_tag_behind_a_deciding_rule_is_not_reported() -> None:
    body = nsg(
        "n",
        rule("allow", 100, "Allow", destination="AzureAttestation"),
        rule("deny-mystery", 200, destination="NoSuchTag"),
    )
    result = evaluate(body)
    assert decided_by(result) == (Verdict.ALLOWED, "allow") and codes(result) == []


def test_without_service_tag_data_named_tags_are_unknown_but_virtual_tags_work() -> None:
    context = NsgContext(VNET, None)
    result = evaluate(nsg("n", rule("allow", 100, "Allow", destination="AzureAttestation")), context=context)
    assert decided_by(result) == (Verdict.UNKNOWN, "allow") and codes(result) == ["NSG_UNKNOWN_TAG"]
    result = evaluate(nsg("n", rule("deny-internet", 100, destination="Internet")), context=context)
    assert decided_by(result) == (Verdict.BLOCKED, "deny-internet")


def test_unknown_source_tag_is_undecidable() -> None:
    result = evaluate(nsg("n", rule("r", 100, source="NoSuchTag")))
    assert decided_by(result) == (Verdict.UNKNOWN, "r") and codes(result) == ["NSG_UNKNOWN_TAG"]


def test_unknown_tag_in_an_augmented_rule_keeps_the_known_part_exact() -> None:
    result = evaluate(nsg("n", rule("r", 100, destination=["20.1.2.0/25", "NoSuchTag"])), destination="20.1.2.0/24")
    assert [(str(d.piece), d.verdict) for d in result.decisions] == [
        ("20.1.2.0/25", Verdict.BLOCKED),
        ("20.1.2.128/25", Verdict.UNKNOWN),
    ]
    assert result.verdict is Verdict.UNKNOWN
    assert codes(result) == ["NSG_DENY", "NSG_UNKNOWN_TAG"]


def test_nic_unknown_then_subnet_deny_is_blocked_by_the_subnet() -> None:
    result = evaluate(nsg("nic", rule("mystery", 100, "Allow", destination="NoSuchTag")), nsg("sub", rule("deny", 100)))
    assert decided_by(result) == (Verdict.BLOCKED, "deny")
    assert [b.scope for b in result.blockers()] == ["subnet"]
    result = evaluate(
        nsg("nic", rule("mystery", 100, "Allow", destination="NoSuchTag")), nsg("sub", rule("allow", 100, "Allow"))
    )
    assert decided_by(result) == (Verdict.UNKNOWN, "mystery")


def test_regional_attestation_tag_is_flagged() -> None:
    body = nsg("n", rule("allow-weu", 100, "Allow", destination="azureattestation.westeurope", port="443"))
    result = evaluate(body, destination="20.1.2.0/24")
    assert result.verdict is Verdict.ALLOWED  # the regional half by the rule, the rest by AllowInternetOutBound
    assert [d.match.rule for d in result.decisions if d.match] == ["allow-weu", "AllowInternetOutBound"]
    [finding] = result.findings
    assert (finding.code, finding.severity, finding.args["tag"]) == (
        "NSG_REGIONAL_TAG",
        Severity.INFO,
        "azureattestation.westeurope",
    )
    # flagged on any outbound rule naming it, even one that does not match port 443
    body = nsg("n", rule("weu-80", 100, "Allow", destination="AzureAttestation.WestEurope", port="80"))
    assert codes(evaluate(body)) == ["NSG_REGIONAL_TAG"]


# -- layers for the UI ---------------------------------------------------------------------------------------


def test_layers_list_deciding_rules_in_priority_order() -> None:
    nic = nsg(
        "nic",
        rule("deny-low", 300, destination="20.1.2.128/25"),
        rule("allow-high", 100, "Allow", destination="20.1.2.0/26"),
    )
    result = evaluate(nic, nsg("sub"), destination="20.1.2.0/24")
    nic_layer, subnet_layer = result.layers
    assert (nic_layer.name, nic_layer.verdict) == ("nic", Verdict.PARTIAL)
    assert [(m.rule, m.action) for m in nic_layer.matches] == [
        ("allow-high", "Allow"),
        ("deny-low", "Deny"),
        ("AllowInternetOutBound", "Allow"),
    ]
    assert subnet_layer.verdict is Verdict.ALLOWED
    assert [m.rule for m in subnet_layer.matches] == ["AllowInternetOutBound"]  # only non-blocked pieces
    assert {m.layer for m in subnet_layer.matches} == {Layer.SUBNET_NSG}


# -- odd payloads ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"properties": None},
        {"name": "n", "properties": {"securityRules": None, "defaultSecurityRules": None}},
        {"name": "n", "properties": {"securityRules": [None, 3, "x"]}},
        {"id": NSG_ID.format(name="from-id"), "properties": {"securityRules": []}},
    ],
)
def test_odd_nsg_bodies_fall_back_to_the_default_rules(body: dict[str, Any]) -> None:
    result = evaluate(body)
    assert decided_by(result) == (Verdict.ALLOWED, "AllowInternetOutBound")
    assert result.layers[0].name in ("?", "n", "from-id")


@pytest.mark.parametrize(
    "props",
    [
        {"destinationAddressPrefix": None},  # no destination at all
        {"destinationPortRange": "https"},
        {"destinationPortRange": "70000"},
        {"destinationPortRange": "500-400"},
        {"sourcePortRange": "x"},
        {"protocol": None},
        {"protocol": 6},
        {"access": "Maybe"},
        {"direction": None},
        {"priority": None},
        {"destinationAddressPrefixes": [1, 2]},
    ],
)
def test_unreadable_rule_fields_make_the_rule_unknown(props: dict[str, Any]) -> None:
    body = rule("odd", 100)
    body["properties"].update(props)
    result = evaluate(nsg("n", body))
    assert decided_by(result) == (Verdict.UNKNOWN, "odd")
    assert codes(result) == ["NSG_RULE_UNREADABLE"]


def test_unreadable_rule_that_cannot_match_the_flow_is_ignored() -> None:
    body = rule("odd", 100, protocol="Udp", destinationPortRange="https")
    assert decided_by(evaluate(nsg("n", body))) == (Verdict.ALLOWED, "AllowInternetOutBound")


def test_key_case_variants_and_flattened_rules() -> None:
    shouting = {
        "name": "r",
        "properties": {
            "Protocol": "TCP",
            "SourcePortRange": "*",
            "DestinationPortRange": "443",
            "SourceAddressPrefix": "*",
            "DestinationAddressPrefix": "Internet",
            "Access": "deny",
            "Priority": 100,
            "Direction": "outbound",
        },
    }
    assert decided_by(evaluate(nsg("n", shouting))) == (Verdict.BLOCKED, "r")
    flat = {"name": "flat", **rule("ignored", 100)["properties"]}
    assert decided_by(evaluate(nsg("n", flat))) == (Verdict.BLOCKED, "flat")


def test_unreadable_source_ip_makes_address_rules_unknown() -> None:
    result = evaluate(nsg("n", rule("r", 100, source="10.0.0.0/24")), source_ip="not-an-ip")
    assert decided_by(result) == (Verdict.UNKNOWN, "r")
    # rules with source "*" still decide
    assert decided_by(evaluate(nsg("n", rule("r", 100)), source_ip="")) == (Verdict.BLOCKED, "r")


def test_ipv6_destinations() -> None:
    body = nsg("n", rule("deny-v6", 100, destination="::/0"))
    result = evaluate(body, destination=["20.1.2.0/24", "2603:1000::/64"])
    assert [(str(d.piece), d.verdict) for d in result.decisions] == [
        ("20.1.2.0/24", Verdict.ALLOWED),
        ("2603:1000::/64", Verdict.BLOCKED),
    ]
    assert result.verdict is Verdict.PARTIAL


def test_empty_destination_gives_unknown_without_crashing() -> None:
    result = evaluate_outbound(nsg("n"), None, source_ip="10.0.0.4", destination=IpRangeSet.EMPTY, context=CTX)
    assert result.decisions == () and result.verdict is Verdict.UNKNOWN and result.blockers() == []


def test_prepared_nsg_gives_the_same_result_and_reuses_clipping() -> None:
    body = nsg("n", rule("deny-half", 100, destination="20.1.2.0/25"), rule("tag", 200, destination="AzureCloud"))
    prepared = prepare_nsg(body, CTX)
    first = evaluate(prepared, destination="20.1.2.0/24")
    assert first == evaluate(body, destination="20.1.2.0/24")
    assert evaluate(prepared, destination="20.1.2.0/24") == first
    assert [str(d.piece) for d in evaluate(prepared, destination="20.1.2.64/26").decisions] == ["20.1.2.64/26"]


def test_every_nsg_message_has_a_german_translation_with_the_same_placeholders() -> None:
    import ast
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    # The NSG evaluator is split over core/diagnosis/nsg.py and its nsg_*.py parts; the texts live in nsg_findings.
    sources = sorted((root / "core/diagnosis").glob("nsg*.py"))
    assert root / "core/diagnosis/nsg_findings.py" in sources
    marked = {
        (n.args[0].value, n.args[1].value)
        for source in sources
        for n in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "QT_TRANSLATE_NOOP"
    }
    pending = json.loads((root / "translations/pending/nsg.json").read_text(encoding="utf-8"))
    assert {(ctx, text) for ctx, texts in pending.items() for text in texts} == marked
    for context, text in marked:
        german = pending[context][text]
        assert sorted(re.findall(r"\{\w+\}", german)) == sorted(re.findall(r"\{\w+\}", text))
