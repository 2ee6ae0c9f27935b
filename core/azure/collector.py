"""Fetch everything one diagnosis needs through the async SDK, as a dependency graph of tasks.

Every fetch starts as soon as the fetch it depends on has returned, so the wall time is the longest chain of
dependent calls, not their sum. With ``level(call) = 1 + level(the call it waits for)``:

1. VM (instance view) · its extensions · subscriptions · Azure Firewalls of the VM's subscription
2. NIC(s) · service tags for the VM's location (cached per session) · firewalls of the other subscriptions
3. subnet (``subnets.get``) and VNet in parallel · NIC NSG · for each firewall in the VM's region: its policy
   and the policy's rule collection groups in parallel, IP groups of classic rules
4. subnet NSG · route table · remote VNets of peerings · base policies · IP groups of policy rules
5. (only when the route leads to a firewall outside the VM's region, or in a peered subscription that could
   not be listed) that firewall's policy and rule collection groups

Azure's computed views run beside them (core/azure/effective_fetch.py): the NIC's effective routes and
effective security rules right after the VM (only for a running VM; each is a POST, a status poll and the
result, three requests in a row), the VNet's security admin rules with the subnet; the subnet's NAT gateway and
the NIC's load balancers with the NSGs; private endpoints when the extension names a custom provider.

``Collected.depth`` is the deepest level actually reached (a paged list counts one level per page) and
``calls`` the number of HTTP requests made. A 404/403/other failure marks the resource unreadable in the index
(the diagnosis turns that into ``unknown`` plus a finding); only a failed VM read ends the collection. Every
fetch is an asyncio task owned by the collector: cancelling ``collect`` cancels them all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from azure.core.exceptions import AzureError, HttpResponseError

from core.arm_ids import ResourceId, normalize
from core.azure.effective_fetch import EffectiveFetch
from core.azure.errors import to_arm_error
from core.azure.json_calls import NETWORK_API_VERSION, SUBSCRIPTIONS_API_VERSION, json_body
from core.azure.session import ArmSession
from core.diagnosis.resource_index import ResourceIndex, UnreadableReason
from core.diagnosis.routes import find_firewall

log = logging.getLogger(__name__)
Json = dict[str, Any]

# Listing firewalls in every subscription is one cheap call each and saves two levels in hub-and-spoke
# networks (the hub is usually another subscription); above this many subscriptions only peered ones are read.
MAX_SUBSCRIPTIONS_LISTED = 50
LOCKS_API_VERSION = "2016-09-01"  # Microsoft.Authorization/locks, the stable version of the locks spec
_SERVICE_TAG_CACHE: WeakKeyDictionary[ArmSession, dict[str, Json]] = WeakKeyDictionary()
_PROVIDER_CACHE: WeakKeyDictionary[ArmSession, dict[str, Json]] = WeakKeyDictionary()
ATTESTATION_API_VERSION = "2021-06-01"  # Microsoft.Attestation, AttestationProviders_GetDefaultByLocation


@dataclass(frozen=True, slots=True)
class MissingResource:
    resource_id: str
    reason: UnreadableReason
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
        snapshot: dict[str, Any] = {"resources": [dict(r) for r in self.index.resources()]}
        if actions := self.index.actions():
            snapshot["actions"] = {path: dict(body) for path, body in actions.items()}
        return snapshot


@dataclass(frozen=True, slots=True)
class _Got:
    body: Json | None
    level: int  # the chain length up to and including this call


def _reason(error: BaseException) -> UnreadableReason:
    status = error.status_code if isinstance(error, HttpResponseError) else None
    return "not-found" if status == 404 else "forbidden" if status == 403 else "error"


class Collector:
    def __init__(self, session: ArmSession) -> None:
        self._session = session
        self._fetched: dict[str, asyncio.Task[_Got]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._firewall_lists: dict[str, asyncio.Task[tuple[list[Json], int]]] = {}
        self._detailed: set[str] = set()
        self.result = Collected("")
        self._effective = EffectiveFetch(self)

    # --- the graph -----------------------------------------------------------------------------------------
    async def collect(self, vm_id: str) -> Collected:
        self.result = Collected(vm_id)
        try:
            await self._collect(vm_id)
        finally:
            pending = [t for t in self._tasks if not t.done()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        return self.result

    async def _collect(self, vm_id: str) -> None:
        ref = ResourceId.parse(vm_id)
        sub, rg, name = ref.subscription_id or "", ref.resource_group or "", ref.name
        compute = self._session.compute(sub)
        vm_task = self._fetch_task(
            vm_id, 0, lambda: json_body(compute.virtual_machines.get(rg, name, expand="instanceView", stream=True))
        )
        # The VM heads the longest chain of dependent calls. On a fresh session each first-level call opens its
        # own TLS connection; started together, the VM's request reached the wire after the other handshakes
        # (10-40 ms later on the chain, measured). The others start once it is sent (or has failed).
        sent = self._session.next_request_sent()
        await asyncio.wait((sent, vm_task), return_when=asyncio.FIRST_COMPLETED)
        sent.cancel()
        self._spawn(self._extensions(vm_id, sub, rg, name))
        self._list_firewalls(sub, 0)
        subs_task = self._spawn(self._subscriptions())
        vm = await vm_task
        if vm.body is None:
            return  # the use case reports the unreadable VM; nothing else can be interpreted
        # The same for Azure's computed views, the longest chains after the VM (a request, a status poll, the
        # Retry-After wait, the result): they go out before the next level's other calls open connections.
        sent = self._session.next_request_sent()
        views = self._effective.after_vm(vm.body, vm.level)
        if views:
            await asyncio.wait((sent, *views), return_when=asyncio.FIRST_COMPLETED)
        sent.cancel()
        location = str(vm.body.get("location") or "")
        self._spawn(self._service_tags(sub, location, vm.level))
        self._spawn(self._default_provider(sub, location, vm.level))
        firewall_branch = self._spawn(self._regional_firewalls(sub, location, subs_task))
        network = await self._network(vm.body, vm.level)
        await firewall_branch
        await self._firewalls_on_route(network)
        while pending := [t for t in self._tasks if not t.done()]:
            await asyncio.gather(*pending)

    async def _network(self, vm: Json, level: int) -> _Network:
        """VM → NIC → subnet ∥ VNet → subnet NSG ∥ route table ∥ remote VNets; NIC → NIC NSG."""
        net = _Network()
        refs = ((vm.get("properties") or {}).get("networkProfile") or {}).get("networkInterfaces") or []
        nic_ids = [str(r["id"]) for r in refs if isinstance(r, Mapping) and r.get("id")]
        nics = await asyncio.gather(*(self._get_network(i, level) for i in nic_ids))
        readable = [n for n in nics if n.body is not None]
        for nic in readable:
            nsg_id = _ref_id((nic.body or {}).get("properties", {}).get("networkSecurityGroup"))
            if nsg_id:
                self._spawn(self._get_network(nsg_id, nic.level))
        primary = _primary(readable)
        subnet_id = _ref_id(((primary.body if primary else None) or {}).get("subnet")) if primary else None
        if primary is None or subnet_id is None:
            return net
        cut = subnet_id.lower().rfind("/subnets/")
        vnet_id = subnet_id[:cut] if cut > 0 else None
        self._effective.after_nic(primary.body or {}, vnet_id, primary.level)
        subnet_got, vnet_got = await asyncio.gather(
            self._get_network(subnet_id, primary.level),
            self._get_network(vnet_id, primary.level) if vnet_id else _none(),
        )
        subnet = subnet_got.body or _find_subnet(vnet_got.body, subnet_id)
        props = (subnet or {}).get("properties") or {}
        followers: list[Awaitable[_Got]] = []
        for key in ("networkSecurityGroup", "routeTable", "natGateway"):
            if rid := _ref_id(props.get(key)):
                followers.append(self._get_network(rid, subnet_got.level))
        for remote in _peered_vnet_ids(vnet_got.body):
            followers.append(self._get_network(remote, vnet_got.level))
            peer_sub = ResourceId.parse(remote).subscription_id
            if peer_sub:
                self._list_firewalls(peer_sub, vnet_got.level)
        got = await asyncio.gather(*followers)
        net.route_table = next(
            (g.body for g in got if g.body and str(g.body.get("type", "")).lower().endswith("/routetables")), None
        )
        net.route_level = max((g.level for g in got), default=subnet_got.level)
        return net

    async def _regional_firewalls(self, sub: str, location: str, subs_task: asyncio.Task[_Got]) -> None:
        """Firewalls of every listed subscription; details at once for those in the VM's region."""
        subs = await subs_task
        ids = [s for s in (subs.body or {}).get("ids", []) if s.lower() != sub.lower()]
        if len(ids) <= MAX_SUBSCRIPTIONS_LISTED:
            for other in ids:
                self._list_firewalls(other, subs.level)
        # Lists started later (peered subscriptions) are awaited here too; each feeds its own details.
        seen: set[str] = set()
        while pending := [(k, t) for k, t in self._firewall_lists.items() if k not in seen]:
            for key, task in pending:
                seen.add(key)
                firewalls, level = await task
                for fw in firewalls:
                    if str(fw.get("location") or "").replace(" ", "").lower() == location.replace(" ", "").lower():
                        self._spawn(self._firewall_details(fw, level))

    async def _firewalls_on_route(self, network: _Network) -> None:
        """A route to a firewall we have not detailed yet (another region): fetch its policy now."""
        await asyncio.gather(*list(self._firewall_lists.values()))
        for route in ((network.route_table or {}).get("properties") or {}).get("routes") or []:
            next_hop = (route.get("properties") or {}).get("nextHopIpAddress") if isinstance(route, Mapping) else None
            if not isinstance(next_hop, str):
                continue
            firewalls = self.result.index.of_type("Microsoft.Network/azureFirewalls")
            found = find_firewall(next_hop, firewalls)
            if found is not None:
                level = max(network.route_level, self._firewall_level(found))
                await self._firewall_details(dict(found), level)

    def _firewall_level(self, firewall: Mapping[str, Any]) -> int:
        sub = ResourceId.parse(str(firewall.get("id") or "")).subscription_id or ""
        task = self._firewall_lists.get(sub.lower())
        return task.result()[1] if task is not None and task.done() and not task.cancelled() else 0

    async def _firewall_details(self, firewall: Json, level: int) -> None:
        """Policy and its rule collection groups in parallel, then base policies the same way; IP groups."""
        key = normalize(str(firewall.get("id") or ""))
        if key in self._detailed:
            return
        self._detailed.add(key)
        waits: list[Awaitable[Any]] = [self._ip_groups(firewall, level)]
        if policy_id := _ref_id((firewall.get("properties") or {}).get("firewallPolicy")):
            waits.append(self._policy(policy_id, level, set()))
        await asyncio.gather(*waits)

    async def _policy(self, policy_id: str, level: int, seen: set[str]) -> None:
        if normalize(policy_id) in seen:
            return
        seen.add(normalize(policy_id))
        policy, (groups, groups_level) = await asyncio.gather(
            self._get_network(policy_id, level), self._rule_collection_groups(policy_id, level)
        )
        waits: list[Awaitable[Any]] = [self._ip_groups({"groups": groups}, groups_level)]
        if base := _ref_id(((policy.body or {}).get("properties") or {}).get("basePolicy")):
            waits.append(self._policy(base, policy.level, seen))
        await asyncio.gather(*waits)

    async def _ip_groups(self, holder: Mapping[str, Any], level: int) -> None:
        await asyncio.gather(*(self._get_network(i, level) for i in sorted(_ip_group_ids(holder))))

    # --- individual calls ----------------------------------------------------------------------------------
    async def _extensions(self, vm_id: str, sub: str, rg: str, name: str) -> None:
        compute = self._session.compute(sub)
        got = await self._fetch(
            vm_id + "/extensions",
            0,
            lambda: json_body(compute.virtual_machine_extensions.list(rg, name, expand="instanceView", stream=True)),
            index=False,
        )
        for ext in (got.body or {}).get("value") or []:
            if isinstance(ext, Mapping):
                self.result.index.add(ext)
        self._effective.after_extensions((got.body or {}).get("value") or [], sub, got.level)

    async def _subscriptions(self) -> _Got:
        client = self._session.subscriptions()
        items, level = await self._pages("/subscriptions", 0, client, SUBSCRIPTIONS_API_VERSION, index=False)
        ids = [str(s.get("subscriptionId")) for s in items if s.get("subscriptionId")]
        return _Got({"ids": ids}, level)

    def _list_firewalls(self, sub: str, level: int) -> None:
        if not sub or sub.lower() in self._firewall_lists:
            return
        network = self._session.network(sub)
        label = f"/subscriptions/{sub}/providers/Microsoft.Network/azureFirewalls"
        self._firewall_lists[sub.lower()] = self._spawn(self._pages(label, level, network, NETWORK_API_VERSION))
        self._spawn(self._locks(sub, level))

    async def _locks(self, sub: str, level: int) -> None:
        """Every management lock of the subscription (its own, its groups', its resources'), one list call.

        The fix planner reads them before planning: a ReadOnly lock makes a change guidance only.
        """
        from core.azure.raw_pages import json_pages

        label = f"/subscriptions/{sub}/providers/Microsoft.Authorization/locks"
        network = self._session.network(sub)
        pages = 0
        try:
            async for page in json_pages(network, f"{label}?api-version={LOCKS_API_VERSION}"):
                pages += 1
                for lock in page:
                    self.result.index.add(lock)
        except AzureError as error:
            pages += 1  # the failed request was made too
            self._missing(label, _reason(error), to_arm_error(error).detail)
        self.result.calls += pages
        self.result.depth = max(self.result.depth, level + pages)

    async def _rule_collection_groups(self, policy_id: str, level: int) -> tuple[list[Json], int]:
        ref = ResourceId.parse(policy_id)
        network = self._session.network(ref.subscription_id or "")
        return await self._pages(policy_id + "/ruleCollectionGroups", level, network, NETWORK_API_VERSION)

    async def _service_tags(self, sub: str, location: str, level: int) -> None:
        if not location:
            return
        cache = _SERVICE_TAG_CACHE.setdefault(self._session, {})
        body = cache.get(location.lower())
        if body is None:
            network = self._session.network(sub)
            rid = f"/subscriptions/{sub}/providers/Microsoft.Network/locations/{location}/serviceTags"
            got = await self._fetch(
                rid, level, lambda: json_body(network.service_tags.list(location, stream=True)), index=False
            )
            if got.body is None:
                return
            body = got.body
            body.setdefault("type", "Microsoft.Network/serviceTags")
            cache[location.lower()] = body
        self.result.index.add_live_service_tags(location, body)

    async def _default_provider(self, sub: str, location: str, level: int) -> None:
        """Azure's default attestation provider for the VM's region (cached per session and region).

        Without it the diagnosis falls back to the bundled map and says so; a failure is only logged.
        """
        if not location:
            return
        cache = _PROVIDER_CACHE.setdefault(self._session, {})
        body = cache.get(location.lower())
        if body is None:
            from azure.core.rest import HttpRequest

            url = (
                f"/subscriptions/{sub}/providers/Microsoft.Attestation/locations/{location}/defaultProvider"
                f"?api-version={ATTESTATION_API_VERSION}"
            )
            self.result.calls += 1
            self.result.depth = max(self.result.depth, level + 1)
            try:
                response = await self._session.network(sub).send_request(HttpRequest("GET", url))
                found = response.json() if response.status_code == 200 else None
            except (AzureError, ValueError) as error:
                log.info("default attestation provider for %s not read: %s", location, error)
                return
            if not isinstance(found, dict):
                log.info("default attestation provider for %s not read: HTTP %s", location, response.status_code)
                return
            body = cache[location.lower()] = found
        self.result.index.add(body)

    async def _get_network(self, resource_id: str, level: int) -> _Got:
        ref = ResourceId.parse(resource_id)
        network = self._session.network(ref.subscription_id or "")
        rg, name = ref.resource_group or "", ref.name
        kind = ref.full_type.lower()
        getters: dict[str, Callable[..., Awaitable[Any]]] = {
            "microsoft.network/networkinterfaces": network.network_interfaces.get,
            "microsoft.network/networksecuritygroups": network.network_security_groups.get,
            "microsoft.network/virtualnetworks": network.virtual_networks.get,
            "microsoft.network/routetables": network.route_tables.get,
            "microsoft.network/firewallpolicies": network.firewall_policies.get,
            "microsoft.network/ipgroups": network.ip_groups.get,
            "microsoft.network/natgateways": network.nat_gateways.get,
            "microsoft.network/loadbalancers": network.load_balancers.get,
        }
        if kind == "microsoft.network/virtualnetworks/subnets" and ref.names:
            subnet_get = network.subnets.get
            return await self._fetch(
                resource_id, level, lambda: json_body(subnet_get(rg, ref.names[0], name, stream=True))
            )
        getter = getters.get(kind)
        if getter is None or len(ref.names) < 1:
            self._missing(resource_id, "error", f"unsupported resource type {ref.full_type}")
            return _Got(None, level)
        return await self._fetch(resource_id, level, lambda: json_body(getter(rg, name, stream=True)))

    async def _fetch(
        self, resource_id: str, after: int, call: Callable[[], Awaitable[Json]], *, index: bool = True
    ) -> _Got:
        return await self._fetch_task(resource_id, after, call, index=index)

    def _fetch_task(
        self, resource_id: str, after: int, call: Callable[[], Awaitable[Json]], *, index: bool = True
    ) -> asyncio.Task[_Got]:
        key = normalize(resource_id)
        task = self._fetched.get(key)
        if task is None:  # the same resource is fetched once, however many paths refer to it
            task = self._spawn(self._do_fetch(resource_id, after + 1, call, index))
            self._fetched[key] = task
        return task

    async def _do_fetch(self, resource_id: str, level: int, call: Callable[[], Awaitable[Json]], index: bool) -> _Got:
        self.result.calls += 1
        self.result.depth = max(self.result.depth, level)
        try:
            body = await call()
        except AzureError as error:
            self._missing(resource_id, _reason(error), to_arm_error(error).detail)
            return _Got(None, level)
        if index:
            self.result.index.add(body)
        return _Got(body, level)

    async def _pages(
        self, label: str, after: int, client: Any, api_version: str, *, index: bool = True
    ) -> tuple[list[Json], int]:
        """The list at ``label`` as ARM JSON (no SDK models, see json_calls.py); each page is one more request in
        the chain (the next link comes with the page)."""
        from core.azure.raw_pages import json_pages

        items: list[Json] = []
        level = after
        try:
            async for page in json_pages(client, f"{label}?api-version={api_version}"):
                level += 1
                self.result.calls += 1
                self.result.depth = max(self.result.depth, level)
                items += page
                if index:
                    for body in page:
                        self.result.index.add(body)
        except AzureError as error:
            if level == after:  # the failed request was still made
                level += 1
                self.result.calls += 1
                self.result.depth = max(self.result.depth, level)
            self._missing(label, _reason(error), to_arm_error(error).detail)
        return items, level

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        return task

    def _missing(self, resource_id: str, reason: UnreadableReason, detail: str) -> None:
        log.info("could not read %s: %s (%s)", resource_id, reason, detail)
        self.result.missing.append(MissingResource(resource_id, reason, detail))
        self.result.index.mark_unreadable(resource_id, reason, detail)


@dataclass
class _Network:
    route_table: Json | None = None
    route_level: int = 0


async def _none() -> _Got:
    return _Got(None, 0)


def _ref_id(ref: object) -> str | None:
    if isinstance(ref, Mapping):
        value = ref.get("id")
        return str(value) if value else None
    return None


def _primary(nics: list[_Got]) -> _Got | None:
    """The primary IP configuration of the primary NIC, carried as a _Got of its properties."""
    ordered = sorted(nics, key=lambda n: not ((n.body or {}).get("properties") or {}).get("primary", False))
    for nic in ordered:
        configs = ((nic.body or {}).get("properties") or {}).get("ipConfigurations") or []
        configs = sorted(configs, key=lambda c: not (c.get("properties") or {}).get("primary", False))
        if configs:
            return _Got(configs[0].get("properties") or {}, nic.level)
    return None


def _find_subnet(vnet: Json | None, subnet_id: str) -> Json | None:
    for subnet in ((vnet or {}).get("properties") or {}).get("subnets") or []:
        if isinstance(subnet, Mapping) and normalize(str(subnet.get("id", ""))) == normalize(subnet_id):
            found: Json = dict(subnet)
            return found
    return None


def _peered_vnet_ids(vnet: Json | None) -> list[str]:
    peerings = ((vnet or {}).get("properties") or {}).get("virtualNetworkPeerings") or []
    return [
        rid
        for p in peerings
        if isinstance(p, Mapping) and (rid := _ref_id((p.get("properties") or {}).get("remoteVirtualNetwork")))
    ]


def _ip_group_ids(holder: object) -> set[str]:
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

    walk(holder)
    return found
