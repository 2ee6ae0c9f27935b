"""Harness: the real async SDK clients talk to a SimulatedAzure over one shared, CA-pinned aiohttp session.

pytest-asyncio is not a dependency, so each test runs its async body through :func:`run_sim`.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from azure.core.credentials import AccessToken, AccessTokenInfo
from azure.core.pipeline.transport import AioHttpTransport
from azure.mgmt.compute.aio import ComputeManagementClient
from azure.mgmt.network.aio import NetworkManagementClient
from azure.mgmt.resource.subscriptions.aio import SubscriptionClient
from azure.mgmt.resourcegraph.aio import ResourceGraphClient

from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario

ARM = "https://management.azure.com"
PROD = "3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"
DEV = "b7e4d2a9-1c3f-4e8b-9d6a-2f5c1e8b3d47"
HUB = "e1a9c3f7-8d2b-4a6e-b5c4-9f7d3a1e6b28"


class StaticTokenCredential:
    """Async credential returning a constant token (the simulator accepts any non-empty bearer token)."""

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("simulated-token", int(time.time()) + 3600)

    async def get_token_info(self, *scopes: str, options: Any = None) -> AccessTokenInfo:
        return AccessTokenInfo("simulated-token", int(time.time()) + 3600)

    async def close(self) -> None:
        return None


class RedirectTransport(AioHttpTransport):  # type: ignore[misc]
    """Re-targets every production ARM URL (including absolute links) to the simulator."""

    def __init__(self, target: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._target = target

    async def send(self, request: Any, **config: Any) -> Any:
        if request.url.startswith(ARM):
            request.url = self._target + request.url[len(ARM) :]
        return await super().send(request, **config)


@dataclass
class Env:
    sim: SimulatedAzure
    session: aiohttp.ClientSession
    credential: StaticTokenCredential = field(default_factory=StaticTokenCredential)
    _clients: list[Any] = field(default_factory=list)

    def transport(self) -> RedirectTransport:
        return RedirectTransport(self.sim.endpoint, session=self.session, session_owner=False)

    def _keep(self, client: Any) -> Any:
        self._clients.append(client)
        return client

    def compute(self, subscription: str = PROD, **kwargs: Any) -> ComputeManagementClient:
        kwargs.setdefault("polling_interval", 0.01)
        return self._keep(ComputeManagementClient(self.credential, subscription, transport=self.transport(), **kwargs))

    def network(self, subscription: str = PROD, **kwargs: Any) -> NetworkManagementClient:
        kwargs.setdefault("polling_interval", 0.01)
        return self._keep(NetworkManagementClient(self.credential, subscription, transport=self.transport(), **kwargs))

    def subscriptions(self, **kwargs: Any) -> SubscriptionClient:
        return self._keep(SubscriptionClient(self.credential, transport=self.transport(), **kwargs))

    def graph(self, **kwargs: Any) -> ResourceGraphClient:
        return self._keep(ResourceGraphClient(self.credential, transport=self.transport(), **kwargs))

    async def raw(self, method: str, path: str, *, token: str | None = "t", **kwargs: Any) -> aiohttp.ClientResponse:
        """A plain HTTPS request (for URL shapes no installed SDK client covers)."""
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        response = await self.session.request(method, self.sim.endpoint + path, headers=headers, **kwargs)
        await response.read()
        return response

    def operations(self) -> list[str]:
        return [r.operation for r in self.sim.request_log]


def make_session(ca_path: Any) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=str(ca_path))),
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        trust_env=False,
    )


def run_sim(
    body: Callable[[Env], Awaitable[None]],
    snapshot: Mapping[str, Any] | None = None,
    options: SimulatorOptions | None = None,
) -> None:
    """Start a simulator (default: the demo tenant), run ``body``, close every client, session and server."""

    async def main() -> None:
        async with SimulatedAzure(snapshot if snapshot is not None else load_scenario("demo"), options=options) as sim:
            session = make_session(sim.ca_path)
            env = Env(sim, session)
            try:
                await body(env)
            finally:
                for client in env._clients:
                    await client.close()
                await session.close()

    asyncio.run(main())
