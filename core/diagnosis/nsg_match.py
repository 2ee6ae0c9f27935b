"""Outbound NSG evaluation, flow matching: which rules may apply to the flow, reduced to destination sets.

Internal to the NSG evaluator; other code imports these names from :mod:`core.diagnosis.nsg`.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.nsg_context import NsgContext
from core.diagnosis.nsg_rules import ANY_TOKENS, PreparedNsg, Rule


@dataclass(frozen=True, slots=True)
class Flow:
    source: IpRange | None  # None when the caller's source IP is unreadable
    protocol: str  # casefolded
    port: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule that may apply to the flow, reduced to destination sets; ``skip`` explains a rule that
    would apply but is deliberately not counted (source-port subset, ASG the NIC is not in)."""

    rule: Rule
    sure: IpRangeSet
    maybe: IpRangeSet
    skip: str | None = None  # "source-port" | "asg"
    undecidable: str | None = None  # "unknown-tag" | "unreadable" | "destination-asg"


def _source_matches(rule: Rule, flow: Flow, context: NsgContext) -> bool | None:
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


def candidate(rule: Rule, flow: Flow, nsg: PreparedNsg, index: int, destination: IpRangeSet) -> Candidate | None:
    """``nsg.rules[index]`` (``rule``) reduced to this flow and destination, or ``None`` when it certainly does not
    apply. Called for every rule of every evaluation: the cheap, flow-only tests come first."""
    context = nsg.context
    undecidable: str | None = None
    if rule.direction != "outbound":
        if rule.direction is not None:
            return None
        undecidable = "unreadable"
    if rule.protocol is None:
        undecidable = "unreadable"
    elif rule.protocol not in ANY_TOKENS and rule.protocol != flow.protocol:
        return None
    dports = rule.destination_ports
    if dports.unreadable:
        undecidable = "unreadable"
    elif not dports.has(flow.port):
        return None
    skip: str | None = None
    sports = rule.source_ports
    if sports.unreadable:
        undecidable = "unreadable"
    elif sports.ephemeral != "all":
        if sports.ephemeral == "none":
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
    sure, maybe = nsg.clipped(index, destination)
    if undecidable is not None:
        return Candidate(rule, IpRangeSet.EMPTY, sure.union(maybe), skip, undecidable)
    if rule.destination.asg_ids is not None:
        return Candidate(rule, sure, maybe, skip, "destination-asg")
    return Candidate(rule, sure, maybe, skip, "unknown-tag" if maybe else None)


def parse_flow(source_ip: str, protocol: str, port: int) -> Flow:
    try:
        address = ipaddress.ip_address(source_ip.strip())
        source: IpRange | None = IpRange(address.version, int(address), int(address))
    except (ValueError, AttributeError):
        source = None
    return Flow(source, protocol.casefold(), port)
