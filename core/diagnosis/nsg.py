"""Outbound NSG evaluation for one flow (VM private IP → a destination address set, TCP 443 by default).

Semantics (network-semantics.md §1, §6): the NIC's NSG is processed first, then the subnet's; in each, the
outbound rules (custom and default) are taken in priority order and the first match decides; a deny ends the
evaluation, so a subnet NSG behind a denying NIC NSG is never reached; a missing NSG allows.

The destination is a set of prefixes (a service tag), and different rules may match different parts of it.
Each NSG is therefore swept rule by rule over the still-undecided addresses, giving a partition of the
destination into segments with one deciding rule each; overlaying both partitions gives atomic pieces
(see :func:`core.diagnosis.ipranges.atomic_pieces`) with exactly one decision per NSG. Rules that cannot be
decided offline (unknown service tag, unreadable field) turn the pieces they might match into "unknown".
"""

from __future__ import annotations

import bisect
import ipaddress
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.diagnosis.arm_json import fold_keys, mappings, parse_int, properties, strings, text
from core.diagnosis.ipranges import IpRange, IpRangeSet, atomic_pieces
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.diagnosis.service_tags import ATTESTATION_TAG, ServiceTagIndex
from core.i18n import QT_TRANSLATE_NOOP

FIX_ALLOW_ATTESTATION = "nsg-allow-attestation"

# The OS picks the source port of an outbound connection from its ephemeral range (Windows 49152-65535,
# Linux 32768-60999 by default; both may be reconfigured). Only a rule covering 1024-65535 matches every
# connection; a narrower one matches some connections and not others, so it cannot decide the flow.
EPHEMERAL_PORTS = (1024, 65535)

_ANY = frozenset({"*", "any", "all"})
_VIRTUAL_NETWORK = frozenset({"virtualnetwork", "virtual_network"})
_INTERNET = frozenset({"internet"})
_LOAD_BALANCER = frozenset({"azureloadbalancer", "azure_loadbalancer"})
_HOST_VIP = IpRangeSet.parse_all(["168.63.129.16"])  # AzureLoadBalancer: the host's virtual IP

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

# ARM creates these in every NSG; many exports omit them, so missing ones are synthesised by name.
_DEFAULT_RULES: tuple[dict[str, Any], ...] = tuple(
    {
        "name": name,
        "properties": {
            "protocol": "*",
            "sourcePortRange": "*",
            "destinationPortRange": "*",
            "sourceAddressPrefix": source,
            "destinationAddressPrefix": destination,
            "access": access,
            "priority": priority,
            "direction": direction,
        },
    }
    for name, direction, priority, source, destination, access in (
        ("AllowVnetInBound", "Inbound", 65000, "VirtualNetwork", "VirtualNetwork", "Allow"),
        ("AllowAzureLoadBalancerInBound", "Inbound", 65001, "AzureLoadBalancer", "*", "Allow"),
        ("DenyAllInBound", "Inbound", 65500, "*", "*", "Deny"),
        ("AllowVnetOutBound", "Outbound", 65000, "VirtualNetwork", "VirtualNetwork", "Allow"),
        ("AllowInternetOutBound", "Outbound", 65001, "*", "Internet", "Allow"),
        ("DenyAllOutBound", "Outbound", 65500, "*", "*", "Deny"),
    )
)


# --------------------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------------------
# Rule preparation (flow-independent, done once per NSG and context)
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Addresses:
    """A rule's address side: what it certainly matches, what it may match, and why it may."""

    sure: IpRangeSet
    maybe: IpRangeSet
    unknown_tags: tuple[str, ...] = ()
    unreadable: bool = False
    uses_vnet_tag: bool = False
    asg_ids: frozenset[str] | None = None  # casefolded; set when the side is given by application security groups
    asg_labels: tuple[str, ...] = ()  # the same ids as written, for messages


@dataclass(frozen=True, slots=True)
class _Ports:
    ranges: tuple[tuple[int, int], ...]
    texts: tuple[str, ...]
    unreadable: bool


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    rule_id: str | None
    priority: int | None
    access: str | None  # "Allow" | "Deny" | None when unreadable
    direction: str | None  # casefolded
    protocol: str | None  # casefolded; None when unreadable
    source: _Addresses
    destination: _Addresses
    source_ports: _Ports
    destination_ports: _Ports
    is_default: bool
    regional_tags: tuple[str, ...]  # regional AzureAttestation.<Region> references


@dataclass(frozen=True, slots=True)
class PreparedNsg:
    """An NSG's rules parsed against a context; reuse it to evaluate several flows cheaply."""

    nsg_id: str | None
    name: str
    rules: tuple[_Rule, ...]  # priority order; rules with an unreadable priority first (see _sort_key)
    context: NsgContext
    # Per destination set: each rule's (sure, maybe) destinations clipped to it, filled on first use.
    # Repeated evaluations against the same tag then intersect tiny sets instead of whole service tags.
    _clipped: dict[IpRangeSet, list[tuple[IpRangeSet, IpRangeSet] | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def clipped(self, index: int, destination: IpRangeSet) -> tuple[IpRangeSet, IpRangeSet]:
        per_rule = self._clipped.get(destination)
        if per_rule is None:
            if len(self._clipped) >= 8:  # a handful of destinations per session; keep memory bounded
                self._clipped.clear()
            per_rule = self._clipped[destination] = [None] * len(self.rules)
        cached = per_rule[index]
        if cached is None:
            side = self.rules[index].destination
            cached = per_rule[index] = (side.sure.intersection(destination), side.maybe.intersection(destination))
        return cached


def _get(folded: Mapping[str, Any], key: str) -> Any:
    # Rule fields are read from a fold_keys() copy: hand-written JSON with other casing still reads.
    return folded.get(key.casefold())


def _values(props: Mapping[str, Any], singular: str, plural: str) -> list[Any] | None:
    """Non-empty singular ∪ plural; ``None`` when neither field holds anything."""
    values: list[Any] = []
    one = _get(props, singular)
    if one is not None and one != "":
        values.append(one)
    many = _get(props, plural)
    if isinstance(many, list):
        values += [v for v in many if v is not None and v != ""]
    return values or None


def _tokens(values: Iterable[Any]) -> list[str] | None:
    """Split portal-style comma lists; ``None`` if any value is not a string."""
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            return None
        out += [t.strip() for t in value.split(",") if t.strip()]
    return out


def _regional_attestation(token: str) -> bool:
    return token.casefold().startswith(ATTESTATION_TAG.casefold() + ".")


def _addresses(props: Mapping[str, Any], side: str, context: NsgContext) -> _Addresses:
    asgs = _get(props, f"{side}ApplicationSecurityGroups")
    if isinstance(asgs, list) and asgs:
        ids = frozenset(a["id"].casefold() for a in asgs if isinstance(a, Mapping) and isinstance(a.get("id"), str))
        if len(ids) != len(asgs):
            return _Addresses(IpRangeSet.EMPTY, IpRangeSet.ALL, unreadable=True)
        # Members are NICs of this VNet: as a destination the ASG can only cover VNet addresses, and
        # which ones is not known here. As a source, membership of our NIC is decided by the caller.
        labels = tuple(a["id"] for a in asgs)
        return _Addresses(IpRangeSet.EMPTY, context.virtual_network, asg_ids=ids, asg_labels=labels)
    raw = _values(props, f"{side}AddressPrefix", f"{side}AddressPrefixes")
    tokens = _tokens(raw) if raw is not None else None
    if not tokens:
        return _Addresses(IpRangeSet.EMPTY, IpRangeSet.ALL, unreadable=True)
    sure: list[IpRangeSet] = []
    ranges: list[IpRange] = []
    unknown: list[str] = []
    uses_vnet = False
    for token in tokens:
        folded = token.casefold()
        parsed = IpRange.parse(token)
        if parsed is not None:
            ranges.append(parsed)
        elif folded in _ANY:
            sure.append(IpRangeSet.ALL)
        elif folded in _VIRTUAL_NETWORK:
            sure.append(context.virtual_network)
            uses_vnet = True
        elif folded in _INTERNET:
            sure.append(context.internet)
        elif folded in _LOAD_BALANCER:
            sure.append(_HOST_VIP)
        elif context.service_tags is not None and (tagged := context.service_tags.resolve(token)) is not None:
            sure.append(tagged)
        else:
            unknown.append(token)
    result = IpRangeSet.of(ranges)
    for s in sure:
        result = result.union(s)
    # An unknown tag could stand for any address: everything not already certain becomes "maybe".
    maybe = IpRangeSet.ALL.difference(result) if unknown else IpRangeSet.EMPTY
    return _Addresses(result, maybe, unknown_tags=tuple(unknown), uses_vnet_tag=uses_vnet)


def _ports(props: Mapping[str, Any], side: str) -> _Ports:
    raw = _values(props, f"{side}PortRange", f"{side}PortRanges")
    tokens = _tokens(raw) if raw is not None else None
    if not tokens:
        return _Ports((), (), unreadable=True)
    ranges: list[tuple[int, int]] = []
    for token in tokens:
        if token.casefold() in _ANY:
            ranges.append((0, 65535))
            continue
        low, _, high = token.partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            return _Ports((), tuple(tokens), unreadable=True)
        first, last = int(low), int(high or low)
        if not 0 <= first <= last <= 65535:
            return _Ports((), tuple(tokens), unreadable=True)
        ranges.append((first, last))
    return _Ports(tuple(ranges), tuple(tokens), unreadable=False)


def _prepare_rule(raw: Mapping[str, Any], context: NsgContext, *, is_default: bool) -> _Rule:
    # Exports come both nested ({"name", "properties": {...}}) and flattened (fields at the top level).
    props = fold_keys(properties(raw) or raw)
    access = (text(_get(props, "access")) or "").casefold()
    protocol = text(_get(props, "protocol"))
    source = _addresses(props, "source", context)
    destination = _addresses(props, "destination", context)
    tags = _tokens(_values(props, "destinationAddressPrefix", "destinationAddressPrefixes") or []) or []
    return _Rule(
        name=text(raw.get("name")) or text(_get(props, "name")) or "?",
        rule_id=text(raw.get("id")),
        priority=parse_int(_get(props, "priority")),
        access={"allow": "Allow", "deny": "Deny"}.get(access),
        direction=(text(_get(props, "direction")) or "").casefold() or None,
        protocol=protocol.casefold() if protocol else None,
        source=source,
        destination=destination,
        source_ports=_ports(props, "source"),
        destination_ports=_ports(props, "destination"),
        is_default=is_default,
        regional_tags=tuple(t for t in tags if _regional_attestation(t)),
    )


def _sort_key(rule: _Rule) -> tuple[int, int]:
    # A rule without a readable priority could sit anywhere; putting it first makes it "maybe" for every
    # address it might match, which is the honest answer.
    return (-1, 0) if rule.priority is None else (rule.priority, 0 if not rule.is_default else 1)


def prepare_nsg(nsg: Mapping[str, Any], context: NsgContext) -> PreparedNsg:
    """Parse every rule of an NSG (ARM GET shape) once; missing default rules are synthesised."""
    props = fold_keys(properties(nsg))
    nsg_id = text(nsg.get("id"))
    name = text(nsg.get("name")) or (nsg_id.rsplit("/", 1)[-1] if nsg_id else "?")
    custom = mappings(_get(props, "securityRules"))
    defaults = mappings(_get(props, "defaultSecurityRules"))
    present = {str(r.get("name", "")).casefold() for r in defaults}
    for synthetic in _DEFAULT_RULES:
        if synthetic["name"].casefold() not in present:
            rule_id = f"{nsg_id}/defaultSecurityRules/{synthetic['name']}" if nsg_id else None
            defaults.append({**synthetic, "id": rule_id})
    rules = [_prepare_rule(r, context, is_default=False) for r in custom]
    rules += [_prepare_rule(r, context, is_default=True) for r in defaults]
    return PreparedNsg(nsg_id, name, tuple(sorted(rules, key=_sort_key)), context)


# --------------------------------------------------------------------------------------------------------
# Flow matching
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Flow:
    source: IpRange | None  # None when the caller's source IP is unreadable
    protocol: str  # casefolded
    port: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A rule that may apply to the flow, reduced to destination sets; ``skip`` explains a rule that
    would apply but is deliberately not counted (source-port subset, ASG the NIC is not in)."""

    rule: _Rule
    sure: IpRangeSet
    maybe: IpRangeSet
    skip: str | None = None  # "source-port" | "asg"
    undecidable: str | None = None  # "unknown-tag" | "unreadable" | "destination-asg"


def _source_matches(rule: _Rule, flow: _Flow, context: NsgContext) -> bool | None:
    side = rule.source
    if side.asg_ids is not None:
        return bool(side.asg_ids & context.nic_asg_ids)
    if side.uses_vnet_tag:
        return True  # the NIC's private IP always lies in its VNet, whatever the caller's VNet set holds
    if side.sure == IpRangeSet.ALL:
        return True
    if side.unreadable or flow.source is None:
        return None
    if side.sure.covers(flow.source):
        return True
    return None if side.unknown_tags else False


def _candidate(
    rule: _Rule, flow: _Flow, context: NsgContext, clip: Callable[[], tuple[IpRangeSet, IpRangeSet]]
) -> _Candidate | None:
    """The rule reduced to this flow, or ``None`` when it certainly does not apply."""
    undecidable: str | None = None
    if rule.direction != "outbound":
        if rule.direction is not None:
            return None
        undecidable = "unreadable"
    if rule.protocol is None:
        undecidable = "unreadable"
    elif rule.protocol not in _ANY and rule.protocol != flow.protocol:
        return None
    dports = rule.destination_ports
    if dports.unreadable:
        undecidable = "unreadable"
    elif not any(lo <= flow.port <= hi for lo, hi in dports.ranges):
        return None
    skip: str | None = None
    sports = rule.source_ports
    if sports.unreadable:
        undecidable = "unreadable"
    elif not any(lo <= EPHEMERAL_PORTS[0] and EPHEMERAL_PORTS[1] <= hi for lo, hi in sports.ranges):
        if not any(lo <= EPHEMERAL_PORTS[1] and EPHEMERAL_PORTS[0] <= hi for lo, hi in sports.ranges):
            return None  # e.g. source port 80: never an outbound client connection
        skip = "source-port"
    source = _source_matches(rule, flow, context)
    if source is False:
        if rule.source.asg_ids is None:
            return None
        skip = skip or "asg"
    elif source is None:
        undecidable = undecidable or ("unknown-tag" if rule.source.unknown_tags else "unreadable")
    if rule.access is None or rule.priority is None or rule.destination.unreadable:
        undecidable = undecidable or "unreadable"
    sure, maybe = clip()
    if undecidable is not None:
        return _Candidate(rule, IpRangeSet.EMPTY, sure.union(maybe), skip, undecidable)
    if rule.destination.asg_ids is not None:
        return _Candidate(rule, sure, maybe, skip, "destination-asg")
    return _Candidate(rule, sure, maybe, skip, "unknown-tag" if maybe else None)


# --------------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NsgDecision:
    """One NSG's decision for one piece: the verdict and the rule that gave it (``None``: no rule)."""

    verdict: Verdict
    match: RuleMatch | None


@dataclass(frozen=True, slots=True)
class PieceDecision:
    """An atomic piece of the destination with one decision per NSG and the combined outcome.

    ``subnet`` is ``None`` when there is no subnet NSG or when the NIC NSG already denied (not reached).
    ``match`` is the deciding rule: the denying one for a blocked piece, else the last layer's rule.
    """

    piece: IpRange
    nic: NsgDecision | None
    subnet: NsgDecision | None
    verdict: Verdict
    match: RuleMatch | None


@dataclass(frozen=True, slots=True)
class NsgLayer:
    """Per-NSG summary for the UI: which rules decided the pieces that reached it, with their actions."""

    layer: Layer
    nsg_id: str | None
    name: str | None
    present: bool
    verdict: Verdict  # over the pieces that reached this NSG; ALLOWED when it is absent
    matches: tuple[RuleMatch, ...]  # distinct deciding rules, in priority order


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    """Overall verdict of several pieces: all alike → that verdict; allowed and blocked → partial;
    otherwise (something unknown) → unknown."""
    seen = set(verdicts)
    if not seen:
        return Verdict.UNKNOWN
    if len(seen) == 1:
        return seen.pop()
    if Verdict.PARTIAL in seen or {Verdict.ALLOWED, Verdict.BLOCKED} <= seen:
        return Verdict.PARTIAL
    return Verdict.UNKNOWN


@dataclass(frozen=True)
class NsgPathResult:
    decisions: tuple[PieceDecision, ...]
    layers: tuple[NsgLayer, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> Verdict:
        return combine(d.verdict for d in self.decisions)

    def addresses(self, verdict: Verdict) -> IpRangeSet:
        """The destination addresses whose pieces ended with ``verdict``."""
        return IpRangeSet.of(d.piece for d in self.decisions if d.verdict is verdict)

    def blockers(self) -> list[Blocker]:
        """Distinct denying rules, in the order their pieces appear."""
        out: dict[tuple[Any, ...], Blocker] = {}
        for d in self.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                m = d.match
                scope = "nic" if m.layer is Layer.NIC_NSG else "subnet"
                out.setdefault(
                    (m.resource_id, m.rule, scope),
                    Blocker(BlockerKind.NSG, m.resource_id, m.rule, m.priority, scope),
                )
        return list(out.values())


# --------------------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------------------


@dataclass
class _Notes:
    """Rules worth telling the user about, collected while sweeping one NSG."""

    undecided: dict[int, str] = field(default_factory=dict)  # candidate index → reason
    skipped: dict[int, str] = field(default_factory=dict)
    vnet_public: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Segment:
    range: IpRange
    decision: NsgDecision


class _SegmentMap:
    """A partition of (part of) the destination into segments decided by one NSG, looked up by bisection."""

    def __init__(self, segments: Iterable[_Segment]) -> None:
        self.segments = sorted(segments, key=lambda s: s.range)
        self._keys = [(s.range.version, s.range.first) for s in self.segments]

    def lookup(self, piece: IpRange) -> NsgDecision | None:
        i = bisect.bisect_right(self._keys, (piece.version, piece.first)) - 1
        if i >= 0 and self.segments[i].range.contains(piece):
            return self.segments[i].decision
        return None

    def within(self, target: IpRange) -> list[IpRange]:
        lo = max(bisect.bisect_right(self._keys, (target.version, target.first)) - 1, 0)
        hi = bisect.bisect_right(self._keys, (target.version, target.last))
        return [s.range for s in self.segments[lo:hi] if s.range.intersects(target)]


def _match(rule: _Rule, layer: Layer, nsg: PreparedNsg) -> RuleMatch:
    return RuleMatch(layer, nsg.nsg_id, rule.name, rule.priority, rule.access or "Unknown", None, rule.is_default)


def _sweep(
    nsg: PreparedNsg, candidates: Sequence[_Candidate], destination: IpRangeSet, layer: Layer
) -> tuple[_SegmentMap, _Notes]:
    """First match per address: each rule takes the still-undecided addresses it covers."""
    notes = _Notes()
    segments: list[_Segment] = []
    remaining = destination
    for index, cand in enumerate(candidates):
        if not remaining:
            break
        if cand.skip is not None:
            if remaining.intersection(cand.sure.union(cand.maybe)):
                notes.skipped[index] = cand.skip
            continue
        rule_match = _match(cand.rule, layer, nsg)
        hit = remaining.intersection(cand.sure) if cand.sure else IpRangeSet.EMPTY
        if hit:
            verdict = Verdict.ALLOWED if cand.rule.access == "Allow" else Verdict.BLOCKED
            segments += [_Segment(r, NsgDecision(verdict, rule_match)) for r in hit]
            remaining = remaining.difference(hit)
            if cand.rule.destination.uses_vnet_tag and hit.intersection(PUBLIC_SPACE).intersection(
                nsg.context.virtual_network
            ):
                notes.vnet_public.add(index)
        doubt = remaining.intersection(cand.maybe) if cand.maybe else IpRangeSet.EMPTY
        if doubt:
            segments += [_Segment(r, NsgDecision(Verdict.UNKNOWN, rule_match)) for r in doubt]
            remaining = remaining.difference(doubt)
            notes.undecided[index] = cand.undecidable or "unreadable"
    # Only reachable when even the default rules were unreadable: nothing decided these addresses.
    segments += [_Segment(r, NsgDecision(Verdict.UNKNOWN, None)) for r in remaining]
    return _SegmentMap(segments), notes


def _clipper(nsg: PreparedNsg, index: int, destination: IpRangeSet) -> Callable[[], tuple[IpRangeSet, IpRangeSet]]:
    return lambda: nsg.clipped(index, destination)


def _flow(source_ip: str, protocol: str, port: int) -> _Flow:
    try:
        address = ipaddress.ip_address(source_ip.strip())
        source: IpRange | None = IpRange(address.version, int(address), int(address))
    except (ValueError, AttributeError):
        source = None
    return _Flow(source, protocol.casefold(), port)


def _as_prepared(nsg: Mapping[str, Any] | PreparedNsg | None, context: NsgContext) -> PreparedNsg | None:
    if nsg is None or isinstance(nsg, PreparedNsg):
        return nsg
    return prepare_nsg(nsg, context) if isinstance(nsg, Mapping) else None


def evaluate_outbound(
    nic_nsg: Mapping[str, Any] | PreparedNsg | None,
    subnet_nsg: Mapping[str, Any] | PreparedNsg | None,
    *,
    source_ip: str,
    destination: IpRangeSet,
    context: NsgContext,
    protocol: str = "Tcp",
    port: int = 443,
) -> NsgPathResult:
    """Evaluate the outbound flow ``source_ip`` → ``destination`` through the NIC NSG, then the subnet NSG.

    NSGs are ARM GET bodies (or :class:`PreparedNsg` to skip re-parsing); ``None`` means no NSG (allows).
    """
    flow = _flow(source_ip, protocol, port)
    reports = _Reporter(protocol.upper(), port)
    layers: list[tuple[Layer, PreparedNsg | None, _SegmentMap | None]] = []
    reached = destination
    maps: dict[Layer, _SegmentMap] = {}
    for layer, raw in ((Layer.NIC_NSG, nic_nsg), (Layer.SUBNET_NSG, subnet_nsg)):
        nsg = _as_prepared(raw, context)
        if nsg is None:
            layers.append((layer, None, None))
            continue
        candidates = [
            c
            for i, r in enumerate(nsg.rules)
            if (c := _candidate(r, flow, context, _clipper(nsg, i, destination))) is not None
        ]
        segment_map, notes = _sweep(nsg, candidates, reached, layer)
        maps[layer] = segment_map
        layers.append((layer, nsg, segment_map))
        reports.rules(nsg, layer, candidates, notes)
        # Deny short-circuits: the next NSG only sees what this one did not block.
        blocked = IpRangeSet.of(s.range for s in segment_map.segments if s.decision.verdict is Verdict.BLOCKED)
        reached = reached.difference(blocked)

    decisions: list[PieceDecision] = []
    for target in destination:
        boundaries = [r for m in maps.values() for r in m.within(target)]
        for piece in atomic_pieces(target, boundaries):
            decisions.append(_combine_piece(piece, maps.get(Layer.NIC_NSG), maps.get(Layer.SUBNET_NSG)))

    summaries = tuple(_layer_summary(layer, nsg, decisions) for layer, nsg, _ in layers)
    result = NsgPathResult(tuple(decisions), summaries, ())
    return NsgPathResult(result.decisions, summaries, reports.finish(result))


def _combine_piece(piece: IpRange, nic_map: _SegmentMap | None, subnet_map: _SegmentMap | None) -> PieceDecision:
    nic = nic_map.lookup(piece) if nic_map is not None else None
    if nic is not None and nic.verdict is Verdict.BLOCKED:
        return PieceDecision(piece, nic, None, Verdict.BLOCKED, nic.match)
    subnet = subnet_map.lookup(piece) if subnet_map is not None else None
    nic_verdict = nic.verdict if nic is not None else Verdict.ALLOWED
    subnet_verdict = subnet.verdict if subnet is not None else Verdict.ALLOWED
    if subnet is not None and subnet_verdict is Verdict.BLOCKED:
        # Blocked whichever way an undecidable NIC rule goes: if the NIC allows, the subnet denies.
        return PieceDecision(piece, nic, subnet, Verdict.BLOCKED, subnet.match)
    if nic_verdict is Verdict.UNKNOWN:
        return PieceDecision(piece, nic, subnet, Verdict.UNKNOWN, nic.match if nic else None)
    last = subnet if subnet is not None else nic
    return PieceDecision(piece, nic, subnet, subnet_verdict, last.match if last is not None else None)


def _layer_summary(layer: Layer, nsg: PreparedNsg | None, decisions: Sequence[PieceDecision]) -> NsgLayer:
    if nsg is None:
        return NsgLayer(layer, None, None, False, Verdict.ALLOWED, ())
    own = [d.nic if layer is Layer.NIC_NSG else d.subnet for d in decisions]
    reached = [d for d in own if d is not None]
    matches: dict[tuple[str | None, int | None], RuleMatch] = {}
    for d in reached:
        if d.match is not None:
            matches.setdefault((d.match.rule, d.match.priority), d.match)
    ordered = sorted(matches.values(), key=lambda m: -1 if m.priority is None else m.priority)
    verdict = combine(d.verdict for d in reached) if reached else Verdict.ALLOWED
    return NsgLayer(layer, nsg.nsg_id, nsg.name, True, verdict, tuple(ordered))


# --------------------------------------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------------------------------------

_DENY_TEXT = {
    Layer.NIC_NSG: QT_TRANSLATE_NOOP(
        "Findings",
        "Rule {rule} (priority {priority}) in network security group {nsg} on the VM's network interface "
        "blocks outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation "
        "service until an outbound rule allowing the service tag AzureAttestation has a lower priority "
        "number.",
    ),
    Layer.SUBNET_NSG: QT_TRANSLATE_NOOP(
        "Findings",
        "Rule {rule} (priority {priority}) in network security group {nsg} on the VM's subnet blocks "
        "outbound {protocol} port {port} to Azure Attestation. The VM cannot reach the attestation service until an "
        "outbound rule allowing the service tag AzureAttestation has a lower priority number.",
    ),
}
_PARTIAL_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "The network security groups block only part of Azure Attestation: {blocked} of {total} address ranges "
    "are blocked. Connections can fail or succeed depending on which address the service uses.",
)
_UNKNOWN_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} uses the service tag {tag}, which is "
    "not in the loaded service tag data. Whether this rule lets the VM reach Azure Attestation cannot be "
    "determined.",
)
_UNREADABLE_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} in network security group {nsg} contains a value that cannot be read. Whether this rule "
    "lets the VM reach Azure Attestation cannot be determined; check the rule in the Azure portal.",
)
_DEST_ASG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} targets an application security "
    "group. Which addresses belong to it cannot be determined here, so its effect is unknown.",
)
_REGIONAL_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} uses the regional service tag {tag}. "
    "It covers only the addresses of one region; use the global service tag AzureAttestation in rules.",
)
_VNET_TAG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} matches Azure Attestation through the "
    "VirtualNetwork service tag, because a user-defined route (usually 0.0.0.0/0) adds public addresses to "
    "that tag. If the route table changes, this rule no longer applies.",
)
_SOURCE_PORT_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} applies only to source ports {ports}. "
    "The VM picks a random source port for each connection, so this rule affects only some connections and "
    "was not counted in this check.",
)
_ASG_TEXT = QT_TRANSLATE_NOOP(
    "Findings",
    "Rule {rule} (priority {priority}) in network security group {nsg} applies only to members of the "
    "application security group {asg}. The VM's network interface is not a member, so the rule does not "
    "apply to it.",
)


def _asg_name(asg_id: str) -> str:
    return asg_id.rstrip("/").rsplit("/", 1)[-1]


class _Reporter:
    """Turns sweep notes and the final pieces into findings with stable codes and evidence."""

    def __init__(self, protocol: str, port: int) -> None:
        self.protocol = protocol
        self.port = port
        self.findings: list[Finding] = []

    def _finding(
        self,
        code: str,
        severity: Severity,
        text: str,
        nsg: PreparedNsg,
        layer: Layer,
        rule: _Rule,
        **args: Any,
    ) -> None:
        evidence = {
            "resourceId": nsg.nsg_id,
            "rule": rule.name,
            "ruleId": rule.rule_id,
            "priority": rule.priority,
            "layer": layer.value,
        }
        self.findings.append(
            Finding(
                code,
                severity,
                text,
                {"rule": rule.name, "priority": rule.priority, "nsg": nsg.name, **args},
                {**evidence, **args.get("evidence", {})},
            )
        )

    def rules(self, nsg: PreparedNsg, layer: Layer, candidates: Sequence[_Candidate], notes: _Notes) -> None:
        for rule in nsg.rules:
            if rule.direction == "outbound":
                for tag in rule.regional_tags:
                    self._finding("NSG_REGIONAL_TAG", Severity.INFO, _REGIONAL_TAG_TEXT, nsg, layer, rule, tag=tag)
        for index, reason in sorted(notes.undecided.items()):
            rule = candidates[index].rule
            if reason == "unknown-tag":
                for tag in rule.source.unknown_tags + rule.destination.unknown_tags:
                    self._finding("NSG_UNKNOWN_TAG", Severity.WARNING, _UNKNOWN_TAG_TEXT, nsg, layer, rule, tag=tag)
            elif reason == "destination-asg":
                self._finding("NSG_DEST_ASG", Severity.WARNING, _DEST_ASG_TEXT, nsg, layer, rule)
            else:
                self._finding("NSG_RULE_UNREADABLE", Severity.WARNING, _UNREADABLE_TEXT, nsg, layer, rule)
        for index, reason in sorted(notes.skipped.items()):
            rule = candidates[index].rule
            if reason == "source-port":
                ports = ", ".join(rule.source_ports.texts)
                self._finding(
                    "NSG_SOURCE_PORT_RESTRICTED",
                    Severity.WARNING,
                    _SOURCE_PORT_TEXT,
                    nsg,
                    layer,
                    rule,
                    ports=ports,
                )
            else:
                for asg in rule.source.asg_labels:
                    self._finding("NSG_ASG_NOT_MEMBER", Severity.INFO, _ASG_TEXT, nsg, layer, rule, asg=_asg_name(asg))
        for index in sorted(notes.vnet_public):
            rule = candidates[index].rule
            self._finding("NSG_VNET_TAG_UDR_DEFAULT", Severity.WARNING, _VNET_TAG_TEXT, nsg, layer, rule)

    def finish(self, result: NsgPathResult) -> tuple[Finding, ...]:
        denied: dict[tuple[str | None, str | None, Layer], list[IpRange]] = {}
        for d in result.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                denied.setdefault((d.match.resource_id, d.match.rule, d.match.layer), []).append(d.piece)
        deny_findings: list[Finding] = []
        for (nsg_id, _, layer), pieces in denied.items():
            match = next(
                d.match
                for d in result.decisions
                if d.match is not None
                and d.match.layer is layer
                and d.match.resource_id == nsg_id
                and d.verdict is Verdict.BLOCKED
            )
            summary = next(s for s in result.layers if s.layer is layer)
            blocked = IpRangeSet.of(pieces).to_cidrs()
            deny_findings.append(
                Finding(
                    "NSG_DENY",
                    Severity.ERROR,
                    _DENY_TEXT[layer],
                    {
                        "rule": match.rule,
                        "priority": match.priority,
                        "nsg": summary.name,
                        "protocol": self.protocol,
                        "port": self.port,
                    },
                    {
                        "resourceId": nsg_id,
                        "rule": match.rule,
                        "priority": match.priority,
                        "layer": layer.value,
                        "isDefault": match.is_default,
                        "blockedPrefixes": blocked,
                    },
                    FIX_ALLOW_ATTESTATION,
                )
            )
        if result.verdict is Verdict.PARTIAL:
            total = len(result.decisions)
            blocked_count = sum(1 for d in result.decisions if d.verdict is Verdict.BLOCKED)
            deny_findings.append(
                Finding(
                    "NSG_PARTIAL",
                    Severity.WARNING,
                    _PARTIAL_TEXT,
                    {"blocked": blocked_count, "total": total},
                    {
                        "blockedPrefixes": result.addresses(Verdict.BLOCKED).to_cidrs(),
                        "allowedPrefixes": result.addresses(Verdict.ALLOWED).to_cidrs(),
                    },
                    FIX_ALLOW_ATTESTATION,
                )
            )
        return tuple(deny_findings + self.findings)


__all__ = [
    "EPHEMERAL_PORTS",
    "FIX_ALLOW_ATTESTATION",
    "PUBLIC_SPACE",
    "NsgContext",
    "NsgDecision",
    "NsgLayer",
    "NsgPathResult",
    "PieceDecision",
    "PreparedNsg",
    "address_space",
    "combine",
    "evaluate_outbound",
    "nic_application_security_groups",
    "prepare_nsg",
    "virtual_network_space",
]
