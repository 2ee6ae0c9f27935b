"""Remediation tests run the real SDK (through ArmSession) against an in-loop SimulatedAzure."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.remediation.armjson import strip_read_only
from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def focus(snapshot: Mapping[str, Any]) -> str:
    return str(snapshot["simulation"]["focusVm"])


@asynccontextmanager
async def simulated(
    snapshot: Mapping[str, Any], options: SimulatorOptions | None = None
) -> AsyncIterator[tuple[SimulatedAzure, ArmSession]]:
    async with SimulatedAzure(snapshot, options=options) as sim:
        session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
        try:
            yield sim, session
        finally:
            await session.close()


def run(body: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(body())  # type: ignore[arg-type]


def scenario(name: str) -> dict[str, Any]:
    return copy.deepcopy(load_scenario(name))


def resource(sim: SimulatedAzure, resource_id: str) -> dict[str, Any]:
    found = sim.state.store.get(resource_id)
    assert found is not None, resource_id
    return copy.deepcopy(found)


def rules_of(sim: SimulatedAzure, nsg_id: str) -> dict[str, Any]:
    """Security rules by name, without server-owned fields."""
    nsg = resource(sim, nsg_id)
    return {r["name"]: strip_read_only(r["properties"]) for r in nsg["properties"].get("securityRules", [])}


def collections_of(sim: SimulatedAzure, firewall_id: str) -> dict[str, Any]:
    fw = resource(sim, firewall_id)
    return {
        (key, c["name"]): strip_read_only(c["properties"])
        for key in ("networkRuleCollections", "applicationRuleCollections")
        for c in fw["properties"].get(key, [])
    }


def groups_of(sim: SimulatedAzure, policy_id: str) -> dict[str, Any]:
    prefix = policy_id.lower() + "/rulecollectiongroups/"
    return {
        g["name"]: strip_read_only(g["properties"])
        for g in sim.state.store.list_type("Microsoft.Network/firewallPolicies/ruleCollectionGroups")
        if str(g["id"]).lower().startswith(prefix)
    }


def inventory(sim: SimulatedAzure) -> dict[tuple[str, ...], Any]:
    """Every NSG rule, classic firewall collection and rule collection group in the tenant, by identity."""
    store = sim.state.store
    out: dict[tuple[str, ...], Any] = {}
    for nsg in store.list_type("Microsoft.Network/networkSecurityGroups"):
        for rule in nsg["properties"].get("securityRules", []):
            out[("rule", nsg["id"].lower(), rule["name"])] = strip_read_only(rule["properties"])
    for fw in store.list_type("Microsoft.Network/azureFirewalls"):
        for key in ("networkRuleCollections", "applicationRuleCollections", "natRuleCollections"):
            for coll in fw["properties"].get(key, []) or []:
                out[("collection", fw["id"].lower(), key, coll["name"])] = strip_read_only(coll["properties"])
    for group in store.list_type("Microsoft.Network/firewallPolicies/ruleCollectionGroups"):
        out[("group", group["id"].lower())] = strip_read_only(group["properties"])
    return out
