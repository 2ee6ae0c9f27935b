"""Simulator throughput and scale through the real async SDK: ``uv run python benchmarks/bench_simulator.py``.

Client and simulator run in one process (the simulator on its own thread and loop, as in the GUI), with one
shared CA-pinned aiohttp session. Prints GETs/s (target ≥ 300) and the large tenant's paging run and memory
(target < 500 MB).
"""

from __future__ import annotations

import asyncio
import resource
import ssl
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from azure.core.credentials import AccessToken, AccessTokenInfo
from azure.core.pipeline.transport import AioHttpTransport
from azure.mgmt.compute.aio import ComputeManagementClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.simulator import load_scenario
from core.simulator.background import BackgroundSimulator

ARM = "https://management.azure.com"
PROD = "3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"


class Token:
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("bench", int(time.time()) + 3600)

    async def get_token_info(self, *scopes: str, options: Any = None) -> AccessTokenInfo:
        return AccessTokenInfo("bench", int(time.time()) + 3600)

    async def close(self) -> None:
        return None


class Redirect(AioHttpTransport):  # type: ignore[misc]
    def __init__(self, target: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._target = target

    async def send(self, request: Any, **config: Any) -> Any:
        request.url = self._target + request.url[len(ARM) :]
        return await super().send(request, **config)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def gets(sim: BackgroundSimulator, count: int) -> None:
    async with (
        aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=str(sim.ca_path))), trust_env=False
        ) as session,
        ComputeManagementClient(
            Token(), PROD, transport=Redirect(sim.endpoint, session=session, session_owner=False)
        ) as compute,
    ):
        await compute.virtual_machines.get("rg-healthy", "vm-web-01")  # warm-up: TLS handshake, token
        started = time.perf_counter()
        for _ in range(count):
            await compute.virtual_machines.get("rg-healthy", "vm-web-01", expand="instanceView")
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        await asyncio.gather(*(compute.virtual_machines.get("rg-healthy", "vm-web-01") for _ in range(count)))
        concurrent = time.perf_counter() - started
    print(f"sequential GETs: {count} in {sequential:.2f} s = {count / sequential:.0f} GETs/s")
    print(f"concurrent GETs: {count} in {concurrent:.2f} s = {count / concurrent:.0f} GETs/s")


async def list_large(sim: BackgroundSimulator) -> None:
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=str(sim.ca_path))), trust_env=False
    ) as session:
        started = time.perf_counter()
        total = pages = 0
        for sub in sim.subscription_ids():
            async with ComputeManagementClient(
                Token(), sub, transport=Redirect(sim.endpoint, session=session, session_owner=False)
            ) as compute:
                async for page in compute.virtual_machines.list_all(expand="instanceView").by_page():
                    pages += 1
                    total += len([vm async for vm in page])
        elapsed = time.perf_counter() - started
    print(
        f"large tenant: {total} VMs in {pages} pages over {len(sim.subscription_ids())} subscriptions "
        f"in {elapsed:.2f} s"
    )


def main() -> None:
    with BackgroundSimulator(load_scenario("demo")) as sim:
        asyncio.run(gets(sim, 1000))
    before = rss_mb()
    started = time.perf_counter()
    snapshot = load_scenario("large-tenant")
    with BackgroundSimulator(snapshot) as sim:
        print(f"large tenant generated and served in {time.perf_counter() - started:.2f} s")
        asyncio.run(list_large(sim))
    print(
        f"peak RSS of the whole process (client + simulator): {rss_mb():.0f} MB "
        f"(before the large tenant: {before:.0f} MB)"
    )


if __name__ == "__main__":
    main()
