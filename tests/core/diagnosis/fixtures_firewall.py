"""Builders for ARM-shaped Azure Firewall, Firewall Policy, IP group and route table payloads (as ARM GET
returns them), plus the real reference data from /work/shared/data (or the repo's bundled copies)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from core.diagnosis.service_tags import ServiceTagIndex

REPO_ROOT = Path(__file__).resolve().parents[3]
# CI clones the repo elsewhere and lays shared/ beside the clone; sessions see it at /work/shared.
SHARED_DATA = next(
    (p for p in (REPO_ROOT.parent / "shared" / "data", Path("/work/shared/data")) if p.is_dir()),
    Path("/work/shared/data"),
)
ARM_EXAMPLES = SHARED_DATA / "arm-examples"
SUB = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network"
FW_ID = f"{SUB}/azureFirewalls/fw-hub"
WEU_HOST = "sharedweu.weu.attest.azure.net"


@cache
def public_tags() -> ServiceTagIndex:
    """The full Public service tags file; falls back to the trimmed copy bundled in the repo (for CI)."""
    full = SHARED_DATA / "ServiceTags_Public_2025-11-09.json"
    bundled = REPO_ROOT / "resources" / "data" / "service_tags" / "Public_2025-11-09.json"
    return ServiceTagIndex.load(full if full.exists() else bundled)


def arm_example(name: str) -> dict[str, Any]:
    body = json.loads((ARM_EXAMPLES / name).read_text(encoding="utf-8"))["responses"]["200"]["body"]
    assert isinstance(body, dict)
    return body


def policy_id(name: str) -> str:
    return f"{SUB}/firewallPolicies/{name}"


def ip_group_id(name: str) -> str:
    return f"{SUB}/ipGroups/{name}"


# -- classic firewall -----------------------------------------------------------------------------------------


def classic_net_rule(
    name: str,
    *,
    dest: list[str] | None = None,
    ports: list[str] | None = None,
    protocols: list[str] | None = None,
    sources: list[str] | None = None,
    fqdns: list[str] | None = None,
) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "name": name,
        "sourceAddresses": sources if sources is not None else ["*"],
        "destinationPorts": ports if ports is not None else ["443"],
        "protocols": protocols if protocols is not None else ["TCP"],
    }
    if dest is not None:
        rule["destinationAddresses"] = dest
    if fqdns is not None:
        rule["destinationFqdns"] = fqdns
    return rule


def classic_app_rule(
    name: str, *, fqdns: list[str], sources: list[str] | None = None, port: int = 443, kind: str = "Https"
) -> dict[str, Any]:
    return {
        "name": name,
        "protocols": [{"protocolType": kind, "port": port}],
        "targetFqdns": fqdns,
        "sourceAddresses": sources if sources is not None else ["*"],
    }


def classic_collection(name: str, priority: int | None, action: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {"action": {"type": action}, "rules": rules}
    if priority is not None:
        props["priority"] = priority
    return {"name": name, "id": f"{FW_ID}/collections/{name}", "properties": props}


def classic_firewall(
    *,
    network: list[dict[str, Any]] | None = None,
    application: list[dict[str, Any]] | None = None,
    threat_intel: str = "Alert",
    dns_proxy: bool | None = None,
) -> dict[str, Any]:
    props: dict[str, Any] = {
        "sku": {"name": "AZFW_VNet", "tier": "Standard"},
        "threatIntelMode": threat_intel,
        "ipConfigurations": [
            {"name": "ipconfig", "properties": {"privateIPAddress": "10.100.0.4"}},
        ],
        "networkRuleCollections": network or [],
        "applicationRuleCollections": application or [],
        "natRuleCollections": [],
    }
    if dns_proxy is not None:
        props["additionalProperties"] = {"Network.DNS.EnableProxy": "true" if dns_proxy else "false"}
    return {"name": "fw-hub", "id": FW_ID, "type": "Microsoft.Network/azureFirewalls", "properties": props}


# -- Firewall Policy ------------------------------------------------------------------------------------------


def net_rule(
    name: str,
    *,
    dest: list[str] | None = None,
    ports: list[str] | None = None,
    protocols: list[str] | None = None,
    sources: list[str] | None = None,
    source_groups: list[str] | None = None,
    dest_groups: list[str] | None = None,
    fqdns: list[str] | None = None,
) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "ruleType": "NetworkRule",
        "name": name,
        "ipProtocols": protocols if protocols is not None else ["TCP"],
        "destinationPorts": ports if ports is not None else ["443"],
    }
    if source_groups is not None:
        rule["sourceIpGroups"] = source_groups
    else:
        rule["sourceAddresses"] = sources if sources is not None else ["*"]
    for key, value in (("destinationAddresses", dest), ("destinationIpGroups", dest_groups)):
        if value is not None:
            rule[key] = value
    if fqdns is not None:
        rule["destinationFqdns"] = fqdns
    return rule


def app_rule(name: str, *, fqdns: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "ruleType": "ApplicationRule",
        "name": name,
        "protocols": [{"protocolType": "Https", "port": 443}],
        "sourceAddresses": ["*"],
        "targetFqdns": fqdns or [],
    }
    rule.update(extra)
    return rule


def filter_collection(name: str, priority: int | None, action: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    coll: dict[str, Any] = {
        "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
        "name": name,
        "action": {"type": action},
        "rules": rules,
    }
    if priority is not None:
        coll["priority"] = priority
    return coll


def nat_collection(name: str, priority: int) -> dict[str, Any]:
    return {
        "ruleCollectionType": "FirewallPolicyNatRuleCollection",
        "name": name,
        "priority": priority,
        "action": {"type": "DNAT"},
        "rules": [
            {
                "ruleType": "NatRule",
                "name": f"{name}-rule",
                "ipProtocols": ["TCP"],
                "sourceAddresses": ["*"],
                "destinationAddresses": ["1.2.3.4"],
                "destinationPorts": ["443"],
                "translatedAddress": "10.0.0.5",
                "translatedPort": "443",
            }
        ],
    }


def group(policy: str, name: str, priority: int | None, collections: list[dict[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {"ruleCollections": collections}
    if priority is not None:
        props["priority"] = priority
    return {"name": name, "id": f"{policy_id(policy)}/ruleCollectionGroups/{name}", "properties": props}


def policy(
    name: str, *, parent: str | None = None, threat_intel: str | None = None, dns_proxy: bool | None = None
) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if parent is not None:
        props["basePolicy"] = {"id": policy_id(parent)}
    if threat_intel is not None:
        props["threatIntelMode"] = threat_intel
    if dns_proxy is not None:
        props["dnsSettings"] = {"enableProxy": dns_proxy}
    return {"name": name, "id": policy_id(name), "properties": props}


def policy_firewall(policy_name: str) -> dict[str, Any]:
    fw = classic_firewall()
    for key in ("networkRuleCollections", "applicationRuleCollections", "natRuleCollections"):
        del fw["properties"][key]
    fw["properties"]["firewallPolicy"] = {"id": policy_id(policy_name)}
    return fw


def ip_group(name: str, addresses: list[str]) -> dict[str, Any]:
    return {"name": name, "id": ip_group_id(name), "properties": {"ipAddresses": addresses}}
