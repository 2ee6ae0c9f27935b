"""Azure's computed views of a VM's network, as the diagnosis reads them from the index.

Three POST actions compute what configured resources cannot show
(https://learn.microsoft.com/azure/virtual-network/diagnose-network-routing-problem,
https://learn.microsoft.com/azure/virtual-network/diagnose-network-traffic-filter-problem,
https://learn.microsoft.com/rest/api/virtualnetwork/virtual-networks/list-network-manager-effective-security-admin-rules):

* ``{nic}/effectiveRouteTable`` — system, user and gateway (BGP) routes merged; only for a NIC of a running VM;
* ``{nic}/effectiveNetworkSecurityGroups`` — the rules of the NIC's and subnet's NSGs with service tags expanded,
  and the Virtual Network Manager association; only for a running VM;
* ``{vnet}/listNetworkManagerEffectiveSecurityAdminRules`` — the security admin rules applied to the VNet.

They are POST actions, so the Reader role may not call them. Each view is ``used`` or says why not; the
diagnosis then decides from the configured resources and a finding names what could not be checked and the
permission (and role) that would allow it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.diagnosis.arm_json import arm_get, arm_id, arm_list
from core.diagnosis.model import Finding, Severity
from core.diagnosis.resource_index import ResourceIndex
from core.i18n import QT_TRANSLATE_NOOP

Json = Mapping[str, Any]

ROUTES_ACTION = "effectiveRouteTable"
NSGS_ACTION = "effectiveNetworkSecurityGroups"
ADMIN_RULES_ACTION = "listNetworkManagerEffectiveSecurityAdminRules"
PERMISSIONS = {
    ROUTES_ACTION: "Microsoft.Network/networkInterfaces/effectiveRouteTable/action",
    NSGS_ACTION: "Microsoft.Network/networkInterfaces/effectiveNetworkSecurityGroups/action",
    ADMIN_RULES_ACTION: "Microsoft.Network/virtualNetworks/listNetworkManagerEffectiveSecurityAdminRules/action",
}
ROLE = "Network Contributor"

MSG_FORBIDDEN_ROUTES = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective routes of {resource} could not be read: the permission {permission} is missing (Reader "
    "does not include it; the {role} role does). The diagnosis uses the configured route table, so a default "
    "route learned over BGP (ExpressRoute or VPN forced tunneling) or from Virtual WAN could not be checked.",
)
MSG_FORBIDDEN_NSGS = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's effective security rules of {resource} could not be read: the permission {permission} is missing "
    "(Reader does not include it; the {role} role does). The diagnosis uses the configured network security "
    "groups.",
)
MSG_FORBIDDEN_ADMIN = QT_TRANSLATE_NOOP(
    "Findings",
    "The Virtual Network Manager security admin rules of {resource} could not be read: the permission "
    "{permission} is missing (Reader does not include it; the {role} role does). Azure evaluates these rules "
    "before any network security group, so a Deny there would block traffic that the NSGs allow; it could not "
    "be checked.",
)
MSG_FAILED = QT_TRANSLATE_NOOP(
    "Findings",
    "Azure's computed view {action} of {resource} could not be read ({detail}). The diagnosis uses the configured "
    "resources for this part instead.",
)
MSG_NOT_READ = QT_TRANSLATE_NOOP(
    "Findings",
    "The data has no result of Azure's computed view {action} for {resource}; the diagnosis uses the configured "
    "resources for this part instead.",
)
MSG_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Findings",
    "The VM is not running ({state}), so Azure cannot compute the effective routes and security rules of its "
    "network interface. The diagnosis uses the configured resources: a default route learned over BGP "
    "(ExpressRoute or VPN) or from Virtual WAN could not be checked. Start the VM and run the diagnosis again.",
)
_FORBIDDEN = {
    ROUTES_ACTION: MSG_FORBIDDEN_ROUTES,
    NSGS_ACTION: MSG_FORBIDDEN_NSGS,
    ADMIN_RULES_ACTION: MSG_FORBIDDEN_ADMIN,
}


class ViewStatus(StrEnum):
    USED = "used"
    VM_NOT_RUNNING = "vm-not-running"
    FORBIDDEN = "forbidden"
    FAILED = "failed"
    NOT_READ = "not-read"


@dataclass(frozen=True)
class View:
    action: str
    resource_id: str | None
    status: ViewStatus
    body: Json | None = None
    detail: str = ""

    @property
    def path(self) -> str | None:
        return action_path(self.resource_id, self.action) if self.resource_id else None

    def finding(self) -> Finding | None:
        """What could not be checked, and which permission would allow it; ``None`` when the view was used."""
        if self.status in (ViewStatus.USED, ViewStatus.VM_NOT_RUNNING) or self.resource_id is None:
            return None
        resource = self.resource_id.rstrip("/").rsplit("/", 1)[-1]
        evidence = {"action": self.action, "resourceId": self.resource_id}
        if self.status is ViewStatus.FORBIDDEN:
            args = {"resource": resource, "permission": PERMISSIONS[self.action], "role": ROLE}
            return Finding("EFFECTIVE_VIEW_FORBIDDEN", Severity.WARNING, _FORBIDDEN[self.action], args, evidence)
        if self.status is ViewStatus.FAILED:
            args = {"action": self.action, "resource": resource, "detail": self.detail or "?"}
            return Finding("EFFECTIVE_VIEW_FAILED", Severity.WARNING, MSG_FAILED, args, evidence)
        args = {"action": self.action, "resource": resource}
        return Finding("EFFECTIVE_VIEW_NOT_READ", Severity.INFO, MSG_NOT_READ, args, evidence)


def action_path(resource_id: str, action: str) -> str:
    return f"{resource_id.rstrip('/')}/{action}"


def read_view(index: ResourceIndex, resource_id: str | None, action: str, *, vm_running: bool = True) -> View:
    if resource_id is None:
        return View(action, None, ViewStatus.NOT_READ)
    body = index.action(action_path(resource_id, action))
    if body is not None:
        return View(action, resource_id, ViewStatus.USED, body)
    if not vm_running:
        return View(action, resource_id, ViewStatus.VM_NOT_RUNNING)
    problem = index.unreadable(action_path(resource_id, action))
    if problem is None:
        return View(action, resource_id, ViewStatus.NOT_READ)
    status = ViewStatus.FORBIDDEN if problem.reason == "forbidden" else ViewStatus.FAILED
    return View(action, resource_id, status, detail=problem.detail)


def not_running_finding(power_state: str | None) -> Finding:
    return Finding("EFFECTIVE_VIEW_VM_NOT_RUNNING", Severity.WARNING, MSG_NOT_RUNNING, {"state": power_state or "?"})


@dataclass(frozen=True)
class EffectiveNsgs:
    """The effective rules turned back into NSG-shaped JSON, so the NSG evaluator decides with them."""

    nic: Json | None
    subnet: Json | None
    network_managers: tuple[str, ...]


def _rule(raw: Json) -> tuple[bool, dict[str, Any]]:
    """(is default, rule in NSG shape): expanded prefixes replace the tag they came from, as Azure applies them."""
    name = str(raw.get("name") or "?")
    is_default = name.lower().startswith("defaultsecurityrules/")
    props: dict[str, Any] = {
        k: v
        for k, v in raw.items()
        if k not in ("name", "expandedSourceAddressPrefix", "expandedDestinationAddressPrefix")
    }
    if str(props.get("protocol") or "").casefold() == "all":
        props["protocol"] = "*"
    for side in ("source", "destination"):
        expanded = [p for p in arm_list(raw.get(f"expanded{side.capitalize()}AddressPrefix")) if isinstance(p, str)]
        if expanded:
            props.pop(f"{side}AddressPrefix", None)
            props[f"{side}AddressPrefixes"] = expanded
    return is_default, {"name": name.split("/", 1)[-1], "properties": props}


def _as_nsg(entry: Json) -> dict[str, Any] | None:
    nsg_id = arm_id(entry.get("networkSecurityGroup"))
    if nsg_id is None:
        return None
    custom: list[dict[str, Any]] = []
    defaults: list[dict[str, Any]] = []
    for raw in arm_list(entry.get("effectiveSecurityRules")):
        if isinstance(raw, Mapping):
            is_default, rule = _rule(raw)
            rule["id"] = f"{nsg_id}/{'defaultSecurityRules' if is_default else 'securityRules'}/{rule['name']}"
            (defaults if is_default else custom).append(rule)
    return {
        "id": nsg_id,
        "name": nsg_id.rstrip("/").rsplit("/", 1)[-1],
        "type": "Microsoft.Network/networkSecurityGroups",
        "properties": {"securityRules": custom, "defaultSecurityRules": defaults},
    }


def effective_nsgs(body: Json) -> EffectiveNsgs:
    """Split the effective list by association: the NIC's NSG and the subnet's NSG."""
    nic: Json | None = None
    subnet: Json | None = None
    managers: list[str] = []
    for entry in arm_list(body.get("value")):
        if not isinstance(entry, Mapping):
            continue
        association = entry.get("association")
        manager = arm_id(arm_get(association, "networkManager"))
        if manager:
            managers.append(manager)
        nsg = _as_nsg(entry)
        if nsg is None:
            continue
        if arm_id(arm_get(association, "subnet")) is not None:
            subnet = subnet or nsg
        else:
            nic = nic or nsg
    return EffectiveNsgs(nic, subnet, tuple(dict.fromkeys(managers)))
