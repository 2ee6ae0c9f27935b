"""Azure Firewall evaluator: do classic rules or a Firewall Policy let the VM reach Azure Attestation?

Semantics follow network-semantics.md §3: network rules (all policies, parent first) before application
rules; rule collection groups, then collections by priority; rules top-down; first match terminates; default
deny. Each destination range is split into atomic pieces at every rule boundary and each piece is decided
once. Parts of a rule that cannot be judged offline (a missing IP group, an unknown service tag, a web
category) make the rule "maybe" match; a piece is only decided when every possible outcome agrees.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

from core.diagnosis.arm_json import arm_get, arm_id, arm_list, arm_prop, parse_bool, parse_int
from core.diagnosis.endpoint_match import UrlMatch, fqdn_matches, url_matches
from core.diagnosis.ipranges import IpRange, IpRangeSet, atomic_pieces
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.i18n import QT_TRANSLATE_NOOP

FIX_NETWORK_ALLOW = "firewall-network-allow"

MSG_DENY_RULE = QT_TRANSLATE_NOOP(
    "Findings", "Azure Firewall rule {rule} in collection {collection} denies traffic to Azure Attestation."
)
MSG_DEFAULT_DENY = QT_TRANSLATE_NOOP(
    "Findings",
    "No Azure Firewall rule allows traffic to Azure Attestation on TCP port {port}, so the firewall denies "
    "it by default.",
)
MSG_APP_RULE_ONLY_SNI = QT_TRANSLATE_NOOP(
    "Findings",
    "Only the application rule {rule} in collection {collection} allows traffic to Azure Attestation. This "
    "works for HTTPS with a server name (SNI); a network rule for the AzureAttestation service tag is more "
    "robust.",
)
MSG_THREAT_INTEL_DENY = QT_TRANSLATE_NOOP(
    "Findings",
    "Threat intelligence on the firewall is set to Deny. It is applied before all rules and cannot be checked offline.",
)
MSG_IP_GROUP_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The IP group {ip_group} used by firewall rule {rule} could not be read; the rule's effect is unknown.",
)
MSG_POLICY_MISSING = QT_TRANSLATE_NOOP(
    "Findings", "The firewall policy {policy} could not be read, so the firewall cannot be evaluated."
)
MSG_POLICY_CYCLE = QT_TRANSLATE_NOOP(
    "Findings", "The firewall policy {policy} inherits from itself through its parent policies."
)
MSG_GROUPS_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection group {group} of firewall policy {policy} could not be read, so the result is unknown.",
)
MSG_COLLECTION_PRIORITY_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection {collection} has no priority; it is treated as evaluated after all others.",
)
MSG_GROUP_PRIORITY_MISSING = QT_TRANSLATE_NOOP(
    "Findings",
    "The rule collection group {collection} has no priority; it is treated as evaluated after all others.",
)
MSG_FQDN_NO_DNS_PROXY = QT_TRANSLATE_NOOP(
    "Findings",
    "Network rule {rule} names {fqdn}, but DNS proxy is off, so the firewall cannot match it by name; it was "
    "treated as not matching.",
)
MSG_FQDN_DNS_PROXY = QT_TRANSLATE_NOOP(
    "Findings",
    "Network rule {rule} names {fqdn}; with DNS proxy on, the firewall resolves the name and the rule "
    "applies to Azure Attestation.",
)
MSG_INFRASTRUCTURE = QT_TRANSLATE_NOOP(
    "Findings",
    "The firewall's built-in infrastructure rule collection is assumed not to allow Azure Attestation.",
)
MSG_TAG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings", "The service tag {tag} in firewall rule {rule} is unknown; the rule's effect is unknown."
)
MSG_RULE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "Firewall rule {rule} in collection {collection} could not be read completely ({detail}); its effect is unknown.",
)
MSG_WEB_CATEGORY = QT_TRANSLATE_NOOP(
    "Findings", "Application rule {rule} filters by web category, which cannot be checked offline."
)
MSG_URL_PATH = QT_TRANSLATE_NOOP(
    "Findings", "Application rule {rule} filters by URL path, which cannot be checked offline."
)
MSG_HOST_UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings",
    "The attestation host name is unknown, so application rules with host names could not be checked.",
)

_ALLOW, _DENY = "Allow", "Deny"
_APP_DEFAULT_PORTS = {"http": 80, "https": 443, "mssql": 1433}
_ANY_PROTOCOL = {"any", "*", "all"}


class TagResolver(Protocol):
    """What the evaluators need from core.diagnosis.service_tags.ServiceTagIndex."""

    def resolve(self, name: str) -> IpRangeSet | None: ...


def _action(collection: Any) -> str | None:
    raw = arm_get(arm_prop(collection, "action"), "type")
    if isinstance(raw, str) and raw.strip().casefold() in ("allow", "deny"):
        return _ALLOW if raw.strip().casefold() == "allow" else _DENY
    return None


# -- three-valued matching ----------------------------------------------------------------------------------


class Match(Enum):
    NO = 0
    MAYBE = 1
    YES = 2


def _all_of(*parts: Match) -> Match:
    return min(parts, key=lambda m: m.value)


def _any_of(parts: Iterable[Match]) -> Match:
    return max(parts, key=lambda m: m.value, default=Match.NO)


@dataclass(frozen=True, slots=True)
class AddressSpec:
    """A rule's address field: the addresses known for sure, and whether some entry could not be resolved."""

    definite: IpRangeSet
    unresolved: bool = False

    def match(self, piece: IpRange) -> Match:
        # Pieces are atomic with respect to every rule range, so "covers" is exact here.
        if self.definite.covers(piece):
            return Match.YES
        return Match.MAYBE if self.unresolved else Match.NO


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """One rule in global evaluation order; everything that does not depend on the destination is resolved."""

    stage: str  # "network" | "application"
    holder_id: str | None  # the firewall (classic) or the policy that holds the rule
    collection: str  # "collection" (classic) or "group/collection" (policy)
    priority: int | None
    name: str | None
    action: str | None  # None: unreadable, could be either
    fixed: Match  # source, protocol, port and name checks
    destination: AddressSpec | None  # None: the rule does not restrict destination addresses

    def match(self, piece: IpRange) -> Match:
        if self.fixed is Match.NO or self.destination is None:
            return self.fixed
        return _all_of(self.fixed, self.destination.match(piece))

    def rule_match(self) -> RuleMatch:
        return RuleMatch(
            layer=Layer.FIREWALL,
            resource_id=self.holder_id,
            rule=self.name,
            priority=self.priority,
            action=self.action or "Unknown",
            collection=self.collection,
        )


@dataclass
class _Findings:
    """Findings in first-seen order, deduplicated (one missing IP group is often referenced many times)."""

    items: dict[tuple[str, tuple[tuple[str, str], ...]], Finding] = field(default_factory=dict)

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        fix_id: str | None = None,
        evidence: Mapping[str, Any] | None = None,
        **args: Any,
    ) -> None:
        key = (code, tuple(sorted((k, str(v)) for k, v in args.items())))
        if key not in self.items:
            self.items[key] = Finding(code, severity, message, args, dict(evidence or {}), fix_id)


# -- inputs and results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FirewallInputs:
    """The firewall and what it references, keyed by lower-case resource id."""

    firewall: Mapping[str, Any]
    policies: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rule_collection_groups: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    ip_groups: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Flow:
    """The outbound flow under test: the VM's private IP to the destination on TCP (HTTPS) ``port``."""

    source_ip: IpRange
    port: int
    protocol: str
    fqdn: str | None


@dataclass(frozen=True, slots=True)
class FirewallDecision:
    """The verdict for one atomic destination range and the rule that decided it (``None`` if undecidable)."""

    range: IpRange
    verdict: Verdict  # ALLOWED, BLOCKED or UNKNOWN
    stage: str  # "network" | "application" | "default" | "unknown"
    match: RuleMatch | None


@dataclass(frozen=True)
class FirewallResult:
    firewall_id: str | None
    decisions: tuple[FirewallDecision, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> Verdict:
        verdicts = {d.verdict for d in self.decisions}
        if not verdicts or Verdict.UNKNOWN in verdicts:
            return Verdict.UNKNOWN
        if verdicts == {Verdict.ALLOWED}:
            return Verdict.ALLOWED
        return Verdict.BLOCKED if verdicts == {Verdict.BLOCKED} else Verdict.PARTIAL

    def ranges(self, verdict: Verdict) -> IpRangeSet:
        return IpRangeSet.of(d.range for d in self.decisions if d.verdict is verdict)

    def blockers(self) -> list[Blocker]:
        """One blocker per denying rule (or the default deny), in the order the pieces were decided."""
        seen: dict[tuple[str | None, str | None, int | None], Blocker] = {}
        for d in self.decisions:
            if d.verdict is Verdict.BLOCKED and d.match is not None:
                key = (d.match.resource_id, d.match.rule, d.match.priority)
                seen.setdefault(key, Blocker(BlockerKind.FIREWALL, *key))
        return list(seen.values())


# -- address, port and protocol fields ----------------------------------------------------------------------


@dataclass
class _Context:
    inputs: FirewallInputs
    flow: Flow
    service_tags: TagResolver | None
    dns_proxy: bool
    findings: _Findings


def _addresses(
    ctx: _Context, texts: Any, groups: Any, *, rule: str, allow_tags: bool
) -> tuple[AddressSpec | None, list[str]]:
    """Compile address entries and IP group references; ``None`` when the rule names none at all."""
    entries, group_refs = arm_list(texts), arm_list(groups)
    if not entries and not group_refs:
        return None, []
    ranges: list[IpRange] = []
    unresolved: list[str] = []
    for entry in entries:
        text = str(entry).strip()
        parsed = IpRange.parse(text)
        if text == "*":
            ranges.extend(IpRangeSet.ALL.ranges)
        elif parsed is not None:
            ranges.append(parsed)
        else:
            tag = ctx.service_tags.resolve(text) if allow_tags and ctx.service_tags and text else None
            if tag is None:
                ctx.findings.add("FW_SERVICE_TAG_UNKNOWN", Severity.WARNING, MSG_TAG_UNKNOWN, tag=text, rule=rule)
                unresolved.append(text)
            else:
                ranges.extend(tag.ranges)
    for ref in group_refs:
        group_id = arm_id(ref)
        group = ctx.inputs.ip_groups.get(group_id.lower()) if group_id else None
        if group is None:
            ctx.findings.add(
                "FW_IP_GROUP_MISSING",
                Severity.WARNING,
                MSG_IP_GROUP_MISSING,
                ip_group=group_id or "?",
                rule=rule,
            )
            unresolved.append(group_id or "?")
            continue
        for text in arm_list(arm_prop(group, "ipAddresses")):
            parsed = IpRange.parse(str(text))
            if parsed is None:
                unresolved.append(str(text))
            else:
                ranges.append(parsed)
    return AddressSpec(IpRangeSet.of(ranges), bool(unresolved)), unresolved


def _port_match(tokens: Any, port: int) -> Match:
    """``*``, ``N`` or ``A-B`` tokens; an unreadable token could be anything."""
    values = arm_list(tokens)
    if not values:
        return Match.MAYBE
    result = Match.NO
    for raw in values:
        text = str(raw).strip()
        if text == "*":
            return Match.YES
        low, sep, high = text.partition("-")
        if low.strip().isdigit() and (not sep or high.strip().isdigit()):
            lo, hi = int(low), int(high) if sep else int(low)
            if lo <= port <= hi:
                return Match.YES
        else:
            result = Match.MAYBE
    return result


def _protocol_match(tokens: Any, protocol: str) -> Match:
    values = [str(v).strip().casefold() for v in arm_list(tokens)]
    if not values:
        return Match.MAYBE
    if any(v in _ANY_PROTOCOL or v == protocol.casefold() for v in values):
        return Match.YES
    return Match.NO


def _app_protocol_match(protocols: Any, flow: Flow) -> Match:
    """The flow is HTTPS (the extension speaks TLS with SNI) when it is TCP; application rules need it."""
    if flow.protocol.casefold() != "tcp":
        return Match.NO
    entries = arm_list(protocols)
    if not entries:
        return Match.MAYBE
    result = Match.NO
    for entry in entries:
        kind = arm_get(entry, "protocolType")
        if not isinstance(kind, str):
            result = Match.MAYBE
            continue
        port = parse_int(arm_get(entry, "port"))
        if port is None:
            port = _APP_DEFAULT_PORTS.get(kind.strip().casefold())
        if kind.strip().casefold() == "https" and port == flow.port:
            return Match.YES
    return result


# -- rule compilation ---------------------------------------------------------------------------------------


def _unreadable(ctx: _Context, rule: str, collection: str, detail: str) -> Match:
    ctx.findings.add(
        "FW_RULE_UNREADABLE",
        Severity.WARNING,
        MSG_RULE_UNREADABLE,
        rule=rule,
        collection=collection,
        detail=detail,
    )
    return Match.MAYBE


def _source(ctx: _Context, raw: Any, rule: str, collection: str) -> Match:
    spec, _ = _addresses(
        ctx, arm_prop(raw, "sourceAddresses"), arm_prop(raw, "sourceIpGroups"), rule=rule, allow_tags=False
    )
    if spec is None:
        return _unreadable(ctx, rule, collection, "sourceAddresses")
    return spec.match(ctx.flow.source_ip)


def _network_destination(ctx: _Context, raw: Any, rule: str, collection: str) -> AddressSpec:
    spec, _ = _addresses(
        ctx,
        arm_prop(raw, "destinationAddresses"),
        arm_prop(raw, "destinationIpGroups"),
        rule=rule,
        allow_tags=True,
    )
    definite, unresolved = (spec.definite, spec.unresolved) if spec else (IpRangeSet.EMPTY, False)
    fqdns = [str(f) for f in arm_list(arm_prop(raw, "destinationFqdns"))]
    host = ctx.flow.fqdn
    for fqdn in fqdns:
        if host is None:
            if ctx.dns_proxy:
                ctx.findings.add("FW_HOST_UNKNOWN", Severity.WARNING, MSG_HOST_UNKNOWN)
                unresolved = True
        elif fqdn_matches(fqdn, host):
            # The destination set is the host's own addresses, so a resolved name covers all of it.
            if ctx.dns_proxy:
                ctx.findings.add("FW_NETWORK_FQDN_DNS_PROXY", Severity.INFO, MSG_FQDN_DNS_PROXY, rule=rule, fqdn=fqdn)
                definite = IpRangeSet.ALL
            else:
                ctx.findings.add(
                    "FW_NETWORK_FQDN_NO_DNS_PROXY",
                    Severity.WARNING,
                    MSG_FQDN_NO_DNS_PROXY,
                    rule=rule,
                    fqdn=fqdn,
                )
    if spec is None and not fqdns:
        _unreadable(ctx, rule, collection, "destinationAddresses")
        unresolved = True
    return AddressSpec(definite, unresolved)


def _app_target(ctx: _Context, raw: Any, rule: str) -> Match:
    host = ctx.flow.fqdn
    parts: list[Match] = []
    for fqdn in arm_list(arm_prop(raw, "targetFqdns")):
        if str(fqdn).strip() == "*":
            parts.append(Match.YES)
        elif host is None:
            ctx.findings.add("FW_HOST_UNKNOWN", Severity.WARNING, MSG_HOST_UNKNOWN)
            parts.append(Match.MAYBE)
        else:
            parts.append(Match.YES if fqdn_matches(str(fqdn), host) else Match.NO)
    for url in arm_list(arm_prop(raw, "targetUrls")):
        outcome = url_matches(str(url), host) if host else UrlMatch.PATH_UNKNOWN
        if outcome is UrlMatch.PATH_UNKNOWN:
            ctx.findings.add("FW_URL_PATH", Severity.WARNING, MSG_URL_PATH, rule=rule)
        parts.append({UrlMatch.NO: Match.NO, UrlMatch.YES: Match.YES}.get(outcome, Match.MAYBE))
    if arm_list(arm_prop(raw, "webCategories")):
        ctx.findings.add("FW_WEB_CATEGORY", Severity.WARNING, MSG_WEB_CATEGORY, rule=rule)
        parts.append(Match.MAYBE)
    # FQDN tags are Microsoft-maintained sets; none covers Azure Attestation (network-semantics.md §3.4).
    return _any_of(parts)


def _compile_rule(
    ctx: _Context,
    raw: Any,
    stage: str,
    *,
    holder_id: str | None,
    collection: str,
    priority: int | None,
    action: str | None,
) -> CompiledRule:
    name_raw = arm_get(raw, "name")
    name = name_raw if isinstance(name_raw, str) else None
    label = name or "?"
    source = _source(ctx, raw, label, collection)
    if stage == "network":
        protocols = arm_prop(raw, "ipProtocols")
        if protocols is None:
            protocols = arm_prop(raw, "protocols")  # the classic spelling
        protocol = _protocol_match(protocols, ctx.flow.protocol)
        if protocol is Match.MAYBE:
            _unreadable(ctx, label, collection, "protocols")
        port = _port_match(arm_prop(raw, "destinationPorts"), ctx.flow.port)
        if port is Match.MAYBE:
            _unreadable(ctx, label, collection, "destinationPorts")
        fixed = _all_of(source, protocol, port)
        destination: AddressSpec | None = _network_destination(ctx, raw, label, collection)
    else:
        protocol = _app_protocol_match(arm_prop(raw, "protocols"), ctx.flow)
        fixed = _all_of(source, protocol, _app_target(ctx, raw, label))
        # destinationAddresses on an application rule narrows it further when present.
        destination, _ = _addresses(ctx, arm_prop(raw, "destinationAddresses"), None, rule=label, allow_tags=True)
    return CompiledRule(stage, holder_id, collection, priority, name, action, fixed, destination)


def _sorted_by_priority(items: Iterable[Any], message: str, ctx: _Context, label: Callable[[Any], str]) -> list[Any]:
    """Stable sort by ``priority``; a missing priority sorts last, with a finding."""
    keyed: list[tuple[float, int, Any]] = []
    for index, item in enumerate(items):
        priority = parse_int(arm_prop(item, "priority"))
        if priority is None:
            ctx.findings.add("FW_PRIORITY_MISSING", Severity.INFO, message, collection=label(item))
        keyed.append((math.inf if priority is None else priority, index, item))
    return [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _name(obj: Any) -> str:
    value = arm_get(obj, "name")
    return value if isinstance(value, str) else "?"


def _classic_rules(ctx: _Context, firewall: Mapping[str, Any]) -> list[CompiledRule]:
    """Classic: network collections by priority, then application collections (NAT is inbound only)."""
    fw_id = arm_id(firewall)
    rules: list[CompiledRule] = []
    for stage, key in (("network", "networkRuleCollections"), ("application", "applicationRuleCollections")):
        collections = [c for c in arm_list(arm_prop(firewall, key)) if isinstance(c, Mapping)]
        for coll in _sorted_by_priority(collections, MSG_COLLECTION_PRIORITY_MISSING, ctx, _name):
            name = _name(coll)
            action = _action(coll)
            if action is None:
                _unreadable(ctx, "*", name, "action")
            priority = parse_int(arm_prop(coll, "priority"))
            for raw in arm_list(arm_prop(coll, "rules")):
                rules.append(
                    _compile_rule(ctx, raw, stage, holder_id=fw_id, collection=name, priority=priority, action=action)
                )
    return rules


def _wildcard(holder_id: str | None, collection: str) -> CompiledRule:
    """Stands for rules we could not read: may match anything, with either action."""
    return CompiledRule("network", holder_id, collection, None, None, None, Match.MAYBE, None)


def _policy_chain(ctx: _Context, policy_id: str) -> tuple[list[tuple[str, Mapping[str, Any]]], list[CompiledRule]]:
    """The policy and its ancestors, root parent first; unreadable links become wildcard rules."""
    chain: list[tuple[str, Mapping[str, Any]]] = []
    unknown: list[CompiledRule] = []
    seen: set[str] = set()
    current: str | None = policy_id
    while current:
        if current.lower() in seen:
            ctx.findings.add("FW_POLICY_CYCLE", Severity.WARNING, MSG_POLICY_CYCLE, policy=current)
            break
        seen.add(current.lower())
        policy = ctx.inputs.policies.get(current.lower())
        if not isinstance(policy, Mapping):
            ctx.findings.add("FW_POLICY_MISSING", Severity.WARNING, MSG_POLICY_MISSING, policy=current)
            unknown.append(_wildcard(current, "*"))
            break
        chain.append((arm_id(policy) or current, policy))
        current = arm_id(arm_prop(policy, "basePolicy"))
    chain.reverse()
    return chain, unknown


def _groups(ctx: _Context, policy_id: str, policy: Mapping[str, Any]) -> tuple[list[Any], list[CompiledRule]]:
    """The policy's rule collection groups, plus wildcards for groups it lists that we were not given."""
    given = [g for g in ctx.inputs.rule_collection_groups.get(policy_id.lower(), ()) if isinstance(g, Mapping)]
    given_names = {_name(g).casefold() for g in given}
    missing: list[CompiledRule] = []
    for ref in arm_list(arm_prop(policy, "ruleCollectionGroups")):
        ref_id = arm_id(ref)
        group_name = ref_id.rstrip("/").rsplit("/", 1)[-1] if ref_id else None
        if group_name and group_name.casefold() not in given_names:
            ctx.findings.add(
                "FW_RULE_COLLECTION_GROUP_MISSING",
                Severity.WARNING,
                MSG_GROUPS_MISSING,
                policy=policy_id,
                group=group_name,
            )
            missing.append(_wildcard(policy_id, group_name))
    return _sorted_by_priority(given, MSG_GROUP_PRIORITY_MISSING, ctx, _name), missing


def _policy_rules(ctx: _Context, policy_id: str) -> list[CompiledRule]:
    chain, unknown = _policy_chain(ctx, policy_id)
    per_stage: dict[str, list[CompiledRule]] = {"network": list(unknown), "application": []}
    for holder_id, policy in chain:
        groups, missing = _groups(ctx, holder_id, policy)
        per_stage["network"].extend(missing)
        for group in groups:
            group_name = _name(group)
            collections = [c for c in arm_list(arm_prop(group, "ruleCollections")) if isinstance(c, Mapping)]

            def label(coll: Any, group: str = group_name) -> str:
                return f"{group}/{_name(coll)}"

            for coll in _sorted_by_priority(collections, MSG_COLLECTION_PRIORITY_MISSING, ctx, label):
                kind = str(arm_get(coll, "ruleCollectionType") or "").casefold()
                if "nat" in kind:
                    continue  # DNAT is inbound; irrelevant for the VM's outbound flow
                name, action = label(coll), _action(coll)
                if action is None:
                    _unreadable(ctx, "*", name, "action")
                priority = parse_int(arm_prop(coll, "priority"))
                for raw in arm_list(arm_prop(coll, "rules")):
                    rule_type = str(arm_get(raw, "ruleType") or "").casefold()
                    stage = {"networkrule": "network", "applicationrule": "application"}.get(rule_type)
                    if stage is None:
                        continue  # NatRule or unknown: not part of outbound filtering
                    per_stage[stage].append(
                        _compile_rule(
                            ctx,
                            raw,
                            stage,
                            holder_id=holder_id,
                            collection=name,
                            priority=priority,
                            action=action,
                        )
                    )
    return per_stage["network"] + per_stage["application"]


def _dns_proxy(firewall: Mapping[str, Any], policies: list[Mapping[str, Any]]) -> bool:
    """Policy mode: the nearest policy that says; classic: ``Network.DNS.EnableProxy`` or ``dnsSettings``."""
    for policy in policies:
        setting = parse_bool(arm_get(arm_prop(policy, "dnsSettings"), "enableProxy"))
        if setting is not None:
            return setting
    setting = parse_bool(arm_get(arm_prop(firewall, "additionalProperties"), "Network.DNS.EnableProxy"))
    if setting is None:
        setting = parse_bool(arm_get(arm_prop(firewall, "dnsSettings"), "enableProxy"))
    return bool(setting)


def _policy_ancestry(inputs: FirewallInputs, policy_id: str | None) -> list[Mapping[str, Any]]:
    """The attached policy first, then its parents (cycle-safe), for inherited settings."""
    out: list[Mapping[str, Any]] = []
    seen: set[str] = set()
    while policy_id and policy_id.lower() not in seen:
        seen.add(policy_id.lower())
        policy = inputs.policies.get(policy_id.lower())
        if not isinstance(policy, Mapping):
            break
        out.append(policy)
        policy_id = arm_id(arm_prop(policy, "basePolicy"))
    return out


# -- evaluation ---------------------------------------------------------------------------------------------


def _decide(piece: IpRange, rules: Sequence[CompiledRule], default_id: str | None) -> FirewallDecision:
    """The first definite match terminates; earlier "maybe" matches leave it open only if they disagree."""
    possible: set[str] = set()
    for rule in rules:
        outcome = rule.match(piece)
        if outcome is Match.NO:
            continue
        possible |= {rule.action} if rule.action else {_ALLOW, _DENY}
        if outcome is Match.YES:
            if rule.action and possible == {rule.action}:
                verdict = Verdict.ALLOWED if rule.action == _ALLOW else Verdict.BLOCKED
                return FirewallDecision(piece, verdict, rule.stage, rule.rule_match())
            return FirewallDecision(piece, Verdict.UNKNOWN, "unknown", rule.rule_match())
    default = RuleMatch(Layer.FIREWALL, default_id, None, None, _DENY, is_default=True)
    if possible - {_DENY}:
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


def _decision_findings(ctx: _Context, decisions: Sequence[FirewallDecision], firewall_id: str | None) -> None:
    for d in decisions:
        m = d.match
        if d.verdict is Verdict.BLOCKED and m is not None and not m.is_default:
            ctx.findings.add(
                "FW_DENY_RULE",
                Severity.ERROR,
                MSG_DENY_RULE,
                FIX_NETWORK_ALLOW,
                {"resourceId": m.resource_id, "priority": m.priority},
                rule=m.rule or "?",
                collection=m.collection or "?",
            )
    if any(d.stage == "default" for d in decisions):
        ctx.findings.add("FW_INFRASTRUCTURE_RULES", Severity.INFO, MSG_INFRASTRUCTURE)
        ctx.findings.add(
            "FW_DEFAULT_DENY",
            Severity.ERROR,
            MSG_DEFAULT_DENY,
            FIX_NETWORK_ALLOW,
            {"resourceId": firewall_id},
            port=ctx.flow.port,
        )
    for d in decisions:
        m = d.match
        if d.verdict is Verdict.ALLOWED and d.stage == "application" and m is not None:
            ctx.findings.add(
                "FW_APP_RULE_ONLY_SNI",
                Severity.INFO,
                MSG_APP_RULE_ONLY_SNI,
                FIX_NETWORK_ALLOW,
                {"resourceId": m.resource_id, "priority": m.priority},
                rule=m.rule or "?",
                collection=m.collection or "?",
            )


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
    findings = _Findings()
    firewall = inputs.firewall if isinstance(inputs.firewall, Mapping) else {}
    firewall_id = arm_id(firewall)
    source = IpRange.parse(source_ip) if isinstance(source_ip, str) else None
    flow = Flow(source or IpRange(4, 0, 0), port, protocol, fqdn)
    policy_id = arm_id(arm_prop(firewall, "firewallPolicy"))
    ancestry = _policy_ancestry(inputs, policy_id)
    ctx = _Context(inputs, flow, service_tags, _dns_proxy(firewall, ancestry), findings)

    modes = [arm_prop(firewall, "threatIntelMode")] + [arm_prop(p, "threatIntelMode") for p in ancestry]
    if any(isinstance(m, str) and m.strip().casefold() == "deny" for m in modes):
        findings.add(
            "FW_THREAT_INTEL_DENY",
            Severity.WARNING,
            MSG_THREAT_INTEL_DENY,
            evidence={"resourceId": firewall_id},
        )

    rules = _policy_rules(ctx, policy_id) if policy_id else _classic_rules(ctx, firewall)
    if source is None:
        _unreadable(ctx, "*", "*", "source_ip")
        rules = [_wildcard(firewall_id, "*"), *rules]
    # Rules that cannot match this flow whatever the destination neither cut pieces nor need checking.
    active = [rule for rule in rules if rule.fixed is not Match.NO]
    decisions = [_decide(piece, active, firewall_id) for piece in _pieces(destination, active)]
    _decision_findings(ctx, decisions, firewall_id)
    return FirewallResult(firewall_id, tuple(decisions), tuple(findings.items.values()))


def evaluation_order(inputs: FirewallInputs) -> list[str]:
    """Collection labels in the order their outbound rules are evaluated (for display and tests)."""
    ctx = _Context(inputs, Flow(IpRange(4, 0, 0), 443, "TCP", None), None, False, _Findings())
    policy_id = arm_id(arm_prop(inputs.firewall, "firewallPolicy"))
    rules = _policy_rules(ctx, policy_id) if policy_id else _classic_rules(ctx, inputs.firewall)
    return list(dict.fromkeys(f"{r.stage}:{r.collection}" for r in rules if r.name is not None))
