"""Azure's computed views, in the shapes the POST actions return them.

NIC effective security rules and effective routes, and a VNet's effective security admin rules. A snapshot's
``actions`` section (keyed by ``{resource id}/{action}``) is served exactly as recorded; an action without an
entry is computed from the configured resources. Like Azure, the NIC actions answer only for a NIC attached to
a running VM; admin rules come from the network managers' security admin configurations whose rule
collections apply to a network group with the VNet as a static member (every configuration in the snapshot
counts as committed: the stricter reading).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.simulator.errors import ArmError
from core.simulator.ids import id_key
from core.simulator.store import ResourceStore

_PROTOCOLS = {"*": "All", "tcp": "Tcp", "udp": "Udp", "icmp": "Icmp", "esp": "Esp", "ah": "Ah"}
_DEFAULT_NONE_PREFIXES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")


def _ports(value: str | None) -> str:
    if not value or value == "*":
        return "0-65535"
    return value if "-" in value else f"{value}-{value}"


def _prefix(value: str | None) -> str:
    return "0.0.0.0/0" if not value or value == "*" else value


def _tag_prefixes(store: ResourceStore, tag: str) -> list[str] | None:
    if store.service_tags is None:
        return None
    for entry in store.service_tags.get("values", []):
        if str(entry.get("name", "")).lower() == tag.lower():
            return list(entry.get("properties", {}).get("addressPrefixes", []))
    return None


def _effective_rule(store: ResourceStore, rule: dict[str, Any], kind: str) -> dict[str, Any]:
    props = rule.get("properties", {})
    result: dict[str, Any] = {
        "name": f"{kind}/{rule['name']}",
        "protocol": _PROTOCOLS.get(str(props.get("protocol", "*")).lower(), "All"),
        "sourcePortRange": _ports(props.get("sourcePortRange")),
        "destinationPortRange": _ports(props.get("destinationPortRange")),
        "sourcePortRanges": [_ports(p) for p in props.get("sourcePortRanges") or []],
        "destinationPortRanges": [_ports(p) for p in props.get("destinationPortRanges") or []],
        "sourceAddressPrefix": _prefix(props.get("sourceAddressPrefix")),
        "destinationAddressPrefix": _prefix(props.get("destinationAddressPrefix")),
        "sourceAddressPrefixes": list(props.get("sourceAddressPrefixes") or []),
        "destinationAddressPrefixes": list(props.get("destinationAddressPrefixes") or []),
        "access": props.get("access"),
        "priority": props.get("priority"),
        "direction": props.get("direction"),
    }
    for side in ("source", "destination"):
        value = props.get(f"{side}AddressPrefix")
        expanded = _tag_prefixes(store, value) if isinstance(value, str) and value[:1].isalpha() else None
        if expanded is not None:
            result[f"expanded{side.capitalize()}AddressPrefix"] = expanded
    return result


def _nsg_entry(store: ResourceStore, nsg_id: str, association: dict[str, Any]) -> dict[str, Any] | None:
    nsg = store.get(nsg_id)
    if nsg is None:
        return None
    props = nsg.get("properties", {})
    rules = [_effective_rule(store, r, "securityRules") for r in props.get("securityRules") or []]
    rules += [_effective_rule(store, r, "defaultSecurityRules") for r in props.get("defaultSecurityRules") or []]
    return {"networkSecurityGroup": {"id": nsg["id"]}, "association": association, "effectiveSecurityRules": rules}


def _subnet_of(store: ResourceStore, nic: dict[str, Any]) -> dict[str, Any] | None:
    configs = nic.get("properties", {}).get("ipConfigurations") or []
    subnet_ref = (configs[0].get("properties", {}).get("subnet") or {}).get("id") if configs else None
    return store.get(subnet_ref) if subnet_ref else None


def _route_prefixes(store: ResourceStore, prefix: Any) -> list[Any]:
    """A service tag route shows up expanded into the tag's prefixes, as in Azure's effective routes."""
    if isinstance(prefix, str) and prefix[:1].isalpha():
        return _tag_prefixes(store, prefix) or [prefix]
    return [prefix]


def _private_endpoint_ips(store: ResourceStore, vnet: dict[str, Any] | None) -> list[str]:
    """Azure adds a /32 system route (next hop InterfaceEndpoint) for each private endpoint in the VNet."""
    if vnet is None:
        return []
    prefix = id_key(str(vnet["id"])) + "/subnets/"
    ips: list[str] = []
    for endpoint in store.list_type("Microsoft.Network/privateEndpoints"):
        props = endpoint.get("properties", {})
        if not id_key(str((props.get("subnet") or {}).get("id", ""))).startswith(prefix):
            continue
        for config in props.get("customDnsConfigs") or []:
            ips += [ip for ip in config.get("ipAddresses") or [] if isinstance(ip, str)]
        for config in props.get("ipConfigurations") or []:
            ip = (config.get("properties") or {}).get("privateIPAddress")
            if isinstance(ip, str):
                ips.append(ip)
    return list(dict.fromkeys(ips))


def recorded_action(store: ResourceStore, resource_id: str, action: str) -> dict[str, Any] | None:
    """The snapshot's recorded response for ``{resource_id}/{action}``, if any."""
    actions = store.extra.get("actions")
    if not isinstance(actions, Mapping):
        return None
    wanted = id_key(f"{resource_id}/{action}")
    for path, body in actions.items():
        if id_key(str(path)) == wanted and isinstance(body, dict):
            return body
    return None


def _vm_of(store: ResourceStore, nic_id: str) -> dict[str, Any] | None:
    for vm in store.list_type("Microsoft.Compute/virtualMachines"):
        refs = vm.get("properties", {}).get("networkProfile", {}).get("networkInterfaces") or []
        if any(id_key(str(r.get("id", ""))) == id_key(nic_id) for r in refs if isinstance(r, dict)):
            return vm
    return None


def require_running_vm(store: ResourceStore, nic: dict[str, Any]) -> None:
    """Azure computes a NIC's effective views on the host of its running VM; otherwise the action fails."""
    vm = _vm_of(store, str(nic["id"]))
    statuses = (vm or {}).get("properties", {}).get("instanceView", {}).get("statuses") or []
    power = next((str(s.get("code")) for s in statuses if str(s.get("code", "")).startswith("PowerState/")), None)
    if vm is None or (power is not None and power != "PowerState/running"):
        raise ArmError(
            400,
            "NicNotAttachedToRunningVm",
            f"Network interface {nic['id']} is not attached to a running virtual machine; effective routes and "
            "security rules are only available for a running virtual machine.",
        )


def effective_security_groups(store: ResourceStore, nic: dict[str, Any]) -> dict[str, Any]:
    require_running_vm(store, nic)
    recorded = recorded_action(store, str(nic["id"]), "effectiveNetworkSecurityGroups")
    if recorded is not None:
        return recorded
    entries = []
    nic_nsg = (nic.get("properties", {}).get("networkSecurityGroup") or {}).get("id")
    if nic_nsg:
        entry = _nsg_entry(store, nic_nsg, {"networkInterface": {"id": nic["id"]}})
        if entry:
            entries.append(entry)
    subnet = _subnet_of(store, nic)
    subnet_nsg = (subnet or {}).get("properties", {}).get("networkSecurityGroup", {}).get("id") if subnet else None
    if subnet and subnet_nsg:
        entry = _nsg_entry(store, subnet_nsg, {"subnet": {"id": subnet["id"]}})
        if entry:
            entries.append(entry)
    return {"value": entries}


def effective_routes(store: ResourceStore, nic: dict[str, Any]) -> dict[str, Any]:
    require_running_vm(store, nic)
    recorded = recorded_action(store, str(nic["id"]), "effectiveRouteTable")
    if recorded is not None:
        return recorded
    subnet = _subnet_of(store, nic)
    routes: list[dict[str, Any]] = []
    user_routes: list[dict[str, Any]] = []
    if subnet is not None:
        rt_id = (subnet.get("properties", {}).get("routeTable") or {}).get("id")
        table = store.get(rt_id) if rt_id else None
        for route in (table or {}).get("properties", {}).get("routes") or []:
            props = route.get("properties", {})
            user_routes.append(
                {
                    "name": route.get("name"),
                    "source": "User",
                    "state": "Active",
                    "addressPrefix": _route_prefixes(store, props.get("addressPrefix")),
                    "nextHopIpAddress": [props["nextHopIpAddress"]] if props.get("nextHopIpAddress") else [],
                    "nextHopType": props.get("nextHopType"),
                }
            )
        vnet = store.get(str(subnet["id"]).rsplit("/subnets/", 1)[0])
        defaults = [
            (p, "VnetLocal")
            for p in (vnet or {}).get("properties", {}).get("addressSpace", {}).get("addressPrefixes", [])
        ]
        for peering in (vnet or {}).get("properties", {}).get("virtualNetworkPeerings") or []:
            remote = store.get((peering.get("properties", {}).get("remoteVirtualNetwork") or {}).get("id", ""))
            defaults += [
                (p, "VNetPeering")
                for p in (remote or {}).get("properties", {}).get("addressSpace", {}).get("addressPrefixes", [])
            ]
        defaults += [(f"{ip}/32", "InterfaceEndpoint") for ip in _private_endpoint_ips(store, vnet)]
        defaults.append(("0.0.0.0/0", "Internet"))
        defaults += [(p, "None") for p in _DEFAULT_NONE_PREFIXES]
        overridden = {r["addressPrefix"][0] for r in user_routes}
        for prefix, hop in defaults:
            routes.append(
                {
                    "source": "Default",
                    "state": "Invalid" if prefix in overridden else "Active",
                    "addressPrefix": [prefix],
                    "nextHopIpAddress": [],
                    "nextHopType": hop,
                }
            )
    return {"value": routes + user_routes}


# -- Virtual Network Manager ---------------------------------------------------------------------------------

_NM = "Microsoft.Network/networkManagers"


def _children(store: ResourceStore, parent_id: str, child_type: str) -> list[dict[str, Any]]:
    prefix = id_key(parent_id) + "/"
    return [r for r in store.list_type(child_type) if id_key(str(r["id"])).startswith(prefix)]


def _groups_with_member(store: ResourceStore, manager_id: str, vnet_id: str) -> set[str]:
    found: set[str] = set()
    for group in _children(store, manager_id, f"{_NM}/networkGroups"):
        for member in _children(store, str(group["id"]), f"{_NM}/networkGroups/staticMembers"):
            if id_key(str(member.get("properties", {}).get("resourceId", ""))) == id_key(vnet_id):
                found.add(id_key(str(group["id"])))
    return found


def effective_admin_rules(store: ResourceStore, vnet: dict[str, Any]) -> dict[str, Any]:
    """``listNetworkManagerEffectiveSecurityAdminRules`` of one VNet (one page: no ``skipToken``)."""
    recorded = recorded_action(store, str(vnet["id"]), "listNetworkManagerEffectiveSecurityAdminRules")
    if recorded is not None:
        return recorded
    value: list[dict[str, Any]] = []
    for manager in store.list_type(_NM):
        groups = _groups_with_member(store, str(manager["id"]), str(vnet["id"]))
        if not groups:
            continue
        for config in _children(store, str(manager["id"]), f"{_NM}/securityAdminConfigurations"):
            for collection in _children(store, str(config["id"]), f"{_NM}/securityAdminConfigurations/ruleCollections"):
                applies = collection.get("properties", {}).get("appliesToGroups") or []
                if not any(id_key(str(a.get("networkGroupId", ""))) in groups for a in applies):
                    continue
                for rule in _children(
                    store, str(collection["id"]), f"{_NM}/securityAdminConfigurations/ruleCollections/rules"
                ):
                    value.append(
                        {
                            "id": rule["id"],
                            "configurationDescription": config.get("properties", {}).get("description"),
                            "ruleCollectionDescription": collection.get("properties", {}).get("description"),
                            "ruleCollectionAppliesToGroups": [
                                {"networkGroupId": a.get("networkGroupId")} for a in applies
                            ],
                            "ruleGroups": [],
                            "kind": rule.get("kind", "Custom"),
                            "properties": {
                                k: v for k, v in rule.get("properties", {}).items() if k != "provisioningState"
                            },
                        }
                    )
    return {"value": value}


def add_actions_for_vm(store: ResourceStore, vm_id: str, add: Any) -> None:
    """Feed a diagnosis index (``add(path, body)``) with the actions Azure would answer for this VM."""
    vm = store.get(vm_id)
    refs = (vm or {}).get("properties", {}).get("networkProfile", {}).get("networkInterfaces") or []
    nic = store.get(str(refs[0].get("id"))) if refs and isinstance(refs[0], dict) else None
    if nic is None:
        return
    try:
        add(f"{nic['id']}/effectiveRouteTable", effective_routes(store, nic))
        add(f"{nic['id']}/effectiveNetworkSecurityGroups", effective_security_groups(store, nic))
    except ArmError:
        pass  # not running: the diagnosis decides from configuration, as it would in Azure
    subnet = _subnet_of(store, nic)
    vnet = store.get(str(subnet["id"]).rsplit("/subnets/", 1)[0]) if subnet else None
    if vnet is not None:
        add(f"{vnet['id']}/listNetworkManagerEffectiveSecurityAdminRules", effective_admin_rules(store, vnet))
