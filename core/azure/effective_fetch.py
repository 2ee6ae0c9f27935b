"""The collector's branch for Azure's computed views and the resources of the newer layers.

Started from the collector's graph as soon as their inputs are known, in parallel with everything else:

* after the VM (running only): ``begin_get_effective_route_table`` and
  ``begin_list_effective_network_security_groups`` on the primary NIC — POST long-running operations, polled at
  their ``Location`` (202 while running, 200 with the result);
* after the NIC: ``list_network_manager_effective_security_admin_rules`` on the VNet (a POST paged by
  ``skipToken``), and the load balancers of the NIC's backend pools (outbound rules);
* after the extensions: when one names a custom attestation provider, the subscription's private endpoints.

Each action's response is stored in the index under ``{resource id}/{action}``, exactly as Azure returned it;
a failure (403 for Reader, 4xx for a stopped VM) marks that path unreadable so the diagnosis can say why.
Every HTTP request of an action, polls included, counts one level of the dependency chain.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from azure.core.exceptions import AzureError, HttpResponseError
from azure.core.polling.base_polling import LocationPolling
from azure.mgmt.core.polling.async_arm_polling import AsyncARMPolling

from core.arm_ids import ResourceId
from core.azure.errors import to_arm_error
from core.azure.json_calls import NETWORK_API_VERSION, json_body, json_result
from core.diagnosis.effective_views import ADMIN_RULES_ACTION, NSGS_ACTION, ROUTES_ACTION, action_path
from core.diagnosis.resource_index import UnreadableReason

if TYPE_CHECKING:
    from core.azure.collector import Collector

Json = dict[str, Any]
MAX_ADMIN_RULE_PAGES = 50  # a bound on the skipToken loop; far above any real network manager


def _primary_nic_id(vm: Mapping[str, Any]) -> str | None:
    refs = ((vm.get("properties") or {}).get("networkProfile") or {}).get("networkInterfaces") or []
    refs = [r for r in refs if isinstance(r, Mapping) and r.get("id")]
    refs.sort(key=lambda r: not ((r.get("properties") or {}).get("primary") is True or r.get("primary") is True))
    return str(refs[0]["id"]) if refs else None


def vm_running(vm: Mapping[str, Any]) -> bool:
    """True unless the instance view says the VM is not running (Azure computes the NIC views only then)."""
    statuses = (((vm.get("properties") or {}).get("instanceView")) or {}).get("statuses") or []
    for status in statuses:
        code = str((status or {}).get("code") or "") if isinstance(status, Mapping) else ""
        if code.lower().startswith("powerstate/"):
            return code.lower() == "powerstate/running"
    return True


def _custom_endpoint(extensions: list[Any]) -> bool:
    for ext in extensions:
        settings = ((ext or {}).get("properties") or {}).get("settings") if isinstance(ext, Mapping) else None
        config = (settings or {}).get("AttestationConfig") if isinstance(settings, Mapping) else None
        maa = (config or {}).get("MaaSettings") if isinstance(config, Mapping) else None
        if isinstance(maa, Mapping) and str(maa.get("maaEndpoint") or "").strip():
            return True
    return False


class EffectiveFetch:
    def __init__(self, collector: Collector) -> None:
        self._c = collector

    def after_vm(self, vm: Mapping[str, Any], level: int) -> list[asyncio.Task[Any]]:
        nic_id = _primary_nic_id(vm)
        if nic_id is None or not vm_running(vm):
            return []  # a stopped VM has no effective routes or rules; the diagnosis says so
        ref = ResourceId.parse(nic_id)
        network = self._c._session.network(ref.subscription_id or "")
        rg, name = ref.resource_group or "", ref.name
        nics = network.network_interfaces
        interval = self._c._session.polling_interval
        routes = self._c._spawn(
            self._action(
                action_path(nic_id, ROUTES_ACTION),
                level,
                lambda hook: _lro(
                    nics.begin_get_effective_route_table(
                        rg, name, polling=_location_polling(interval, hook), raw_response_hook=hook
                    )
                ),
            )
        )
        rules = self._c._spawn(
            self._action(
                action_path(nic_id, NSGS_ACTION),
                level,
                lambda hook: _lro(
                    nics.begin_list_effective_network_security_groups(
                        rg, name, polling=_location_polling(interval, hook), raw_response_hook=hook
                    )
                ),
            )
        )
        return [routes, rules]

    def after_nic(self, ip_config: Mapping[str, Any], vnet_id: str | None, level: int) -> None:
        if vnet_id:
            self._c._spawn(self._admin_rules(vnet_id, level))
        pools = ip_config.get("loadBalancerBackendAddressPools") or []
        for lb_id in sorted({_pool_parent(str(p.get("id") or "")) for p in pools if isinstance(p, Mapping)} - {""}):
            self._c._spawn(self._c._get_network(lb_id, level))

    def after_extensions(self, extensions: list[Any], subscription: str, level: int) -> None:
        if not _custom_endpoint(extensions):
            return
        network = self._c._session.network(subscription)
        label = f"/subscriptions/{subscription}/providers/Microsoft.Network/privateEndpoints"
        self._c._spawn(self._c._pages(label, level, network, NETWORK_API_VERSION))

    async def _admin_rules(self, vnet_id: str, level: int) -> None:
        ref = ResourceId.parse(vnet_id)
        network = self._c._session.network(ref.subscription_id or "")
        rg, name = ref.resource_group or "", ref.name

        async def pages(hook: Callable[[Any], None]) -> Json:
            from azure.mgmt.network.models import QueryRequestOptions  # the SDK loads lazily (fast start)

            body: Json = {}
            token: str | None = None
            for _ in range(MAX_ADMIN_RULE_PAGES):
                params = QueryRequestOptions(skip_token=token) if token else QueryRequestOptions()
                got = await json_body(
                    network.list_network_manager_effective_security_admin_rules(
                        rg, name, params, raw_response_hook=hook, stream=True
                    )
                )
                if not body:
                    body = got
                else:  # later pages: their rules join the first page's list
                    body["value"] = [*(body.get("value") or []), *(got.get("value") or [])]
                token = got.get("skipToken") or None
                if not token:
                    body.pop("skipToken", None)
                    break
            return body

        await self._action(action_path(vnet_id, ADMIN_RULES_ACTION), level, pages)

    async def _action(self, path: str, after: int, call: Callable[[Callable[[Any], None]], Awaitable[Json]]) -> None:
        requests = 0

        def hook(_response: Any) -> None:
            nonlocal requests
            requests += 1

        result = self._c.result
        try:
            body = await call(hook)
        except AzureError as error:
            self._count(max(requests, 1), after)
            status = error.status_code if isinstance(error, HttpResponseError) else None
            reason: UnreadableReason = "forbidden" if status == 403 else "not-found" if status == 404 else "error"
            self._c._missing(path, reason, to_arm_error(error).detail)
            return
        self._count(max(requests, 1), after)
        result.index.add_action(path, body)

    def _count(self, requests: int, after: int) -> None:
        self._c.result.calls += requests
        self._c.result.depth = max(self._c.result.depth, after + requests)


def _location_polling(interval: float, hook: Callable[[Any], None]) -> Any:
    """Poll the ``Location`` URL only: 202 while running, 200 with the result when done (ARM's asynchronous
    operations, https://learn.microsoft.com/azure/azure-resource-manager/management/async-operations). The SDK's
    default polls ``Azure-AsyncOperation`` and then GETs ``Location``: one request more on the longest chain.
    The result stays ARM JSON (``json_result``): the effective views are among the largest answers of a
    diagnosis, and their models were only turned back into JSON (core/azure/json_calls.py)."""
    return _JsonResultPolling(interval, lro_algorithms=[LocationPolling()], raw_response_hook=hook)


class _JsonResultPolling(AsyncARMPolling):
    """ARM polling whose final answer is the operation's ARM JSON instead of the operation's model."""

    def initialize(self, client: Any, initial_response: Any, deserialization_callback: Any) -> None:
        super().initialize(client, initial_response, json_result)


async def _lro(begin: Awaitable[Any]) -> Json:
    poller = await begin
    body: Json = await poller.result()
    return body


def _pool_parent(pool_id: str) -> str:
    cut = pool_id.lower().find("/backendaddresspools/")
    return pool_id[:cut] if cut > 0 else ""
