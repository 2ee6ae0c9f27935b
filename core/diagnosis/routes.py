"""Route evaluator: where does the subnet send traffic for each Azure Attestation address?

Semantics follow network-semantics.md §2: longest prefix match over the subnet's route table (service tag
routes expanded into their prefixes), BGP routes and the system routes; ties go to User > BGP > System, and
among user routes an explicit prefix beats a service tag (regional tags before global ones, AzureCloud last),
as the UDR documentation describes. Each destination range is split at every route boundary and each piece
is routed once.
"""

from __future__ import annotations

import bisect
import ipaddress
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.diagnosis.arm_json import arm_get, arm_id, arm_list, arm_prop
from core.diagnosis.ipranges import IpRange, IpRangeSet, split_at
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.diagnosis.service_tags import TagResolver
from core.i18n import QT_TRANSLATE_NOOP

MSG_NONE_USER = QT_TRANSLATE_NOOP(
    "Findings",
    "Route {route} in route table {route_table} sends traffic for {prefix} to next hop None, which drops "
    "traffic to Azure Attestation. Remove the route or point it to your firewall.",
)
MSG_NONE_SYSTEM = QT_TRANSLATE_NOOP(
    "Findings", "Azure's system route for {prefix} drops traffic to Azure Attestation (next hop None)."
)
MSG_THIRD_PARTY = QT_TRANSLATE_NOOP(
    "Findings",
    "Route {route} sends traffic to Azure Attestation to the virtual appliance {next_hop_ip}, which is not an "
    "Azure Firewall we know. Make sure the appliance allows outbound TCP port 443 to the AzureAttestation "
    "service tag.",
)
MSG_TAG_BYPASS = QT_TRANSLATE_NOOP(
    "Findings",
    "Route {route} sends traffic for the service tag {tag} directly to the internet, so it bypasses the "
    "virtual appliance of the default route.",
)
MSG_FORCED_TUNNEL = QT_TRANSLATE_NOOP(
    "Findings",
    "Route {route} sends traffic to Azure Attestation to the virtual network gateway (forced tunneling). "
    "The on-premises network must allow outbound TCP port 443 to the AzureAttestation service tag.",
)
MSG_TAG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings", "Route {route} uses the service tag {tag}, which is unknown; the route was ignored."
)
MSG_PREFIX_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings", "Route {route} has an address prefix that could not be read ({prefix}); the route was ignored."
)
MSG_NEXT_HOP_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "Route {route} has a next hop that could not be read ({next_hop}); where it applies, the result is unknown.",
)
MSG_IN_VNET = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure Attestation addresses in {prefix} fall into a virtual network address space, so the traffic stays "
    "inside the virtual network and does not reach the service.",
)
MSG_BGP_DISABLED = QT_TRANSLATE_NOOP(
    "Findings", "Route table {route_table} does not propagate gateway routes (BGP route propagation is off)."
)

_NEXT_HOPS = {
    n.casefold(): n
    for n in (
        "VirtualNetworkGateway",
        "VnetLocal",
        "VNetPeering",
        "Internet",
        "VirtualAppliance",
        "VirtualApplianceEcmp",
        "None",
        "InterfaceEndpoint",  # effective routes: the /32 system route of a private endpoint
    )
}
_BITS = {4: 32, 6: 128}


class RouteSource(StrEnum):
    USER = "user"
    BGP = "bgp"
    SYSTEM = "system"


class RouteOutcome(StrEnum):
    INTERNET = "internet"  # straight out to the service
    FIREWALL = "firewall"  # an Azure Firewall we can evaluate
    APPLIANCE = "appliance"  # a third-party appliance we cannot see into
    GATEWAY = "gateway"  # forced tunnelling on-premises
    VNET = "vnet"  # the destination lies in a (peered) VNet address space
    DROP = "drop"  # next hop None
    UNKNOWN = "unknown"  # unreadable next hop


_VERDICTS = {RouteOutcome.INTERNET: Verdict.ALLOWED, RouteOutcome.FIREWALL: Verdict.ALLOWED}


@dataclass(frozen=True, slots=True)
class Route:
    """A route as selected: user routes carry their table and name; system routes have neither."""

    route_table_id: str | None
    name: str | None
    prefix: str  # as written: a CIDR or a service tag name
    next_hop_type: str  # canonical spelling when known, else as written
    next_hop_ip: str | None
    source: RouteSource
    tag: str | None = None  # the service tag, for a tag route
    origin: str | None = None  # an effective route's ``source`` as Azure reports it (Default, User, ...)


@dataclass(frozen=True, slots=True)
class RouteDecision:
    range: IpRange
    route: Route
    outcome: RouteOutcome
    firewall_id: str | None = None

    @property
    def verdict(self) -> Verdict:
        """The route layer's own verdict: forwarded on (ALLOWED), dropped, or out of our sight (UNKNOWN)."""
        if self.outcome is RouteOutcome.DROP:
            return Verdict.BLOCKED
        return _VERDICTS.get(self.outcome, Verdict.UNKNOWN)

    def rule_match(self) -> RuleMatch:
        r = self.route
        return RuleMatch(
            layer=Layer.ROUTE,
            resource_id=r.route_table_id,
            rule=r.name if r.source is RouteSource.USER else r.prefix,
            priority=None,
            action=r.next_hop_type,
            is_default=r.source is RouteSource.SYSTEM,
            source=r.origin,
        )


@dataclass(frozen=True)
class RouteResult:
    decisions: tuple[RouteDecision, ...]
    findings: tuple[Finding, ...]
    firewalls: Mapping[str, Mapping[str, Any]]  # the firewalls traffic is routed to, by lower-case id

    @property
    def verdict(self) -> Verdict:
        verdicts = {d.verdict for d in self.decisions}
        if not verdicts or Verdict.UNKNOWN in verdicts:
            return Verdict.UNKNOWN
        if len(verdicts) == 1:
            return verdicts.pop()
        return Verdict.PARTIAL

    def ranges(self, outcome: RouteOutcome) -> IpRangeSet:
        return IpRangeSet.of(d.range for d in self.decisions if d.outcome is outcome)

    def firewall_destinations(self) -> dict[str, IpRangeSet]:
        """Destinations per Azure Firewall (lower-case id), to feed evaluate_firewall."""
        grouped: dict[str, list[IpRange]] = defaultdict(list)
        for d in self.decisions:
            if d.outcome is RouteOutcome.FIREWALL and d.firewall_id:
                grouped[d.firewall_id.lower()].append(d.range)
        return {k: IpRangeSet.of(v) for k, v in grouped.items()}

    def blockers(self) -> list[Blocker]:
        """One blocker per dropping route; a system route has no resource and is named by its prefix."""
        seen: dict[tuple[str | None, str | None], Blocker] = {}
        for d in self.decisions:
            if d.outcome is RouteOutcome.DROP:
                m = d.rule_match()
                seen.setdefault((m.resource_id, m.rule), Blocker(BlockerKind.ROUTE, m.resource_id, m.rule, None))
        return list(seen.values())


@dataclass(frozen=True, slots=True)
class _Entry:
    """One CIDR of a route, with the rank that breaks ties between routes of equal prefix length."""

    range: IpRange
    length: int
    rank: tuple[int, int, int]
    route: Route


def _cidrs(r: IpRange) -> list[tuple[IpRange, int]]:
    if r.version == 4:
        nets: Iterable[ipaddress.IPv4Network | ipaddress.IPv6Network] = ipaddress.summarize_address_range(
            ipaddress.IPv4Address(r.first), ipaddress.IPv4Address(r.last)
        )
    else:
        nets = ipaddress.summarize_address_range(ipaddress.IPv6Address(r.first), ipaddress.IPv6Address(r.last))
    return [(IpRange.from_network(n), n.prefixlen) for n in nets]


def _prefixes(space: IpRangeSet | Iterable[str]) -> list[tuple[IpRange, int, str]]:
    """CIDRs of an address space; strings keep their own prefix length, a set is split into aligned blocks."""
    if isinstance(space, IpRangeSet):
        return [(r, n, str(r)) for rng in space.ranges for r, n in _cidrs(rng)]
    out: list[tuple[IpRange, int, str]] = []
    for text in space:
        try:
            net = ipaddress.ip_network(str(text).strip(), strict=False)
        except ValueError:
            continue
        out.append((IpRange.from_network(net), net.prefixlen, str(net)))
    return out


def _tag_rank(tag: str) -> int:
    """UDR docs: regional tags > top-level tags > AzureCloud regional > AzureCloud, on equal prefixes."""
    base, _, region = tag.partition(".")
    if base.casefold() == "azurecloud":
        return 2 if region else 1
    return 4 if region else 3


_SOURCE_RANK = {RouteSource.USER: 3, RouteSource.BGP: 2, RouteSource.SYSTEM: 1}
# System routes of equal prefix: an address space in the VNet replaces the None route for that range.
_SYSTEM_RANK = {"VnetLocal": 4, "VNetPeering": 3, "None": 2, "Internet": 1}


class _Builder:
    """Turns ARM route payloads into LPM entries and collects findings about routes that cannot be used."""

    def __init__(self, service_tags: TagResolver | None) -> None:
        self.service_tags = service_tags
        self.entries: list[_Entry] = []
        self.findings: dict[tuple[str, str], Finding] = {}

    def finding(self, code: str, severity: Severity, message: str, **args: Any) -> None:
        key = (code, repr(sorted(args.items())))
        self.findings.setdefault(key, Finding(code, severity, message, args))

    def add_system(self, space: IpRangeSet | Iterable[str], next_hop: str) -> None:
        for rng, length, text in _prefixes(space):
            route = Route(None, None, text, next_hop, None, RouteSource.SYSTEM)
            self.entries.append(_Entry(rng, length, (1, 0, _SYSTEM_RANK[next_hop]), route))

    def add_arm(self, raw: Any, table_id: str | None, source: RouteSource) -> None:
        name = arm_get(raw, "name")
        name = name if isinstance(name, str) else None
        label = name or "?"
        prefix = arm_prop(raw, "addressPrefix")
        if isinstance(prefix, list):  # effective-route shape
            prefix = prefix[0] if len(prefix) == 1 else None
        hop_raw = arm_prop(raw, "nextHopType")
        hop = _NEXT_HOPS.get(hop_raw.strip().casefold(), hop_raw.strip()) if isinstance(hop_raw, str) else "?"
        hop_ip = arm_prop(raw, "nextHopIpAddress")
        if isinstance(hop_ip, list):
            hop_ip = hop_ip[0] if hop_ip else None
        hop_ip = hop_ip.strip() if isinstance(hop_ip, str) and hop_ip.strip() else None
        if not isinstance(prefix, str) or not prefix.strip():
            self.finding("ROUTE_PREFIX_UNREADABLE", Severity.WARNING, MSG_PREFIX_UNREADABLE, route=label, prefix="")
            return
        prefix = prefix.strip()
        rank = _SOURCE_RANK[source]
        try:
            net = ipaddress.ip_network(prefix, strict=False)
        except ValueError:
            net = None
        if net is not None:
            route = Route(table_id, name, prefix, hop, hop_ip, source)
            self.entries.append(_Entry(IpRange.from_network(net), net.prefixlen, (rank, 5, 0), route))
            return
        tag_set = self.service_tags.resolve(prefix) if self.service_tags is not None else None
        if tag_set is None:
            self.finding("ROUTE_TAG_UNKNOWN", Severity.WARNING, MSG_TAG_UNKNOWN, route=label, tag=prefix)
            return
        # The tag data is a merged set, so prefix lengths are those of its aligned blocks (see report).
        route = Route(table_id, name, prefix, hop, hop_ip, source, tag=prefix)
        for rng in tag_set.ranges:
            for cidr, length in _cidrs(rng):
                self.entries.append(_Entry(cidr, length, (rank, _tag_rank(prefix), 0), route))


_EFFECTIVE_SOURCES = {"user": RouteSource.USER, "virtualnetworkgateway": RouteSource.BGP, "default": RouteSource.SYSTEM}


def _add_effective(b: _Builder, raw: Any, table_id: str | None) -> None:
    """One active effective route; each of its prefixes is an entry (tag routes come expanded)."""
    origin = arm_get(raw, "source")
    origin = origin if isinstance(origin, str) and origin.strip() else "Unknown"
    source = _EFFECTIVE_SOURCES.get(origin.strip().casefold(), RouteSource.SYSTEM)
    name = arm_get(raw, "name")
    name = name if isinstance(name, str) and name.strip() else None
    hop_raw = arm_get(raw, "nextHopType")
    hop = _NEXT_HOPS.get(hop_raw.strip().casefold(), hop_raw.strip()) if isinstance(hop_raw, str) else "?"
    hop_ips = [h.strip() for h in arm_list(arm_get(raw, "nextHopIpAddress")) if isinstance(h, str) and h.strip()]
    for prefix in arm_list(arm_get(raw, "addressPrefix")):
        try:
            net = ipaddress.ip_network(str(prefix).strip(), strict=False)
        except ValueError:
            label, text = name or "?", str(prefix)
            b.finding("ROUTE_PREFIX_UNREADABLE", Severity.WARNING, MSG_PREFIX_UNREADABLE, route=label, prefix=text)
            continue
        route = Route(
            table_id if source is RouteSource.USER else None,
            name if source is RouteSource.USER else None,
            str(net),
            hop,
            hop_ips[0] if hop_ips else None,
            source,
            origin=origin,
        )
        rank = (_SOURCE_RANK[source], 5, _SYSTEM_RANK.get(hop, 0) if source is RouteSource.SYSTEM else 0)
        b.entries.append(_Entry(IpRange.from_network(net), net.prefixlen, rank, route))


class _Lpm:
    """Longest prefix match by hashing each piece's network address at every prefix length in use."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        self.by_length: dict[tuple[int, int], dict[int, _Entry]] = defaultdict(dict)
        for e in entries:
            bucket = self.by_length[(e.range.version, e.length)]
            held = bucket.get(e.range.first)
            if held is None or e.rank > held.rank:
                bucket[e.range.first] = e
        self.lengths = {v: sorted((n for (ver, n) in self.by_length if ver == v), reverse=True) for v in _BITS}
        self.starts = sorted((e.range.version, e.range.first) for e in entries)
        self.stops = sorted((e.range.version, e.range.last + 1) for e in entries)

    def cuts(self, target: IpRange) -> list[int]:
        """Addresses in (first, last] of ``target`` where some route starts or ends."""
        out: list[int] = []
        for points in (self.starts, self.stops):
            lo = bisect.bisect_right(points, (target.version, target.first))
            hi = bisect.bisect_right(points, (target.version, target.last))
            out.extend(a for _, a in points[lo:hi])
        return out

    def best(self, piece: IpRange) -> _Entry | None:
        bits = _BITS[piece.version]
        for length in self.lengths[piece.version]:
            shift = bits - length
            hit = self.by_length[(piece.version, length)].get((piece.first >> shift) << shift)
            if hit is not None:  # atomic piece: a CIDR holding its first address holds all of it
                return hit
        return None


def _addresses(firewall: Mapping[str, Any]) -> Iterable[Any]:
    for config in arm_list(arm_prop(firewall, "ipConfigurations")):
        yield arm_prop(config, "privateIPAddress")
    yield arm_get(arm_prop(firewall, "hubIPAddresses"), "privateIPAddress")


def find_firewall(next_hop_ip: str, firewalls: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The Azure Firewall (same or peered VNet, or secured hub) whose private IP is ``next_hop_ip``."""
    try:
        wanted = ipaddress.ip_address(next_hop_ip.strip())
    except (ValueError, AttributeError):
        return None
    for firewall in firewalls:
        for address in _addresses(firewall):
            try:
                if isinstance(address, str) and ipaddress.ip_address(address.strip()) == wanted:
                    return firewall
            except ValueError:
                continue
    return None


_OUTCOMES = {
    "Internet": RouteOutcome.INTERNET,
    "None": RouteOutcome.DROP,
    "VirtualNetworkGateway": RouteOutcome.GATEWAY,
    "VnetLocal": RouteOutcome.VNET,
    "VNetPeering": RouteOutcome.VNET,
    "InterfaceEndpoint": RouteOutcome.VNET,
}


def _route_table_name(table_id: str | None) -> str:
    return table_id.rstrip("/").rsplit("/", 1)[-1] if table_id else "?"


def _decide(piece: IpRange, route: Route, firewalls: Sequence[Mapping[str, Any]], b: _Builder) -> RouteDecision:
    label = route.name or route.prefix
    hop = route.next_hop_type
    if hop in ("VirtualAppliance", "VirtualApplianceEcmp"):
        found = find_firewall(route.next_hop_ip, firewalls) if route.next_hop_ip else None
        if found is not None:
            return RouteDecision(piece, route, RouteOutcome.FIREWALL, arm_id(found))
        if route.next_hop_ip is None:
            b.finding("ROUTE_NEXT_HOP_UNREADABLE", Severity.WARNING, MSG_NEXT_HOP_UNREADABLE, route=label, next_hop=hop)
            return RouteDecision(piece, route, RouteOutcome.UNKNOWN)
        b.finding(
            "ROUTE_THIRD_PARTY_APPLIANCE", Severity.WARNING, MSG_THIRD_PARTY, route=label, next_hop_ip=route.next_hop_ip
        )
        return RouteDecision(piece, route, RouteOutcome.APPLIANCE)
    outcome = _OUTCOMES.get(hop)
    if outcome is None:
        b.finding("ROUTE_NEXT_HOP_UNREADABLE", Severity.WARNING, MSG_NEXT_HOP_UNREADABLE, route=label, next_hop=hop)
        return RouteDecision(piece, route, RouteOutcome.UNKNOWN)
    if outcome is RouteOutcome.DROP and route.source is RouteSource.SYSTEM:
        b.finding("ROUTE_NEXT_HOP_NONE", Severity.ERROR, MSG_NONE_SYSTEM, prefix=route.prefix)
    elif outcome is RouteOutcome.DROP:
        table = _route_table_name(route.route_table_id)
        b.finding(
            "ROUTE_NEXT_HOP_NONE", Severity.ERROR, MSG_NONE_USER, route=label, route_table=table, prefix=route.prefix
        )
    elif outcome is RouteOutcome.GATEWAY:
        b.finding("ROUTE_FORCED_TUNNEL_GATEWAY", Severity.WARNING, MSG_FORCED_TUNNEL, route=label)
    elif outcome is RouteOutcome.VNET:
        b.finding("ROUTE_DESTINATION_IN_VNET", Severity.WARNING, MSG_IN_VNET, prefix=route.prefix)
    return RouteDecision(piece, route, outcome)


def _default_to_appliance(entries: Iterable[_Entry]) -> bool:
    return any(
        e.route.source is RouteSource.USER and e.length == 0 and e.route.next_hop_type.startswith("VirtualAppliance")
        for e in entries
    )


def _bypass_findings(decisions: Sequence[RouteDecision], b: _Builder) -> None:
    """A tag route to Internet that is more specific than a 0/0 route to an appliance skips that appliance."""
    if not _default_to_appliance(b.entries):
        return
    for d in decisions:
        tag = d.route.tag
        if tag and d.outcome is RouteOutcome.INTERNET and tag.partition(".")[0].casefold() in _BYPASS_TAGS:
            b.finding("ROUTE_TAG_BYPASSES_FIREWALL", Severity.INFO, MSG_TAG_BYPASS, route=d.route.name or tag, tag=tag)


_BYPASS_TAGS = {"azureattestation", "azurecloud"}
_PRIVATE_NONE = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")


def evaluate_routes(
    route_table: Mapping[str, Any] | None,
    *,
    vnet_space: IpRangeSet | Iterable[str],
    peered_spaces: IpRangeSet | Iterable[str],
    destination: IpRangeSet,
    service_tags: TagResolver | None,
    firewalls: Iterable[Mapping[str, Any]] = (),
    bgp_routes: Iterable[Mapping[str, Any]] = (),
) -> RouteResult:
    """Route every destination piece from the VM's subnet.

    ``vnet_space``/``peered_spaces`` are best given as the ARM ``addressPrefixes`` strings, which keep their
    prefix lengths for LPM. ``firewalls`` are the Azure Firewalls of the VNet, peered VNets or secured hub;
    ``bgp_routes`` are gateway-learned routes (route JSON shape), dropped when the table disables propagation.
    """
    b = _Builder(service_tags)
    # ::/0 too: Azure adds it to dual-stack subnets; callers drop IPv6 destinations for IPv4-only VMs.
    b.add_system(["0.0.0.0/0", "::/0"], "Internet")
    b.add_system(list(_PRIVATE_NONE), "None")
    b.add_system(vnet_space, "VnetLocal")
    b.add_system(peered_spaces, "VNetPeering")
    table = route_table if isinstance(route_table, Mapping) else None
    table_id = arm_id(table) if table is not None else None
    propagate = True
    if table is not None:
        for raw in arm_list(arm_prop(table, "routes")):
            b.add_arm(raw, table_id, RouteSource.USER)
        if arm_prop(table, "disableBgpRoutePropagation") is True:
            propagate = False
            b.finding(
                "ROUTE_BGP_PROPAGATION_DISABLED",
                Severity.INFO,
                MSG_BGP_DISABLED,
                route_table=_route_table_name(table_id),
            )
    if propagate:
        for raw in bgp_routes:
            b.add_arm(raw, None, RouteSource.BGP)

    return _route_all(b, destination, firewalls)


_NO_ROUTE = Route(None, None, "", "?", None, RouteSource.SYSTEM)


def evaluate_effective_routes(
    effective: Iterable[Mapping[str, Any]],
    *,
    route_table_id: str | None,
    destination: IpRangeSet,
    firewalls: Iterable[Mapping[str, Any]] = (),
) -> RouteResult:
    """Route every destination piece by the NIC's effective routes (``POST {nic}/effectiveRouteTable``).

    Azure has already merged system, user and BGP routes; routes in state ``Invalid`` are overridden and skipped.
    User routes are attributed to ``route_table_id`` (the subnet's route table), so a blocker names it.
    """
    b = _Builder(None)
    for raw in effective:
        state = arm_get(raw, "state")
        if isinstance(state, str) and state.strip().casefold() == "invalid":
            continue
        _add_effective(b, raw, route_table_id)
    return _route_all(b, destination, firewalls)


def _route_all(b: _Builder, destination: IpRangeSet, firewalls: Iterable[Mapping[str, Any]]) -> RouteResult:
    lpm = _Lpm(b.entries)
    fw_list = [f for f in firewalls if isinstance(f, Mapping)]
    decisions: list[RouteDecision] = []
    for target in destination.ranges:
        for piece in split_at(target, lpm.cuts(target)):
            entry = lpm.best(piece)
            if entry is not None:  # 0.0.0.0/0 is always there for IPv4; IPv6 may have no route
                decisions.append(_decide(piece, entry.route, fw_list, b))
            else:
                decisions.append(RouteDecision(piece, _NO_ROUTE, RouteOutcome.UNKNOWN))
    _bypass_findings(decisions, b)
    routed = {
        d.firewall_id.lower(): f
        for d in decisions
        if d.firewall_id
        for f in fw_list
        if (arm_id(f) or "").lower() == d.firewall_id.lower()
    }
    return RouteResult(tuple(decisions), tuple(b.findings.values()), routed)
