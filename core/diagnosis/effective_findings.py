"""Findings that explain what Azure's computed views show and the configured resources do not.

Where the effective routes or security rules disagree with the configuration, the diagnosis follows Azure's
view and says which element differs and why (a route learned over BGP, an admin rule of a network manager).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.diagnosis.avnm import AvnmOutcome, AvnmResult, network_manager_of
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Finding, RuleMatch, Severity
from core.diagnosis.nsg_results import NsgPathResult
from core.diagnosis.routes import RouteDecision, RouteOutcome, RouteResult, RouteSource
from core.i18n import QT_TRANSLATE_NOOP

MSG_FORCED_TUNNEL_BGP = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective routes send traffic to Azure Attestation to the virtual network gateway: route {prefix}, "
    "source {source}. The route was learned from the gateway (BGP over ExpressRoute or a VPN, or Virtual WAN "
    "routing) and is in no route table. The traffic leaves Azure's view here (forced tunneling), so this tool "
    "cannot tell whether it arrives: the on-premises firewall or proxy must allow outbound TCP port 443 to the "
    "AzureAttestation service tag.",
)
MSG_FORCED_TUNNEL = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective routes send traffic to Azure Attestation to the virtual network gateway: route {prefix}, "
    "source {source}. The traffic leaves Azure's view here (forced tunneling), so this tool cannot tell whether "
    "it arrives: the on-premises firewall or proxy must allow outbound TCP port 443 to the AzureAttestation "
    "service tag.",
)
MSG_ROUTE_DIFFERS = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective routes and the configured route table disagree for Azure Attestation ({prefix}): Azure "
    "uses the route {route} (source {source}, next hop {effective_hop}), the configuration would give next hop "
    "{configured_hop}. The diagnosis follows Azure's effective routes.",
)
MSG_ROUTE_DIFFERS_GATEWAY = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective routes and the configured route table disagree for Azure Attestation ({prefix}): Azure "
    "uses a route learned from the virtual network gateway (source VirtualNetworkGateway: BGP over ExpressRoute "
    "or a VPN, or Virtual WAN routing) with next hop {effective_hop}, which is in no route table; the "
    "configuration would give next hop {configured_hop}. The diagnosis follows Azure's effective routes.",
)
MSG_NSG_DIFFERS = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective security rules and the configured network security group {nsg} disagree about traffic to "
    "Azure Attestation: Azure applies {effective_rule}, the configuration would apply {configured_rule}. The "
    "diagnosis follows Azure's effective rules (the NSG may have changed since it was read).",
)
MSG_AVNM_DENY = QT_TRANSLATE_NOOP(
    "Findings",
    "The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} denies traffic "
    "to Azure Attestation. Azure evaluates admin rules before any network security group, so no NSG rule can "
    "allow this traffic; only the network manager's administrators can change it. Admin rules are not visible "
    "in the NSGs.",
)
MSG_AVNM_ALWAYS_ALLOW = QT_TRANSLATE_NOOP(
    "Findings",
    "The security admin rule {rule} (priority {priority}) of the Virtual Network Manager {manager} always allows "
    "traffic to Azure Attestation; the network security groups are not evaluated for it.",
)
MSG_AVNM_UNDECIDED = QT_TRANSLATE_NOOP(
    "Findings",
    "The security admin rule {rule} of the Virtual Network Manager {manager} may apply to traffic to Azure "
    "Attestation (it refers to a network group or an address this tool cannot resolve), so the result for the "
    "addresses it covers is unknown.",
)
MSG_AVNM_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure reports that the Virtual Network Manager {manager} applies to this network interface, but its "
    "security admin rules could not be read. A Deny there would block traffic that the NSGs allow, so the "
    "result is unknown until they can be read.",
)


def _name(resource_id: str | None) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1] if resource_id else "?"


def avnm_findings(result: AvnmResult) -> list[Finding]:
    messages = {
        AvnmOutcome.DENY: ("AVNM_DENY", Severity.ERROR, MSG_AVNM_DENY),
        AvnmOutcome.ALWAYS_ALLOW: ("AVNM_ALWAYS_ALLOW", Severity.INFO, MSG_AVNM_ALWAYS_ALLOW),
        AvnmOutcome.UNKNOWN: ("AVNM_UNDECIDED", Severity.WARNING, MSG_AVNM_UNDECIDED),
    }
    out: list[Finding] = []
    for d in result.decisions:
        spec = messages.get(d.outcome)
        if spec is None or d.match is None or not d.ranges:
            continue
        code, severity, message = spec
        m = d.match
        args = {"rule": m.rule or "?", "priority": m.priority if m.priority is not None else "?"}
        args["manager"] = _name(network_manager_of(m.resource_id))
        out.append(Finding(code, severity, message, args, {"ruleId": m.resource_id}))
    return out


def avnm_not_checked(managers: Iterable[str]) -> list[Finding]:
    return [
        Finding(
            "AVNM_NOT_CHECKED", Severity.WARNING, MSG_AVNM_NOT_CHECKED, {"manager": _name(m)}, {"networkManagerId": m}
        )
        for m in managers
    ]


def _hop(d: RouteDecision) -> str:
    return d.route.next_hop_type + (f" {d.route.next_hop_ip}" if d.route.next_hop_ip else "")


def forced_tunnel_findings(result: RouteResult) -> list[Finding]:
    out: dict[str, Finding] = {}
    for d in result.decisions:
        if d.outcome is not RouteOutcome.GATEWAY:
            continue
        r = d.route
        message = MSG_FORCED_TUNNEL_BGP if r.source is RouteSource.BGP else MSG_FORCED_TUNNEL
        args = {"prefix": r.prefix, "source": r.origin or r.source.value}
        out.setdefault(r.prefix, Finding("ROUTE_FORCED_TUNNEL_EFFECTIVE", Severity.WARNING, message, args))
    return list(out.values())


def route_differences(effective: RouteResult, configured: RouteResult) -> list[Finding]:
    """One finding per effective route that decides differently from the configured one for some address."""
    by_piece: dict[tuple[int, int, int], RouteDecision] = {}
    for d in configured.decisions:
        by_piece[(d.range.version, d.range.first, d.range.last)] = d
    out: dict[str, Finding] = {}
    for d in effective.decisions:
        other = _configured_for(d, configured.decisions, by_piece)
        if other is None or _where(other) == _where(d):
            continue
        r = d.route
        args = {"prefix": r.prefix, "effective_hop": _hop(d), "configured_hop": _hop(other)}
        if r.source is RouteSource.BGP:
            finding = Finding("ROUTE_EFFECTIVE_DIFFERS", Severity.WARNING, MSG_ROUTE_DIFFERS_GATEWAY, args)
        else:
            args |= {"route": r.name or r.prefix, "source": r.origin or r.source.value}
            finding = Finding("ROUTE_EFFECTIVE_DIFFERS", Severity.WARNING, MSG_ROUTE_DIFFERS, args)
        out.setdefault(r.prefix, finding)
    return list(out.values())


def _where(d: RouteDecision) -> tuple[RouteOutcome, str | None, str | None]:
    """Where the traffic ends up: a VNet-local hop and a private endpoint's hop both stay in the VNet."""
    ip = d.route.next_hop_ip if d.outcome is RouteOutcome.APPLIANCE else None
    return d.outcome, (d.firewall_id or "").lower() or None, ip


def _configured_for(
    d: RouteDecision, decisions: Sequence[RouteDecision], by_piece: dict[tuple[int, int, int], RouteDecision]
) -> RouteDecision | None:
    exact = by_piece.get((d.range.version, d.range.first, d.range.last))
    if exact is not None:
        return exact
    return next((c for c in decisions if c.range.version == d.range.version and c.range.contains(d.range)), None)


def _label(m: RuleMatch | None) -> str:
    if m is None:
        return "—"
    return f"{m.rule or '?'} ({m.priority})" if m.priority is not None else (m.rule or "?")


def nsg_differences(effective: NsgPathResult, configured: NsgPathResult, destination: IpRangeSet) -> list[Finding]:
    """Per NSG layer: when the deciding rule differs, name both (traffic decided by Azure's view)."""
    out: list[Finding] = []
    if not destination:
        return out
    for eff, conf in zip(effective.layers, configured.layers, strict=True):
        eff_first = eff.matches[0] if eff.matches else None
        conf_first = conf.matches[0] if conf.matches else None
        same = (eff.verdict, _key(eff_first)) == (conf.verdict, _key(conf_first))
        if same:
            continue
        args = {
            "nsg": eff.name or conf.name or "?",
            "effective_rule": _label(eff_first),
            "configured_rule": _label(conf_first),
        }
        out.append(Finding("NSG_EFFECTIVE_DIFFERS", Severity.WARNING, MSG_NSG_DIFFERS, args))
    return out


def _key(m: RuleMatch | None) -> tuple[str | None, int | None, str] | None:
    return None if m is None else ((m.rule or "").casefold(), m.priority, m.action.casefold())
