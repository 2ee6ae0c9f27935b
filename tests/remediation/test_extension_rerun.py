"""A Failed extension is re-run only by a PUT that changes something or carries a new forceUpdateTag.

Compute API ``VirtualMachineExtensionProperties.forceUpdateTag``; ``Set-AzVMExtension -ForceRerun``;
``az vm extension set --force-update``. The simulator implements the stricter reading: a PUT whose settings,
version and ``forceUpdateTag`` are all unchanged leaves a Failed extension Failed.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from azure.core.exceptions import HttpResponseError

from core.diagnosis.extension import ExtensionReport
from core.remediation.extension_plan import ExtensionOptions, new_force_update_tag, plan_extension
from core.usecases.enable import preview_enable
from core.usecases.fix import apply_plan, preview_fix
from tests.remediation.conftest import focus, resource, run, scenario, simulated

EXT = "/extensions/GuestAttestation"


def _failed_report(name: str = "GuestAttestation") -> ExtensionReport:
    return ExtensionReport(installed=True, name=name, provisioning_state="Failed", healthy=False)


def test_force_update_tag_always_differs_from_the_previous_one() -> None:
    now = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    first = new_force_update_tag(None, now)
    assert first == "20261203T150000000000Z"
    assert new_force_update_tag(first, now) != first


def test_repair_plan_carries_a_new_force_update_tag_and_the_force_flags() -> None:
    vm_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    existing = {"properties": {"forceUpdateTag": "old"}}
    part = plan_extension(
        vm_id,
        location="westeurope",
        os_type="Windows",
        power_state="running",
        report=_failed_report(),
        existing=existing,
        options=ExtensionOptions(),
        now=datetime(2026, 12, 3, tzinfo=UTC),
    )
    op = part.operations[0]
    assert op.body is not None and op.body["properties"]["forceUpdateTag"] == "20261203T000000000000Z"
    assert op.az_cli.endswith(" --force-update")
    assert op.powershell.endswith(" -ForceRerun '20261203T000000000000Z'")


def test_first_install_sends_no_force_update_tag() -> None:
    vm_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    part = plan_extension(
        vm_id,
        location="westeurope",
        os_type="Linux",
        power_state="running",
        report=ExtensionReport(installed=False),
        existing=None,
        options=ExtensionOptions(),
    )
    op = part.operations[0]
    assert op.body is not None and "forceUpdateTag" not in op.body["properties"]
    assert "--force-update" not in op.az_cli and "-ForceRerun" not in op.powershell


def test_unchanged_put_leaves_a_failed_extension_failed_and_a_new_tag_heals_it() -> None:
    snapshot = scenario("nic-nsg-denies-internet")
    vm_id = focus(snapshot)

    async def body() -> None:
        async with simulated(snapshot) as (sim, session):
            fix = await preview_fix(session, vm_id)
            assert (await apply_plan(session, fix, retry_total=1)).path_allowed
            current = resource(sim, vm_id + EXT)
            assert current["properties"]["provisioningState"] == "Failed"
            same = {"location": current["location"], "properties": copy.deepcopy(current["properties"])}
            del same["properties"]["provisioningState"]
            compute = session.compute(vm_id.split("/")[2])
            rg, vm = vm_id.split("/")[4], vm_id.split("/")[-1]
            poller = await compute.virtual_machine_extensions.begin_create_or_update(rg, vm, "GuestAttestation", same)
            try:
                await poller.result()
                raise AssertionError("an unchanged PUT must not re-run the handler")
            except HttpResponseError as error:
                assert error.error is not None and error.error.code == "VMExtensionProvisioningError"
            assert resource(sim, vm_id + EXT)["properties"]["provisioningState"] == "Failed"

            preview = await preview_enable(session, vm_id)
            op = preview.plan.operations[-1]
            assert op.body is not None and op.body["properties"]["forceUpdateTag"]
            assert "--force-update" in op.az_cli and "-ForceRerun" in op.powershell
            outcome = await apply_plan(session, preview, retry_total=1)
            assert outcome.report.ok
            assert resource(sim, vm_id + EXT)["properties"]["provisioningState"] == "Succeeded"

    run(body)
