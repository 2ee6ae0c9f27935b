"""ARM resource ids: parsing and case-insensitive keys.

An id looks like ``/subscriptions/{s}/resourceGroups/{rg}/providers/{Namespace}/{type}/{name}[/{child}/{name}]...``;
ARM compares ids case-insensitively, so the store keys everything by :func:`id_key`.
"""

from __future__ import annotations

from dataclasses import dataclass


def id_key(resource_id: str) -> str:
    """The store key of an id: lower-cased, without a trailing slash."""
    return resource_id.rstrip("/").lower()


@dataclass(frozen=True, slots=True)
class ResourceId:
    """A parsed ARM id. ``types`` and ``names`` run from the top-level resource down to the deepest child."""

    subscription: str
    resource_group: str | None
    namespace: str | None
    types: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def full_type(self) -> str:
        """``Microsoft.Network/networkSecurityGroups/securityRules`` style type (original casing)."""
        return "/".join((self.namespace or "", *self.types)) if self.namespace else ""

    @property
    def name(self) -> str:
        return self.names[-1] if self.names else (self.resource_group or self.subscription)

    @property
    def is_child(self) -> bool:
        return len(self.types) > 1

    def parent(self) -> ResourceId:
        """The enclosing resource of a child (``…/securityRules/x`` → the NSG)."""
        if not self.is_child:
            raise ValueError("a top-level resource has no parent resource")
        return ResourceId(self.subscription, self.resource_group, self.namespace, self.types[:-1], self.names[:-1])

    def to_str(self) -> str:
        parts = ["", "subscriptions", self.subscription]
        if self.resource_group is not None:
            parts += ["resourceGroups", self.resource_group]
        if self.namespace is not None:
            parts += ["providers", self.namespace]
            for type_, name in zip(self.types, self.names, strict=True):
                parts += [type_, name]
        return "/".join(parts)


def parse_id(resource_id: str) -> ResourceId:
    """Parse an ARM id; raises ``ValueError`` for anything that is not one."""
    segments = resource_id.strip("/").split("/")
    if len(segments) < 2 or segments[0].lower() != "subscriptions" or not segments[1]:
        raise ValueError(f"not an ARM resource id: {resource_id!r}")
    subscription = segments[1]
    rest = segments[2:]
    resource_group: str | None = None
    if len(rest) >= 2 and rest[0].lower() == "resourcegroups":
        resource_group, rest = rest[1], rest[2:]
    if not rest:
        return ResourceId(subscription, resource_group, None, (), ())
    if rest[0].lower() != "providers" or len(rest) < 4 or len(rest) % 2 != 0:
        raise ValueError(f"not an ARM resource id: {resource_id!r}")
    namespace, pairs = rest[1], rest[2:]
    types = tuple(pairs[0::2])
    names = tuple(pairs[1::2])
    if not all(names):
        raise ValueError(f"not an ARM resource id: {resource_id!r}")
    return ResourceId(subscription, resource_group, namespace, types, names)


def type_key(full_type: str) -> str:
    return full_type.lower()
