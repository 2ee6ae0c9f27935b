"""Shared test data for the IP range, service tag and NSG tests: real data files loaded once per session."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from core.diagnosis.service_tags import ServiceTagIndex

SHARED_DATA = Path("/work/shared/data")
PUBLIC_TAGS_FILE = SHARED_DATA / "ServiceTags_Public_2025-11-09.json"
ARM_EXAMPLES = SHARED_DATA / "arm-examples"


@functools.cache
def public_tags() -> ServiceTagIndex:
    """The full public-cloud Service Tags file (3,041 entries); parsed once, the index is immutable."""
    return ServiceTagIndex.load(PUBLIC_TAGS_FILE, date="2025-11-09")


def arm_example(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((ARM_EXAMPLES / name).read_text(encoding="utf-8-sig"))
    return body


NSG_ID = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/{name}"


def rule(
    name: str,
    priority: int,
    access: str = "Deny",
    *,
    destination: str | list[str] = "*",
    port: str | list[str] = "*",
    protocol: str = "*",
    source: str | list[str] = "*",
    source_port: str | list[str] = "*",
    direction: str = "Outbound",
    **extra: Any,
) -> dict[str, Any]:
    """An ARM security rule; list values go to the plural field, strings to the singular one."""
    props: dict[str, Any] = {"protocol": protocol, "access": access, "priority": priority, "direction": direction}
    for singular, value in (
        ("destinationAddressPrefix", destination),
        ("destinationPortRange", port),
        ("sourceAddressPrefix", source),
        ("sourcePortRange", source_port),
    ):
        if isinstance(value, list):
            props[singular + "es" if singular.endswith("Prefix") else singular + "s"] = value
        else:
            props[singular] = value
    props.update(extra)
    return {"name": name, "id": f"{NSG_ID.format(name='x')}/securityRules/{name}", "properties": props}


def nsg(name: str, *rules: dict[str, Any], defaults: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An NSG body without default rules (as many exports have), unless ``defaults`` is given."""
    props: dict[str, Any] = {"securityRules": list(rules)}
    if defaults is not None:
        props["defaultSecurityRules"] = defaults
    return {"name": name, "id": NSG_ID.format(name=name), "properties": props}
