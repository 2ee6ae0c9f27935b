"""The simulator's side of the upgrade, through the real SDK: SKUs, disks, restore points, features, refusals."""

from __future__ import annotations

from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError
from azure.core.rest import HttpRequest

from core.arm_ids import ResourceId
from core.simulator import FaultKind, FaultRule, SimulatorOptions
from tests.upgrade.conftest import focus, run, scenario, simulated

SKU_ID = "/subscriptions/{sub}/providers/Microsoft.Compute/skus/Standard_D2s_v5"


def _vm(snapshot: dict[str, Any]) -> tuple[str, ResourceId]:
    vm_id = focus(snapshot)
    return vm_id, ResourceId.parse(vm_id)


def test_resource_skus_come_from_the_catalog_without_snapshot_entries() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-size-unsupported")
        _, ref = _vm(snapshot)
        async with simulated(snapshot) as (_sim, session):
            compute = session.compute(ref.subscription_id or "")
            skus = [s.as_dict() async for s in compute.resource_skus.list(filter="location eq 'westeurope'")]
            by_name = {s["name"]: s for s in skus}
            m64 = {c["name"]: c["value"] for c in by_name["Standard_M64"]["capabilities"]}
            assert m64["HyperVGenerations"] == "V1,V2" and m64["TrustedLaunchDisabled"] == "True"
            assert by_name["Standard_D2s_v5"]["locations"] == ["westeurope"]
            assert "TrustedLaunchDisabled" not in {c["name"] for c in by_name["Standard_D2s_v5"]["capabilities"]}

    run(body)


def test_resource_skus_in_the_snapshot_replace_the_catalog_and_are_filtered_by_location() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        _, ref = _vm(snapshot)
        sub = ref.subscription_id or ""
        entry = {
            "id": SKU_ID.format(sub=sub),
            "type": "Microsoft.Compute/skus",
            "resourceType": "virtualMachines",
            "name": "Standard_D2s_v5",
            "locations": ["westeurope"],
            "capabilities": [{"name": "HyperVGenerations", "value": "V1,V2"}],
        }
        snapshot["resources"].append(entry)
        async with simulated(snapshot) as (_sim, session):
            compute = session.compute(sub)
            west = [s.as_dict() async for s in compute.resource_skus.list(filter="location eq 'westeurope'")]
            east = [s.as_dict() async for s in compute.resource_skus.list(filter="location eq 'eastus'")]
            assert [s["name"] for s in west] == ["Standard_D2s_v5"] and "id" not in west[0]
            assert east == []

    run(body)


def test_disks_carry_their_hyper_v_generation() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen1")
        vm_id, ref = _vm(snapshot)
        async with simulated(snapshot) as (sim, session):
            vm = sim.state.store.get(vm_id)
            assert vm is not None
            disk_ref = ResourceId.parse(vm["properties"]["storageProfile"]["osDisk"]["managedDisk"]["id"])
            disk = await session.compute(ref.subscription_id or "").disks.get(
                disk_ref.resource_group or "", disk_ref.name
            )
            assert disk.as_dict()["properties"]["hyperVGeneration"] == "V1"

    run(body)


def test_a_disk_missing_from_the_snapshot_is_described_from_its_vm() -> None:
    async def body() -> None:
        snapshot = scenario("not-trusted-launch")
        vm_id, ref = _vm(snapshot)
        async with simulated(snapshot) as (sim, session):
            vm = sim.state.store.get(vm_id)
            assert vm is not None
            disk_ref = ResourceId.parse(vm["properties"]["storageProfile"]["osDisk"]["managedDisk"]["id"])
            disk = (
                await session.compute(ref.subscription_id or "").disks.get(disk_ref.resource_group or "", disk_ref.name)
            ).as_dict()
            assert disk["managedBy"] == vm_id and disk["properties"]["hyperVGeneration"] == "V2"

    run(body)


async def _feature(session: Any, sub: str) -> Any:
    url = (
        f"/subscriptions/{sub}/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
        "UseStandardSecurityType?api-version=2021-07-01"
    )
    return (await session.compute(sub).send_request(HttpRequest("GET", url))).json()


def test_feature_registrations() -> None:
    async def body() -> None:
        registered = scenario("upgrade-gen2-standard")
        plain = scenario("upgrade-gen1")
        sub_registered = ResourceId.parse(focus(registered)).subscription_id or ""
        sub_plain = ResourceId.parse(focus(plain)).subscription_id or ""
        async with simulated(registered) as (_sim, session):
            body = await _feature(session, sub_registered)
            assert body["properties"]["state"] == "Registered"
            assert body["name"] == "Microsoft.Compute/UseStandardSecurityType"
        async with simulated(plain) as (_sim, session):
            assert (await _feature(session, sub_plain))["properties"]["state"] == "NotRegistered"

    run(body)


async def _deallocate(session: Any, ref: ResourceId) -> None:
    compute = session.compute(ref.subscription_id or "")
    await (await compute.virtual_machines.begin_deallocate(ref.resource_group or "", ref.name)).result()


async def _patch(session: Any, ref: ResourceId, profile: dict[str, Any]) -> Any:
    compute = session.compute(ref.subscription_id or "")
    payload: Any = {"properties": {"securityProfile": profile}}
    return await (await compute.virtual_machines.begin_update(ref.resource_group or "", ref.name, payload)).result()


TL = {"securityType": "TrustedLaunch", "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True}}
REFUSALS = [
    # (scenario, deallocate first, profile, status, code, words in the message)
    ("upgrade-gen2-standard", False, TL, 409, "OperationNotAllowed", "deallocated"),
    ("upgrade-gen1", True, TL, 400, "InvalidParameter", "Gen2"),
    ("upgrade-size-unsupported", True, TL, 400, "InvalidParameter", "Standard_M64"),
]


@pytest.mark.parametrize("name, deallocate, profile, status, code, words", REFUSALS)
def test_arm_refuses_what_azure_refuses(
    name: str, deallocate: bool, profile: dict[str, Any], status: int, code: str, words: str
) -> None:
    async def body() -> None:
        snapshot = scenario(name)
        vm_id, ref = _vm(snapshot)
        async with simulated(snapshot) as (sim, session):
            if deallocate:
                await _deallocate(session, ref)
            with pytest.raises(HttpResponseError) as raised:
                await _patch(session, ref, profile)
            assert raised.value.status_code == status
            assert raised.value.error is not None and raised.value.error.code == code
            assert words in str(raised.value.message)
            vm = sim.state.store.get(vm_id)
            assert vm is not None and "uefiSettings" not in (vm["properties"].get("securityProfile") or {})

    run(body)


def test_standard_needs_the_feature_and_null_removes_uefi_settings() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id, ref = _vm(snapshot)
        without = scenario("upgrade-gen2-standard")
        without["resources"] = [r for r in without["resources"] if "Microsoft.Features" not in r["id"]]
        standard = {"securityType": "Standard", "uefiSettings": None}
        async with simulated(without) as (_sim, session):
            await _deallocate(session, ref)
            await _patch(session, ref, TL)
            with pytest.raises(HttpResponseError) as raised:
                await _patch(session, ref, standard)
            assert raised.value.error is not None and raised.value.error.code == "InvalidParameter"
            assert "UseStandardSecurityType" in str(raised.value.message)
        async with simulated(snapshot) as (sim, session):
            await _deallocate(session, ref)
            await _patch(session, ref, TL)
            await _patch(session, ref, standard)
            vm = sim.state.store.get(vm_id)
            assert vm is not None and vm["properties"]["securityProfile"] == {"securityType": "Standard"}

    run(body)


def test_restore_point_collection_and_restore_point() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id, ref = _vm(snapshot)
        rg = ref.resource_group or ""
        async with simulated(snapshot) as (_sim, session):
            compute = session.compute(ref.subscription_id or "")
            source: Any = {"location": "westeurope", "properties": {"source": {"id": vm_id}}}
            created = (await compute.restore_point_collections.create_or_update(rg, "rpc1", source)).as_dict()
            assert created["properties"]["source"]["id"] == vm_id
            point = await (await compute.restore_points.begin_create(rg, "rpc1", "rp1", {"properties": {}})).result()
            assert point.as_dict()["properties"]["provisioningState"] == "Succeeded"
            with pytest.raises(HttpResponseError) as raised:
                await compute.restore_points.begin_create(rg, "rpc1", "rp1", {"properties": {}})
            assert raised.value.status_code == 409
            other: Any = {"location": "westeurope", "properties": {"source": {"id": vm_id + "x"}}}
            with pytest.raises(HttpResponseError):
                await compute.restore_point_collections.create_or_update(rg, "rpc1", other)
            with pytest.raises(HttpResponseError) as missing:
                await compute.restore_points.begin_create(rg, "nope", "rp1", {"properties": {}})
            assert missing.value.status_code == 404

    run(body)


@pytest.mark.parametrize(
    "operation, before, after",
    [
        ("VirtualMachines_Start", "deallocated", "deallocated"),
        ("VirtualMachines_Deallocate", "running", "running"),
    ],
)
def test_a_failed_power_operation_leaves_the_power_state(operation: str, before: str, after: str) -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id, ref = _vm(snapshot)
        async with simulated(snapshot) as (sim, session):
            compute = session.compute(ref.subscription_id or "")
            if before == "deallocated":
                await _deallocate(session, ref)
            sim.add_fault(FaultRule(operation=operation, kind=FaultKind.LRO_FAILED, times=1))
            begin = (
                compute.virtual_machines.begin_start
                if "Start" in operation
                else compute.virtual_machines.begin_deallocate
            )
            with pytest.raises(HttpResponseError):
                await (await begin(ref.resource_group or "", ref.name)).result()
            vm = sim.state.store.get(vm_id)
            assert vm is not None
            codes = [s["code"] for s in vm["properties"]["instanceView"]["statuses"]]
            assert f"PowerState/{after}" in codes and "ProvisioningState/failed" in codes

    run(body)


def test_an_immediately_completed_failed_start_also_keeps_the_vm_deallocated() -> None:
    async def body() -> None:
        snapshot = scenario("upgrade-gen2-standard")
        vm_id, ref = _vm(snapshot)
        async with simulated(snapshot, SimulatorOptions(lro_polls=0)) as (sim, session):
            await _deallocate(session, ref)
            sim.add_fault(FaultRule(operation="VirtualMachines_Start", kind=FaultKind.LRO_FAILED, times=1))
            compute = session.compute(ref.subscription_id or "")
            with pytest.raises(HttpResponseError):
                await (await compute.virtual_machines.begin_start(ref.resource_group or "", ref.name)).result()
            vm = sim.state.store.get(vm_id)
            assert vm is not None
            assert "PowerState/deallocated" in [s["code"] for s in vm["properties"]["instanceView"]["statuses"]]

    run(body)
