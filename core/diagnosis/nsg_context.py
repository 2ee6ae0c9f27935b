"""Outbound NSG evaluation, the VM's side: what the virtual service tags stand for.

``VirtualNetwork`` is the VNet and its peerings plus the subnet's UDR prefixes; ``Internet`` is the public
address space outside the VNet; the NIC IP configuration's application security groups decide ASG rules.
Internal to the NSG evaluator; other code imports these names from :mod:`core.diagnosis.nsg`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.diagnosis.arm_json import mappings, properties, strings
from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.service_tags import ServiceTagIndex

# Addresses that are never "Internet" (RFC 6890 special-purpose blocks: private, shared, loopback,
# link-local, documentation, benchmarking, multicast, reserved). IPv6 public space is 2000::/3.
_NOT_PUBLIC_V4 = IpRangeSet.parse_all(
    [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
        "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
    ]
)  # fmt: skip
PUBLIC_SPACE = IpRangeSet.ALL_V4.difference(_NOT_PUBLIC_V4).union(
    IpRangeSet.parse_all(["2000::/3"]).difference(IpRangeSet.parse_all(["2001:db8::/32"]))
)


@dataclass(frozen=True)
class NsgContext:
    """What the virtual tags mean for this VM, and the service tag data for the named ones."""

    virtual_network: IpRangeSet  # the VirtualNetwork tag: see virtual_network_space()
    service_tags: ServiceTagIndex | None = None
    nic_asg_ids: frozenset[str] = frozenset()  # lower-cased ASG resource ids of the NIC IP configuration
    # VNet + peered address spaces without UDR prefixes (see address_space()). Internet is the public space
    # outside these; when omitted, outside virtual_network. Passing it keeps a 0.0.0.0/0 UDR from emptying
    # the Internet tag, which would hide a "deny Internet" rule that Azure still applies with forced tunnelling.
    address_space: IpRangeSet | None = None
    internet: IpRangeSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nic_asg_ids", frozenset(a.casefold() for a in self.nic_asg_ids))
        own = self.address_space if self.address_space is not None else self.virtual_network
        object.__setattr__(self, "internet", PUBLIC_SPACE.difference(own))


def address_space(vnet: Mapping[str, Any], peered_vnets: Iterable[Mapping[str, Any]] = ()) -> IpRangeSet:
    """The VNet's address space ∪ its connected peerings' remote spaces ∪ ``peered_vnets``.

    ``peered_vnets`` may hold VNets (``addressSpace``) or peerings (``remoteAddressSpace``).
    """
    texts: list[str] = []
    props = properties(vnet)
    texts += strings(properties({"properties": props.get("addressSpace")}).get("addressPrefixes"))
    peerings = props.get("virtualNetworkPeerings")
    for peering in [*(peerings if isinstance(peerings, list) else []), *peered_vnets]:
        p = properties(peering)
        state = p.get("peeringState")
        if isinstance(state, str) and state.casefold() != "connected":
            continue  # a disconnected peering does not extend the tag
        for key in ("addressSpace", "remoteAddressSpace", "remoteVirtualNetworkAddressSpace"):
            space = p.get(key)
            if isinstance(space, Mapping):
                texts += strings(space.get("addressPrefixes"))
    return IpRangeSet.parse_all(texts)


def virtual_network_space(
    vnet: Mapping[str, Any],
    peered_vnets: Iterable[Mapping[str, Any]],
    route_table: Mapping[str, Any] | None,
    service_tags: ServiceTagIndex | None,
) -> IpRangeSet:
    """The VirtualNetwork tag for a subnet: VNet space ∪ peered spaces ∪ its route table's UDR prefixes.

    Service-tag routes are expanded; routes naming a tag the data does not know are skipped.
    """
    space = address_space(vnet, peered_vnets)
    routes = properties(route_table).get("routes") if route_table is not None else None
    for route in routes if isinstance(routes, list) else []:
        prefix = properties(route).get("addressPrefix")
        if not isinstance(prefix, str):
            continue
        parsed = IpRange.parse(prefix)
        if parsed is not None:
            space = space.union(IpRangeSet.of([parsed]))
        elif service_tags is not None and (tagged := service_tags.resolve(prefix)) is not None:
            space = space.union(tagged)
    return space


def nic_application_security_groups(nic: Mapping[str, Any], source_ip: str | None = None) -> frozenset[str]:
    """ASG ids (lower-cased) of the NIC IP configuration holding ``source_ip``, else the primary one."""
    configs = _ip_configurations(nic)
    chosen = next((c for c in configs if source_ip and properties(c).get("privateIPAddress") == source_ip), None)
    chosen = chosen or next((c for c in configs if properties(c).get("primary") is True), None)
    chosen = chosen or (configs[0] if configs else None)
    groups = properties(chosen).get("applicationSecurityGroups") if chosen is not None else None
    return frozenset(
        g["id"].casefold()
        for g in (groups if isinstance(groups, list) else [])
        if isinstance(g, Mapping) and isinstance(g.get("id"), str)
    )


def _ip_configurations(nic: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return mappings(properties(nic).get("ipConfigurations"))
