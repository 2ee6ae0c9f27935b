"""Azure Firewall evaluator: do classic rules or a Firewall Policy let the VM reach Azure Attestation?

Semantics follow network-semantics.md §3: network rules (all policies, parent first) before application
rules; rule collection groups, then collections by priority; rules top-down; first match terminates; default
deny. Each destination range is split into atomic pieces at every rule boundary and each piece is decided
once. Parts of a rule that cannot be judged offline (a missing IP group, an unknown service tag, a web
category) make the rule "maybe" match; a piece is only decided when every possible outcome agrees.

This module decides the pieces; the work is split over
:mod:`~core.diagnosis.firewall_model` (matches, compiled rules, inputs and results),
:mod:`~core.diagnosis.firewall_findings` (finding codes and texts),
:mod:`~core.diagnosis.firewall_rules` (compiling one rule for the flow) and
:mod:`~core.diagnosis.firewall_order` (the global rule order). Every name other code used to import from here
is still importable from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.diagnosis.arm_json import arm_get, arm_id, arm_list, arm_prop
from core.diagnosis.firewall_findings import (
    FIX_NETWORK_ALLOW,
    MSG_APP_RULE_ONLY_SNI,
    MSG_COLLECTION_PRIORITY_MISSING,
    MSG_DEFAULT_DENY,
    MSG_DENY_RULE,
    MSG_FQDN_DNS_PROXY,
    MSG_FQDN_NO_DNS_PROXY,
    MSG_GROUP_PRIORITY_MISSING,
    MSG_GROUPS_MISSING,
    MSG_HOST_UNKNOWN,
    MSG_INFRASTRUCTURE,
    MSG_IP_GROUP_MISSING,
    MSG_POLICY_CYCLE,
    MSG_POLICY_MISSING,
    MSG_RULE_UNREADABLE,
    MSG_TAG_UNKNOWN,
    MSG_THREAT_INTEL_DENY,
    MSG_URL_PATH,
    MSG_WEB_CATEGORY,
    FindingLog,
    report_decisions,
)
from core.diagnosis.firewall_model import (
    ALLOW,
    DENY,
    AddressSpec,
    CompiledRule,
    FirewallDecision,
    FirewallInputs,
    FirewallResult,
    Flow,
    Match,
    wildcard,
)
from core.diagnosis.firewall_order import classic_rules, dns_proxy, policy_ancestry, policy_rules
from core.diagnosis.firewall_rules import Context, unreadable
from core.diagnosis.ipranges import IpRange, IpRangeSet, atomic_pieces
from core.diagnosis.model import Layer, RuleMatch, Severity, Verdict
from core.diagnosis.service_tags import TagResolver

__all__ = [
    "FIX_NETWORK_ALLOW",
    "MSG_APP_RULE_ONLY_SNI",
    "MSG_COLLECTION_PRIORITY_MISSING",
    "MSG_DEFAULT_DENY",
    "MSG_DENY_RULE",
    "MSG_FQDN_DNS_PROXY",
    "MSG_FQDN_NO_DNS_PROXY",
    "MSG_GROUPS_MISSING",
    "MSG_GROUP_PRIORITY_MISSING",
    "MSG_HOST_UNKNOWN",
    "MSG_INFRASTRUCTURE",
    "MSG_IP_GROUP_MISSING",
    "MSG_POLICY_CYCLE",
    "MSG_POLICY_MISSING",
    "MSG_RULE_UNREADABLE",
    "MSG_TAG_UNKNOWN",
    "MSG_THREAT_INTEL_DENY",
    "MSG_URL_PATH",
    "MSG_WEB_CATEGORY",
    "AddressSpec",
    "CompiledRule",
    "FirewallDecision",
    "FirewallInputs",
    "FirewallResult",
    "Flow",
    "Match",
    "TagResolver",
    "arm_get",
    "arm_id",
    "arm_list",
    "arm_prop",
    "evaluate_firewall",
    "evaluation_order",
]


def _decide(piece: IpRange, rules: Sequence[CompiledRule], default_id: str | None) -> FirewallDecision:
    """The first definite match terminates; earlier "maybe" matches leave it open only if they disagree."""
    possible: set[str] = set()
    for rule in rules:
        outcome = rule.match(piece)
        if outcome is Match.NO:
            continue
        possible |= {rule.action} if rule.action else {ALLOW, DENY}
        if outcome is Match.YES:
            if rule.action and possible == {rule.action}:
                verdict = Verdict.ALLOWED if rule.action == ALLOW else Verdict.BLOCKED
                return FirewallDecision(piece, verdict, rule.stage, rule.rule_match())
            return FirewallDecision(piece, Verdict.UNKNOWN, "unknown", rule.rule_match())
    default = RuleMatch(Layer.FIREWALL, default_id, None, None, DENY, is_default=True)
    if possible - {DENY}:
        return FirewallDecision(piece, Verdict.UNKNOWN, "unknown", None)
    return FirewallDecision(piece, Verdict.BLOCKED, "default", default)


def _pieces(destination: IpRangeSet, rules: Sequence[CompiledRule]) -> list[IpRange]:
    """Split each destination range at every rule range that overlaps it."""
    out: list[IpRange] = []
    for target in destination.ranges:
        local = [
            r for rule in rules if rule.destination is not None for r in rule.destination.definite.overlapping(target)
        ]
        out.extend(atomic_pieces(target, local) if local else [target])
    return out


def evaluate_firewall(
    inputs: FirewallInputs,
    *,
    source_ip: str,
    destination: IpRangeSet,
    port: int = 443,
    protocol: str = "TCP",
    fqdn: str | None,
    service_tags: TagResolver | None,
) -> FirewallResult:
    """Decide every destination address the firewall may see from ``source_ip`` (the VM's private IP).

    ``fqdn`` is the regional shared attestation host (application rules match it by name); ``None`` when the
    caller does not know it, which leaves name-based rules open.
    """
    findings = FindingLog()
    firewall = inputs.firewall if isinstance(inputs.firewall, Mapping) else {}
    firewall_id = arm_id(firewall)
    source = IpRange.parse(source_ip) if isinstance(source_ip, str) else None
    flow = Flow(source or IpRange(4, 0, 0), port, protocol, fqdn)
    policy_id = arm_id(arm_prop(firewall, "firewallPolicy"))
    ancestry = policy_ancestry(inputs, policy_id)
    ctx = Context(inputs, flow, service_tags, dns_proxy(firewall, ancestry), findings)

    modes = [arm_prop(firewall, "threatIntelMode")] + [arm_prop(p, "threatIntelMode") for p in ancestry]
    if any(isinstance(m, str) and m.strip().casefold() == "deny" for m in modes):
        findings.add(
            "FW_THREAT_INTEL_DENY",
            Severity.WARNING,
            MSG_THREAT_INTEL_DENY,
            evidence={"resourceId": firewall_id},
        )

    rules = policy_rules(ctx, policy_id) if policy_id else classic_rules(ctx, firewall)
    if source is None:
        unreadable(ctx, "*", "*", "source_ip")
        rules = [wildcard(firewall_id, "*"), *rules]
    # Rules that cannot match this flow whatever the destination neither cut pieces nor need checking.
    active = [rule for rule in rules if rule.fixed is not Match.NO]
    decisions = [_decide(piece, active, firewall_id) for piece in _pieces(destination, active)]
    report_decisions(findings, decisions, firewall_id, port)
    return FirewallResult(firewall_id, tuple(decisions), tuple(findings.items.values()))


def evaluation_order(inputs: FirewallInputs) -> list[str]:
    """Collection labels in the order their outbound rules are evaluated (for display and tests)."""
    ctx = Context(inputs, Flow(IpRange(4, 0, 0), 443, "TCP", None), None, False, FindingLog())
    policy_id = arm_id(arm_prop(inputs.firewall, "firewallPolicy"))
    rules = policy_rules(ctx, policy_id) if policy_id else classic_rules(ctx, inputs.firewall)
    return list(dict.fromkeys(f"{r.stage}:{r.collection}" for r in rules if r.name is not None))
