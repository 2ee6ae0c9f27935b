"""ARM resources by id, the way a diagnosis looks them up: case-insensitive, inline children included.

Fed either by a snapshot's ``resources`` list or by the collector's fetches; both are ARM GET bodies. A subnet
listed inside its VNet (as ARM returns it) is found by its own id, like a subnet listed on its own. The index
also remembers which resources could not be read and why, so the diagnosis can say "forbidden" rather than
"missing" and name the permission.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from core.arm_ids import normalize

Json = Mapping[str, Any]
UnreadableReason = Literal["not-found", "forbidden", "error"]

# Child collections ARM returns inline in their parent's properties.
_INLINE_CHILDREN = (
    "subnets",
    "securityRules",
    "defaultSecurityRules",
    "routes",
    "virtualNetworkPeerings",
    "ipConfigurations",
)
SERVICE_TAGS_TYPE = "microsoft.network/servicetags"
EXTENSION_TYPE = "microsoft.compute/virtualmachines/extensions"


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A resource the diagnosis needed but could not read."""

    resource_id: str
    reason: UnreadableReason
    detail: str = ""


class ResourceIndex:
    def __init__(self, resources: Iterable[Json] = ()) -> None:
        self._by_id: dict[str, Json] = {}
        self._service_tags: list[Json] = []
        self._unreadable: dict[str, Unreadable] = {}
        self._live_tags: dict[str, Json] = {}
        # POST action results by "<resource id>/<action>" (the snapshot's "actions"), with the path as given.
        self._actions: dict[str, tuple[str, Json]] = {}
        for resource in resources:
            self.add(resource)

    def add(self, resource: Json) -> None:
        if not isinstance(resource, Mapping):
            return
        if str(resource.get("type", "")).lower() == SERVICE_TAGS_TYPE:
            self._service_tags.append(resource)
            return
        rid = resource.get("id")
        if not isinstance(rid, str) or not rid:
            return
        self._by_id[normalize(rid)] = resource
        self._unreadable.pop(normalize(rid), None)
        properties = resource.get("properties")
        if not isinstance(properties, Mapping):
            return
        for key in _INLINE_CHILDREN:
            children = properties.get(key)
            if isinstance(children, list):
                for child in children:
                    child_id = child.get("id") if isinstance(child, Mapping) else None
                    if isinstance(child_id, str) and normalize(child_id) not in self._by_id:
                        self._by_id[normalize(child_id)] = child

    def get(self, resource_id: str | None) -> Json | None:
        if not resource_id:
            return None
        return self._by_id.get(normalize(resource_id))

    def of_type(self, resource_type: str) -> list[Json]:
        wanted = resource_type.lower()
        return [r for r in self._by_id.values() if str(r.get("type", "")).lower() == wanted]

    def extensions_of(self, vm_id: str) -> list[Json]:
        """The VM's extension resources: listed on their own (snapshot, collector) or in the VM's ``resources``."""
        prefix = normalize(vm_id) + "/extensions/"
        found = {key: r for key, r in self._by_id.items() if key.startswith(prefix)}
        vm = self.get(vm_id)
        inline = vm.get("resources") if vm is not None else None
        for ext in inline if isinstance(inline, list) else []:
            ext_id = ext.get("id") if isinstance(ext, Mapping) else None
            if isinstance(ext_id, str) and normalize(ext_id).startswith(prefix):
                found.setdefault(normalize(ext_id), ext)
        return [r for r in found.values() if str(r.get("type", "")).lower() in (EXTENSION_TYPE, "")]

    def service_tags(self, location: str | None = None) -> Json | None:
        """The service tags list body, preferring the one fetched for ``location`` (they are cloud-wide)."""
        if not self._service_tags:
            return None
        if location:
            for body in self._service_tags:
                if location.lower() in str(body.get("id", "")).lower():
                    return body
        return self._service_tags[0]

    def add_live_service_tags(self, location: str, body: Json) -> None:
        """A service tags body fetched from the service tags API for ``location`` (preferred over snapshots)."""
        self._live_tags[location.lower()] = body

    def live_service_tags(self, location: str | None = None) -> Json | None:
        if location and location.lower() in self._live_tags:
            return self._live_tags[location.lower()]
        return next(iter(self._live_tags.values()), None)

    def mark_unreadable(self, resource_id: str, reason: UnreadableReason, detail: str = "") -> None:
        """Record that ``resource_id`` was needed but could not be read (404, 403, other failure)."""
        key = normalize(resource_id)
        if key not in self._by_id:
            self._unreadable[key] = Unreadable(resource_id, reason, detail)

    def unreadable(self, resource_id: str | None) -> Unreadable | None:
        return self._unreadable.get(normalize(resource_id)) if resource_id else None

    def unreadable_all(self) -> list[Unreadable]:
        return list(self._unreadable.values())

    def add_action(self, path: str, body: Json) -> None:
        """The response of a POST action such as ``{nic id}/effectiveRouteTable``, exactly as Azure returned it."""
        self._actions[normalize(path)] = (path, body)
        self._unreadable.pop(normalize(path), None)

    def action(self, path: str) -> Json | None:
        found = self._actions.get(normalize(path))
        return found[1] if found is not None else None

    def actions(self) -> dict[str, Json]:
        """Every action result keyed by its path (the snapshot's ``actions`` section)."""
        return dict(self._actions.values())

    def resources(self) -> list[Json]:
        """Top-level resources plus service tags, in snapshot order (inline children stay inline)."""
        children = {
            normalize(str(child.get("id")))
            for resource in self._by_id.values()
            for key in _INLINE_CHILDREN
            for child in _inline(resource, key)
            if isinstance(child, Mapping) and child.get("id")
        }
        top = [r for key, r in self._by_id.items() if key not in children]
        return [*top, *self._service_tags, *self._live_tags.values()]


def _inline(resource: Json, key: str) -> list[Any]:
    properties = resource.get("properties")
    children = properties.get(key) if isinstance(properties, Mapping) else None
    return children if isinstance(children, list) else []
