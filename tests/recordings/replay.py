"""Replay Azure's recorded ARM traffic against the simulator and list every difference in shape.

For each recorded interaction of a kind the product relies on, the same request goes to a simulator seeded with
the recording's subscription, resource groups and the resources the recording created with calls the simulator
does not serve (storage accounts, the VM itself). Compared: the status code; whether ``Azure-AsyncOperation``,
``Location`` and ``Retry-After`` are present; the response body's keys and JSON value types, recursively
(values themselves — ids, etags, GUIDs, timestamps — are not compared). Operation-status URLs are mapped from
Azure's to the simulator's own.
"""

from __future__ import annotations

import json
import re
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from core.simulator import SimulatedAzure, SimulatorOptions

ARM = "https://management.azure.com"
LRO_HEADERS = ("azure-asyncoperation", "location", "retry-after")
# Single interactions left out, with the reason (file stem, index).
LEFT_OUT = {
    ("test_mgmt_network.test_network_security_groups", 5): "the subscription-wide list holds other NSGs of the "
    "recording subscription (data README)",
    ("test_cli_mgmt_network_firewall.test_network", 26): "PATCH of a firewall's tags: the product never sends it",
    ("test_cli_mgmt_network_firewall_policy.test_network", 10): "DELETE of a whole firewall policy: the product "
    "never sends it",
}
# Requests the product never sends and the simulator does not serve: their resources are seeded instead.
NOT_REPLAYED = re.compile(
    r"/providers/Microsoft\.(Storage|Network/virtualWans|Network/virtualHubs)/|"
    r"/providers/Microsoft\.Compute/virtualMachines/[^/]+\?|"  # VM create and delete (the product only PATCHes)
    r"/firewallPolicies/[^/]+/ruleGroups/",  # the 2019 name of ruleCollectionGroups
    re.IGNORECASE,
)
_OPERATION = re.compile(r"/providers/Microsoft\.\w+/locations/[^/]+/(?:nfv)?[oO]perations/[^?]+", re.IGNORECASE)
_RG = re.compile(r"/subscriptions/([^/]+)/resourceGroups/([^/?]+)", re.IGNORECASE)


@dataclass
class Replay:
    replayed: int = 0
    skipped: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)


# Properties renamed since the recording: the 2019 name -> today's.
RENAMED = {"ruleGroups": "ruleCollectionGroups"}


def shape(value: Any) -> Any:
    """Keys and JSON types, recursively; lists by the shape of their elements (merged)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        merged: Any = None
        for item in value:
            merged = _merge(merged, shape(item))
        return [merged] if merged is not None else []
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "null" if value is None else "string"


def _merge(a: Any, b: Any) -> Any:
    if a is None:
        return b
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: _merge(a.get(k), b.get(k)) for k in {*a, *b}}
    return a


def differences(recorded: Any, simulated: Any, path: str = "$") -> list[str]:
    """Where the simulated shape differs from the recorded one (missing or extra keys, other types)."""
    if isinstance(recorded, dict):
        if not isinstance(simulated, dict):
            return [f"{path}: expected an object, got {simulated!r}"]
        renamed = {RENAMED.get(k, k): v for k, v in recorded.items()}
        recorded = renamed
        found = [f"{path}.{k}: missing" for k in recorded if k not in simulated]
        # Properties added by later api-versions are expected (the recordings are from 2019-2020); the envelope
        # (id, name, type, etag, location, …, the operation status) must match exactly.
        inside_properties = ".properties" in path
        found += [
            f"{path}.{k}: not in Azure's answer" for k in simulated if k not in recorded and not inside_properties
        ]
        for key in recorded.keys() & simulated.keys():
            found += differences(recorded[key], simulated[key], f"{path}.{key}")
        return found
    if isinstance(recorded, list):
        if not isinstance(simulated, list):
            return [f"{path}: expected a list, got {simulated!r}"]
        if recorded and simulated:
            return differences(recorded[0], simulated[0], f"{path}[]")
        return []
    if recorded != simulated and "null" not in (recorded, simulated):
        return [f"{path}: {recorded} in Azure's answer, {simulated} here"]
    return []


ZERO = "00000000-0000-0000-0000-000000000000"


def _op_key(path: str, url: str) -> str:
    """Compute's status and result URLs share a path; ``monitor=true`` marks the result (Location) one."""
    return path.lower() + ("#monitor" if "monitor=true" in url.lower() else "")


def _seed(interactions: list[dict[str, Any]]) -> dict[str, Any]:
    resources: list[dict[str, Any]] = []
    subscriptions: set[str] = set()
    seen: set[str] = set()
    for item in interactions:
        for sub, group in _RG.findall(item["uri"].replace("/subscriptions//", f"/subscriptions/{ZERO}/")):
            subscriptions.add(sub)
            key = f"/subscriptions/{sub}/resourceGroups/{group}"
            if key.lower() not in seen:
                seen.add(key.lower())
                resources.append(
                    {
                        "id": key,
                        "name": group,
                        "type": "Microsoft.Resources/resourceGroups",
                        "location": "westus",
                        "properties": {"provisioningState": "Succeeded"},
                    }
                )
        body = item["response"]
        # A VM the recording created with a call the simulator does not serve: seed it as Azure returned it.
        if (
            item["method"] == "GET"
            and isinstance(body, dict)
            and str(body.get("type", "")).lower() == "microsoft.compute/virtualmachines"
            and str(body.get("id", "")).lower() not in seen
        ):
            seen.add(str(body["id"]).lower())
            vm = json.loads(json.dumps(body))
            vm.pop("resources", None)
            resources.append(vm)
    return {
        "subscriptions": [{"subscriptionId": s, "id": f"/subscriptions/{s}"} for s in sorted(subscriptions)],
        "resources": resources,
    }


def replay_file(path: Path) -> Any:
    """The coroutine replaying one recording (the file is read here, not on the event loop)."""
    return _replay(path.stem, json.loads(path.read_bytes()))


async def _replay(stem: str, data: dict[str, Any]) -> Replay:
    interactions: list[dict[str, Any]] = data["interactions"]
    result = Replay()
    options = SimulatorOptions(lro_polls=0)
    async with SimulatedAzure(_seed(interactions), options=options) as sim:
        connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=str(sim.ca_path)))
        async with aiohttp.ClientSession(connector=connector) as http:
            operations: dict[str, str] = {}  # Azure's status URL path -> the simulator's
            for number, item in enumerate(interactions):
                uri = str(item["uri"])
                where = f"#{number} {item['method']} {uri[len(ARM) :].split('?')[0]}"
                if NOT_REPLAYED.search(uri) or not uri.startswith(ARM) or (stem, number) in LEFT_OUT:
                    result.skipped.append(where)
                    continue
                target = uri[len(ARM) :].replace("/subscriptions//", f"/subscriptions/{ZERO}/")
                op = _OPERATION.search(target)
                if op is not None:
                    mapped = operations.get(_op_key(op.group(0), target))
                    if mapped is None:
                        result.skipped.append(where + " (operation of a skipped call)")
                        continue
                    target = mapped
                sim.state.ops.settle_all()
                body = item["body"]
                async with http.request(
                    item["method"],
                    sim.endpoint + target,
                    data=body.encode() if isinstance(body, str) else None,
                    headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
                ) as response:
                    text = await response.text()
                    headers = {k.lower(): v for k, v in response.headers.items()}
                    status = response.status
                result.replayed += 1
                if status != item["status"]:
                    result.differences.append(
                        f"{where}: status {status}, Azure answered {item['status']} ({text[:160]})"
                    )
                    continue
                for name in LRO_HEADERS:
                    if (name in item["headers"]) != (name in headers):
                        present = "present" if name in headers else "absent"
                        result.differences.append(
                            f"{where}: header {name} {present} here, not in Azure's answer"
                            if name in headers
                            else f"{where}: header {name} missing"
                        )
                for name in ("azure-asyncoperation", "location"):
                    if name in item["headers"] and name in headers:
                        recorded_url = str(item["headers"][name])
                        recorded_op = _OPERATION.search(recorded_url)
                        own = headers[name].split(sim.endpoint, 1)[-1]
                        if recorded_op is not None:
                            operations[_op_key(recorded_op.group(0), recorded_url)] = own
                recorded = item["response"]
                simulated = json.loads(text) if text.strip() else None
                polled = _OPERATION.search(target) and isinstance(recorded, dict) and isinstance(simulated, dict)
                if polled and recorded.get("status") != simulated.get("status"):  # type: ignore[union-attr]
                    # Azure was still polling where the simulator (settled) is done: endTime comes later.
                    simulated.pop("endTime", None)  # type: ignore[union-attr]
                if recorded is not None or simulated is not None:
                    for diff in differences(shape(recorded), shape(simulated)):
                        result.differences.append(f"{where}: {diff}")
    return result
