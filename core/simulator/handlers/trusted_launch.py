"""What the Trusted Launch upgrade needs from Microsoft.Compute and Microsoft.Features, as ARM serves it.

Resource SKUs (snapshot entries of type ``Microsoft.Compute/skus``, else :mod:`core.simulator.sku_catalog`),
managed disks with ``hyperVGeneration``, restore point collections and restore points, preview feature
registrations, and ARM's refusals on a VM update: a security type change on a VM that is not deallocated (in
``compute.update_vm``), Trusted Launch on a Generation 1 disk or on a size without Trusted Launch, and Standard
without the ``UseStandardSecurityType`` feature. Microsoft documents these rules but not the error codes; the
codes used here are Compute's usual ones for a rejected parameter (docs/azure-behaviour.md, "Trusted Launch
upgrade"). Start and deallocate delegate to the compute handlers; when their operation fails, the VM stays in
the power state it had before (a start that fails leaves it deallocated).
"""

from __future__ import annotations

import copy
import re
import uuid
from typing import Any

from core.simulator import instance_view as iv
from core.simulator.errors import ArmError, resource_not_found
from core.simulator.handlers import compute
from core.simulator.handlers.common import check_scope, lro_headers, request_id, require, start_operation
from core.simulator.http import Call, Handler, Reply, Route
from core.simulator.ids import id_key, parse_id
from core.simulator.lro import Operation, utc_now_iso
from core.simulator.options import FaultKind
from core.simulator.paging import paged
from core.simulator.sku_catalog import catalog

NS = "Microsoft.Compute"
SKU_TYPE = "Microsoft.Compute/skus"
DISK_TYPE = "Microsoft.Compute/disks"
RPC_TYPE = "Microsoft.Compute/restorePointCollections"
RP_TYPE = "Microsoft.Compute/restorePointCollections/restorePoints"
FEATURE_TYPE = "Microsoft.Features/providers/features"

# -- Resource SKUs ------------------------------------------------------------------------------------------


def _location_filter(call: Call) -> str | None:
    found = re.search(r"location\s+eq\s+'([^']+)'", call.query.get("$filter", ""), re.IGNORECASE)
    return found.group(1).replace(" ", "").lower() if found else None


def _tenant_regions(call: Call) -> list[str]:
    regions = {str(vm.get("location", "")).lower() for vm in call.state.store.list_type(compute.VM_TYPE_NAME)}
    return sorted(r for r in regions if r) or ["westeurope"]


async def list_skus(call: Call) -> Reply:
    check_scope(call)
    region = _location_filter(call)
    listed = call.state.store.list_type(SKU_TYPE, call.params["sub"])
    if listed:
        entries = [{k: v for k, v in sku.items() if k not in ("id", "type")} for sku in listed]
        if region is not None:
            entries = [
                e for e in entries if region in [str(x).replace(" ", "").lower() for x in e.get("locations", [])]
            ]
    else:
        entries = catalog([region] if region else _tenant_regions(call))
    return paged(call, entries)


# -- disks and gallery images --------------------------------------------------------------------------------


def _disk_of_vm(call: Call, disk_id: str) -> dict[str, Any] | None:
    """A managed OS disk described from the VM that uses it (snapshots usually list VMs, not their disks)."""
    rid = parse_id(disk_id)
    for vm in call.state.store.list_type(compute.VM_TYPE_NAME, rid.subscription, rid.resource_group):
        os_disk = vm["properties"].get("storageProfile", {}).get("osDisk", {})
        if id_key(str(os_disk.get("managedDisk", {}).get("id", ""))) != id_key(disk_id):
            continue
        view = vm["properties"].get("instanceView") or {}
        power = iv.power_state(view)
        props: dict[str, Any] = {
            "osType": os_disk.get("osType"),
            "diskSizeGB": os_disk.get("diskSizeGB"),
            "diskState": "Reserved" if power == "deallocated" else "Attached",
            "provisioningState": "Succeeded",
            "timeCreated": vm["properties"].get("timeCreated"),
        }
        if view.get("hyperVGeneration"):
            props["hyperVGeneration"] = view["hyperVGeneration"]
        return {
            "id": disk_id,
            "name": rid.name,
            "type": DISK_TYPE,
            "location": vm.get("location"),
            "managedBy": vm["id"],
            "sku": {"name": os_disk.get("managedDisk", {}).get("storageAccountType", "Premium_LRS"), "tier": "Premium"},
            "properties": props,
        }
    return None


async def get_disk(call: Call) -> Reply:
    check_scope(call)
    disk_id = request_id(call)
    disk = call.state.store.get(disk_id) or _disk_of_vm(call, disk_id)
    if disk is None:
        rid = parse_id(disk_id)
        raise resource_not_found(DISK_TYPE, rid.name, rid.resource_group)
    return Reply(200, disk)


async def get_gallery_image(call: Call) -> Reply:
    return Reply(200, require(call))


# -- restore points -------------------------------------------------------------------------------------------


async def put_collection(call: Call) -> Reply:
    check_scope(call)
    rpc_id = request_id(call)
    body = await call.json()
    source = str((body.get("properties") or {}).get("source", {}).get("id") or "")
    vm = call.state.store.get(source) if source else None
    if vm is None:
        raise ArmError(
            400,
            "InvalidParameter",
            f"The source resource '{source}' of the restore point collection could not be found.",
            target="properties.source.id",
        )
    existing = call.state.store.get(rpc_id)
    if existing is not None and id_key(existing["properties"]["source"]["id"]) != id_key(source):
        raise ArmError(
            400,
            "InvalidParameter",
            "The source of an existing restore point collection cannot be changed.",
            target="properties.source.id",
        )
    rid = parse_id(rpc_id)
    collection = existing or {
        "id": rpc_id,
        "name": rid.name,
        "type": RPC_TYPE,
        "location": body.get("location") or vm.get("location"),
        "properties": {
            "source": {"id": vm["id"], "location": vm.get("location")},
            "restorePointCollectionId": str(uuid.uuid4()),
            "provisioningState": "Succeeded",
        },
    }
    if body.get("tags"):
        collection["tags"] = body["tags"]
    call.state.store.put(collection)
    return Reply(200 if existing else 201, collection)


async def get_collection(call: Call) -> Reply:
    collection = copy.deepcopy(require(call))
    if call.query.get("$expand", "").lower() == "restorepoints":
        prefix = id_key(collection["id"]) + "/restorepoints/"
        rid = parse_id(collection["id"])
        collection["properties"]["restorePoints"] = [
            rp
            for rp in call.state.store.list_type(RP_TYPE, rid.subscription, rid.resource_group)
            if id_key(rp["id"]).startswith(prefix)
        ]
    return Reply(200, collection)


def _source_metadata(vm: dict[str, Any]) -> dict[str, Any]:
    props = vm["properties"]
    return {
        "vmId": props.get("vmId"),
        "location": vm.get("location"),
        "hardwareProfile": copy.deepcopy(props.get("hardwareProfile")),
        "storageProfile": {"osDisk": copy.deepcopy(props.get("storageProfile", {}).get("osDisk")), "dataDisks": []},
        "osProfile": {"computerName": props.get("osProfile", {}).get("computerName")},
        "securityProfile": copy.deepcopy(props.get("securityProfile")),
    }


async def put_restore_point(call: Call) -> Reply:
    rp_id = request_id(call)
    rpc_id = rp_id.rsplit("/", 2)[0]
    collection = require(call, rpc_id)
    if call.state.store.get(rp_id) is not None:
        raise ArmError(409, "OperationNotAllowed", f"The restore point '{parse_id(rp_id).name}' already exists.")
    await call.json()
    vm_id = collection["properties"]["source"]["id"]
    vm = require(call, vm_id)
    restore_point = {
        "id": rp_id,
        "name": parse_id(rp_id).name,
        "type": RP_TYPE,
        "properties": {
            "consistencyMode": "CrashConsistent",
            "timeCreated": utc_now_iso(),
            "provisioningState": "Creating",
            "sourceMetadata": _source_metadata(vm),
        },
    }
    call.state.store.put(restore_point)

    def finish(op: Operation) -> None:
        current = call.state.store.get(rp_id)
        if current is not None:
            current["properties"]["provisioningState"] = "Failed" if op.error else "Succeeded"

    op = start_operation(call, namespace=NS, location=vm.get("location", ""), resource_id=rp_id, on_complete=finish)
    return Reply(201, restore_point, lro_headers(call, op, location=False))


async def get_restore_point(call: Call) -> Reply:
    return Reply(200, require(call))


async def delete_restore_point(call: Call) -> Reply:
    rp_id = request_id(call)
    require(call, rp_id.rsplit("/", 2)[0])
    if call.state.store.get(rp_id) is None:
        return Reply(204)

    def finish(op: Operation) -> None:
        if op.error is None:
            call.state.store.delete(rp_id)

    op = start_operation(call, namespace=NS, location="", resource_id=rp_id, on_complete=finish)
    return Reply(202, None, lro_headers(call, op, location=True))


# -- preview features ---------------------------------------------------------------------------------------


async def get_feature(call: Call) -> Reply:
    check_scope(call)
    feature_id = request_id(call)
    stored = call.state.store.get(feature_id)
    state = str((stored or {}).get("properties", {}).get("state") or "NotRegistered")
    namespace, name = call.params["ns"], call.params["feature"]
    return Reply(
        200,
        {
            "properties": {"state": state},
            "id": f"/subscriptions/{call.params['sub']}/providers/Microsoft.Features/providers/{namespace}"
            f"/features/{name}",
            "type": FEATURE_TYPE,
            "name": f"{namespace}/{name}",
        },
    )


def feature_registered(call: Call, subscription: str, name: str) -> bool:
    stored = call.state.store.get(
        f"/subscriptions/{subscription}/providers/Microsoft.Features/providers/{NS}/features/{name}"
    )
    return str((stored or {}).get("properties", {}).get("state", "")).lower() == "registered"


# -- Azure Backup (Recovery Services) -------------------------------------------------------------------------

PROTECTED_ITEM_TYPE = "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems"


async def backup_status(call: Call) -> Reply:
    """``POST …/locations/{loc}/backupStatus``: whether a protected item of a vault backs the VM up, and with
    which policy (the snapshot lists protected items with ``sourceResourceId`` and ``policyId``)."""
    check_scope(call)
    body = await call.json()
    resource_id = str(body.get("resourceId") or body.get("resourceid") or "")
    if not resource_id:
        raise ArmError(400, "BadRequest", "The resourceId of the VM is required.")
    for item in call.state.store.list_type(PROTECTED_ITEM_TYPE, call.params["sub"]):
        props = item.get("properties", {})
        if id_key(str(props.get("sourceResourceId", ""))) != id_key(resource_id):
            continue
        rid = parse_id(item["id"])
        group = f"/subscriptions/{rid.subscription}/resourceGroups/{rid.resource_group}"
        vault = f"{group}/providers/Microsoft.RecoveryServices/vaults/{rid.names[0]}"
        return Reply(
            200,
            {
                "protectionStatus": "Protected",
                "vaultId": vault,
                "fabricName": "Azure",
                "containerName": rid.names[2],
                "protectedItemName": rid.name,
                "policyName": str(props.get("policyId", "")).rsplit("/", 1)[-1],
            },
        )
    return Reply(200, {"protectionStatus": "NotProtected"})


async def get_backup_policy(call: Call) -> Reply:
    return Reply(200, require(call))


# -- VM update, start and deallocate ------------------------------------------------------------------------


def _sku_capabilities(call: Call, subscription: str, size: str, region: str) -> dict[str, str] | None:
    listed = call.state.store.list_type(SKU_TYPE, subscription)
    entries = listed or catalog([region])
    for sku in entries:
        locations = [str(x).replace(" ", "").lower() for x in sku.get("locations", [])]
        if str(sku.get("name", "")).lower() == size.lower() and region.replace(" ", "").lower() in locations:
            return {str(c.get("name", "")).lower(): str(c.get("value", "")) for c in sku.get("capabilities", [])}
    return None


def _disk_generation(call: Call, vm: dict[str, Any]) -> str | None:
    disk_id = str(vm["properties"].get("storageProfile", {}).get("osDisk", {}).get("managedDisk", {}).get("id", ""))
    disk = (call.state.store.get(disk_id) or _disk_of_vm(call, disk_id)) if disk_id else None
    value = (disk or {}).get("properties", {}).get("hyperVGeneration") or (
        vm["properties"].get("instanceView") or {}
    ).get("hyperVGeneration")
    return str(value).upper() if value else None


def _check_security_change(call: Call, vm: dict[str, Any], patch: dict[str, Any]) -> None:
    profile = (patch.get("properties") or {}).get("securityProfile")
    if not isinstance(profile, dict) or "securityType" not in profile:
        return
    wanted = str(profile.get("securityType") or "Standard").lower()
    current = str((vm["properties"].get("securityProfile") or {}).get("securityType") or "Standard").lower()
    if wanted == current:
        return
    sub = parse_id(vm["id"]).subscription
    if wanted == "trustedlaunch":
        if _disk_generation(call, vm) != "V2":
            raise ArmError(
                400,
                "InvalidParameter",
                "Trusted Launch security configuration can be enabled only with Azure Gen2 VMs. The OS disk of "
                "this virtual machine is Hyper-V generation V1.",
                target="securityProfile.securityType",
            )
        size = str(vm["properties"].get("hardwareProfile", {}).get("vmSize", ""))
        capabilities = _sku_capabilities(call, sub, size, str(vm.get("location", "")))
        generations = {g.strip().lower() for g in (capabilities or {}).get("hypervgenerations", "").split(",")}
        disabled = (capabilities or {}).get("trustedlaunchdisabled", "").lower() == "true"
        if capabilities is None or "v2" not in generations or disabled:
            raise ArmError(
                400,
                "InvalidParameter",
                f"The VM size '{size}' is not supported for the security type 'TrustedLaunch'. Choose a size that "
                "supports Trusted Launch.",
                target="hardwareProfile.vmSize",
            )
    elif wanted == "standard" and not feature_registered(call, sub, "UseStandardSecurityType"):
        raise ArmError(
            400,
            "InvalidParameter",
            "The security type 'Standard' can be set only when the feature 'Microsoft.Compute/UseStandardSecurityType' "
            "is registered on the subscription.",
            target="securityProfile.securityType",
        )


async def update_vm(call: Call) -> Reply:
    vm = require(call)
    patch = await call.json()
    if iv.power_state(vm["properties"].get("instanceView") or {}) in {"deallocated", None}:
        _check_security_change(call, vm, patch)
    return await compute.update_vm(call)  # refuses a security type change on a VM that is not deallocated


def _keep_state_on_failure(power_handler: Handler) -> Handler:
    async def handler(call: Call) -> Reply:
        vm_id = request_id(call).rsplit("/", 1)[0]
        vm = require(call, vm_id)
        before = iv.power_state(vm["properties"].get("instanceView") or {}) or "running"
        reply = await power_handler(call)
        op = call.state.ops.pending_on(id_key(vm_id))

        def restore(failed: Operation) -> None:
            current = call.state.store.get(vm_id)
            if failed.error is not None and current is not None:
                view = current["properties"].setdefault("instanceView", {})
                iv.set_power_state(view, before, "failed")

        if op is not None:
            original = op.on_complete

            def finish(done: Operation) -> None:
                if original is not None:
                    original(done)
                restore(done)

            op.on_complete = finish
        else:
            for fault in call.faults:
                if fault.kind is FaultKind.LRO_FAILED:
                    restore(Operation("", NS, "", 0, 0.0, error={"code": "failed"}))
        return reply

    return handler


def routes() -> list[Route]:
    sub = "/subscriptions/{sub}"
    rg = f"{sub}/resourceGroups/{{rg}}/providers/Microsoft.Compute"
    vm = f"{rg}/virtualMachines/{{vm}}"
    rpc = f"{rg}/restorePointCollections/{{rpc}}"
    vm_action = f"{compute.VM_TYPE_NAME}"
    return [
        Route("GET", f"{sub}/providers/Microsoft.Compute/skus", "ResourceSkus_List", list_skus),
        Route("GET", f"{rg}/disks/{{disk}}", "Disks_Get", get_disk, f"{DISK_TYPE}/read"),
        Route(
            "GET",
            f"{rg}/galleries/{{gallery}}/images/{{image}}",
            "GalleryImages_Get",
            get_gallery_image,
            "Microsoft.Compute/galleries/images/read",
        ),
        Route("PUT", rpc, "RestorePointCollections_CreateOrUpdate", put_collection, f"{RPC_TYPE}/write"),
        Route("GET", rpc, "RestorePointCollections_Get", get_collection, f"{RPC_TYPE}/read"),
        Route("PUT", f"{rpc}/restorePoints/{{rp}}", "RestorePoints_Create", put_restore_point, f"{RP_TYPE}/write"),
        Route("GET", f"{rpc}/restorePoints/{{rp}}", "RestorePoints_Get", get_restore_point, f"{RP_TYPE}/read"),
        Route(
            "DELETE", f"{rpc}/restorePoints/{{rp}}", "RestorePoints_Delete", delete_restore_point, f"{RP_TYPE}/delete"
        ),
        Route(
            "GET",
            f"{sub}/providers/Microsoft.Features/providers/{{ns}}/features/{{feature}}",
            "Features_Get",
            get_feature,
        ),
        Route(
            "POST",
            f"{sub}/providers/Microsoft.RecoveryServices/locations/{{loc}}/backupStatus",
            "BackupStatus_Get",
            backup_status,
        ),
        Route(
            "GET",
            f"{sub}/resourceGroups/{{rg}}/providers/Microsoft.RecoveryServices/vaults/{{vault}}/backupPolicies/{{policy}}",
            "ProtectionPolicies_Get",
            get_backup_policy,
            "Microsoft.RecoveryServices/vaults/backupPolicies/read",
        ),
        Route("PATCH", vm, "VirtualMachines_Update", update_vm, f"{vm_action}/write"),
        Route(
            "POST",
            f"{vm}/start",
            "VirtualMachines_Start",
            _keep_state_on_failure(compute._power_action("running", "starting")),
            f"{vm_action}/start/action",
        ),
        Route(
            "POST",
            f"{vm}/deallocate",
            "VirtualMachines_Deallocate",
            _keep_state_on_failure(compute._power_action("deallocated", "deallocating")),
            f"{vm_action}/deallocate/action",
        ),
    ]
