"""Sovereign clouds and scale: api-version fallback, Resource Graph batches of 1,000 and its per-user quota.

Real SDK against the simulator: a lagging cloud (``SimulatorOptions.api_versions``) answers 400
InvalidApiVersionParameter listing what it supports; Resource Graph refuses more than 1,000 subscriptions per
request and answers 429 (quota headers only) when the per-user quota is used up.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import pytest

from core.azure.api_versions import newest_listed, with_api_version
from core.azure.credentials import StaticTokenCredential
from core.azure.inventory import GraphQuota, _seconds, attestation_extension_states
from core.azure.session import ArmSession, Endpoint
from core.simulator import SimulatedAzure, SimulatorOptions, load_scenario


@pytest.mark.parametrize(
    ("message", "newest"),
    [
        (
            "The api-version '2026-03-01' is invalid. The supported versions are "
            "'2024-05-01,2023-09-01,2024-07-01-preview,2022-01-01'.",
            "2024-07-01-preview",
        ),
        (
            "No registered resource provider found for location 'usgovvirginia' and API version '2026-04-01' for "
            "type 'virtualMachines'. The supported api-versions are '2015-06-15, 2024-11-01, 2024-11-01-preview'. "
            "The supported locations are 'usgovvirginia, usgovarizona'.",
            "2024-11-01",
        ),
        ("Something else went wrong.", None),
    ],
)
def test_newest_supported_version_is_read_from_the_message(message: str, newest: str | None) -> None:
    assert newest_listed(message) == newest


def test_only_the_api_version_parameter_changes() -> None:
    url = "https://x/subscriptions/s/rg?api-version=2026-03-01&$expand=instanceView"
    assert (
        with_api_version(url, "2024-05-01")
        == "https://x/subscriptions/s/rg?api-version=2024-05-01&%24expand=instanceView"
    )


def _session(sim: SimulatedAzure) -> ArmSession:
    return ArmSession(Endpoint.simulated(sim.endpoint, sim.ca_path), StaticTokenCredential())


def test_an_unknown_api_version_is_retried_once_with_the_newest_supported(caplog: pytest.LogCaptureFixture) -> None:
    snapshot = load_scenario("nic-nsg-denies-internet")
    vm_id = snapshot["simulation"]["focusVm"]
    parts = vm_id.split("/")
    options = SimulatorOptions(api_versions={"VirtualMachines_Get": ["2023-09-01", "2024-11-01"]})

    async def main() -> list[tuple[int, str]]:
        async with SimulatedAzure(snapshot, options=options) as sim:
            session = _session(sim)
            try:
                vm = await session.compute(parts[2]).virtual_machines.get(parts[4], parts[-1])
                assert vm.name == parts[-1]
            finally:
                await session.close()
            return [(r.status, r.query) for r in sim.request_log if r.operation == "VirtualMachines_Get"]

    with caplog.at_level(logging.WARNING, logger="core.azure.api_versions"):
        calls = asyncio.run(main())
    assert [status for status, _ in calls] == [400, 200]
    assert "api-version=2024-11-01" in calls[1][1]
    assert "retrying once with 2024-11-01" in caplog.text


def test_a_still_unknown_version_is_not_retried_twice() -> None:
    snapshot = load_scenario("nic-nsg-denies-internet")
    parts = snapshot["simulation"]["focusVm"].split("/")
    options = SimulatorOptions(api_versions={"VirtualMachines_Get": []})  # lists nothing usable

    async def main() -> int:
        async with SimulatedAzure(snapshot, options=options) as sim:
            session = _session(sim)
            try:
                with pytest.raises(Exception, match="InvalidApiVersionParameter"):
                    await session.compute(parts[2]).virtual_machines.get(parts[4], parts[-1])
            finally:
                await session.close()
            return sum(1 for r in sim.request_log if r.operation == "VirtualMachines_Get")

    assert asyncio.run(main()) == 1


@pytest.mark.parametrize(("text", "seconds"), [("00:00:05", 5.0), ("00:01:00.500", 60.5), ("", 0.0), ("x", 0.0)])
def test_quota_reset_times_are_read(text: str, seconds: float) -> None:
    assert _seconds(text) == seconds


def _many(real: list[str], count: int) -> list[str]:
    return real + [str(uuid.UUID(int=i)) for i in range(count - len(real))]


def _run_graph(options: SimulatorOptions, count: int) -> tuple[dict[str, str], list[int], GraphQuota]:
    tenant: dict[str, Any] = load_scenario("demo")
    quota = GraphQuota()

    async def main() -> tuple[dict[str, str], list[int]]:
        async with SimulatedAzure(tenant, options=options) as sim:
            session = _session(sim)
            try:
                states = await attestation_extension_states(session, _many(sim.subscription_ids(), count), quota)
            finally:
                await session.close()
            return states, [r.status for r in sim.request_log if r.operation == "Resources"]

    states, statuses = asyncio.run(main())
    return states, statuses, quota


def test_resource_graph_goes_in_batches_of_at_most_1000_subscriptions() -> None:
    states, statuses, _ = _run_graph(SimulatorOptions(), 2500)
    assert statuses == [200, 200, 200]  # the simulator refuses a request with more than 1,000
    assert states and all(vm.startswith("/subscriptions/") for vm in states)


def test_resource_graph_waits_for_its_quota_instead_of_being_throttled() -> None:
    options = SimulatorOptions(graph_quota=2, graph_quota_window_s=0.4)
    _, statuses, quota = _run_graph(options, 4100)  # five batches, two per window
    assert statuses == [200] * 5 and 429 not in statuses
    assert quota.waited_s > 0
