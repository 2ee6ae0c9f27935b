"""Shared causes: group the VMs that need attention by their network context, diagnose each context once.

Pure (no I/O): fed the scan's rows and a :class:`ResourceIndex` of the network resources (NSGs, VNets with their
subnets, route tables, firewalls, policies with their rule collection groups, IP groups, service tags).

Two VMs share a context when the path evaluation cannot tell them apart: same subnet (hence subnet NSG, route
table and firewall), same NIC NSG, same application security groups, same region (the AzureAttestation prefixes
are regional), and the same set of rule source prefixes — of those NSGs and of every firewall rule — that contain
their private IP. A rule that names one VM's address therefore splits that VM into a context of its own; no VM
inherits a verdict that its own address would not get. Each context is diagnosed once, with the product's own
evaluator (:func:`core.diagnosis.path.diagnose`) on one representative; its blockers are then counted per shared
resource: "NSG X on subnet Y blocks 37 VMs".
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.arm_ids import ResourceId, normalize
from core.diagnosis.model import Blocker, BlockerKind, Verdict
from core.diagnosis.path import Diagnosis, diagnose
from core.diagnosis.resource_index import ResourceIndex
from core.fleet.model import FleetVm, MachineKind
from core.fleet.status import FleetStatus
from core.i18n import QT_TRANSLATE_NOOP
from core.ts_catalog import english

NEEDS_ATTENTION = frozenset({FleetStatus.FAILED, FleetStatus.NOT_INSTALLED})
_SOURCE_KEYS = ("sourceAddressPrefix", "sourceAddressPrefixes", "sourceAddresses")
_FIREWALL_TYPES = (
    "microsoft.network/azurefirewalls",
    "microsoft.network/firewallpolicies",
    "microsoft.network/firewallpolicies/rulecollectiongroups",
)
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Translate = Callable[..., str]  # translate(context, text, disambiguation, n), as QCoreApplication.translate

MSG_DEFAULT_DENY = QT_TRANSLATE_NOOP("Fleet", "default deny")


# Each message is a translate call with its count, written out, so that lupdate catalogs it with plural forms
# ("blocks 1 VM", "blockiert 3 VMs"): its Python parser knows no plural marker like QT_TRANSLATE_N_NOOP.
def _nsg_subnet(translate: Translate, n: int) -> str:
    return translate("Fleet", "NSG {nsg} on subnet {subnet} blocks %n VM(s)", None, n)


def _nsg_nic(translate: Translate, n: int) -> str:
    return translate("Fleet", "NSG {nsg} on the network interface blocks %n VM(s)", None, n)


def _firewall(translate: Translate, n: int) -> str:
    return translate("Fleet", "Azure Firewall {firewall} (rule {rule}) blocks %n VM(s) from {subnet}", None, n)


def _route(translate: Translate, n: int) -> str:
    return translate("Fleet", "Route {rule} in {table} drops the traffic of %n VM(s) in {subnet}", None, n)


def _avnm(translate: Translate, n: int) -> str:
    return translate(
        "Fleet",
        "Security admin rule {rule} of Virtual Network Manager {manager} blocks %n VM(s) in {subnet}",
        None,
        n,
    )


def _outbound(translate: Translate, n: int) -> str:
    return translate("Fleet", "Subnet {subnet} has no way out to the internet for %n VM(s)", None, n)


def undecided(translate: Translate, n: int) -> str:
    """The line for VMs whose path cannot be decided (``{subnet}``, ``{reason}`` still to fill in)."""
    return translate("Fleet", "The path of %n VM(s) in {subnet} cannot be decided ({reason})", None, n)


def _segment_after(resource_id: str, marker: str) -> str:
    parts = resource_id.split("/")
    found = [parts[i + 1] for i, part in enumerate(parts[:-1]) if part.lower() == marker.lower()]
    return found[0] if found else "?"


@dataclass(frozen=True)
class ContextKey:
    subnet_id: str
    nic_nsg_id: str
    location: str
    sources: tuple[str, ...]  # rule source prefixes that contain the VMs' address


@dataclass
class ContextResult:
    """One network context, its VMs and the diagnosis of its representative."""

    key: ContextKey
    vms: list[FleetVm]
    diagnosis: Diagnosis | None  # None: the VM's network data is incomplete (no subnet or address in the scan)

    @property
    def verdict(self) -> Verdict:
        return self.diagnosis.verdict if self.diagnosis is not None else Verdict.UNKNOWN


@dataclass
class SharedCause:
    """One blocking element and every VM it blocks, over all contexts that share it."""

    blocker: Blocker
    vm_ids: list[str] = field(default_factory=list)
    subnet_ids: list[str] = field(default_factory=list)
    contexts: list[ContextResult] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.vm_ids)

    @property
    def resource_name(self) -> str:
        return _name(self.blocker.resource_id) if self.blocker.resource_id else "?"

    def message(self) -> tuple[Callable[[Translate, int], str], dict[str, Any]]:
        """(the message as a function of ``translate`` and the count, args to format in afterwards)."""
        labels = sorted(_subnet_label(s) for s in self.subnet_ids)
        subnets = ", ".join(labels[:3]) + (f" (+{len(labels) - 3})" if len(labels) > 3 else "") or "?"
        kind = self.blocker.kind
        if kind is BlockerKind.NSG:
            template = _nsg_nic if self.blocker.scope == "nic" else _nsg_subnet
            return template, {"nsg": self.resource_name, "subnet": subnets}
        if kind is BlockerKind.FIREWALL:
            return _firewall, {"firewall": self.resource_name, "rule": self.blocker.rule, "subnet": subnets}
        if kind is BlockerKind.AVNM:  # the id is the admin rule's: .../networkManagers/{manager}/...
            manager = _segment_after(self.blocker.resource_id or "", "networkManagers")
            return _avnm, {"rule": self.blocker.rule or "?", "manager": manager, "subnet": subnets}
        if kind is BlockerKind.OUTBOUND:
            return _outbound, {"subnet": subnets}
        return _route, {"rule": self.blocker.rule or "?", "table": self.resource_name, "subnet": subnets}

    def render(self, translate: Translate | None = None) -> str:
        language = translate or english
        template, args = self.message()
        if "rule" in args and args["rule"] is None:  # a firewall's default deny has no rule name
            args["rule"] = language("Fleet", MSG_DEFAULT_DENY)
        return str(template(language, self.count)).format(**args)

    def to_json(self) -> dict[str, Any]:
        return {
            "blocker": self.blocker.to_json(),
            "vmCount": self.count,
            "vmIds": self.vm_ids,
            "subnetIds": self.subnet_ids,
            "message": self.render(),
        }


@dataclass
class CauseReport:
    contexts: list[ContextResult]
    causes: list[SharedCause]  # most VMs first
    unknown: list[ContextResult]  # contexts whose verdict is unknown (appliance, missing data)
    allowed: list[ContextResult]  # the path is open: something else stops the extension

    @property
    def evaluated(self) -> int:
        return len(self.contexts)

    def to_json(self) -> dict[str, Any]:
        return {
            "contexts": len(self.contexts),
            "causes": [c.to_json() for c in self.causes],
            "unknown": [{"subnetId": c.key.subnet_id, "vmIds": [v.id for v in c.vms]} for c in self.unknown],
            "pathAllowed": sum(len(c.vms) for c in self.allowed),
        }


def _name(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]


def _subnet_label(subnet_id: str) -> str:
    ref = ResourceId.parse(subnet_id)
    parts = subnet_id.rstrip("/").split("/")
    vnet = parts[-3] if len(parts) >= 3 else "?"
    return f"{vnet}/{ref.name}"


def _walk_sources(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in _SOURCE_KEYS or key == "sourceIpGroups":
                yield key, item
            else:
                yield from _walk_sources(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_sources(item)


def _networks(texts: Iterable[Any]) -> list[IpNetwork]:
    found = []
    for text in texts:
        try:
            found.append(ipaddress.ip_network(str(text).strip(), strict=False))
        except ValueError:
            continue  # service tags, "*", "VirtualNetwork": the same for every VM of a subnet
    return found


def source_prefixes(resources: Iterable[Mapping[str, Any]], index: ResourceIndex) -> list[IpNetwork]:
    """Every address prefix a rule in these resources selects its source by (IP groups resolved)."""
    prefixes: list[IpNetwork] = []
    for resource in resources:
        for key, value in _walk_sources(resource):
            items = value if isinstance(value, list) else [value]
            if key == "sourceIpGroups":
                for group_id in items:
                    group = index.get(str(group_id))
                    props = group.get("properties") if group is not None else None
                    addresses = props.get("ipAddresses") if isinstance(props, Mapping) else None
                    prefixes += _networks(addresses or [])
            else:
                prefixes += _networks(items)
    return list(dict.fromkeys(prefixes))


def _subnet_nsg(index: ResourceIndex, subnet_id: str) -> str | None:
    return _ref(index.get(subnet_id), "networkSecurityGroup")


def _ref(resource: Mapping[str, Any] | None, key: str) -> str | None:
    props = resource.get("properties") if resource is not None else None
    value = props.get(key) if isinstance(props, Mapping) else None
    return str(value["id"]) if isinstance(value, Mapping) and value.get("id") else None


class ContextGrouper:
    def __init__(self, index: ResourceIndex) -> None:
        self.index = index
        self.shared = [r for t in (*_FIREWALL_TYPES, "microsoft.network/ipgroups") for r in index.of_type(t)]
        firewalls = [r for r in self.shared if str(r.get("type", "")).lower() in _FIREWALL_TYPES]
        self._firewall_prefixes = source_prefixes(firewalls, index)
        self._nsg_prefixes: dict[str, list[IpNetwork]] = {}

    def _prefixes_of_nsg(self, nsg_id: str | None) -> list[IpNetwork]:
        if not nsg_id:
            return []
        key = normalize(nsg_id)
        if key not in self._nsg_prefixes:
            nsg = self.index.get(nsg_id)
            self._nsg_prefixes[key] = source_prefixes([nsg], self.index) if nsg is not None else []
        return self._nsg_prefixes[key]

    def key(self, vm: FleetVm) -> ContextKey:
        subnet = vm.subnet_id or ""
        prefixes = [
            *self._prefixes_of_nsg(vm.nic_nsg_id),
            *self._prefixes_of_nsg(_subnet_nsg(self.index, subnet) if subnet else None),
            *self._firewall_prefixes,
        ]
        sources: tuple[str, ...] = ()
        try:
            address = ipaddress.ip_address(vm.private_ip or "")
            sources = tuple(sorted({str(p) for p in prefixes if address.version == p.version and address in p}))
        except ValueError:
            sources = ("?",)
        return ContextKey(normalize(subnet), normalize(vm.nic_nsg_id or ""), vm.location.lower(), sources)


def representative_vm(vm: FleetVm) -> tuple[dict[str, Any], dict[str, Any]]:
    """The VM and NIC JSON the path evaluation reads, rebuilt from the scan's row (ARM shapes)."""
    nic_id = vm.nic_id or f"{vm.id}/networkInterfaces/primary"
    nic: dict[str, Any] = {
        "id": nic_id,
        "name": f"{vm.name}-nic",
        "type": "Microsoft.Network/networkInterfaces",
        "location": vm.location,
        "properties": {
            "ipConfigurations": [
                {
                    "name": "ipconfig1",
                    "properties": {
                        "primary": True,
                        "privateIPAddress": vm.private_ip,
                        "privateIPAddressVersion": "IPv4",
                        "subnet": {"id": vm.subnet_id},
                    },
                }
            ],
        },
    }
    if vm.nic_nsg_id:
        nic["properties"]["networkSecurityGroup"] = {"id": vm.nic_nsg_id}
    machine = {
        "id": vm.id,
        "name": vm.name,
        "type": "Microsoft.Compute/virtualMachines",
        "location": vm.location,
        "properties": {
            "networkProfile": {"networkInterfaces": [{"id": nic_id, "properties": {"primary": True}}]},
            "storageProfile": {"osDisk": {"osType": vm.os_type}},
            "securityProfile": {
                "securityType": vm.security_type,
                "uefiSettings": {"secureBootEnabled": vm.secure_boot, "vTpmEnabled": vm.vtpm},
            },
        },
    }
    return machine, nic


def group_contexts(grouper: ContextGrouper, vms: Sequence[FleetVm]) -> dict[ContextKey, list[FleetVm]]:
    groups: dict[ContextKey, list[FleetVm]] = {}
    for vm in vms:
        groups.setdefault(grouper.key(vm), []).append(vm)
    return groups


def context_index(index: ResourceIndex, shared: Sequence[Mapping[str, Any]], vm: FleetVm) -> ResourceIndex:
    """Only what this VM's path can touch: its VNet (and peers), NSGs, route table, every firewall; lookups in a
    small index keep one evaluation at a few milliseconds however large the tenant is."""
    machine, nic = representative_vm(vm)
    subnet_id = vm.subnet_id or ""
    cut = subnet_id.lower().rfind("/subnets/")
    vnet = index.get(subnet_id[:cut]) if cut > 0 else None
    subnet = index.get(subnet_id)
    wanted = [
        vnet,
        index.get(vm.nic_nsg_id),
        index.get(_ref(subnet, "networkSecurityGroup")),
        index.get(_ref(subnet, "routeTable")),
    ]
    props = vnet.get("properties") if vnet is not None else None
    for peering in (props.get("virtualNetworkPeerings") if isinstance(props, Mapping) else None) or []:
        wanted.append(index.get(_ref(peering, "remoteVirtualNetwork")))
    small = ResourceIndex([r for r in (*wanted, *shared) if r is not None])
    small.add(nic)
    small.add(machine)
    tags = index.live_service_tags(vm.location)
    if tags is not None:
        small.add_live_service_tags(vm.location, tags)
    else:
        body = index.service_tags(vm.location)
        if body is not None:
            small.add(body)
    return small


def evaluate(
    grouper: ContextGrouper, group: ContextKey, vms: list[FleetVm], *, cloud: str = "AzureCloud"
) -> ContextResult:
    first = vms[0]
    if not first.subnet_id or not first.private_ip:
        return ContextResult(group, vms, None)
    small = context_index(grouper.index, grouper.shared, first)
    return ContextResult(group, vms, diagnose(small, first.id, cloud=cloud))


def needs_attention(vms: Iterable[FleetVm]) -> list[FleetVm]:
    return [vm for vm in vms if vm.kind is MachineKind.VM and vm.status in NEEDS_ATTENTION]


def shared_causes(vms: Sequence[FleetVm], index: ResourceIndex, *, cloud: str = "AzureCloud") -> CauseReport:
    """Diagnose each distinct network context of ``vms`` once and count every blocker's VMs."""
    grouper = ContextGrouper(index)
    contexts = [evaluate(grouper, key, group, cloud=cloud) for key, group in group_contexts(grouper, vms).items()]
    causes: dict[tuple[str, str, str], SharedCause] = {}
    unknown, allowed = [], []
    for context in contexts:
        if context.diagnosis is None or (context.verdict is Verdict.UNKNOWN and not context.diagnosis.blockers):
            unknown.append(context)
            continue
        if context.verdict is Verdict.ALLOWED:
            allowed.append(context)
            continue
        for blocker in context.diagnosis.blockers:
            key = (blocker.kind.value, normalize(blocker.resource_id or ""), blocker.rule or "")
            cause = causes.setdefault(key, SharedCause(blocker))
            cause.contexts.append(context)
            cause.vm_ids += [vm.id for vm in context.vms]
            subnet = context.vms[0].subnet_id
            if subnet and subnet not in cause.subnet_ids:
                cause.subnet_ids.append(subnet)
    ordered = sorted(causes.values(), key=lambda c: (-c.count, c.blocker.kind.value, c.resource_name))
    return CauseReport(contexts, ordered, unknown, allowed)
