"""The VM table's listing through the real SDK pipeline as ARM JSON: paging, throttling, errors like the SDK's."""

from __future__ import annotations

import pytest
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ResourceNotFoundError

from core.azure.errors import to_arm_error
from core.azure.inventory import iter_all_vm_pages, iter_vm_pages, list_subscriptions
from core.simulator import FaultRule, SimulatorOptions
from core.simulator.scenarios import demo_tenant
from tests.remediation.conftest import run, simulated


def _vm_names(snapshot: dict[str, object]) -> set[str]:
    resources = snapshot["resources"]
    assert isinstance(resources, list)
    return {r["name"] for r in resources if r["type"].lower() == "microsoft.compute/virtualmachines"}


def test_every_vm_arrives_over_several_pages_with_the_sdk_models_facts() -> None:
    snapshot = demo_tenant()

    async def body() -> None:
        async with simulated(snapshot, SimulatorOptions(page_size=2)) as (_sim, session):
            subscriptions = [s.id for s in await list_subscriptions(session)]
            pages = [page async for page in iter_all_vm_pages(session, subscriptions)]
            assert len(pages) > len(subscriptions)  # nextLink was followed
            listed = {vm.name: vm for page in pages for vm in page}
            assert set(listed) == _vm_names(snapshot)
            # The same facts the SDK's own list_all gives, read from its models.
            sub = listed["vm-web-01"].subscription_id
            async for model in session.compute(sub).virtual_machines.list_all():
                ours = listed[model.name]
                assert ours.id.lower() == model.id.lower()
                assert ours.location == model.location
                security = model.properties.security_profile if model.properties else None
                assert ours.security_type == (getattr(security, "security_type", None) or "Standard")

    run(body)


def test_throttling_is_retried_by_the_pipeline() -> None:
    throttle = FaultRule(operation="VirtualMachines_ListAll", status=429, retry_after=0.01, times=2)

    async def body() -> None:
        async with simulated(demo_tenant(), SimulatorOptions(faults=[throttle])) as (sim, session):
            subscription = (await list_subscriptions(session))[0].id
            pages = [page async for page in iter_vm_pages(session, subscription)]
            assert pages and all(pages)
            assert [r.status for r in sim.request_log if "virtualMachines" in r.path][:3] == [429, 429, 200]

    run(body)


@pytest.mark.parametrize(
    ("status", "code", "raised"),
    [
        (403, "AuthorizationFailed", HttpResponseError),
        (401, "InvalidAuthenticationToken", ClientAuthenticationError),
        (404, "SubscriptionNotFound", ResourceNotFoundError),
    ],
)
def test_errors_are_raised_as_the_sdk_raises_them(status: int, code: str, raised: type[Exception]) -> None:
    denied = FaultRule(operation="VirtualMachines_ListAll", status=status, code=code)

    async def body() -> None:
        async with simulated(demo_tenant(), SimulatorOptions(faults=[denied])) as (_sim, session):
            subscription = (await list_subscriptions(session))[0].id
            with pytest.raises(raised) as ours:
                async for _ in iter_vm_pages(session, subscription):
                    pass
            with pytest.raises(raised) as sdks:
                async for _ in session.compute(subscription).virtual_machines.list_all():
                    pass
            mine, theirs = to_arm_error(ours.value), to_arm_error(sdks.value)
            assert (mine.message, mine.code, mine.status) == (theirs.message, theirs.code, theirs.status)
            assert code in str(ours.value)

    run(body)
