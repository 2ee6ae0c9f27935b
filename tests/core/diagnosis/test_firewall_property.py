"""The per-piece firewall evaluator against a brute-force, address-by-address reference (classic rules)."""

from __future__ import annotations

import ipaddress
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.diagnosis.firewall import FirewallInputs, evaluate_firewall
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Verdict
from tests.core.diagnosis.fixtures_firewall import (
    classic_app_rule,
    classic_collection,
    classic_firewall,
    classic_net_rule,
)

BASE = int(ipaddress.IPv4Address("20.0.0.0"))  # destination universe: 20.0.0.0-20.0.0.31
SRC_BASE = int(ipaddress.IPv4Address("10.0.0.0"))  # source universe: 10.0.0.0-10.0.0.7
HOST = "sharedweu.weu.attest.azure.net"


def _ip(value: int) -> str:
    return str(ipaddress.IPv4Address(value))


def _tokens(base: int, size: int) -> st.SearchStrategy[str]:
    single = st.integers(0, size - 1).map(lambda i: _ip(base + i))
    cidr = st.tuples(st.integers(0, size - 1), st.sampled_from([27, 28, 29, 30, 31, 32])).map(
        lambda t: str(ipaddress.ip_network(f"{_ip(base + t[0])}/{t[1]}", strict=False))
    )
    dash = st.tuples(st.integers(0, size - 1), st.integers(0, size - 1)).map(
        lambda t: f"{_ip(base + min(t))}-{_ip(base + max(t))}"
    )
    return st.one_of(st.just("*"), single, cidr, dash)


PORTS = st.lists(st.sampled_from(["443", "*", "80", "440-450", "22"]), min_size=1, max_size=2)
PROTOCOLS = st.lists(st.sampled_from(["TCP", "UDP", "Any", "ICMP"]), min_size=1, max_size=2)

net_rules = st.builds(
    lambda n, s, d, p, pr: classic_net_rule(f"n{n}", sources=s, dest=d, ports=p, protocols=pr),
    st.integers(0, 999),
    st.lists(_tokens(SRC_BASE, 8), min_size=1, max_size=2),
    st.lists(_tokens(BASE, 32), min_size=1, max_size=3),
    PORTS,
    PROTOCOLS,
)
app_rules = st.builds(
    lambda n, f, s, p: classic_app_rule(f"a{n}", fqdns=f, sources=s, port=p[0], kind=p[1]),
    st.integers(0, 999),
    st.lists(st.sampled_from(["*", "*.attest.azure.net", "www.test.com", HOST, "*.azure.us"]), min_size=1, max_size=2),
    st.lists(_tokens(SRC_BASE, 8), min_size=1, max_size=2),
    st.sampled_from([(443, "Https"), (80, "Http"), (443, "Http")]),
)


def _collections(rules: st.SearchStrategy[dict[str, Any]], prefix: str) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(
        st.builds(
            lambda i, pri, act, rs: classic_collection(f"{prefix}{i}", pri, act, rs),
            st.integers(0, 99),
            st.integers(100, 104),  # few values, so equal priorities (document order) occur
            st.sampled_from(["Allow", "Deny"]),
            st.lists(rules, min_size=1, max_size=3),
        ),
        max_size=4,
    )


# -- reference: one address at a time, written independently of the evaluator ----------------------------------


def _in(token: str, address: str) -> bool:
    ip = ipaddress.IPv4Address(address)
    if token == "*":
        return True
    if "-" in token:
        low, high = token.split("-")
        return ipaddress.IPv4Address(low) <= ip <= ipaddress.IPv4Address(high)
    return ip in ipaddress.ip_network(token, strict=False)


def _port_in(token: str, port: int) -> bool:
    if token == "*":
        return True
    low, _, high = token.partition("-")
    return int(low) <= port <= int(high or low)


def _host_in(pattern: str, host: str) -> bool:
    return pattern == "*" or pattern == host or (pattern.startswith("*.") and host.endswith(pattern[1:]))


def _reference(firewall: dict[str, Any], source: str, address: str, port: int) -> Verdict:
    def ordered(key: str) -> list[dict[str, Any]]:
        colls = firewall["properties"][key]
        return [c for _, c in sorted(enumerate(colls), key=lambda ic: (ic[1]["properties"]["priority"], ic[0]))]

    for coll in ordered("networkRuleCollections"):
        for r in coll["properties"]["rules"]:
            if (
                any(_in(t, source) for t in r["sourceAddresses"])
                and any(_in(t, address) for t in r["destinationAddresses"])
                and any(_port_in(t, port) for t in r["destinationPorts"])
                and any(p in ("TCP", "Any") for p in r["protocols"])
            ):
                return Verdict.ALLOWED if coll["properties"]["action"]["type"] == "Allow" else Verdict.BLOCKED
    for coll in ordered("applicationRuleCollections"):
        for r in coll["properties"]["rules"]:
            if (
                any(_in(t, source) for t in r["sourceAddresses"])
                and any(p["protocolType"] == "Https" and p["port"] == port for p in r["protocols"])
                and any(_host_in(f, HOST) for f in r["targetFqdns"])
            ):
                return Verdict.ALLOWED if coll["properties"]["action"]["type"] == "Allow" else Verdict.BLOCKED
    return Verdict.BLOCKED


@settings(max_examples=300, deadline=None)
@given(
    network=_collections(net_rules, "net"),
    application=_collections(app_rules, "app"),
    source=st.integers(0, 7).map(lambda i: _ip(SRC_BASE + i)),
    destination=st.lists(_tokens(BASE, 32).filter(lambda t: t != "*"), min_size=1, max_size=3),
    port=st.sampled_from([443, 80, 22]),
)
def test_matches_brute_force_reference(
    network: list[dict[str, Any]],
    application: list[dict[str, Any]],
    source: str,
    destination: list[str],
    port: int,
) -> None:
    firewall = classic_firewall(network=network, application=application)
    dest = IpRangeSet.parse_all(destination)
    result = evaluate_firewall(
        FirewallInputs(firewall), source_ip=source, destination=dest, port=port, fqdn=HOST, service_tags=None
    )
    assert IpRangeSet.of(d.range for d in result.decisions) == dest
    assert sum(d.range.size for d in result.decisions) == dest.address_count()  # pieces do not overlap
    for decision in result.decisions:
        for value in range(decision.range.first, decision.range.last + 1):
            expected = _reference(firewall, source, _ip(value), port)
            assert decision.verdict is expected, (_ip(value), decision)
    assert result.verdict in (Verdict.ALLOWED, Verdict.BLOCKED, Verdict.PARTIAL)
