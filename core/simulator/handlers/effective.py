"""NIC effective security rules and effective routes, in the shapes Network Watcher's APIs return."""

from __future__ import annotations

from typing import Any

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


def effective_security_groups(store: ResourceStore, nic: dict[str, Any]) -> dict[str, Any]:
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
                    "addressPrefix": [props.get("addressPrefix")],
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
