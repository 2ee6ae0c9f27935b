"""The simulated tenant's state: resources keyed by case-insensitive id, with inline child resources.

Child resources that ARM returns inside their parent (rules in an NSG, subnets in a VNet, routes in a route
table) are stored inside the parent exactly as ARM returns them, so a GET of the parent shows every change
made through the child's own URL. VM extensions are kept as their own resources; ARM's VM GET lists them
in ``resources``.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from core.simulator.ids import ResourceId, id_key, parse_id

# (parent type, child type segment) -> property of the parent that holds the children.
INLINE_CHILDREN: dict[tuple[str, str], str] = {
    ("microsoft.network/networksecuritygroups", "securityrules"): "securityRules",
    ("microsoft.network/networksecuritygroups", "defaultsecurityrules"): "defaultSecurityRules",
    ("microsoft.network/virtualnetworks", "subnets"): "subnets",
    ("microsoft.network/virtualnetworks", "virtualnetworkpeerings"): "virtualNetworkPeerings",
    ("microsoft.network/routetables", "routes"): "routes",
    ("microsoft.network/networkinterfaces", "ipconfigurations"): "ipConfigurations",
}

# Inline children ARM gives an id of their own (``{parent id}/{segment}/{name}``), by parent type: ARM serves one
# for every child it returns, so the simulator adds it where a PUT body or a snapshot left it out.
CHILD_ID_SEGMENTS: dict[str, tuple[str, ...]] = {
    "microsoft.network/networksecuritygroups": ("securityRules", "defaultSecurityRules"),
    "microsoft.network/virtualnetworks": ("subnets", "virtualNetworkPeerings"),
    "microsoft.network/routetables": ("routes",),
    "microsoft.network/networkinterfaces": ("ipConfigurations",),
    "microsoft.network/azurefirewalls": (
        "networkRuleCollections",
        "applicationRuleCollections",
        "natRuleCollections",
        "ipConfigurations",
    ),
}

SERVICE_TAGS_TYPE = "microsoft.network/servicetags"
RESOURCE_GROUP_TYPE = "microsoft.resources/resourcegroups"
LOCK_TYPE = "microsoft.authorization/locks"  # management locks: kept apart, they guard scopes (simulator/locks.py)
VM_TYPE = "microsoft.compute/virtualmachines"
EXTENSION_TYPE = "microsoft.compute/virtualmachines/extensions"


def new_etag() -> str:
    return f'W/"{uuid.uuid4()}"'


def inline_property(rid: ResourceId) -> str | None:
    """The parent property holding this child inline, or ``None`` for a resource stored on its own."""
    if not rid.is_child or rid.namespace is None:
        return None
    parent_type = "/".join((rid.namespace, *rid.types[:-1])).lower()
    return INLINE_CHILDREN.get((parent_type, rid.types[-1].lower()))


def ensure_child_ids(resource: dict[str, Any]) -> None:
    """Give every inline child of ``resource`` the ARM id it would have, where it has none."""
    segments = CHILD_ID_SEGMENTS.get(str(resource.get("type", "")).lower(), ())
    props = resource.get("properties")
    if not segments or not isinstance(props, dict):
        return
    parent_id = str(resource.get("id", "")).rstrip("/")
    for segment in segments:
        for child in props.get(segment) or []:
            if isinstance(child, dict) and child.get("name") and not child.get("id"):
                child["id"] = f"{parent_id}/{segment}/{child['name']}"


def find_named(items: list[dict[str, Any]], name: str) -> int | None:
    lowered = name.lower()
    for index, item in enumerate(items):
        if str(item.get("name", "")).lower() == lowered:
            return index
    return None


class ResourceStore:
    """All resources of one simulated tenant. Not thread-safe: used from the server's event loop only."""

    def __init__(self) -> None:
        self._by_id: dict[str, dict[str, Any]] = {}
        # (type, subscription) -> {key: resource}, in insertion order, for listing without a full scan.
        self._by_scope: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self._resource_groups: dict[tuple[str, str], dict[str, Any]] = {}
        self.explicit_subscriptions: list[dict[str, Any]] = []
        self.service_tags: dict[str, Any] | None = None
        self.locks: list[dict[str, Any]] = []
        self.principal: dict[str, Any] | None = None
        self.simulation: dict[str, Any] = {}
        self.extra: dict[str, Any] = {}
        # Derived views, rebuilt lazily after a change: every request checks its subscription and group.
        self._subscription_cache: list[str] | None = None
        self._group_cache: dict[str, dict[str, dict[str, Any]]] = {}

    # -- loading -------------------------------------------------------------------------------------------

    @classmethod
    def from_snapshot(cls, snapshot: Mapping[str, Any]) -> ResourceStore:
        """Build a store from a snapshot (deep-copied; the caller's dict is never changed)."""
        data = copy.deepcopy(dict(snapshot))
        store = cls()
        resources = data.pop("resources", [])
        store.explicit_subscriptions = list(data.pop("subscriptions", []) or [])
        store.principal = data.pop("principal", None)
        store.simulation = data.pop("simulation", {}) or {}
        store.extra = data
        deferred: list[dict[str, Any]] = []
        for resource in resources:
            rtype = str(resource.get("type", "")).lower()
            if rtype == SERVICE_TAGS_TYPE:
                store.service_tags = resource
            elif rtype == LOCK_TYPE:
                store.locks.append(resource)
            elif rtype == RESOURCE_GROUP_TYPE:
                rid = parse_id(resource["id"])
                store._resource_groups[(rid.subscription.lower(), resource["name"].lower())] = resource
            elif inline_property(parse_id(resource["id"])) is not None:
                deferred.append(resource)
            else:
                store._load_top_level(resource)
        for child in deferred:
            # A child listed on its own (e.g. a subnet) merges into its parent; orphans stay standalone.
            rid = parse_id(child["id"])
            if store.get(rid.parent().to_str()) is not None:
                store.put_child(rid, child)
            else:
                store.put(child)
        return store

    def _load_top_level(self, resource: dict[str, Any]) -> None:
        rid = parse_id(resource["id"])
        if rid.full_type.lower() == VM_TYPE:
            # ARM's VM GET carries extensions in "resources"; keep them as resources of their own.
            for extension in resource.pop("resources", None) or []:
                if str(extension.get("type", "")).lower() == EXTENSION_TYPE:
                    self.put(extension)
        self.put(resource)

    # -- access --------------------------------------------------------------------------------------------

    def get(self, resource_id: str) -> dict[str, Any] | None:
        """The live resource dict (callers copy before changing it), inline children included."""
        found = self._by_id.get(id_key(resource_id))
        if found is not None:
            return found
        try:
            rid = parse_id(resource_id)
        except ValueError:
            return None
        prop = inline_property(rid)
        if prop is None:
            return None
        parent = self.get(rid.parent().to_str())
        if parent is None:
            return None
        children = parent.get("properties", {}).get(prop) or []
        index = find_named(children, rid.name)
        return None if index is None else children[index]

    def put(self, resource: dict[str, Any]) -> None:
        """Insert or replace a resource stored on its own."""
        rid = parse_id(resource["id"])
        key = id_key(resource["id"])
        if key not in self._by_id:
            self._invalidate()
        ensure_child_ids(resource)
        self._by_id[key] = resource
        self._by_scope.setdefault((rid.full_type.lower(), rid.subscription.lower()), {})[key] = resource

    def put_child(self, rid: ResourceId, child: dict[str, Any]) -> None:
        """Insert or replace an inline child inside its parent (which must exist)."""
        prop = inline_property(rid)
        parent = self.get(rid.parent().to_str())
        if prop is None or parent is None:
            raise KeyError(rid.to_str())
        children = parent.setdefault("properties", {}).setdefault(prop, [])
        index = find_named(children, rid.name)
        if index is None:
            children.append(child)
        else:
            children[index] = child

    def delete(self, resource_id: str) -> bool:
        key = id_key(resource_id)
        resource = self._by_id.pop(key, None)
        if resource is not None:
            self._invalidate()
            rid = parse_id(resource["id"])
            self._by_scope.get((rid.full_type.lower(), rid.subscription.lower()), {}).pop(key, None)
            return True
        rid = parse_id(resource_id)
        prop = inline_property(rid)
        parent = self.get(rid.parent().to_str()) if prop else None
        if prop is None or parent is None:
            return False
        children = parent.get("properties", {}).get(prop) or []
        index = find_named(children, rid.name)
        if index is None:
            return False
        del children[index]
        return True

    def list_type(
        self, full_type: str, subscription: str | None = None, resource_group: str | None = None
    ) -> list[dict[str, Any]]:
        """Resources of one type, optionally limited to a subscription and resource group, in load order."""
        tkey = full_type.lower()
        if subscription is not None:
            buckets = [self._by_scope.get((tkey, subscription.lower()), {})]
        else:
            buckets = [bucket for (t, _), bucket in self._by_scope.items() if t == tkey]
        result: list[dict[str, Any]] = []
        for bucket in buckets:
            if resource_group is None:
                result.extend(bucket.values())
            else:
                marker = f"/resourcegroups/{resource_group.lower()}/"
                result.extend(r for k, r in bucket.items() if marker in k)
        return result

    def all_resources(self) -> Iterator[dict[str, Any]]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    # -- subscriptions and resource groups ----------------------------------------------------------------

    def _invalidate(self) -> None:
        self._subscription_cache = None
        self._group_cache.clear()

    def subscription_ids(self) -> list[str]:
        """Every subscription: those listed explicitly first, then those seen in resource ids."""
        if self._subscription_cache is None:
            self._subscription_cache = self._collect_subscriptions()
        return list(self._subscription_cache)

    def _collect_subscriptions(self) -> list[str]:
        seen: dict[str, str] = {}
        for sub in self.explicit_subscriptions:
            sid = str(sub.get("subscriptionId") or parse_id(sub["id"]).subscription)
            seen.setdefault(sid.lower(), sid)
        for sub_key, rg_key in self._resource_groups:
            seen.setdefault(sub_key, parse_id(self._resource_groups[(sub_key, rg_key)]["id"]).subscription)
        for (_, sub_key), bucket in self._by_scope.items():
            if sub_key not in seen and bucket:
                seen[sub_key] = parse_id(next(iter(bucket.values()))["id"]).subscription
        return list(seen.values())

    def has_subscription(self, subscription: str) -> bool:
        return self._groups(subscription) is not None or subscription.lower() in {
            s.lower() for s in self.subscription_ids()
        }

    def resource_groups(self, subscription: str) -> list[dict[str, Any]]:
        """Listed resource groups plus those derived from resource ids (location of their first resource)."""
        return list((self._groups(subscription) or {}).values())

    def _groups(self, subscription: str) -> dict[str, dict[str, Any]] | None:
        sub_key = subscription.lower()
        if sub_key not in self._group_cache:
            self._group_cache[sub_key] = self._collect_groups(sub_key)
        groups = self._group_cache[sub_key]
        return groups or None

    def _collect_groups(self, sub_key: str) -> dict[str, dict[str, Any]]:
        groups = {rg: res for (s, rg), res in self._resource_groups.items() if s == sub_key}
        for (_, s), bucket in self._by_scope.items():
            if s != sub_key:
                continue
            for resource in bucket.values():
                rid = parse_id(resource["id"])
                if rid.resource_group and rid.resource_group.lower() not in groups:
                    groups[rid.resource_group.lower()] = {
                        "id": f"/subscriptions/{rid.subscription}/resourceGroups/{rid.resource_group}",
                        "name": rid.resource_group,
                        "type": "Microsoft.Resources/resourceGroups",
                        "location": resource.get("location", "westeurope"),
                        "properties": {"provisioningState": "Succeeded"},
                    }
        return groups

    def resource_group(self, subscription: str, name: str) -> dict[str, Any] | None:
        return (self._groups(subscription) or {}).get(name.lower())

    # -- export --------------------------------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        """The current state in snapshot format (deep copy)."""
        resources: list[dict[str, Any]] = list(self._resource_groups.values())
        resources.extend(self._by_id.values())
        resources.extend(self.locks)
        if self.service_tags is not None:
            resources.append(self.service_tags)
        snapshot: dict[str, Any] = dict(self.extra)
        snapshot["resources"] = resources
        if self.explicit_subscriptions:
            snapshot["subscriptions"] = self.explicit_subscriptions
        if self.principal is not None:
            snapshot["principal"] = self.principal
        if self.simulation:
            snapshot["simulation"] = self.simulation
        return copy.deepcopy(snapshot)
