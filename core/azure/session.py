"""One signed-in connection to ARM: a credential, one shared HTTPS session, and the SDK clients built on it.

The production ``base_url`` never changes. For the simulated tenant a transport re-targets every request,
including the absolute ``nextLink`` / ``Azure-AsyncOperation`` / ``Location`` URLs, to the local simulator over
a session that trusts only the simulator's per-run CA (azure-sdk-notes §5.3, option B). Sharing one aiohttp
session keeps a single TLS connection instead of a handshake per request (2.5-3x faster, §8).
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
from azure.core.pipeline.transport import AioHttpTransport

from core.azure.api_versions import ApiVersionFallbackPolicy
from core.azure.clouds import CLOUDS, Cloud, CloudName

if TYPE_CHECKING:
    from azure.core.credentials_async import AsyncTokenCredential
    from azure.core.pipeline.transport import HttpRequest
    from azure.mgmt.compute.aio import ComputeManagementClient
    from azure.mgmt.network.aio import NetworkManagementClient
    from azure.mgmt.resource.subscriptions.aio import SubscriptionClient
    from azure.mgmt.resourcegraph.aio import ResourceGraphClient

# Polling for long-running operations: the SDK default of 30 s would make every LRO feel frozen.
REAL_POLLING_INTERVAL_S = 2.0
SIMULATED_POLLING_INTERVAL_S = 0.05


class RedirectTransport(AioHttpTransport):  # type: ignore[misc]
    """Sends every request for ``arm_endpoint`` to ``target`` instead (the simulated tenant)."""

    def __init__(self, arm_endpoint: str, target: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._arm_endpoint = arm_endpoint
        self._target = target

    async def send(self, request: HttpRequest, **config: Any) -> Any:
        if request.url.startswith(self._arm_endpoint):
            request.url = self._target + request.url[len(self._arm_endpoint) :]
        return await super().send(request, **config)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where ARM requests go: real Azure (``simulator_url`` None) or the simulated tenant."""

    cloud: Cloud
    simulator_url: str | None = None
    simulator_ca: Path | None = None

    @classmethod
    def simulated(cls, url: str, ca_path: Path) -> Endpoint:
        return cls(CLOUDS[CloudName.PUBLIC], url, ca_path)

    @property
    def is_simulated(self) -> bool:
        return self.simulator_url is not None


def _ssl_context(endpoint: Endpoint) -> ssl.SSLContext:
    if endpoint.simulator_ca is not None:
        # Trust exactly the simulator's per-run CA; verification stays on.
        return ssl.create_default_context(cafile=str(endpoint.simulator_ca))
    import truststore  # OS certificate store, so corporate TLS inspection CAs are honoured

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class ArmSession:
    """Owns the credential's use, the shared aiohttp session and every SDK client made from it.

    Create it inside a running event loop; close it with ``await session.close()`` (or ``async with``).
    """

    def __init__(self, endpoint: Endpoint, credential: AsyncTokenCredential) -> None:
        self.endpoint = endpoint
        self.credential = credential
        tracing = aiohttp.TraceConfig()
        tracing.on_request_headers_sent.append(self._on_request_sent)
        self._sent_waiters: list[asyncio.Future[None]] = []
        self._http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(ssl=_ssl_context(endpoint), limit=32),
            trace_configs=[tracing],
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            # The simulator is on loopback: never send it through a corporate proxy. Real Azure honours
            # HTTPS_PROXY / NO_PROXY like the az CLI does.
            trust_env=not endpoint.is_simulated,
        )
        self._clients: dict[tuple[str, str], Any] = {}
        self._closed = False

    def next_request_sent(self) -> asyncio.Future[None]:
        """Resolves when the next request of this session has been written to its connection (TCP and TLS set
        up). A caller that starts its most urgent request first can hold back the others until then, so their
        connection handshakes do not compete with that one's (core/azure/collector.py)."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sent_waiters.append(waiter)
        return waiter

    async def _on_request_sent(self, _session: object, _context: object, _params: object) -> None:
        waiters, self._sent_waiters = self._sent_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    @property
    def polling_interval(self) -> float:
        return SIMULATED_POLLING_INTERVAL_S if self.endpoint.is_simulated else REAL_POLLING_INTERVAL_S

    def _transport(self) -> AioHttpTransport:
        if self.endpoint.simulator_url is not None:
            return RedirectTransport(
                self.endpoint.cloud.arm_endpoint,
                self.endpoint.simulator_url,
                session=self._http,
                session_owner=False,
            )
        return AioHttpTransport(session=self._http, session_owner=False)

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.endpoint.cloud.arm_endpoint,
            "credential_scopes": [self.endpoint.cloud.arm_scope],
            "transport": self._transport(),
            "polling_interval": self.polling_interval,
            "per_call_policies": [ApiVersionFallbackPolicy()],  # sovereign clouds lag behind (api_versions.py)
        }

    def _cached(self, kind: str, key: str, factory: Any) -> Any:
        if self._closed:
            raise RuntimeError("ArmSession is closed")
        client = self._clients.get((kind, key))
        if client is None:
            client = factory()
            self._clients[(kind, key)] = client
        return client

    def subscriptions(self) -> SubscriptionClient:
        from azure.mgmt.resource.subscriptions.aio import SubscriptionClient

        client: SubscriptionClient = self._cached(
            "subscriptions", "", lambda: SubscriptionClient(self.credential, **self._client_kwargs())
        )
        return client

    def resource_graph(self) -> ResourceGraphClient:
        from azure.mgmt.resourcegraph.aio import ResourceGraphClient

        client: ResourceGraphClient = self._cached(
            "graph", "", lambda: ResourceGraphClient(self.credential, **self._client_kwargs())
        )
        return client

    def compute(self, subscription_id: str) -> ComputeManagementClient:
        from azure.mgmt.compute.aio import ComputeManagementClient

        client: ComputeManagementClient = self._cached(
            "compute",
            subscription_id.lower(),
            lambda: ComputeManagementClient(self.credential, subscription_id, **self._client_kwargs()),
        )
        return client

    def network(self, subscription_id: str) -> NetworkManagementClient:
        from azure.mgmt.network.aio import NetworkManagementClient

        client: NetworkManagementClient = self._cached(
            "network",
            subscription_id.lower(),
            lambda: NetworkManagementClient(self.credential, subscription_id, **self._client_kwargs()),
        )
        return client

    async def close(self) -> None:
        """Close every client, then the shared HTTP session (the clients do not own it)."""
        if self._closed:
            return
        self._closed = True
        for waiter in self._sent_waiters:
            waiter.cancel()
        self._sent_waiters = []
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.close()
        await self._http.close()

    async def __aenter__(self) -> ArmSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
