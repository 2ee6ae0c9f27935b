"""Azure Virtual Network Manager security admin rules: the layer Azure evaluates before any NSG.

Fed the ``value`` of ``POST {vnet}/listNetworkManagerEffectiveSecurityAdminRules`` (the rules Azure applies to
the VNet). Semantics (https://learn.microsoft.com/azure/virtual-network-manager/concept-security-admins and
https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview): admin rules are evaluated
before network security group rules, lower priority number first, and the first matching rule decides:

* ``AlwaysAllow`` ends evaluation: the traffic is allowed whatever the NSGs say;
* ``Deny`` ends evaluation: the traffic is blocked, and no NSG rule can allow it;
* ``Allow`` lets the traffic on to the NSGs (as does no matching rule at all).

A rule that may or may not match the flow (a network group, an unknown service tag, a source port subset)
makes the addresses it covers unknown from that rule on: a later rule cannot be trusted to decide them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.diagnosis.arm_json import arm_id, arm_list, arm_prop, parse_int
from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Layer, RuleMatch, Verdict
from core.diagnosis.nsg_results import combine
from core.diagnosis.service_tags import TagResolver

# Outbound client connections use an ephemeral source port (see nsg_match.EPHEMERAL_PORTS).
_EPHEMERAL = (1024, 65535)
_ANY = {"*", "any", "all"}


class AvnmOutcome(StrEnum):
    ALWAYS_ALLOW = "always-allow"  # allowed; the NSGs are not evaluated
    DENY = "deny"  # blocked; the NSGs are not evaluated
    PASS = "pass"  # an Allow rule or no rule: the NSGs decide
    UNKNOWN = "unknown"  # a rule may apply; we cannot tell which one decides


_ACCESS = {"alwaysallow": AvnmOutcome.ALWAYS_ALLOW, "deny": AvnmOutcome.DENY, "allow": AvnmOutcome.PASS}


@dataclass(frozen=True, slots=True)
class AvnmDecision:
    ranges: IpRangeSet
    outcome: AvnmOutcome
    match: RuleMatch | None  # None: no admin rule matched


@dataclass(frozen=True)
class AvnmResult:
    decisions: tuple[AvnmDecision, ...]
    network_managers: tuple[str, ...]  # ids of the network managers whose rules apply to the VNet
    rule_count: int

    def ranges(self, outcome: AvnmOutcome) -> IpRangeSet:
        return IpRangeSet.of(r for d in self.decisions if d.outcome is outcome for r in d.ranges)

    @property
    def verdict(self) -> Verdict:
        """The layer's own verdict: Deny → blocked, a doubt → unknown, everything else goes on (allowed)."""
        word = {AvnmOutcome.DENY: Verdict.BLOCKED, AvnmOutcome.UNKNOWN: Verdict.UNKNOWN}
        return combine(word.get(d.outcome, Verdict.ALLOWED) for d in self.decisions if d.ranges)

    def matches(self) -> tuple[RuleMatch, ...]:
        """Deciding rules, the blocking ones first."""
        order = {AvnmOutcome.DENY: 0, AvnmOutcome.UNKNOWN: 1, AvnmOutcome.ALWAYS_ALLOW: 2, AvnmOutcome.PASS: 3}
        found = sorted((d for d in self.decisions if d.match is not None), key=lambda d: order[d.outcome])
        return tuple(dict.fromkeys(d.match for d in found if d.match is not None))

    def blockers(self) -> list[Blocker]:
        """One blocker per denying rule: ``resourceId`` is the rule's id (it names the network manager)."""
        out: dict[tuple[str | None, str | None], Blocker] = {}
        for d in self.decisions:
            if d.outcome is AvnmOutcome.DENY and d.match is not None and d.ranges:
                m = d.match
                out.setdefault((m.resource_id, m.rule), Blocker(BlockerKind.AVNM, m.resource_id, m.rule, m.priority))
        return list(out.values())


@dataclass(frozen=True, slots=True)
class _Side:
    sure: IpRangeSet  # addresses the rule certainly covers
    maybe: IpRangeSet  # addresses it may cover (network groups, unknown tags)


def network_manager_of(rule_id: str | None) -> str | None:
    """``…/networkManagers/{name}`` of an admin rule id (the rule lives below its network manager)."""
    if not rule_id:
        return None
    lowered = rule_id.lower()
    cut = lowered.find("/networkmanagers/")
    if cut < 0:
        return None
    rest = rule_id[cut + len("/networkManagers/") :]
    return rule_id[: cut + len("/networkManagers/")] + rest.split("/", 1)[0]


def _segment_after(rule_id: str | None, marker: str) -> str | None:
    if not rule_id:
        return None
    parts = rule_id.split("/")
    for i, part in enumerate(parts[:-1]):
        if part.lower() == marker.lower():
            return parts[i + 1]
    return None


def _ports(values: Any) -> list[tuple[int, int]] | None:
    """Port ranges; an empty list or ``*`` means every port; ``None`` when a value cannot be read."""
    items = [v for v in arm_list(values) if v is not None]
    if not items:
        return [(0, 65535)]
    out: list[tuple[int, int]] = []
    for item in items:
        text = str(item).strip()
        if text.lower() in _ANY:
            out.append((0, 65535))
            continue
        lo, _, hi = text.partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError:
            return None
        out.append((first, last))
    return out


def _addresses(items: Any, *, vnet_space: IpRangeSet, tags: TagResolver | None) -> _Side:
    entries = [i for i in arm_list(items) if isinstance(i, Mapping)]
    if not entries:
        return _Side(IpRangeSet.ALL, IpRangeSet.EMPTY)  # no address means any address
    sure, maybe = IpRangeSet.EMPTY, IpRangeSet.EMPTY
    for entry in entries:
        prefix = str(entry.get("addressPrefix") or "").strip()
        kind = str(entry.get("addressPrefixType") or "").strip().casefold()
        if prefix.lower() in _ANY:
            sure = IpRangeSet.ALL
        elif kind == "networkgroup":
            maybe = IpRangeSet.ALL  # its members' address spaces are not in the effective rule
        elif kind == "servicetag":
            folded = prefix.casefold()
            if folded == "virtualnetwork":
                sure = sure.union(vnet_space)
            elif folded == "internet":
                sure = sure.union(vnet_space.complement())
            else:
                resolved = tags.resolve(prefix) if tags is not None else None
                if resolved is None:
                    maybe = IpRangeSet.ALL
                else:
                    sure = sure.union(resolved)
        else:
            parsed = IpRangeSet.parse_all([prefix])
            if parsed:
                sure = sure.union(parsed)
            else:
                maybe = IpRangeSet.ALL  # unreadable prefix
    return _Side(sure, maybe.difference(sure))


def _source_applies(side: _Side, source: IpRange | None) -> bool | None:
    if side.sure == IpRangeSet.ALL:
        return True
    if source is not None and side.sure.covers(source):
        return True
    if side.maybe or source is None:
        return None
    return False


def _source_port_applies(ranges: list[tuple[int, int]] | None) -> bool | None:
    if ranges is None:
        return None
    if any(lo <= _EPHEMERAL[0] and _EPHEMERAL[1] <= hi for lo, hi in ranges):
        return True
    if any(lo <= _EPHEMERAL[1] and _EPHEMERAL[0] <= hi for lo, hi in ranges):
        return None  # some connections use a port inside, others not
    return False


@dataclass(frozen=True, slots=True)
class _Rule:
    match: RuleMatch
    outcome: AvnmOutcome | None  # None: the access value cannot be read
    priority: int
    order: int
    applies: bool | None  # protocol, ports and source together
    destination: _Side


def _prepare(
    raw: Any, order: int, *, source: IpRange | None, port: int, vnet_space: IpRangeSet, tags: TagResolver | None
) -> _Rule | None:
    if not isinstance(raw, Mapping):
        return None
    direction = str(arm_prop(raw, "direction") or "").casefold()
    if direction != "outbound":
        return None
    rule_id = arm_id(raw)
    access_raw = str(arm_prop(raw, "access") or "")
    outcome = _ACCESS.get(access_raw.casefold())
    priority = parse_int(arm_prop(raw, "priority"))
    protocol = str(arm_prop(raw, "protocol") or "").casefold()
    applies: bool | None = True
    if protocol not in ("tcp", *_ANY):
        if protocol in ("udp", "icmp", "esp", "ah"):
            return None
        applies = None
    destination_ports = _ports(arm_prop(raw, "destinationPortRanges"))
    if destination_ports is None:
        applies = None
    elif not any(lo <= port <= hi for lo, hi in destination_ports):
        return None
    for check in (
        _source_port_applies(_ports(arm_prop(raw, "sourcePortRanges"))),
        _source_applies(_addresses(arm_prop(raw, "sources"), vnet_space=vnet_space, tags=tags), source),
    ):
        if check is False:
            return None
        if check is None:
            applies = None
    if outcome is None or priority is None:
        applies = None
    name = (rule_id or "").rstrip("/").rsplit("/", 1)[-1] or str(raw.get("name") or "?")
    match = RuleMatch(
        layer=Layer.AVNM,
        resource_id=rule_id,
        rule=name,
        priority=priority,
        action=access_raw or "?",
        collection=_segment_after(rule_id, "ruleCollections"),
        is_default=str(raw.get("kind") or "").casefold() == "default",
    )
    destination = _addresses(arm_prop(raw, "destinations"), vnet_space=vnet_space, tags=tags)
    return _Rule(match, outcome, priority if priority is not None else 0, order, applies, destination)


def evaluate_admin_rules(
    rules: Iterable[Any],
    *,
    source_ip: str,
    destination: IpRangeSet,
    vnet_space: IpRangeSet,
    service_tags: TagResolver | None,
    port: int = 443,
) -> AvnmResult:
    """Decide TCP ``port`` from ``source_ip`` to each address of ``destination`` by the admin rules."""
    try:
        address = ipaddress.ip_address(source_ip.strip())
        source: IpRange | None = IpRange(address.version, int(address), int(address))
    except ValueError:
        source = None
    raw_rules = [r for r in rules if isinstance(r, Mapping)]
    prepared = [
        p
        for i, r in enumerate(raw_rules)
        if (p := _prepare(r, i, source=source, port=port, vnet_space=vnet_space, tags=service_tags)) is not None
    ]
    prepared.sort(key=lambda r: (r.priority, r.order))
    remaining = destination
    decisions: list[AvnmDecision] = []
    for rule in prepared:
        if not remaining:
            break
        sure = remaining.intersection(rule.destination.sure)
        maybe = remaining.intersection(rule.destination.maybe)
        if rule.applies is None or rule.outcome is None:
            maybe, sure = maybe.union(sure), IpRangeSet.EMPTY
        if sure:
            assert rule.outcome is not None
            decisions.append(AvnmDecision(sure, rule.outcome, rule.match))
        if maybe:
            decisions.append(AvnmDecision(maybe, AvnmOutcome.UNKNOWN, rule.match))
        remaining = remaining.difference(sure).difference(maybe)
    if remaining:
        decisions.append(AvnmDecision(remaining, AvnmOutcome.PASS, None))
    managers = tuple(dict.fromkeys(m for r in raw_rules if (m := network_manager_of(arm_id(r))) is not None))
    return AvnmResult(tuple(decisions), managers, len(raw_rules))


def admin_rules(body: Mapping[str, Any] | None) -> Sequence[Any]:
    """The rules of an action response (``{"value": [...], "skipToken": ...}``)."""
    return arm_list(body.get("value")) if isinstance(body, Mapping) else []
