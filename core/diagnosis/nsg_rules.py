"""Outbound NSG evaluation, rule preparation: each rule parsed once per NSG and context, flow-independent.

Rules are read from the nested (``properties``) or the flattened shape with any key casing; missing default
rules are synthesised; address fields are resolved to what the rule certainly matches and what it may match
(unknown service tags, application security groups). Internal to the NSG evaluator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.diagnosis.arm_json import fold_keys, mappings, parse_int, properties, text
from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.nsg_context import NsgContext
from core.diagnosis.service_tags import ATTESTATION_TAG

ANY_TOKENS = frozenset({"*", "any", "all"})
# The OS picks the source port of an outbound connection from its ephemeral range (Windows 49152-65535,
# Linux 32768-60999 by default; both may be reconfigured). Only a rule covering 1024-65535 matches every
# connection; a narrower one matches some connections and not others, so it cannot decide the flow.
EPHEMERAL_PORTS = (1024, 65535)
_VIRTUAL_NETWORK = frozenset({"virtualnetwork", "virtual_network"})
_INTERNET = frozenset({"internet"})
_LOAD_BALANCER = frozenset({"azureloadbalancer", "azure_loadbalancer"})
_HOST_VIP = IpRangeSet.parse_all(["168.63.129.16"])  # AzureLoadBalancer: the host's virtual IP

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


@dataclass(frozen=True, slots=True)
class Addresses:
    """A rule's address side: what it certainly matches, what it may match, and why it may."""

    sure: IpRangeSet
    maybe: IpRangeSet
    unknown_tags: tuple[str, ...] = ()
    unreadable: bool = False
    uses_vnet_tag: bool = False
    asg_ids: frozenset[str] | None = None  # casefolded; set when the side is given by application security groups
    asg_labels: tuple[str, ...] = ()  # the same ids as written, for messages


@dataclass(frozen=True, slots=True)
class Ports:
    ranges: tuple[tuple[int, int], ...]
    texts: tuple[str, ...]
    unreadable: bool
    # As a source side: covers the whole ephemeral range ("all"), part of it ("some") or none of it ("none").
    # Flow-independent, so worked out once per rule here rather than for every flow evaluated against it.
    ephemeral: str = field(init=False, default="none", compare=False)

    def __post_init__(self) -> None:
        low, high = EPHEMERAL_PORTS
        covers = any(lo <= low and high <= hi for lo, hi in self.ranges)
        touches = covers or any(lo <= high and low <= hi for lo, hi in self.ranges)
        object.__setattr__(self, "ephemeral", "all" if covers else "some" if touches else "none")

    def has(self, port: int) -> bool:
        for lo, hi in self.ranges:  # noqa: SIM110 -- no generator: called for every rule of every evaluation
            if lo <= port <= hi:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    rule_id: str | None
    priority: int | None
    access: str | None  # "Allow" | "Deny" | None when unreadable
    direction: str | None  # casefolded
    protocol: str | None  # casefolded; None when unreadable
    source: Addresses
    destination: Addresses
    source_ports: Ports
    destination_ports: Ports
    is_default: bool
    regional_tags: tuple[str, ...]  # regional AzureAttestation.<Region> references


@dataclass(frozen=True, slots=True)
class PreparedNsg:
    """An NSG's rules parsed against a context; reuse it to evaluate several flows cheaply."""

    nsg_id: str | None
    name: str
    rules: tuple[Rule, ...]  # priority order; rules with an unreadable priority first (see _sort_key)
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


def _addresses(props: Mapping[str, Any], side: str, context: NsgContext) -> Addresses:
    asgs = _get(props, f"{side}ApplicationSecurityGroups")
    if isinstance(asgs, list) and asgs:
        ids = frozenset(a["id"].casefold() for a in asgs if isinstance(a, Mapping) and isinstance(a.get("id"), str))
        if len(ids) != len(asgs):
            return Addresses(IpRangeSet.EMPTY, IpRangeSet.ALL, unreadable=True)
        # Members are NICs of this VNet: as a destination the ASG can only cover VNet addresses, and
        # which ones is not known here. As a source, membership of our NIC is decided by the caller.
        labels = tuple(a["id"] for a in asgs)
        return Addresses(IpRangeSet.EMPTY, context.virtual_network, asg_ids=ids, asg_labels=labels)
    raw = _values(props, f"{side}AddressPrefix", f"{side}AddressPrefixes")
    tokens = _tokens(raw) if raw is not None else None
    if not tokens:
        return Addresses(IpRangeSet.EMPTY, IpRangeSet.ALL, unreadable=True)
    sure: list[IpRangeSet] = []
    ranges: list[IpRange] = []
    unknown: list[str] = []
    uses_vnet = False
    for token in tokens:
        folded = token.casefold()
        parsed = IpRange.parse(token)
        if parsed is not None:
            ranges.append(parsed)
        elif folded in ANY_TOKENS:
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
    return Addresses(result, maybe, unknown_tags=tuple(unknown), uses_vnet_tag=uses_vnet)


def _ports(props: Mapping[str, Any], side: str) -> Ports:
    raw = _values(props, f"{side}PortRange", f"{side}PortRanges")
    tokens = _tokens(raw) if raw is not None else None
    if not tokens:
        return Ports((), (), unreadable=True)
    ranges: list[tuple[int, int]] = []
    for token in tokens:
        if token.casefold() in ANY_TOKENS:
            ranges.append((0, 65535))
            continue
        low, _, high = token.partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            return Ports((), tuple(tokens), unreadable=True)
        first, last = int(low), int(high or low)
        if not 0 <= first <= last <= 65535:
            return Ports((), tuple(tokens), unreadable=True)
        ranges.append((first, last))
    return Ports(tuple(ranges), tuple(tokens), unreadable=False)


def _prepare_rule(raw: Mapping[str, Any], context: NsgContext, *, is_default: bool) -> Rule:
    # Exports come both nested ({"name", "properties": {...}}) and flattened (fields at the top level).
    props = fold_keys(properties(raw) or raw)
    access = (text(_get(props, "access")) or "").casefold()
    protocol = text(_get(props, "protocol"))
    source = _addresses(props, "source", context)
    destination = _addresses(props, "destination", context)
    tags = _tokens(_values(props, "destinationAddressPrefix", "destinationAddressPrefixes") or []) or []
    return Rule(
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


def _sort_key(rule: Rule) -> tuple[int, int]:
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
