"""ARM resource ids: parse, compare case-insensitively (as ARM does), and navigate to parents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResourceId:
    """``/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{child type}/{child name}...]``."""

    text: str
    subscription_id: str | None
    resource_group: str | None
    provider: str | None
    types: tuple[str, ...]
    names: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> ResourceId:
        parts = [p for p in text.strip().split("/") if p]
        lowered = [p.lower() for p in parts]
        subscription = resource_group = provider = None
        types: list[str] = []
        names: list[str] = []
        i = 0
        while i < len(parts):
            key = lowered[i]
            value = parts[i + 1] if i + 1 < len(parts) else None
            if key == "subscriptions" and subscription is None:
                subscription, i = value, i + 2
            elif key == "resourcegroups" and resource_group is None:
                resource_group, i = value, i + 2
            elif key == "providers":
                provider, i = value, i + 2
                rest = parts[i:]
                types = rest[0::2]
                names = rest[1::2]
                break
            else:
                i += 1
        return cls(text, subscription, resource_group, provider, tuple(types), tuple(names))

    @property
    def name(self) -> str:
        return self.names[-1] if self.names else ""

    @property
    def full_type(self) -> str:
        """``Microsoft.Network/networkSecurityGroups/securityRules`` style."""
        return "/".join([self.provider or "", *self.types])

    @property
    def key(self) -> str:
        return normalize(self.text)


def normalize(resource_id: str) -> str:
    """The comparison key of an id: ARM ids are case-insensitive and tolerate a trailing slash."""
    return resource_id.strip().rstrip("/").lower()


def same_id(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and normalize(a) == normalize(b)
