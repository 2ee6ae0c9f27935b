"""One VM's diagnosis: prerequisites, extension health and the outbound path to Azure Attestation.

Pure (no I/O): fed a :class:`ResourceIndex` of ARM GET bodies. The destination is the region's AzureAttestation
prefixes (regional entry when the tag data has one, else the global tag; IPv6 prefixes dropped for an IPv4-only
VM), TCP 443 from the VM's primary private IP. Every address is followed through the layers in Azure's order —
NIC NSG, subnet NSG, route, then the Azure Firewall the route leads to — and ends allowed, blocked or unknown:

* allowed: both NSGs allow it and the route sends it to the internet, or to a firewall that allows it;
* blocked: an NSG denies it, or (whatever an undecidable NSG rule does) the route drops it or the firewall
  denies it — a later block holds in every case, an earlier one makes later layers irrelevant;
* unknown: everything else (third-party appliance, gateway, unreadable data).

Each layer is also evaluated over all addresses it would see, so the UI can show what it would do, but only an
element that traffic actually reaches is a blocker. Missing data never raises: the layers that needed it
become unknown and a DATA_* finding says what could not be read and which permission would read it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.arm_ids import ResourceId, normalize
from core.diagnosis import effective_findings as eff_findings
from core.diagnosis import nsg as nsg_eval
from core.diagnosis import routes as route_eval
from core.diagnosis.arm_json import properties
from core.diagnosis.avnm import AvnmOutcome, admin_rules, evaluate_admin_rules
from core.diagnosis.effective_views import (
    ADMIN_RULES_ACTION,
    NSGS_ACTION,
    ROUTES_ACTION,
    View,
    ViewStatus,
    effective_nsgs,
    not_running_finding,
    read_view,
)
from core.diagnosis.endpoints import choose_provider, provider_region
from core.diagnosis.extension import ExtensionReport, evaluate_extension
from core.diagnosis.firewall import FirewallInputs, FirewallResult, evaluate_firewall
from core.diagnosis.ipranges import IpRangeSet
from core.diagnosis.model import Blocker, BlockerKind, Finding, Layer, RuleMatch, Severity, Verdict
from core.diagnosis.outbound import evaluate_outbound as evaluate_outbound_connectivity
from core.diagnosis.prerequisites import PrerequisiteReport, evaluate_prerequisites, finding_to_json
from core.diagnosis.private_endpoint import PRIVATE_ENDPOINT_TYPE, PrivateEndpointRoute, find_private_endpoint
from core.diagnosis.resource_index import ResourceIndex
from core.diagnosis.service_tags import ATTESTATION_TAG
from core.diagnosis.tag_source import TagData, select_tags
from core.i18n import QT_TRANSLATE_NOOP
from core.snapshot.path_guard import malformed_findings

Json = Mapping[str, Any]

MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Findings",
    "{name} ({type}) was not found. The parts of the path to Azure Attestation that depend on it are reported "
    "as unknown.",
)
MSG_FORBIDDEN = QT_TRANSLATE_NOOP(
    "Findings",
    "You are not allowed to read {name} ({type}): the permission {permission} is missing. The Reader role on "
    "the resource group {resource_group} is enough. Until then, the parts of the path to Azure Attestation that "
    "depend on it are reported as unknown.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Findings",
    "{name} ({type}) could not be read: {detail}. The parts of the path to Azure Attestation that depend on it "
    "are reported as unknown.",
)
MSG_NO_NETWORK = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM's network configuration is incomplete ({missing} is missing), so its path to Azure Attestation "
    "cannot be checked.",
)
MSG_NO_DESTINATION = QT_TRANSLATE_NOOP(
    "Findings",
    "The service tag data has no addresses of Azure Attestation for this VM, so its network path cannot be checked.",
)
MSG_ALLOWED = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM can reach Azure Attestation ({tag}, TCP port 443): the network security groups, routes and "
    "firewalls on the way allow it.",
)
MSG_PARTIAL = QT_TRANSLATE_NOOP(
    "Findings",
    "Only part of Azure Attestation is reachable: {blocked} of {total} address ranges of {tag} are blocked on the "
    "way. Attestation can fail whenever the service answers from a blocked address.",
)

_FIREWALL_TYPE = "Microsoft.Network/azureFirewalls"
_POLICY_TYPE = "Microsoft.Network/firewallPolicies"
_GROUP_TYPE = "Microsoft.Network/firewallPolicies/ruleCollectionGroups"
_IP_GROUP_TYPE = "Microsoft.Network/ipGroups"
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class VmNotFoundError(LookupError):
    """The VM id is not in the data (or could not be read): nothing can be diagnosed."""


@dataclass(frozen=True)
class LayerView:
    """One row of the "path as layers" UI: NIC NSG → subnet NSG → route → firewall."""

    layer: Layer
    resource_id: str | None
    name: str | None  # display name of the NSG / route table / firewall / policy
    verdict: Verdict
    matches: tuple[RuleMatch, ...]  # deciding rules/routes at this layer (priority, action, collection)
    present: bool  # False when e.g. no NSG is attached (counts as allow)
    # What decided this layer: "effective" (Azure's computed view), "configured" (the resources),
    # "not-checked" (a layer only Azure's view shows, e.g. admin rules, that could not be read) or
    # "not-reached" (NSGs when an admin rule already decided every address).
    basis: str = "configured"

    def to_json(self) -> dict[str, Any]:
        return {
            "layer": self.layer.value,
            "resourceId": self.resource_id,
            "name": self.name,
            "verdict": self.verdict.value,
            "present": self.present,
            "basis": self.basis,
            "matches": [_match_json(m) for m in self.matches],
        }


@dataclass(frozen=True)
class Diagnosis:
    vm_id: str
    vm_name: str
    location: str
    os_type: str | None
    private_ip: str | None
    prerequisites: PrerequisiteReport
    extension: ExtensionReport
    verdict: Verdict  # attestation path verdict
    endpoint_host: str | None  # the host the extension calls: its custom maaEndpoint, else the shared provider
    destination_tag: str  # "AzureAttestation" or "AzureAttestation.<Region>"
    blockers: tuple[Blocker, ...]
    layers: tuple[LayerView, ...]
    findings: tuple[Finding, ...]  # every finding, errors first
    computed_views: Mapping[str, str] = field(default_factory=dict)  # action -> ViewStatus value
    private_endpoint: Mapping[str, str] | None = None  # {"id", "ip", "host"} when the provider is reached privately

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON (docs/cli.md)."""
        return {
            "vm": {
                "id": self.vm_id,
                "name": self.vm_name,
                "location": self.location,
                "osType": self.os_type,
                "privateIp": self.private_ip,
            },
            "prerequisites": self.prerequisites.to_json(),
            "extension": self.extension.to_json(),
            "attestationPath": {
                "verdict": self.verdict.value,
                "endpoint": self.endpoint_host,
                "destinationTag": self.destination_tag,
                "blockers": [b.to_json() for b in self.blockers],
                "layers": [layer.to_json() for layer in self.layers],
                "computedViews": dict(self.computed_views),
                "privateEndpoint": dict(self.private_endpoint) if self.private_endpoint else None,
            },
            "findings": [finding_json(f) for f in self.findings],
        }


def finding_json(finding: Finding) -> dict[str, Any]:
    return finding_to_json(finding, evidence=True)


def _match_json(m: RuleMatch) -> dict[str, Any]:
    return {
        "layer": m.layer.value,
        "resourceId": m.resource_id,
        "rule": m.rule,
        "priority": m.priority,
        "action": m.action,
        "collection": m.collection,
        "isDefault": m.is_default,
        "source": m.source,
    }


# --------------------------------------------------------------------------------------------------------
# Reading the index
# --------------------------------------------------------------------------------------------------------


def _ref(obj: Any) -> str | None:
    rid = obj.get("id") if isinstance(obj, Mapping) else None
    return rid if isinstance(rid, str) and rid.strip() else None


def _list(value: Any) -> list[Any]:
    return [v for v in value if v is not None] if isinstance(value, list) else []


def _field(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, Mapping) else None


def _name_of(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _by_primary(items: Iterable[Any]) -> list[Mapping[str, Any]]:
    """Mappings ordered primary first (``properties.primary`` or the SDK's flattened ``primary``)."""
    found = [i for i in items if isinstance(i, Mapping)]
    return sorted(found, key=lambda i: not (properties(i).get("primary") is True or i.get("primary") is True))


class _Reader:
    """Looks resources up and turns each needed-but-absent one into a single DATA_* finding."""

    def __init__(self, index: ResourceIndex) -> None:
        self.index = index
        self.findings: list[Finding] = []
        self._reported: set[str] = set()

    def need(self, resource_id: str | None, layer: Layer | None = None) -> Json | None:
        if resource_id is None:
            return None
        found = self.index.get(resource_id)
        if found is None:
            self.report(resource_id, layer)
        return found

    def report(self, resource_id: str, layer: Layer | None = None) -> None:
        key = normalize(resource_id)
        if key in self._reported:
            return
        self._reported.add(key)
        self.findings.append(data_finding(self.index, resource_id, layer))


def data_finding(index: ResourceIndex, resource_id: str, layer: Layer | None = None) -> Finding:
    """DATA_NOT_FOUND / DATA_FORBIDDEN / DATA_UNREADABLE for a resource the diagnosis needed."""
    ref = ResourceId.parse(resource_id)
    kind = ref.full_type if ref.provider else "?"
    evidence: dict[str, Any] = {"resourceId": resource_id, "layer": layer.value if layer else None}
    args: dict[str, Any] = {"name": _name_of(resource_id), "type": kind}
    problem = index.unreadable(resource_id)
    if problem is not None and problem.reason == "forbidden":
        args |= {"permission": f"{kind}/read", "resource_group": ref.resource_group or "?"}
        return Finding("DATA_FORBIDDEN", Severity.WARNING, MSG_FORBIDDEN, args, evidence)
    if problem is not None and problem.reason == "error":
        args["detail"] = problem.detail or "?"
        return Finding("DATA_UNREADABLE", Severity.WARNING, MSG_UNREADABLE, args, evidence)
    return Finding("DATA_NOT_FOUND", Severity.WARNING, MSG_NOT_FOUND, args, evidence)


@dataclass
class _Network:
    """Where the VM sits: its primary NIC and IP configuration, subnet, VNet and what they reference."""

    nic_id: str | None = None
    nic: Json | None = None
    private_ip: str | None = None
    ipv6: bool = False
    subnet_id: str | None = None
    subnet: Json | None = None
    vnet: Json | None = None
    vnet_prefixes: list[str] = field(default_factory=list)
    peered_vnets: list[Json] = field(default_factory=list)
    peered_prefixes: list[str] = field(default_factory=list)
    vnet_ids: list[str] = field(default_factory=list)  # own VNet first, then connected peered VNets
    ip_config: Json | None = None  # the primary IP configuration (public IP, load balancer pools)
    missing: str | None = None  # what stops the evaluation altogether


def _locate(vm: Json, reader: _Reader) -> _Network:
    net = _Network()
    profile = properties(vm).get("networkProfile")
    nic_refs = _by_primary(_list(profile.get("networkInterfaces") if isinstance(profile, Mapping) else None))
    net.nic_id = next((rid for r in nic_refs if (rid := _ref(r))), None)
    if net.nic_id is None:
        net.missing = "networkProfile.networkInterfaces"
        return net
    net.nic = reader.need(net.nic_id, Layer.NIC_NSG)
    if net.nic is None:
        net.missing = "networkInterface"
        return net
    configs = _by_primary(_list(properties(net.nic).get("ipConfigurations")))
    net.ipv6 = any(str(properties(c).get("privateIPAddressVersion", "")).lower() == "ipv6" for c in configs)
    primary = next(
        (c for c in configs if str(properties(c).get("privateIPAddressVersion", "IPv4")).lower() != "ipv6"), None
    )
    primary = primary or (configs[0] if configs else None)
    net.ip_config = primary
    ip = properties(primary).get("privateIPAddress")
    net.private_ip = ip if isinstance(ip, str) and ip.strip() else None
    net.subnet_id = _ref(properties(primary).get("subnet"))
    if net.private_ip is None or net.subnet_id is None:
        net.missing = "ipConfigurations.privateIPAddress" if net.private_ip is None else "ipConfigurations.subnet"
        return net
    net.subnet = reader.need(net.subnet_id, Layer.SUBNET_NSG)
    cut = net.subnet_id.lower().rfind("/subnets/")
    vnet_id = net.subnet_id[:cut] if cut > 0 else None
    net.vnet = reader.need(vnet_id, Layer.ROUTE)
    net.vnet_ids = [vnet_id] if vnet_id else []
    space = _field(properties(net.vnet).get("addressSpace"), "addressPrefixes")
    net.vnet_prefixes = [p for p in _list(space) if isinstance(p, str)]
    for peering in _list(properties(net.vnet).get("virtualNetworkPeerings")):
        p = properties(peering)
        state = p.get("peeringState")
        if isinstance(state, str) and state.casefold() != "connected":
            continue
        if remote_id := _ref(p.get("remoteVirtualNetwork")):
            net.vnet_ids.append(remote_id)
        remote_space = _field(p.get("remoteAddressSpace"), "addressPrefixes")
        prefixes = [x for x in _list(remote_space) if isinstance(x, str)]
        remote = reader.index.get(_ref(p.get("remoteVirtualNetwork")))
        if not prefixes and remote is not None:
            # ARM fills remoteAddressSpace; hand-made data may not, then the remote VNet itself tells.
            net.peered_vnets.append(remote)
            prefixes = _list(_field(properties(remote).get("addressSpace"), "addressPrefixes"))
        net.peered_prefixes += [x for x in prefixes if isinstance(x, str)]
    return net


# --------------------------------------------------------------------------------------------------------
# Path evaluation
# --------------------------------------------------------------------------------------------------------


@dataclass
class _Path:
    verdict: Verdict = Verdict.UNKNOWN
    blockers: list[Blocker] = field(default_factory=list)
    layers: list[LayerView] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    blocked: IpRangeSet = IpRangeSet.EMPTY


def _absent(layer: Layer) -> LayerView:
    return LayerView(layer, None, None, Verdict.ALLOWED, (), False)


def _unreadable_view(layer: Layer, resource_id: str | None) -> LayerView:
    return LayerView(layer, resource_id, _name_of(resource_id) if resource_id else None, Verdict.UNKNOWN, (), True)


def _unknown_path(reason_layers: Sequence[Layer]) -> _Path:
    return _Path(layers=[LayerView(layer, None, None, Verdict.UNKNOWN, (), True) for layer in reason_layers])


def _overall(allowed: IpRangeSet, blocked: IpRangeSet, unknown: IpRangeSet) -> Verdict:
    return nsg_eval.combine(
        v for v, s in ((Verdict.ALLOWED, allowed), (Verdict.BLOCKED, blocked), (Verdict.UNKNOWN, unknown)) if s
    )


def _firewall_inputs(index: ResourceIndex, firewall: Json) -> FirewallInputs:
    groups: dict[str, list[Json]] = {}
    for group in index.of_type(_GROUP_TYPE):
        gid = _ref(group)
        if gid and "/rulecollectiongroups/" in gid.lower():
            parent = gid[: gid.lower().rfind("/rulecollectiongroups/")]
            groups.setdefault(parent.lower(), []).append(group)
    return FirewallInputs(
        firewall=firewall,
        policies={(_ref(p) or "").lower(): p for p in index.of_type(_POLICY_TYPE)},
        rule_collection_groups=groups,
        ip_groups={(_ref(g) or "").lower(): g for g in index.of_type(_IP_GROUP_TYPE)},
    )


def _policy_chain_ids(index: ResourceIndex, policy_id: str | None) -> list[str]:
    out: list[str] = []
    while policy_id and normalize(policy_id) not in {normalize(x) for x in out}:
        out.append(policy_id)
        policy_id = _ref(properties(index.get(policy_id)).get("basePolicy"))
    return out


def _firewall_blockers(result: FirewallResult, reached: IpRangeSet, firewall: Json) -> list[Blocker]:
    """Denying rules (or the default deny) for the addresses that reach the firewall.

    In policy mode the default deny is attributed to the attached policy: that is where the missing allow rule
    belongs (the issue: "for Firewall Policy the policy that holds the rule").
    """
    policy_id = _ref(properties(firewall).get("firewallPolicy"))
    out: dict[tuple[Any, ...], Blocker] = {}
    for d in result.decisions:
        if d.verdict is not Verdict.BLOCKED or d.match is None or not reached.intersects(d.range):
            continue
        m = d.match
        resource = policy_id if m.is_default and policy_id else m.resource_id
        out.setdefault((resource, m.rule, m.priority), Blocker(BlockerKind.FIREWALL, resource, m.rule, m.priority))
    return list(out.values())


def _distinct(matches: Iterable[RuleMatch]) -> tuple[RuleMatch, ...]:
    return tuple(dict.fromkeys(matches))


@dataclass(frozen=True)
class _Views:
    """Azure's computed views for this VM (or why each is missing)."""

    routes: View
    nsgs: View
    admin_rules: View

    def statuses(self) -> dict[str, str]:
        return {v.action: v.status.value for v in (self.routes, self.nsgs, self.admin_rules)}


def _no_views() -> _Views:
    return _Views(*(View(a, None, ViewStatus.NOT_READ) for a in (ROUTES_ACTION, NSGS_ACTION, ADMIN_RULES_ACTION)))


@dataclass
class _Avnm:
    passed: IpRangeSet  # on to the NSGs
    always: IpRangeSet = IpRangeSet.EMPTY
    denied: IpRangeSet = IpRangeSet.EMPTY
    unknown: IpRangeSet = IpRangeSet.EMPTY


def _avnm_layer(
    path: _Path, views: _Views, managers: Sequence[str], net: _Network, tags: TagData, destination: IpRangeSet
) -> _Avnm:
    """Security admin rules first (Azure's order); without them, only evidence of a network manager counts."""
    assert net.private_ip is not None
    view = views.admin_rules
    vnet_id = net.vnet_ids[0] if net.vnet_ids else None
    if view.body is None:
        if managers:  # Azure says a network manager applies, but its rules are unreadable: no certainty
            path.findings += eff_findings.avnm_not_checked(managers)
            name = _name_of(managers[0])
            path.layers.append(LayerView(Layer.AVNM, managers[0], name, Verdict.UNKNOWN, (), True, "not-checked"))
            return _Avnm(destination, unknown=destination)
        path.layers.append(LayerView(Layer.AVNM, vnet_id, None, Verdict.UNKNOWN, (), True, "not-checked"))
        return _Avnm(destination)
    space = IpRangeSet.parse_all([*net.vnet_prefixes, *net.peered_prefixes])
    result = evaluate_admin_rules(
        admin_rules(view.body),
        source_ip=net.private_ip,
        destination=destination,
        vnet_space=space,
        service_tags=tags.index,
    )
    path.findings += eff_findings.avnm_findings(result)
    path.blockers += result.blockers()
    manager = result.network_managers[0] if result.network_managers else None
    path.layers.append(
        LayerView(
            Layer.AVNM,
            manager,
            ", ".join(_name_of(m) for m in result.network_managers) or None,
            result.verdict,
            result.matches(),
            result.rule_count > 0,
            "effective",
        )
    )
    return _Avnm(
        result.ranges(AvnmOutcome.PASS),
        result.ranges(AvnmOutcome.ALWAYS_ALLOW),
        result.ranges(AvnmOutcome.DENY),
        result.ranges(AvnmOutcome.UNKNOWN),
    )


def _evaluate_path(
    net: _Network,
    reader: _Reader,
    tags: TagData,
    destination: IpRangeSet,
    fqdn: str | None,
    views: _Views | None = None,
    private: PrivateEndpointRoute | None = None,
) -> _Path:
    index = reader.index
    assert net.nic is not None and net.private_ip is not None
    views = views or _no_views()
    nic_nsg_id = _ref(properties(net.nic).get("networkSecurityGroup"))
    subnet_nsg_id = _ref(properties(net.subnet).get("networkSecurityGroup"))
    route_table_id = _ref(properties(net.subnet).get("routeTable"))
    nic_nsg = reader.need(nic_nsg_id, Layer.NIC_NSG)
    subnet_nsg = reader.need(subnet_nsg_id, Layer.SUBNET_NSG)
    route_table = reader.need(route_table_id, Layer.ROUTE)
    # Without the subnet, its NSG and route table are unknown; without the VNet, so are the virtual tags.
    doubt_subnet = net.subnet is None or (subnet_nsg_id is not None and subnet_nsg is None) or net.vnet is None
    doubt_nic = nic_nsg_id is not None and nic_nsg is None
    doubt_route = net.subnet is None or net.vnet is None or (route_table_id is not None and route_table is None)
    effective = effective_nsgs(views.nsgs.body) if views.nsgs.body is not None else None

    # --- Virtual Network Manager security admin rules ----------------------------------------------------
    path = _Path()
    avnm = _avnm_layer(path, views, effective.network_managers if effective else (), net, tags, destination)

    # --- NSGs (Azure's effective rules when readable, else the configured NSGs) ----------------------------
    vnet = net.vnet or {}
    context = nsg_eval.NsgContext(
        virtual_network=nsg_eval.virtual_network_space(vnet, net.peered_vnets, route_table, tags.index),
        service_tags=tags.index,
        nic_asg_ids=nsg_eval.nic_application_security_groups(net.nic, net.private_ip),
        address_space=nsg_eval.address_space(vnet, net.peered_vnets),
    )
    configured = nsg_eval.evaluate_outbound(
        nic_nsg, subnet_nsg, source_ip=net.private_ip, destination=avnm.passed, context=context
    )
    nsg_result = configured
    basis = "configured"
    if effective is not None:
        nsg_result = nsg_eval.evaluate_outbound(
            effective.nic, effective.subnet, source_ip=net.private_ip, destination=avnm.passed, context=context
        )
        basis = "effective"
        doubt_nic = False
        doubt_subnet = net.vnet is None
        if nic_nsg is not None or subnet_nsg is not None:
            path.findings += eff_findings.nsg_differences(nsg_result, configured, avnm.passed)
    if not avnm.passed and destination:  # the admin rules decided every address: no NSG is evaluated
        basis = "not-reached"
    nsg_allowed = nsg_result.addresses(Verdict.ALLOWED)
    nsg_blocked = nsg_result.addresses(Verdict.BLOCKED).union(avnm.denied)
    if doubt_nic or doubt_subnet:
        nsg_allowed = IpRangeSet.EMPTY  # an unreadable NSG may deny what the readable one allows
    nsg_allowed = nsg_allowed.union(avnm.always)  # AlwaysAllow skips the NSGs
    path.findings += list(nsg_result.findings)
    path.blockers += nsg_result.blockers()
    for summary, doubtful, rid in (
        (nsg_result.layers[0], doubt_nic, nic_nsg_id),
        (nsg_result.layers[1], doubt_subnet, subnet_nsg_id),
    ):
        if doubtful and summary.nsg_id is None:
            path.layers.append(_unreadable_view(summary.layer, rid))
        else:
            path.layers.append(
                LayerView(
                    summary.layer,
                    summary.nsg_id,
                    summary.name,
                    summary.verdict,
                    summary.matches,
                    summary.present,
                    basis if summary.present or basis != "not-reached" else "configured",
                )
            )

    # --- route (Azure's effective routes when readable) ----------------------------------------------------
    reached_route = destination.difference(nsg_blocked)
    firewalls = index.of_type(_FIREWALL_TYPE)
    route_result = route_eval.evaluate_routes(
        route_table,
        vnet_space=net.vnet_prefixes,
        peered_spaces=net.peered_prefixes,
        destination=destination,
        service_tags=tags.index,
        firewalls=firewalls,
    )
    route_basis = "configured"
    route_findings = list(route_result.findings)
    effective_routes = views.routes.body
    if effective_routes is not None:
        configured_routes, configured_doubt = route_result, doubt_route
        route_result = route_eval.evaluate_effective_routes(
            [r for r in _list(effective_routes.get("value")) if isinstance(r, Mapping)],
            route_table_id=route_table_id,
            destination=destination,
            firewalls=firewalls,
        )
        route_basis, doubt_route = "effective", False
        route_findings = [f for f in route_result.findings if f.code != "ROUTE_FORCED_TUNNEL_GATEWAY"]
        route_findings += eff_findings.forced_tunnel_findings(route_result)
        if not configured_doubt:
            route_findings += eff_findings.route_differences(route_result, configured_routes)
    if private is not None:  # the endpoint's IP lies in the VNet: that is where it should go
        route_findings = [f for f in route_findings if f.code != "ROUTE_DESTINATION_IN_VNET"]
    if doubt_route:
        path.layers.append(_unreadable_view(Layer.ROUTE, route_table_id))
        internet = drop = delivered = IpRangeSet.EMPTY
        to_firewalls: dict[str, IpRangeSet] = {}
    else:
        path.findings += route_findings
        internet = route_result.ranges(route_eval.RouteOutcome.INTERNET)
        drop = route_result.ranges(route_eval.RouteOutcome.DROP)
        delivered = route_result.ranges(route_eval.RouteOutcome.VNET) if private is not None else IpRangeSet.EMPTY
        to_firewalls = route_result.firewall_destinations()
        path.layers.append(
            LayerView(
                Layer.ROUTE,
                route_table_id,
                _name_of(route_table_id) if route_table_id else None,
                Verdict.ALLOWED if private is not None and delivered == destination else route_result.verdict,
                _distinct(d.rule_match() for d in route_result.decisions),
                route_table_id is not None or effective_routes is not None,
                route_basis,
            )
        )
        dropped_reached = {
            d.rule_match()
            for d in route_result.decisions
            if d.outcome is route_eval.RouteOutcome.DROP and reached_route.intersects(d.range)
        }
        path.blockers += [
            b
            for b in route_result.blockers()
            if any(m.resource_id == b.resource_id and m.rule == b.rule for m in dropped_reached)
        ]

    # --- firewalls --------------------------------------------------------------------------------------
    fw_allowed = fw_blocked = IpRangeSet.EMPTY
    for fw_id, fw_destination in to_firewalls.items():
        firewall = route_result.firewalls.get(fw_id) or index.get(fw_id) or {}
        for policy_id in _policy_chain_ids(index, _ref(properties(firewall).get("firewallPolicy"))):
            reader.need(policy_id, Layer.FIREWALL)
        result = evaluate_firewall(
            _firewall_inputs(index, firewall),
            source_ip=net.private_ip,
            destination=fw_destination,
            fqdn=fqdn,
            service_tags=tags.index,
        )
        path.findings += result.findings
        fw_allowed = fw_allowed.union(result.ranges(Verdict.ALLOWED))
        fw_blocked = fw_blocked.union(result.ranges(Verdict.BLOCKED))
        path.blockers += _firewall_blockers(result, fw_destination.intersection(reached_route), firewall)
        path.layers.append(
            LayerView(
                Layer.FIREWALL,
                _ref(firewall) or fw_id,
                str(firewall.get("name") or _name_of(fw_id)),
                result.verdict,
                _distinct(d.match for d in result.decisions if d.match is not None),
                True,
            )
        )
    if not to_firewalls:
        path.layers.append(_absent(Layer.FIREWALL))
    appliance = [d for d in route_result.decisions if d.outcome is route_eval.RouteOutcome.APPLIANCE]
    if appliance and not doubt_route:
        _report_unlisted_firewalls(reader)
        path.layers.append(
            LayerView(
                Layer.APPLIANCE,
                None,
                appliance[0].route.next_hop_ip,
                Verdict.UNKNOWN,
                _distinct(d.rule_match() for d in appliance),
                True,
            )
        )

    # --- outbound connectivity: what routes to the internet needs a way out -------------------------------
    internet, out_blocked = _outbound_layer(path, net, reader, internet, reached_route, private)

    # --- combination --------------------------------------------------------------------------------------
    allowed = nsg_allowed.intersection(internet.union(fw_allowed).union(delivered)).difference(avnm.unknown)
    blocked = nsg_blocked.union(reached_route.intersection(drop.union(fw_blocked).union(out_blocked)))
    unknown = destination.difference(allowed).difference(blocked)
    path.verdict = _overall(allowed, blocked, unknown)
    path.blocked = blocked
    return path


def _outbound_layer(
    path: _Path,
    net: _Network,
    reader: _Reader,
    internet: IpRangeSet,
    reached: IpRangeSet,
    private: PrivateEndpointRoute | None,
) -> tuple[IpRangeSet, IpRangeSet]:
    """(internet addresses that really get out, internet addresses with no way out)."""
    if private is not None:  # private traffic never needs a public source address
        path.layers.append(_absent(Layer.OUTBOUND))
        return internet, IpRangeSet.EMPTY
    if not internet:  # nothing goes straight out (a firewall or gateway carries it): not this VM's concern
        path.layers.append(_absent(Layer.OUTBOUND))
        return internet, IpRangeSet.EMPTY
    result = evaluate_outbound_connectivity(net.subnet, net.ip_config, lambda rid: reader.need(rid, Layer.OUTBOUND))
    path.layers.append(
        LayerView(
            Layer.OUTBOUND,
            result.resource_id,
            _name_of(result.resource_id) if result.resource_id else None,
            result.verdict,
            (result.rule_match(),) if result.method is not None else (),
            True,
        )
    )
    path.findings += result.findings
    if result.verdict is Verdict.ALLOWED:
        return internet, IpRangeSet.EMPTY
    if result.verdict is Verdict.BLOCKED:
        if reached.intersection(internet):
            path.blockers += result.blockers
        return IpRangeSet.EMPTY, internet
    return IpRangeSet.EMPTY, IpRangeSet.EMPTY


def _report_unlisted_firewalls(reader: _Reader) -> None:
    """An unknown appliance may be an Azure Firewall in a subscription whose firewalls we could not list."""
    for problem in reader.index.unreadable_all():
        if problem.resource_id.lower().endswith("/providers/microsoft.network/azurefirewalls"):
            reader.report(problem.resource_id, Layer.FIREWALL)


# --------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------


def _ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    unique: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        unique.setdefault((f.code, tuple(sorted((k, str(v)) for k, v in f.args.items()))), f)
    return tuple(sorted(unique.values(), key=lambda f: _SEVERITY_ORDER.get(f.severity, 3)))


def _attestation_destination(tags: TagData, location: str, ipv6: bool) -> tuple[str, IpRangeSet]:
    tag, prefixes = tags.index.attestation_destination(location)
    if not ipv6:  # an IPv4-only VM never uses the IPv6 prefixes
        prefixes = prefixes.intersection(IpRangeSet.ALL_V4)
    return tag, prefixes


def diagnose(index: ResourceIndex, vm_id: str, *, cloud: str = "AzureCloud") -> Diagnosis:
    """Diagnose ``vm_id`` from the ARM JSON in ``index``; raises :class:`VmNotFoundError` when the VM is absent."""
    vm = index.get(vm_id)
    if vm is None:
        problem = index.unreadable(vm_id)
        detail = f" ({problem.reason}: {problem.detail})" if problem is not None else ""
        raise VmNotFoundError(f"virtual machine {vm_id} not found{detail}")
    reader = _Reader(index)
    location = str(vm.get("location") or "")
    prerequisites = evaluate_prerequisites(vm)
    extensions_id = f"{_ref(vm) or vm_id}/extensions"
    extensions: list[Json] | None = index.extensions_of(vm_id)
    if index.unreadable(extensions_id) is not None:
        reader.report(extensions_id)
        extensions = None  # fall back to the VM's instance view
    extension = evaluate_extension(vm, extensions, os_type=prerequisites.os_type, cloud=cloud)

    provider, provider_note = choose_provider(
        index.of_type("Microsoft.Attestation/attestationProviders"), location, cloud
    )
    # The extension calls its custom maaEndpoint when one is set: that host is what the path must reach, and
    # its region (from the host's region code) decides the prefixes; an unknown code means the global tag.
    custom = _custom_host(extension.maa_endpoint)
    endpoint_host = custom or (provider.host if provider is not None else None)
    fqdn = endpoint_host
    destination_region = (provider_region(custom, cloud) or "") if custom else location

    tags = select_tags(index, location, cloud)
    net = _locate(vm, reader)
    destination_tag, destination = _attestation_destination(tags, destination_region, net.ipv6)
    extra: list[Finding] = []
    if provider_note is not None and not custom:  # a custom endpoint does not depend on the shared provider
        extra.append(Finding("ATTESTATION_HOST_UNCONFIRMED", Severity.INFO, provider_note[0], provider_note[1]))
    views = _read_views(index, net, prerequisites.power_state)
    private, private_findings = find_private_endpoint(index.of_type(PRIVATE_ENDPOINT_TYPE), custom, net.vnet_ids)
    extra += private_findings
    if private is not None:  # the provider is a private IP in the VNet, not the service tag's addresses
        destination = IpRangeSet.parse_all([private.ip])
        extra.append(private.finding)
    malformed = malformed_findings(index, vm, net.nic_id, net.subnet_id)  # validation pass before evaluation
    extra += malformed
    if net.missing is not None:
        path = _unknown_path((Layer.NIC_NSG, Layer.SUBNET_NSG, Layer.ROUTE, Layer.FIREWALL))
        if net.nic is not None or net.nic_id is None or "ipConfigurations" in net.missing:
            extra.append(Finding("PATH_NETWORK_INCOMPLETE", Severity.WARNING, MSG_NO_NETWORK, {"missing": net.missing}))
    elif malformed or not destination:  # odd shapes are never evaluated into allowed or blocked
        path = _unknown_path((Layer.NIC_NSG, Layer.SUBNET_NSG, Layer.ROUTE, Layer.FIREWALL))
        if not malformed:
            extra.append(Finding("PATH_NO_DESTINATION", Severity.WARNING, MSG_NO_DESTINATION, {"tag": destination_tag}))
    else:
        path = _evaluate_path(net, reader, tags, destination, fqdn, views, private)
        extra += _summary(path, destination, private.ip if private is not None else destination_tag)
        extra += [f for v in (views.routes, views.nsgs, views.admin_rules) if (f := v.finding()) is not None]
        if views.routes.status is ViewStatus.VM_NOT_RUNNING:
            extra.append(not_running_finding(prerequisites.power_state))

    findings = _ordered(
        [
            *prerequisites.findings,
            *extension.findings,
            *reader.findings,
            *tags.findings,
            *path.findings,
            *extra,
            *tags.usage_findings(),
        ]
    )
    return Diagnosis(
        vm_id=_ref(vm) or vm_id,
        vm_name=str(vm.get("name") or _name_of(vm_id)),
        location=location,
        os_type=prerequisites.os_type,
        private_ip=net.private_ip,
        prerequisites=prerequisites,
        extension=extension,
        verdict=path.verdict,
        endpoint_host=endpoint_host,
        destination_tag=destination_tag or ATTESTATION_TAG,
        blockers=tuple(dict.fromkeys(path.blockers)),
        layers=tuple(path.layers),
        findings=findings,
        computed_views=views.statuses(),
        private_endpoint={
            "id": private.endpoint_id,
            "ip": private.ip,
            "host": _custom_host(extension.maa_endpoint) or "",
        }
        if private is not None
        else None,
    )


def _read_views(index: ResourceIndex, net: _Network, power_state: str | None) -> _Views:
    """The NIC's views need a running VM (Azure computes them from the running host); the VNet's do not."""
    running = power_state is None or power_state.casefold() == "running"
    vnet_id = net.vnet_ids[0] if net.vnet_ids else None
    return _Views(
        read_view(index, net.nic_id, ROUTES_ACTION, vm_running=running),
        read_view(index, net.nic_id, NSGS_ACTION, vm_running=running),
        read_view(index, vnet_id, ADMIN_RULES_ACTION),
    )


def _summary(path: _Path, destination: IpRangeSet, tag: str) -> list[Finding]:
    if path.verdict is Verdict.ALLOWED:
        return [Finding("PATH_ALLOWED", Severity.INFO, MSG_ALLOWED, {"tag": tag})]
    if path.verdict is Verdict.PARTIAL:
        ranges = list(destination)
        blocked = sum(1 for r in ranges if path.blocked.intersects(r))
        args = {"tag": tag, "blocked": blocked, "total": len(ranges)}
        return [Finding("PATH_PARTIAL", Severity.ERROR, MSG_PARTIAL, args)]
    return []


def _custom_host(url: str | None) -> str | None:
    from core.diagnosis.endpoints import endpoint_host

    return endpoint_host(url) if url else None


def reachable(index: ResourceIndex, vm_id: str) -> bool | None:
    """For the simulator: True when the path verdict is allowed, False when blocked/partial, None when unknown."""
    try:
        verdict = diagnose(index, vm_id).verdict
    except VmNotFoundError:
        return None
    if verdict is Verdict.ALLOWED:
        return True
    if verdict in (Verdict.BLOCKED, Verdict.PARTIAL):
        return False
    return None
