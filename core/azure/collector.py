"""Fetch everything one diagnosis needs, in parallel, with the shortest chain of dependent calls.

Dependency chain (each level waits only for what it really needs):

1. VM (with instance view) · its extensions · service tags for its region · Azure Firewalls of its subscription
2. NIC(s) of the VM
3. VNet of the primary NIC's subnet (subnets, peerings with their remote address spaces) · NIC NSG
4. subnet NSG · route table · firewalls in peered subscriptions
5. firewall policies (with base policies, recursively) · their rule collection groups · IP groups

Every fetch is cancellable (plain coroutines) and failure-tolerant: a 404 or 403 records a ``MissingResource``
and the diagnosis later reports ``unknown`` for the layers that needed it — never a crash.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from azure.core.exceptions import HttpResponseError

from core.arm_ids import ResourceId, normalize
from core.azure.errors import to_arm_error
from core.azure.session import ArmSession
from core.diagnosis.resource_index import ResourceIndex

log = logging.getLogger(__name__)
Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class MissingResource:
    resource_id: str
    reason: str  # "not-found" | "forbidden" | "error"
    detail: str


@dataclass
class Collected:
    """The ARM JSON of one VM's path to Azure Attestation, plus what could not be read."""

    vm_id: str
    index: ResourceIndex = field(default_factory=ResourceIndex)
    missing: list[MissingResource] = field(default_factory=list)
    calls: int = 0
    depth: int = 0  # length of the longest chain of dependent calls

    def snapshot(self) -> dict[str, Any]:
        """The collected resources in the snapshot format (offline analysis, tickets)."""
        return {"resources": [dict(r) for r in self.index.resources()]}


class Collector:
    def __init__(self, session: ArmSession) -> None:
        self._session = session
        self._fetched: dict[str, asyncio.Task[Json | None]] = {}
        self.result: Collected | None = None

    async def collect(self, vm_id: str) -> Collected:
        result = Collected(vm_id)
        self.result = result
        vm_ref = ResourceId.parse(vm_id)
        sub, rg, vm_name = vm_ref.subscription_id or "", vm_ref.resource_group or "", vm_ref.name
        compute = self._session.compute(sub)
        network = self._session.network(sub)

        # Level 1: the VM and everything that does not depend on it.
        vm, extensions, firewalls = await asyncio.gather(
            self._fetch(vm_id, lambda: compute.virtual_machines.get(rg, vm_name, expand="instanceView")),
            self._list(lambda: compute.virtual_machine_extensions.list(rg, vm_name, expand="instanceView"), vm_id),
            self._list_paged(lambda: network.azure_firewalls.list_all(), f"/subscriptions/{sub}/azureFirewalls"),
        )
        result.depth = 1
        if vm is None:
            return result
        location = str(vm.get("location") or "")
        tags_task = asyncio.ensure_future(self._service_tags(sub, location))
        _attach_extensions(vm, extensions)

        # Level 2: NICs.
        nic_ids = [
            str(ref.get("id"))
            for ref in ((vm.get("properties") or {}).get("networkProfile") or {}).get("networkInterfaces") or []
            if isinstance(ref, Mapping) and ref.get("id")
        ]
        nics = await asyncio.gather(*(self._get_network(nic_id) for nic_id in nic_ids))
        result.depth = 2
        primary = _primary_ip_configuration([n for n in nics if n is not None])

        # Level 3: VNet (subnets and peerings inline) and the NIC's NSG.
        level3: list[Awaitable[Json | None]] = []
        subnet_id = _ref_id((primary or {}).get("subnet"))
        vnet_id = subnet_id.rsplit("/subnets/", 1)[0] if subnet_id and "/subnets/" in subnet_id.lower() else None
        if vnet_id:
            level3.append(self._get_network(vnet_id))
        for nic in nics:
            nsg_id = _ref_id(((nic or {}).get("properties") or {}).get("networkSecurityGroup"))
            if nsg_id:
                level3.append(self._get_network(nsg_id))
        level3_results = await asyncio.gather(*level3)
        result.depth = 3
        vnet = level3_results[0] if vnet_id else None

        # Level 4: subnet NSG, route table, firewalls in peered subscriptions.
        subnet = _find_subnet(vnet, subnet_id)
        subnet_props = (subnet or {}).get("properties") or {}
        level4: list[Awaitable[Any]] = []
        for ref in (subnet_props.get("networkSecurityGroup"), subnet_props.get("routeTable")):
            if _ref_id(ref):
                level4.append(self._get_network(str(_ref_id(ref))))
        peered_subs = {
            ResourceId.parse(remote).subscription_id
            for remote in _peered_vnet_ids(vnet)
        } - {sub, None}
        for peer_sub in sorted(s for s in peered_subs if s):
            peer_firewalls = self._session.network(peer_sub).azure_firewalls
            level4.append(self._list_paged(peer_firewalls.list_all, f"/subscriptions/{peer_sub}/azureFirewalls"))
        level4_results = await asyncio.gather(*level4)
        result.depth = 4
        for item in level4_results:
            if isinstance(item, list):
                firewalls.extend(item)

        # Level 5: what the firewalls refer to (policies and their parents, rule collection groups, IP groups).
        await self._firewall_details(firewalls)
        await tags_task
        return result

    # --- firewall policies ---------------------------------------------------------------------------------
    async def _firewall_details(self, firewalls: list[Json]) -> None:
        policy_ids = {
            normalize(pid): pid
            for fw in firewalls
            if (pid := _ref_id((fw.get("properties") or {}).get("firewallPolicy")))
        }
        seen: set[str] = set()
        depth_added = False
        while policy_ids:
            batch = {k: v for k, v in policy_ids.items() if k not in seen}
            if not batch:
                break
            seen.update(batch)
            policies = await asyncio.gather(*(self._get_network(pid) for pid in batch.values()))
            groups = await asyncio.gather(*(self._rule_collection_groups(pid) for pid in batch.values()))
            if self.result is not None and not depth_added:
                self.result.depth += 1
                depth_added = True
            policy_ids = {}
            for policy in policies:
                base = _ref_id(((policy or {}).get("properties") or {}).get("basePolicy"))
                if base and normalize(base) not in seen:
                    policy_ids[normalize(base)] = base
            ip_group_ids = {normalize(i): i for i in _ip_group_ids([*firewalls, *(g for gs in groups for g in gs)])}
            await asyncio.gather(*(self._get_network(i) for k, i in ip_group_ids.items() if k not in seen))
            seen.update(ip_group_ids)
        classic_ip_groups = {normalize(i): i for i in _ip_group_ids(firewalls)}
        await asyncio.gather(*(self._get_network(i) for k, i in classic_ip_groups.items() if k not in seen))

    async def _rule_collection_groups(self, policy_id: str) -> list[Json]:
        ref = ResourceId.parse(policy_id)
        network = self._session.network(ref.subscription_id or "")
        return await self._list_paged(
            lambda: network.firewall_policy_rule_collection_groups.list(ref.resource_group or "", ref.name),
            policy_id + "/ruleCollectionGroups",
        )

    # --- generic fetching ----------------------------------------------------------------------------------
    async def _service_tags(self, sub: str, location: str) -> None:
        if not location:
            return
        network = self._session.network(sub)
        rid = f"/subscriptions/{sub}/providers/Microsoft.Network/locations/{location}/serviceTags"
        body = await self._fetch(rid, lambda: network.service_tags.list(location), index=False)
        if body is not None and self.result is not None:
            body.setdefault("id", rid)
            body.setdefault("type", "Microsoft.Network/serviceTags")
            self.result.index.add(body)

    async def _get_network(self, resource_id: str) -> Json | None:
        ref = ResourceId.parse(resource_id)
        network = self._session.network(ref.subscription_id or "")
        rg, name = ref.resource_group or "", ref.name
        kind = ref.full_type.lower()
        getters: dict[str, Callable[[], Awaitable[Any]]] = {
            "microsoft.network/networkinterfaces": lambda: network.network_interfaces.get(rg, name),
            "microsoft.network/networksecuritygroups": lambda: network.network_security_groups.get(rg, name),
            "microsoft.network/virtualnetworks": lambda: network.virtual_networks.get(rg, name),
            "microsoft.network/routetables": lambda: network.route_tables.get(rg, name),
            "microsoft.network/firewallpolicies": lambda: network.firewall_policies.get(rg, name),
            "microsoft.network/ipgroups": lambda: network.ip_groups.get(rg, name),
        }
        getter = getters.get(kind)
        if getter is None:
            self._missing(resource_id, "error", f"unsupported resource type {ref.full_type}")
            return None
        return await self._fetch(resource_id, getter)

    async def _fetch(self, resource_id: str, call: Callable[[], Awaitable[Any]], *, index: bool = True) -> Json | None:
        key = normalize(resource_id)
        task = self._fetched.get(key)
        if task is None:  # the same resource is fetched once, however many paths refer to it
            task = asyncio.ensure_future(self._do_fetch(resource_id, call, index))
            self._fetched[key] = task
        return await task

    async def _do_fetch(self, resource_id: str, call: Callable[[], Awaitable[Any]], index: bool) -> Json | None:
        if self.result is not None:
            self.result.calls += 1
        try:
            model = await call()
        except HttpResponseError as error:
            reason = {404: "not-found", 403: "forbidden"}.get(error.status_code or 0, "error")
            self._missing(resource_id, reason, to_arm_error(error).detail)
            return None
        body: Json = model.as_dict() if hasattr(model, "as_dict") else dict(model)
        if index and self.result is not None:
            self.result.index.add(body)
        return body

    async def _list(self, call: Callable[[], Awaitable[Any]], owner_id: str) -> list[Json]:
        result = await self._fetch(owner_id + "/extensions", call, index=False)
        return list((result or {}).get("value") or [])

    async def _list_paged(self, call: Callable[[], Any], label: str) -> list[Json]:
        if self.result is not None:
            self.result.calls += 1
        items: list[Json] = []
        try:
            async for item in call():
                body: Json = item.as_dict()
                items.append(body)
                if self.result is not None:
                    self.result.index.add(body)
        except HttpResponseError as error:
            reason = {404: "not-found", 403: "forbidden"}.get(error.status_code or 0, "error")
            self._missing(label, reason, to_arm_error(error).detail)
        return items

    def _missing(self, resource_id: str, reason: str, detail: str) -> None:
        log.info("could not read %s: %s (%s)", resource_id, reason, detail)
        if self.result is not None:
            self.result.missing.append(MissingResource(resource_id, reason, detail))


def _ref_id(ref: object) -> str | None:
    if isinstance(ref, Mapping):
        value = ref.get("id")
        return str(value) if value else None
    return None


def _attach_extensions(vm: Json, extensions: list[Json]) -> None:
    """Keep the extensions where a snapshot keeps them: the VM's ``resources`` list."""
    if extensions:
        vm["resources"] = extensions


def _primary_ip_configuration(nics: list[Json]) -> Json | None:
    """The primary IP configuration of the primary NIC (first ones when nothing is marked primary)."""
    ordered = sorted(nics, key=lambda n: not (n.get("properties") or {}).get("primary", False))
    for nic in ordered:
        configs = (nic.get("properties") or {}).get("ipConfigurations") or []
        configs = sorted(configs, key=lambda c: not (c.get("properties") or {}).get("primary", False))
        if configs:
            props: Json = configs[0].get("properties") or {}
            return props
    return None


def _find_subnet(vnet: Json | None, subnet_id: str | None) -> Json | None:
    if vnet is None or subnet_id is None:
        return None
    for subnet in (vnet.get("properties") or {}).get("subnets") or []:
        if normalize(str(subnet.get("id", ""))) == normalize(subnet_id):
            found: Json = subnet
            return found
    return None


def _peered_vnet_ids(vnet: Json | None) -> list[str]:
    peerings = ((vnet or {}).get("properties") or {}).get("virtualNetworkPeerings") or []
    return [rid for p in peerings if (rid := _ref_id((p.get("properties") or {}).get("remoteVirtualNetwork")))]


def _ip_group_ids(resources: list[Json]) -> set[str]:
    """Every IP group id mentioned anywhere in firewall rules (classic or policy)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("sourceIpGroups", "destinationIpGroups") and isinstance(value, list):
                    found.update(str(v) for v in value if v)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(resources)
    return found
