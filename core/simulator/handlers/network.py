"""Microsoft.Network: NICs, NSGs and rules, VNets and subnets, route tables, public IPs, Azure Firewalls,
firewall policies and rule collection groups, IP groups, ASGs, service tags, effective rules and routes."""

from __future__ import annotations

import copy
import json
import uuid
from functools import cache
from typing import Any

from core.resources import resource_path
from core.simulator.builders import RULE_LIST_PROPERTIES, SUBNET_NETWORK_POLICIES, default_security_rules
from core.simulator.errors import ArmError, invalid_request_content
from core.simulator.handlers import effective
from core.simulator.handlers.common import (
    check_preconditions,
    check_scope,
    ensure_idle,
    lro_headers,
    request_id,
    require,
    start_operation,
)
from core.simulator.http import Call, Reply, Route
from core.simulator.ids import parse_id
from core.simulator.lro import Operation
from core.simulator.paging import paged
from core.simulator.store import inline_property, new_etag

NS = "Microsoft.Network"
# Top-level types served with generic list/get/put/delete: (URL segment, operation group of the SDK).
TOP_LEVEL = (
    ("networkInterfaces", "NetworkInterfaces"),
    ("networkSecurityGroups", "NetworkSecurityGroups"),
    ("virtualNetworks", "VirtualNetworks"),
    ("routeTables", "RouteTables"),
    ("publicIPAddresses", "PublicIPAddresses"),
    ("azureFirewalls", "AzureFirewalls"),
    ("firewallPolicies", "FirewallPolicies"),
    ("ipGroups", "IpGroups"),
    ("applicationSecurityGroups", "ApplicationSecurityGroups"),
)
# Children: (parent segment, child segment, operation group).
CHILDREN = (
    ("networkSecurityGroups", "securityRules", "SecurityRules"),
    ("networkSecurityGroups", "defaultSecurityRules", "DefaultSecurityRules"),
    ("virtualNetworks", "subnets", "Subnets"),
    ("routeTables", "routes", "Routes"),
    ("firewallPolicies", "ruleCollectionGroups", "FirewallPolicyRuleCollectionGroups"),
)
READ_ONLY_CHILDREN = {"defaultSecurityRules"}
VIRTUAL_TAGS = {"*", "internet", "virtualnetwork", "azureloadbalancer", "virtual_network", "azure_loadbalancer"}


@cache
def known_service_tags() -> frozenset[str]:
    names = json.loads(resource_path("scenarios", "data", "service-tag-names.json").read_text(encoding="utf-8"))
    return frozenset(str(n).lower() for n in names)


# -- generic resources --------------------------------------------------------------------------------------


def _list(segment: str, *, by_group: bool) -> Any:
    async def handler(call: Call) -> Reply:
        check_scope(call)
        rg = call.params.get("rg") if by_group else None
        items = call.state.store.list_type(f"{NS}/{segment}", call.params["sub"], rg)
        return paged(call, call.state.visible(items))

    return handler


async def get_resource(call: Call) -> Reply:
    return Reply(200, require(call))


async def list_children(call: Call) -> Reply:
    parent = require(call, request_id(call).rsplit("/", 1)[0])
    segment = request_id(call).rsplit("/", 1)[1]
    rid = parse_id(f"{parent['id']}/{segment}/x")
    prop = inline_property(rid)
    if prop is not None:
        items = parent.get("properties", {}).get(prop) or []
    else:
        items = call.state.store.list_type(rid.full_type, rid.subscription, rid.resource_group)
        prefix = f"{parent['id']}/{segment}/".lower()
        items = [i for i in items if str(i["id"]).lower().startswith(prefix)]
    return paged(call, items)


# Child types whose PUT honouring If-None-Match: * is not in the REST spec (azure-review W4): ignored here.
_IF_NONE_MATCH_UNDOCUMENTED = frozenset({"securityrules", "rulecollectiongroups"})


def _put(full_type: str) -> Any:
    async def handler(call: Call) -> Reply:
        resource_id = request_id(call)
        rid = parse_id(resource_id)
        check_scope(call)
        if rid.is_child:
            require(call, rid.parent().to_str())
        existing = call.state.store.get(resource_id)
        check_preconditions(call, existing, if_none_match=rid.types[-1].lower() not in _IF_NONE_MATCH_UNDOCUMENTED)
        lock_id = rid.parent().to_str() if rid.is_child else resource_id
        ensure_idle(call, lock_id)
        body = await call.json()
        if rid.types[-1] in READ_ONLY_CHILDREN:
            raise ArmError(405, "MethodNotAllowed", "Default security rules cannot be changed.")
        props = body.get("properties", {})
        if not isinstance(props, dict):
            raise invalid_request_content("'properties' must be an object")
        resource = _new_version(full_type, resource_id, rid.name, body, existing)
        _validate(call, rid, resource)
        if inline_property(rid) is not None:
            call.state.store.put_child(rid, resource)
            parent = call.state.store.get(rid.parent().to_str())
            assert parent is not None
            parent["etag"] = new_etag()
            location = str(parent.get("location", ""))
        else:
            call.state.store.put(resource)
            location = str(resource.get("location", ""))

        def finish(op: Operation) -> None:
            current = call.state.store.get(resource_id)
            if current is not None:
                current["properties"]["provisioningState"] = "Failed" if op.error else "Succeeded"

        op = start_operation(call, namespace=NS, location=location, resource_id=lock_id, on_complete=finish)
        return Reply(200 if existing else 201, resource, lro_headers(call, op, location=False))

    return handler


def _new_version(
    full_type: str, resource_id: str, name: str, body: dict[str, Any], existing: dict[str, Any] | None
) -> dict[str, Any]:
    """The stored resource after a PUT: the body's writable parts, ARM's read-only fields kept or added."""
    props = copy.deepcopy(body.get("properties") or {})
    props["provisioningState"] = "Updating" if existing else "Creating"
    if existing is not None:
        for key in ("resourceGuid", "defaultSecurityRules"):
            if key in existing.get("properties", {}) and key not in props:
                props[key] = existing["properties"][key]
    resource: dict[str, Any] = {"name": name, "id": resource_id, "etag": new_etag(), "type": full_type}
    for key in ("location", "tags", "sku", "zones", "kind"):
        if key in body:
            resource[key] = copy.deepcopy(body[key])
        elif existing is not None and key in existing:
            resource[key] = existing[key]
    resource["properties"] = props
    if not resource.get("zones"):
        resource.pop("zones", None)  # ARM leaves out an empty zone list
    _arm_defaults(resource, existing)
    return resource


def _arm_defaults(resource: dict[str, Any], existing: dict[str, Any] | None) -> None:
    """The read-only and default properties ARM adds to what was PUT (as Azure's recorded answers show)."""
    kind = str(resource.get("type", "")).lower()
    props = resource["properties"]
    if kind in _WITH_RESOURCE_GUID and "resourceGuid" not in props:
        props["resourceGuid"] = str((existing or {}).get("properties", {}).get("resourceGuid") or uuid.uuid4())
    for key, value in _DEFAULTS.get(kind, {}).items():
        props.setdefault(key, copy.deepcopy(value))
    if kind == "microsoft.network/virtualnetworks":
        for subnet in props.get("subnets") or []:
            _subnet_defaults(subnet, resource["id"])
    elif kind == "microsoft.network/virtualnetworks/subnets":
        _subnet_defaults(resource, resource["id"].rsplit("/subnets/", 1)[0])
    elif kind == "microsoft.network/networksecuritygroups":
        props.setdefault("defaultSecurityRules", default_security_rules(resource["id"]))
        for rule in props.get("securityRules") or []:
            _child_defaults(
                rule, resource["id"], "securityRules", "Microsoft.Network/networkSecurityGroups/securityRules"
            )
            _rule_defaults(rule.setdefault("properties", {}))
    elif kind == "microsoft.network/networksecuritygroups/securityrules":
        _rule_defaults(props)
    elif kind == "microsoft.network/networkinterfaces":
        for number, config in enumerate(props.get("ipConfigurations") or []):
            _child_defaults(
                config, resource["id"], "ipConfigurations", "Microsoft.Network/networkInterfaces/ipConfigurations"
            )
            config_props = config.setdefault("properties", {})
            config_props.setdefault("privateIPAddress", f"10.0.0.{4 + number}")
            config_props.setdefault("primary", number == 0)
            config_props.setdefault("privateIPAddressVersion", "IPv4")
            subnet = config_props.get("subnet")
            if isinstance(subnet, dict) and subnet.get("id"):
                config_props["subnet"] = {"id": subnet["id"]}  # a reference: ARM returns only the id


def _child_defaults(child: dict[str, Any], parent_id: str, segment: str, child_type: str) -> None:
    child.setdefault("id", f"{parent_id}/{segment}/{child.get('name')}")
    child.setdefault("etag", new_etag())
    child.setdefault("type", child_type)
    child.setdefault("properties", {}).setdefault("provisioningState", "Succeeded")


def _rule_defaults(props: dict[str, Any]) -> None:
    for key in RULE_LIST_PROPERTIES:
        props.setdefault(key, [])


def _subnet_defaults(subnet: dict[str, Any], vnet_id: str) -> None:
    subnet.setdefault("id", f"{vnet_id}/subnets/{subnet.get('name')}")
    subnet.setdefault("etag", new_etag())
    subnet.setdefault("type", "Microsoft.Network/virtualNetworks/subnets")
    props = subnet.setdefault("properties", {})
    props.setdefault("provisioningState", "Succeeded")
    props.setdefault("delegations", [])
    for key, value in SUBNET_NETWORK_POLICIES.items():
        props.setdefault(key, value)


_WITH_RESOURCE_GUID = frozenset(
    {
        "microsoft.network/routetables",
        "microsoft.network/virtualnetworks",
        "microsoft.network/networksecuritygroups",
        "microsoft.network/networkinterfaces",
    }
)
_DEFAULTS: dict[str, dict[str, Any]] = {
    "microsoft.network/routetables": {"disableBgpRoutePropagation": False, "routes": []},
    "microsoft.network/virtualnetworks": {"subnets": [], "virtualNetworkPeerings": []},
    "microsoft.network/networksecuritygroups": {"securityRules": []},
    "microsoft.network/azurefirewalls": {"additionalProperties": {}},
    "microsoft.network/networkinterfaces": {
        "dnsSettings": {
            "dnsServers": [],
            "appliedDnsServers": [],
            "internalDomainNameSuffix": "simulated.ax.internal.cloudapp.net",
        },
        "enableAcceleratedNetworking": False,
        "enableIPForwarding": False,
        "hostedWorkloads": [],
        "tapConfigurations": [],
        "nicType": "Standard",
    },
    "microsoft.network/firewallpolicies": {
        "sku": {"tier": "Standard"},
        "childPolicies": [],
        "firewalls": [],
        "ruleCollectionGroups": [],
    },
}


async def delete_resource(call: Call) -> Reply:
    resource_id = request_id(call)
    rid = parse_id(resource_id)
    check_scope(call)
    existing = call.state.store.get(resource_id)
    if existing is None:
        return Reply(204)  # ARM: deleting what is not there succeeds
    if rid.types[-1] in READ_ONLY_CHILDREN:
        raise ArmError(405, "MethodNotAllowed", "Default security rules cannot be deleted.")
    check_preconditions(call, existing)
    lock_id = rid.parent().to_str() if rid.is_child else resource_id
    ensure_idle(call, lock_id)
    existing.setdefault("properties", {})["provisioningState"] = "Deleting"
    parent = call.state.store.get(rid.parent().to_str()) if rid.is_child else None
    location = str((parent or existing).get("location", ""))

    def finish(op: Operation) -> None:
        if op.error is None:
            call.state.store.delete(resource_id)
            if parent is not None:
                parent["etag"] = new_etag()
        else:
            existing["properties"]["provisioningState"] = "Failed"

    op = start_operation(call, namespace=NS, location=location, resource_id=lock_id, on_complete=finish)
    return Reply(202, None, lro_headers(call, op, location=True))


# -- validation ARM itself does -----------------------------------------------------------------------------


def _validate(call: Call, rid: Any, resource: dict[str, Any]) -> None:
    child = rid.types[-1].lower()
    if child == "securityrules":
        parent = call.state.store.get(rid.parent().to_str()) or {}
        siblings = [
            r for r in parent.get("properties", {}).get("securityRules", []) if r["name"].lower() != rid.name.lower()
        ]
        _validate_rule(resource, siblings)
    elif rid.types[-1].lower() == "networksecuritygroups":
        rules = resource["properties"].get("securityRules", []) or []
        for index, rule in enumerate(rules):
            rule.setdefault("id", f"{resource['id']}/securityRules/{rule.get('name')}")
            _validate_rule(rule, rules[:index])
    elif child == "azurefirewalls":
        named = [
            (c.get("name"), (c.get("properties") or {}).get("priority"))
            for key in ("natRuleCollections", "networkRuleCollections", "applicationRuleCollections")
            for c in resource["properties"].get(key) or []
        ]
        _validate_priorities(rid.name, named)
    elif child == "rulecollectiongroups":
        _validate_group(call, rid, resource)
        existing = call.state.store.get(rid.to_str()) or {}
        if "size" in existing.get("properties", {}):  # computed by Azure (read-only): not taken from the body
            resource["properties"]["size"] = existing["properties"]["size"]


# Azure Firewall priorities: 100-65000 (rule-processing page; firewallPolicy.json minimum/maximum). Whether two
# collections of a classic firewall (of one kind or not), two groups of one policy or two collections of one group
# may share a number is undocumented: the stricter reading refuses it, so the product keeps every number unique.
# The error codes are undocumented too.
def _validate_priorities(scope: str, named: list[tuple[Any, Any]]) -> None:
    seen: dict[int, Any] = {}
    for name, priority in named:
        if not isinstance(priority, int) or not 100 <= priority <= 65000:
            raise ArmError(
                400,
                "FirewallRuleCollectionInvalidPriority",
                f"{name} in {scope} has an invalid priority. Value provided: {priority} Allowed range 100-65000.",
            )
        if priority in seen:
            raise ArmError(
                400,
                "FirewallRuleCollectionPriorityConflict",
                f"{name} and {seen[priority]} in {scope} have the same priority {priority}; priorities must be unique.",
            )
        seen[priority] = name


def _validate_group(call: Call, rid: Any, resource: dict[str, Any]) -> None:
    props = resource["properties"]
    collections = props.get("ruleCollections") or []
    _validate_priorities(rid.name, [(c.get("name"), c.get("priority")) for c in collections])
    policy = rid.parent().to_str().lower()
    siblings = [
        (g.get("name"), (g.get("properties") or {}).get("priority"))
        for g in call.state.store.list_type("Microsoft.Network/firewallPolicies/ruleCollectionGroups")
        if str(g.get("id", "")).lower().rsplit("/rulecollectiongroups/", 1)[0] == policy
        and str(g.get("name", "")).lower() != rid.name.lower()
    ]
    _validate_priorities(rid.parent().name, [*siblings, (rid.name, props.get("priority"))])


def _validate_rule(rule: dict[str, Any], siblings: list[dict[str, Any]]) -> None:
    props = rule.get("properties", {})
    rule_id = rule.get("id", rule.get("name"))
    priority = props.get("priority")
    if not isinstance(priority, int) or not 100 <= priority <= 4096:
        raise ArmError(
            400,
            "SecurityRuleInvalidPriority",
            f"Security rule has invalid Priority. Value provided: {priority} Allowed range 100-4096.",
        )
    direction = str(props.get("direction", "")).lower()
    for other in siblings:
        other_props = other.get("properties", {})
        if other_props.get("priority") == priority and str(other_props.get("direction", "")).lower() == direction:
            raise ArmError(
                400,
                "SecurityRuleConflict",
                f"Security rule {other['name']} conflicts with rule {rule['name']}. Rules cannot have the same "
                "Priority and Direction. To learn more, see aka.ms/nsgrules.",
            )
    for field in ("sourceAddressPrefix", "destinationAddressPrefix"):
        values = [props.get(field), *list(props.get(field + "es") or [])]
        for value in values:
            if isinstance(value, str) and value and not _valid_prefix(value):
                raise ArmError(
                    400,
                    "SecurityRuleInvalidAddressPrefix",
                    f"Security rule {rule_id} has invalid Address prefix. Value provided: {value}",
                )


def _valid_prefix(value: str) -> bool:
    lowered = value.lower()
    if lowered in VIRTUAL_TAGS or lowered in known_service_tags():
        return True
    return bool(value) and (value[0].isdigit() or ":" in value)  # IP, CIDR or range


# -- service tags and effective views -----------------------------------------------------------------------


async def list_service_tags(call: Call) -> Reply:
    check_scope(call)
    tags = call.state.store.service_tags
    if tags is None:
        raise ArmError(404, "NotFound", "No service tag information is available in this simulation.")
    body = dict(tags)
    body["id"] = (
        f"/subscriptions/{call.params['sub']}/providers/Microsoft.Network/serviceTags/{tags.get('name', 'Public')}"
    )
    return Reply(200, body)


def _effective(kind: str) -> Any:
    async def handler(call: Call) -> Reply:
        nic_id = request_id(call).rsplit("/", 1)[0]
        nic = require(call, nic_id)
        if kind == "nsg":
            result = effective.effective_security_groups(call.state.store, nic)
        else:
            result = effective.effective_routes(call.state.store, nic)
        op = start_operation(
            call, namespace=NS, location=str(nic.get("location", "")), resource_id=None, on_complete=None, result=result
        )
        return Reply(202, None, lro_headers(call, op, location=True))

    return handler


def top_level_routes(segment: str, group: str) -> list[Route]:
    """List (subscription, resource group), get, create/update and delete of one top-level network type."""
    sub = "/subscriptions/{sub}"
    rg = f"{sub}/resourceGroups/{{rg}}/providers/{NS}"
    full = f"{NS}/{segment}"
    item = f"{rg}/{segment}/{{name}}"
    return [
        Route("GET", f"{sub}/providers/{NS}/{segment}", f"{group}_ListAll", _list(segment, by_group=False)),
        Route("GET", f"{rg}/{segment}", f"{group}_List", _list(segment, by_group=True)),
        Route("GET", item, f"{group}_Get", get_resource, f"{full}/read"),
        Route("PUT", item, f"{group}_CreateOrUpdate", _put(full), f"{full}/write"),
        Route("DELETE", item, f"{group}_Delete", delete_resource, f"{full}/delete"),
    ]


def routes() -> list[Route]:
    sub = "/subscriptions/{sub}"
    rg = f"{sub}/resourceGroups/{{rg}}/providers/{NS}"
    result: list[Route] = [
        Route("GET", f"{sub}/providers/{NS}/locations/{{loc}}/serviceTags", "ServiceTags_List", list_service_tags),
        Route(
            "POST",
            f"{rg}/networkInterfaces/{{name}}/effectiveNetworkSecurityGroups",
            "NetworkInterfaces_ListEffectiveNetworkSecurityGroups",
            _effective("nsg"),
            f"{NS}/networkInterfaces/effectiveNetworkSecurityGroups/action",
        ),
        Route(
            "POST",
            f"{rg}/networkInterfaces/{{name}}/effectiveRouteTable",
            "NetworkInterfaces_GetEffectiveRouteTable",
            _effective("routes"),
            f"{NS}/networkInterfaces/effectiveRouteTable/action",
        ),
    ]
    for segment, group in TOP_LEVEL:
        result += top_level_routes(segment, group)
    for parent, child, group in CHILDREN:
        full = f"{NS}/{parent}/{child}"
        item = f"{rg}/{parent}/{{name}}/{child}/{{child}}"
        result += [
            Route("GET", f"{rg}/{parent}/{{name}}/{child}", f"{group}_List", list_children, f"{full}/read"),
            Route("GET", item, f"{group}_Get", get_resource, f"{full}/read"),
            Route("PUT", item, f"{group}_CreateOrUpdate", _put(full), f"{full}/write"),
            Route("DELETE", item, f"{group}_Delete", delete_resource, f"{full}/delete"),
        ]
    return result
