"""The piecewise NSG evaluator agrees with a naive single-address first-match loop on random rule sets."""

from __future__ import annotations

import ipaddress
from typing import Any

from fixtures_nsg import nsg, rule
from hypothesis import given, settings
from hypothesis import strategies as st

from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Verdict
from core.diagnosis.nsg import NsgContext, evaluate_outbound
from core.diagnosis.service_tags import ServiceTagIndex

# A 32-address public universe, with part of it as the "VNet" so VirtualNetwork and Internet both matter.
BASE = ipaddress.IPv4Address("20.0.0.0")
UNIVERSE = 32
VNET = ["20.0.0.0/29"]
TAG_PREFIXES = {"TagA": ["20.0.0.8/29", "20.0.0.24/30"], "TagB": ["20.0.0.16/28"]}
TAGS = ServiceTagIndex.from_json(
    {"values": [{"name": n, "properties": {"addressPrefixes": p}} for n, p in TAG_PREFIXES.items()]}, source="t"
)
CONTEXT = NsgContext(IpRangeSet.parse_all(VNET), TAGS)
SOURCE = "10.0.0.4"


def _in(address: ipaddress.IPv4Address, prefixes: list[str]) -> bool:
    return any(address in ipaddress.ip_network(p, strict=False) for p in prefixes)


def reference_match(props: dict[str, Any], address: ipaddress.IPv4Address) -> bool | None:
    """Does this rule match TCP SOURCE:ephemeral → address:443? ``None`` = cannot tell (unknown tag)."""
    if props["direction"] != "Outbound" or props["protocol"].lower() not in ("tcp", "*", "any"):
        return False
    ports = props["destinationPortRange"]
    if ports != "*" and not any(
        int(lo) <= 443 <= int(hi or lo) for lo, _, hi in (p.partition("-") for p in ports.split(","))
    ):
        return False
    source = props["sourceAddressPrefix"]
    if source not in ("*", "VirtualNetwork") and ipaddress.ip_address(SOURCE) not in ipaddress.ip_network(source):
        return False
    token = props["destinationAddressPrefix"]
    if token == "*":
        return True
    if token == "VirtualNetwork":
        return _in(address, VNET)
    if token == "Internet":
        return not _in(address, VNET)  # the whole universe is public
    if token in TAG_PREFIXES:
        return _in(address, TAG_PREFIXES[token])
    if token == "Unknown":
        return None
    return address in ipaddress.ip_network(token, strict=False)


def reference_nsg(body: dict[str, Any] | None, address: ipaddress.IPv4Address) -> Verdict:
    if body is None:
        return Verdict.ALLOWED
    defaults = [
        rule("AllowVnetOutBound", 65000, "Allow", source="VirtualNetwork", destination="VirtualNetwork"),
        rule("AllowInternetOutBound", 65001, "Allow", destination="Internet"),
        rule("DenyAllOutBound", 65500),
    ]
    for r in sorted(body["properties"]["securityRules"] + defaults, key=lambda r: r["properties"]["priority"]):
        matched = reference_match(r["properties"], address)
        if matched is None:
            return Verdict.UNKNOWN
        if matched:
            return Verdict.ALLOWED if r["properties"]["access"] == "Allow" else Verdict.BLOCKED
    raise AssertionError("DenyAllOutBound matches everything")


def reference(nic: dict[str, Any] | None, subnet: dict[str, Any] | None, address: ipaddress.IPv4Address) -> Verdict:
    first = reference_nsg(nic, address)
    if first is Verdict.BLOCKED:
        return first
    second = reference_nsg(subnet, address)
    if second is Verdict.BLOCKED:
        return second
    return Verdict.UNKNOWN if Verdict.UNKNOWN in (first, second) else Verdict.ALLOWED


cidrs = st.builds(
    lambda offset, length: str(ipaddress.IPv4Network((int(BASE) + offset, length), strict=False)),
    st.integers(0, UNIVERSE - 1),
    st.integers(27, 32),
)
destinations = st.one_of(
    cidrs, st.sampled_from(["*", "VirtualNetwork", "Internet", "TagA", "TagB", "Unknown", "0.0.0.0/0"])
)


@st.composite
def rule_sets(draw: st.DrawFn) -> dict[str, Any] | None:
    if draw(st.booleans()) and draw(st.booleans()):
        return None  # no NSG at this level
    priorities = draw(st.lists(st.integers(100, 4096), max_size=6, unique=True))
    rules = [
        rule(
            f"r{p}",
            p,
            draw(st.sampled_from(["Allow", "Deny"])),
            destination=draw(destinations),
            port=draw(st.sampled_from(["*", "443", "80", "400-500", "80,443", "1-100"])),
            protocol=draw(st.sampled_from(["Tcp", "TCP", "Udp", "*", "Any"])),
            source=draw(st.sampled_from(["*", "VirtualNetwork", "10.0.0.0/24", "10.9.0.0/16"])),
            direction=draw(st.sampled_from(["Outbound", "Outbound", "Inbound"])),
        )
        for p in priorities
    ]
    return nsg(f"nsg{len(rules)}", *rules)


@settings(max_examples=400, deadline=None)
@given(rule_sets(), rule_sets(), st.lists(cidrs, min_size=1, max_size=3))
def test_pieces_agree_with_single_address_first_match(
    nic: dict[str, Any] | None, subnet: dict[str, Any] | None, destination: list[str]
) -> None:
    dest = IpRangeSet.parse_all(destination)
    result = evaluate_outbound(nic, subnet, source_ip=SOURCE, destination=dest, context=CONTEXT)
    assert IpRangeSet.of(d.piece for d in result.decisions) == dest  # pieces cover the destination exactly
    for offset in range(UNIVERSE):
        address = ipaddress.IPv4Address(int(BASE) + offset)
        containing = [d for d in result.decisions if d.piece.first <= int(address) <= d.piece.last]
        if not dest.contains_address(address):
            assert containing == []
            continue
        assert len(containing) == 1
        assert containing[0].verdict is reference(nic, subnet, address), (str(address), containing[0])
    blocked = [d for d in result.decisions if d.verdict is Verdict.BLOCKED]
    assert {(b.rule, b.scope) for b in result.blockers()} == {
        (d.match.rule, "nic" if d.nic is not None and d.nic.verdict is Verdict.BLOCKED else "subnet")
        for d in blocked
        if d.match is not None
    }
