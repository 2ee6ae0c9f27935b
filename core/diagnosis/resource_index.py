"""ARM resources by id, the way a diagnosis looks them up: case-insensitive, inline children included.

Fed either by a snapshot's ``resources`` list or by the collector's fetches; both are ARM GET bodies. A subnet
listed inside its VNet (as ARM returns it) is found by its own id, like a subnet listed on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.arm_ids import normalize

Json = Mapping[str, Any]

# Child collections ARM returns inline in their parent's properties.
_INLINE_CHILDREN = ("subnets", "securityRules", "defaultSecurityRules", "routes", "virtualNetworkPeerings",
                    "ipConfigurations")
SERVICE_TAGS_TYPE = "microsoft.network/servicetags"


class ResourceIndex:
    def __init__(self, resources: Iterable[Json] = ()) -> None:
        self._by_id: dict[str, Json] = {}
        self._service_tags: list[Json] = []
        for resource in resources:
            self.add(resource)

    def add(self, resource: Json) -> None:
        if str(resource.get("type", "")).lower() == SERVICE_TAGS_TYPE:
            self._service_tags.append(resource)
            return
        rid = resource.get("id")
        if not isinstance(rid, str) or not rid:
            return
        self._by_id[normalize(rid)] = resource
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

    def service_tags(self, location: str | None = None) -> Json | None:
        """The service tags list body, preferring the one fetched for ``location`` (they are cloud-wide)."""
        if not self._service_tags:
            return None
        if location:
            for body in self._service_tags:
                if location.lower() in str(body.get("id", "")).lower():
                    return body
        return self._service_tags[0]

    def resources(self) -> list[Json]:
        """Top-level resources plus service tags, in snapshot order (inline children stay inline)."""
        children = {
            normalize(str(child.get("id")))
            for resource in self._by_id.values()
            for key in _INLINE_CHILDREN
            for child in ((resource.get("properties") or {}).get(key) or [])
            if isinstance(child, Mapping) and child.get("id")
        }
        top = [r for key, r in self._by_id.items() if key not in children]
        return [*top, *self._service_tags]
