"""ArmSession.next_request_sent: resolves once a request is on the wire; the collector orders its calls by it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from core.azure.credentials import StaticTokenCredential
from core.azure.session import ArmSession, Endpoint
from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario
from core.simulator.tls import issue_certificates
from core.usecases.diagnose import diagnose_vm


def test_resolves_when_a_request_is_written_and_not_before() -> None:
    async def body() -> None:
        snapshot = load_scenario("healthy")
        async with SimulatedAzure(snapshot, options=SimulatorOptions(latency_ms=200)) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            async with session:
                sent = session.next_request_sent()
                await asyncio.sleep(0.05)
                assert not sent.done()  # nothing was sent yet
                listing = asyncio.ensure_future(session.subscriptions().subscriptions.list().by_page().__anext__())
                await asyncio.wait_for(sent, 5)  # written long before the 200 ms answer arrives
                assert not listing.done()
                await listing

    asyncio.run(body())


def test_a_waiter_left_pending_is_cancelled_when_the_session_closes(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(issue_certificates().ca_pem)

    async def body() -> None:
        session = ArmSession(Endpoint.simulated("https://127.0.0.1:9", ca), StaticTokenCredential())
        waiter = session.next_request_sent()
        await session.close()
        with pytest.raises(asyncio.CancelledError):
            await waiter

    asyncio.run(body())


def test_the_collection_still_counts_every_call_and_the_longest_chain() -> None:
    """The collector holds the first level back until the VM's request is sent: nothing is skipped or reordered
    into a deeper chain (healthy: 18 requests, VM → computed view → status poll → result)."""

    async def body() -> tuple[int, int]:
        snapshot = load_scenario("healthy")
        vm_id = snapshot["simulation"]["focusVm"]
        async with SimulatedAzure(snapshot) as sim:
            session = ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())
            async with session:
                run = await diagnose_vm(session, vm_id)
        return run.collected.calls, run.collected.depth

    assert asyncio.run(body()) == (18, 4)
