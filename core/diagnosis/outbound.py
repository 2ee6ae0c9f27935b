"""Outbound connectivity: does the VM have any way to the internet at all?

A route with next hop Internet only says where Azure sends a packet; the packet still needs a public source
address. Azure's explicit methods, in the order Azure prefers them (NAT gateway overview,
https://learn.microsoft.com/azure/nat-gateway/nat-overview: "NAT gateway takes precedence over other outbound
scenarios"; default outbound access,
https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access):

1. a NAT gateway on the subnet (it needs at least one public IP address or prefix),
2. a public IP address on the VM's network interface (instance-level public IP),
3. a load balancer outbound rule for a backend pool the network interface is in,
4. default outbound access — not available in a private subnet (``defaultOutboundAccess: false``).

None of them: the VM has no way out. ``defaultOutboundAccess`` absent means the subnet is not private (the
property is only written when set; older subnets do not carry it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.diagnosis.arm_json import arm_id, arm_list, arm_prop, parse_bool
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.i18n import QT_TRANSLATE_NOOP

Json = Mapping[str, Any]

MSG_NO_WAY_OUT = QT_TRANSLATE_NOOP(
    "Findings",
    "The subnet {subnet} is a private subnet (default outbound access is off), and the VM has no other way to the "
    "internet: no NAT gateway on the subnet, no public IP address on its network interface and no load balancer "
    "outbound rule. Traffic to Azure Attestation cannot leave the virtual network.",
)
MSG_NAT_WITHOUT_IP = QT_TRANSLATE_NOOP(
    "Findings",
    "The NAT gateway {nat} on the subnet has no public IP address or prefix. A NAT gateway takes precedence over "
    "every other way out, so the subnet's traffic to the internet goes to it and cannot leave.",
)
MSG_OUTBOUND_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "Whether the VM has a way to the internet depends on {name}, which could not be read; outbound connectivity "
    "is reported as unknown.",
)


class OutboundMethod(StrEnum):
    NAT_GATEWAY = "natGateway"
    PUBLIC_IP = "publicIPAddress"
    LOAD_BALANCER = "outboundRule"
    DEFAULT_ACCESS = "defaultOutboundAccess"
    NONE = "none"


@dataclass(frozen=True)
class OutboundResult:
    verdict: Verdict
    method: OutboundMethod | None  # None: could not be decided
    resource_id: str | None  # what provides the way out (or the subnet when nothing does)
    rule: str | None = None  # the load balancer's outbound rule
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    blockers: tuple[Blocker, ...] = field(default_factory=tuple)

    def rule_match(self) -> RuleMatch:
        method = self.method.value if self.method is not None else "?"
        rule = f"{method}/{self.rule}" if self.rule else method
        action = "Allow" if self.verdict is Verdict.ALLOWED else "None"
        return RuleMatch(Layer.OUTBOUND, self.resource_id, rule, None, action, is_default=self._is_default())

    def _is_default(self) -> bool:
        return self.method is OutboundMethod.DEFAULT_ACCESS


def _name(resource_id: str | None) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1] if resource_id else "?"


def _pool_parent(pool_id: str) -> str | None:
    cut = pool_id.lower().find("/backendaddresspools/")
    return pool_id[:cut] if cut > 0 else None


def _outbound_rule(lb: Json, pool_ids: set[str]) -> str | None:
    for rule in arm_list(arm_prop(lb, "outboundRules")):
        pool = arm_id(arm_prop(rule, "backendAddressPool"))
        if pool and pool.lower() in pool_ids:
            name = rule.get("name") if isinstance(rule, Mapping) else None
            return str(name or "?")
    return None


def evaluate_outbound(
    subnet: Json | None,
    ip_configuration: Json | None,
    lookup: Callable[[str], Json | None],
) -> OutboundResult:
    """The VM's way to the internet from its subnet and primary IP configuration; ``lookup`` reads resources
    by id (NAT gateway, load balancer) and returns ``None`` for one that could not be read."""
    subnet_id = arm_id(subnet)
    if subnet is None:
        return OutboundResult(Verdict.UNKNOWN, None, None)
    nat_id = arm_id(arm_prop(subnet, "natGateway"))
    if nat_id is not None:
        nat = lookup(nat_id)
        if nat is None:
            finding = Finding("OUTBOUND_UNREADABLE", Severity.WARNING, MSG_OUTBOUND_UNREADABLE, {"name": _name(nat_id)})
            return OutboundResult(Verdict.UNKNOWN, OutboundMethod.NAT_GATEWAY, nat_id, findings=(finding,))
        if arm_list(arm_prop(nat, "publicIpAddresses")) or arm_list(arm_prop(nat, "publicIpPrefixes")):
            return OutboundResult(Verdict.ALLOWED, OutboundMethod.NAT_GATEWAY, nat_id)
        finding = Finding("OUTBOUND_NAT_NO_IP", Severity.ERROR, MSG_NAT_WITHOUT_IP, {"nat": _name(nat_id)})
        blocker = Blocker(BlockerKind.OUTBOUND, subnet_id, None, None, "subnet")
        return OutboundResult(Verdict.BLOCKED, OutboundMethod.NAT_GATEWAY, nat_id, None, (finding,), (blocker,))
    public_ip = arm_id(arm_prop(ip_configuration, "publicIPAddress"))
    if public_ip is not None:
        return OutboundResult(Verdict.ALLOWED, OutboundMethod.PUBLIC_IP, public_ip)
    pool_refs = arm_list(arm_prop(ip_configuration, "loadBalancerBackendAddressPools"))
    pools = {p.lower() for p in (arm_id(x) for x in pool_refs) if p}
    unreadable_lb: str | None = None
    for lb_id in sorted({parent for p in pools if (parent := _pool_parent(p))}):
        lb = lookup(lb_id)
        if lb is None:
            unreadable_lb = unreadable_lb or lb_id
            continue
        rule = _outbound_rule(lb, pools)
        if rule is not None:
            return OutboundResult(Verdict.ALLOWED, OutboundMethod.LOAD_BALANCER, arm_id(lb) or lb_id, rule)
    if parse_bool(arm_prop(subnet, "defaultOutboundAccess")) is not False:
        return OutboundResult(Verdict.ALLOWED, OutboundMethod.DEFAULT_ACCESS, subnet_id)
    if unreadable_lb is not None:
        args = {"name": _name(unreadable_lb)}
        finding = Finding("OUTBOUND_UNREADABLE", Severity.WARNING, MSG_OUTBOUND_UNREADABLE, args)
        return OutboundResult(Verdict.UNKNOWN, None, unreadable_lb, findings=(finding,))
    finding = Finding("OUTBOUND_NONE", Severity.ERROR, MSG_NO_WAY_OUT, {"subnet": _name(subnet_id)})
    blocker = Blocker(BlockerKind.OUTBOUND, subnet_id, None, None, "subnet")
    return OutboundResult(Verdict.BLOCKED, OutboundMethod.NONE, subnet_id, None, (finding,), (blocker,))
