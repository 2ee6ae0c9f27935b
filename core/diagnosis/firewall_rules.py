"""Azure Firewall evaluator, part 3 of 4: compiling one rule for the flow under test.

Everything that does not depend on the destination address (source, protocol, port, host name, web category)
is decided here once per rule; what remains is the rule's destination address set. Parts that cannot be judged
offline make the rule "maybe" match and leave a finding. Internal to the firewall evaluator.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.diagnosis.arm_json import arm_get, arm_id, arm_list, arm_prop, parse_int
from core.diagnosis.endpoint_match import UrlMatch, fqdn_matches, url_matches
from core.diagnosis.firewall_findings import (
    MSG_FQDN_DNS_PROXY,
    MSG_FQDN_NO_DNS_PROXY,
    MSG_HOST_UNKNOWN,
    MSG_IP_GROUP_MISSING,
    MSG_RULE_UNREADABLE,
    MSG_TAG_UNKNOWN,
    MSG_URL_PATH,
    MSG_WEB_CATEGORY,
    FindingLog,
)
from core.diagnosis.firewall_model import AddressSpec, CompiledRule, FirewallInputs, Flow, Match, all_of, any_of
from core.diagnosis.ipranges import IpRange, IpRangeSet
from core.diagnosis.model import Severity
from core.diagnosis.service_tags import TagResolver

_APP_DEFAULT_PORTS = {"http": 80, "https": 443, "mssql": 1433}
_ANY_PROTOCOL = {"any", "*", "all"}


@dataclass
class Context:
    """What compiling a rule needs: the inputs, the flow, tag data, the DNS proxy setting and the findings."""

    inputs: FirewallInputs
    flow: Flow
    service_tags: TagResolver | None
    dns_proxy: bool
    findings: FindingLog


def _addresses(
    ctx: Context, texts: Any, groups: Any, *, rule: str, allow_tags: bool
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


def unreadable(ctx: Context, rule: str, collection: str, detail: str) -> Match:
    ctx.findings.add(
        "FW_RULE_UNREADABLE",
        Severity.WARNING,
        MSG_RULE_UNREADABLE,
        rule=rule,
        collection=collection,
        detail=detail,
    )
    return Match.MAYBE


def _source(ctx: Context, raw: Any, rule: str, collection: str) -> Match:
    spec, _ = _addresses(
        ctx, arm_prop(raw, "sourceAddresses"), arm_prop(raw, "sourceIpGroups"), rule=rule, allow_tags=False
    )
    if spec is None:
        return unreadable(ctx, rule, collection, "sourceAddresses")
    return spec.match(ctx.flow.source_ip)


def _network_destination(ctx: Context, raw: Any, rule: str, collection: str) -> AddressSpec:
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
        unreadable(ctx, rule, collection, "destinationAddresses")
        unresolved = True
    return AddressSpec(definite, unresolved)


def _app_target(ctx: Context, raw: Any, rule: str) -> Match:
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
    return any_of(parts)


def compile_rule(
    ctx: Context,
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
            unreadable(ctx, label, collection, "protocols")
        port = _port_match(arm_prop(raw, "destinationPorts"), ctx.flow.port)
        if port is Match.MAYBE:
            unreadable(ctx, label, collection, "destinationPorts")
        fixed = all_of(source, protocol, port)
        destination: AddressSpec | None = _network_destination(ctx, raw, label, collection)
    else:
        protocol = _app_protocol_match(arm_prop(raw, "protocols"), ctx.flow)
        fixed = all_of(source, protocol, _app_target(ctx, raw, label))
        # destinationAddresses on an application rule narrows it further when present.
        destination, _ = _addresses(ctx, arm_prop(raw, "destinationAddresses"), None, rule=label, allow_tags=True)
    return CompiledRule(stage, holder_id, collection, priority, name, action, fixed, destination)
