"""Microsoft.Compute: virtual machines, their instance view, extensions, power actions and run command."""

from __future__ import annotations

import copy
from typing import Any

from core.simulator import instance_view as iv
from core.simulator.errors import ArmError, invalid_request_content
from core.simulator.guest_probe import is_probe_script, probe_output
from core.simulator.handlers.common import (
    check_preconditions,
    check_scope,
    ensure_idle,
    lro_headers,
    merge_patch,
    request_id,
    require,
    start_operation,
)
from core.simulator.http import Call, Reply, Route
from core.simulator.ids import parse_id
from core.simulator.lro import Operation
from core.simulator.paging import paged
from core.simulator.store import EXTENSION_TYPE, VM_TYPE, ResourceStore
from core.simulator.world import extension_failure, is_guest_attestation, run_command_output

VM_TYPE_NAME = "Microsoft.Compute/virtualMachines"
EXT_TYPE_NAME = "Microsoft.Compute/virtualMachines/extensions"
NS = "Microsoft.Compute"


def _next_compute_etag(current: object) -> str:
    # Compute etags are quoted integers that count updates.
    text = str(current or '"0"').strip('"')
    return f'"{int(text) + 1}"' if text.isdigit() else '"1"'


def _vm_view(vm: dict[str, Any], *, expand: bool, extensions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A VM as ARM renders it: the instance view only when expanded (shallow copies: serialised at once)."""
    view = dict(vm)
    props = dict(vm.get("properties", {}))
    if not expand:
        props.pop("instanceView", None)
    view["properties"] = props
    if extensions:
        view["resources"] = [_public(e) for e in extensions]
    return view


def _extensions_of(store: ResourceStore, vm_id: str) -> list[dict[str, Any]]:
    rid = parse_id(vm_id)
    prefix = vm_id.lower().rstrip("/") + "/extensions/"
    return [
        e
        for e in store.list_type(EXT_TYPE_NAME, rid.subscription, rid.resource_group)
        if str(e["id"]).lower().startswith(prefix)
    ]


def _expand_instance_view(call: Call) -> bool:
    return call.query.get("$expand", "").lower() == "instanceview"


def _instance_view(vm: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = vm.setdefault("properties", {}).setdefault("instanceView", {"statuses": iv.vm_statuses()})
    return view


# -- virtual machines ---------------------------------------------------------------------------------------


async def list_all_vms(call: Call) -> Reply:
    check_scope(call)
    vms = call.state.visible(call.state.store.list_type(VM_TYPE_NAME, call.params["sub"]))
    return _vm_page(call, vms)


async def list_vms(call: Call) -> Reply:
    check_scope(call)
    vms = call.state.visible(call.state.store.list_type(VM_TYPE_NAME, call.params["sub"], call.params["rg"]))
    return _vm_page(call, vms)


def _vm_page(call: Call, vms: list[dict[str, Any]]) -> Reply:
    status_only = call.query.get("statusOnly", "").lower() == "true"
    expand = status_only or _expand_instance_view(call)
    return paged(call, vms, lambda vm: _vm_view(vm, expand=expand))


async def get_vm(call: Call) -> Reply:
    vm = require(call)
    return Reply(
        200, _vm_view(vm, expand=_expand_instance_view(call), extensions=_extensions_of(call.state.store, vm["id"]))
    )


async def get_instance_view(call: Call) -> Reply:
    vm = require(call, request_id(call).rsplit("/", 1)[0])
    return Reply(200, copy.deepcopy(_instance_view(vm)))


def _uefi_validation(vm: dict[str, Any]) -> None:
    profile = vm["properties"].get("securityProfile") or {}
    security_type = str(profile.get("securityType") or "Standard").lower()
    uefi = profile.get("uefiSettings") or {}
    wants_uefi = bool(uefi.get("secureBootEnabled")) or bool(uefi.get("vTpmEnabled"))
    if wants_uefi and security_type not in {"trustedlaunch", "confidentialvm"}:
        raise ArmError(
            400,
            "InvalidParameter",
            "Use of UEFI settings is not supported for the virtual machine since securityType is not set to "
            "TrustedLaunch or ConfidentialVM.",
            target="securityProfile.uefiSettings",
        )


async def update_vm(call: Call) -> Reply:
    vm_id = request_id(call)
    vm = require(call)
    check_preconditions(call, vm)
    ensure_idle(call, vm_id)
    patch = await call.json()
    old_profile = copy.deepcopy(vm.get("properties", {}).get("securityProfile") or {})
    candidate = copy.deepcopy(vm)
    merge_patch(candidate, {k: v for k, v in patch.items() if k in {"properties", "tags", "identity", "zones"}})
    new_profile = candidate["properties"].get("securityProfile") or {}
    security_type_changed = (
        str(old_profile.get("securityType") or "Standard").lower()
        != str(new_profile.get("securityType") or "Standard").lower()
    )
    power = iv.power_state(_instance_view(vm))
    if security_type_changed and power not in {"deallocated", None}:
        raise ArmError(
            409,
            "OperationNotAllowed",
            "Changing the security type of a virtual machine requires the virtual machine to be deallocated.",
        )
    _uefi_validation(candidate)
    restart = old_profile.get("uefiSettings") != new_profile.get("uefiSettings") and power == "running"
    candidate["etag"] = _next_compute_etag(vm.get("etag"))
    candidate["properties"]["provisioningState"] = "Updating"
    view = _instance_view(candidate)
    iv.set_power_state(view, "starting" if restart else (power or "running"), "updating")
    call.state.store.put(candidate)

    def finish(op: Operation) -> None:
        current = call.state.store.get(vm_id)
        if current is None:
            return
        current["properties"]["provisioningState"] = "Failed" if op.error else "Succeeded"
        iv.set_power_state(_instance_view(current), power or "running", "failed" if op.error else "succeeded")
        if restart:
            # After the restart every Guest Attestation handler reports afresh.
            _refresh_extension_views(call.state.store, current)

    op = start_operation(call, namespace=NS, location=vm.get("location", ""), resource_id=vm_id, on_complete=finish)
    return Reply(200, _vm_view(candidate, expand=False), lro_headers(call, op, location=False))


def _power_action(target: str, transition: str, *, requires_allocated: bool = False) -> Any:
    async def handler(call: Call) -> Reply:
        vm_id = request_id(call).rsplit("/", 1)[0]
        vm = require(call, vm_id)
        ensure_idle(call, vm_id)
        view = _instance_view(vm)
        if requires_allocated and iv.power_state(view) == "deallocated":
            raise ArmError(409, "OperationNotAllowed", "Cannot restart a deallocated virtual machine.")
        iv.set_power_state(view, transition, "updating")

        def finish(op: Operation) -> None:
            current = call.state.store.get(vm_id)
            if current is not None:
                iv.set_power_state(_instance_view(current), target, "failed" if op.error else "succeeded")
                if target == "running":
                    _refresh_extension_views(call.state.store, current)

        op = start_operation(call, namespace=NS, location=vm.get("location", ""), resource_id=vm_id, on_complete=finish)
        return Reply(202, None, lro_headers(call, op, location=True))

    return handler


async def run_command(call: Call) -> Reply:
    vm_id = request_id(call).rsplit("/", 1)[0]
    vm = require(call, vm_id)
    body = await call.json()
    command_id = body.get("commandId")
    if not isinstance(command_id, str) or not command_id:
        raise invalid_request_content("commandId is required")
    if iv.power_state(_instance_view(vm)) != "running":
        raise ArmError(409, "OperationNotAllowed", "The operation requires the VM to be running (or set to run).")
    given = body.get("script")
    script: list[Any] = given if isinstance(given, list) else []
    if is_probe_script(script):  # the product's in-guest probe: answered from the VM's story
        stdout, stderr = probe_output(call.state.store, vm, command_id, script)
    else:
        stdout, stderr = run_command_output(call.state.store, vm, command_id)
    result = {"value": _run_command_statuses(vm, stdout, stderr)}
    op = start_operation(
        call, namespace=NS, location=vm.get("location", ""), resource_id=None, on_complete=None, result=result
    )
    return Reply(202, None, lro_headers(call, op, location=True))


def _run_command_statuses(vm: dict[str, Any], stdout: str, stderr: str) -> list[dict[str, Any]]:
    os_type = str(vm["properties"].get("storageProfile", {}).get("osDisk", {}).get("osType", "Windows"))
    if os_type.lower() == "linux":
        message = f"Enable succeeded: \n[stdout]\n{stdout}\n[stderr]\n{stderr}"
        return [
            {
                "code": "ProvisioningState/succeeded",
                "level": "Info",
                "displayStatus": "Provisioning succeeded",
                "message": message,
            }
        ]
    return [
        {
            "code": "ComponentStatus/StdOut/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "message": stdout,
        },
        {
            "code": "ComponentStatus/StdErr/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "message": stderr,
        },
    ]


# -- extensions ---------------------------------------------------------------------------------------------


def _refresh_extension_views(store: ResourceStore, vm: dict[str, Any]) -> None:
    view = _instance_view(vm)
    for extension in _extensions_of(store, vm["id"]):
        if is_guest_attestation(extension):
            failure = extension_failure(store, vm, extension)
            extension["properties"]["provisioningState"] = "Failed" if failure else "Succeeded"
            _set_extension_view(view, extension, succeeded=failure is None)


def _set_extension_view(view: dict[str, Any], extension: dict[str, Any], *, succeeded: bool) -> None:
    props = extension["properties"]
    # The handler reports Major.Minor.Patch.Hotfix; the platform picks the patch level.
    parts = str(props.get("typeHandlerVersion", "1.0")).split(".")
    handler_version = ".".join(parts + ["0"] * (4 - len(parts)))
    entry = iv.extension_handler_status(
        extension["name"], str(props.get("publisher")), str(props.get("type")), handler_version, succeeded=succeeded
    )
    entries = [e for e in view.get("extensions", []) if str(e.get("name", "")).lower() != extension["name"].lower()]
    view["extensions"] = [*entries, entry]


def _remove_extension_view(view: dict[str, Any], name: str) -> None:
    view["extensions"] = [e for e in view.get("extensions", []) if str(e.get("name", "")).lower() != name.lower()]


def _public(extension: dict[str, Any]) -> dict[str, Any]:
    """An extension as ARM returns it: never with its protectedSettings (they are write-only)."""
    props = extension.get("properties") or {}
    if "protectedSettings" not in props and "protectedSettingsFromKeyVault" not in props:
        return extension
    view = dict(extension)
    view["properties"] = {
        k: v for k, v in props.items() if k not in ("protectedSettings", "protectedSettingsFromKeyVault")
    }
    return view


async def list_extensions(call: Call) -> Reply:
    vm_id = request_id(call).rsplit("/", 1)[0]
    require(call, vm_id)
    return Reply(200, {"value": [_public(e) for e in _extensions_of(call.state.store, vm_id)]})


async def get_extension(call: Call) -> Reply:
    return Reply(200, _public(require(call)))


# What makes Compute re-run an extension handler on a PUT (VirtualMachineExtensionProperties.forceUpdateTag:
# "forced to update even if the extension configuration has not changed"). Stricter reading: nothing else does.
_RERUN_KEYS = ("settings", "protectedSettings", "typeHandlerVersion", "forceUpdateTag")


def _reruns_handler(existing: dict[str, Any] | None, props: dict[str, Any]) -> bool:
    if existing is None:
        return True
    before = existing.get("properties", {})
    return any(before.get(key) != props.get(key) for key in _RERUN_KEYS)


def _unchanged_failure(extension: dict[str, Any]) -> dict[str, str]:
    props = extension["properties"]
    return {
        "code": "VMExtensionProvisioningError",
        "message": (
            f"VM has reported a failure when processing extension '{extension.get('name')}' (publisher "
            f"'{props.get('publisher')}' and type '{props.get('type')}'). The extension configuration has not "
            "changed, so the handler was not run again."
        ),
    }


async def put_extension(call: Call) -> Reply:
    ext_id = request_id(call)
    vm_id = ext_id.rsplit("/", 2)[0]
    vm = require(call, vm_id)
    existing = call.state.store.get(ext_id)
    check_preconditions(call, existing)
    ensure_idle(call, vm_id)
    body = await call.json()
    props = body.get("properties")
    if not isinstance(props, dict) or not props.get("publisher") or not props.get("type"):
        raise ArmError(
            400,
            "InvalidParameter",
            "Required parameter 'publisher' and 'type' are missing (null).",
            target="properties",
        )
    if iv.power_state(_instance_view(vm)) != "running":
        raise ArmError(409, "OperationNotAllowed", "Cannot modify extensions in the VM when the VM is not running.")
    rid = parse_id(ext_id)
    stays_failed = (
        existing is not None
        and str(existing.get("properties", {}).get("provisioningState", "")).lower() == "failed"
        and not _reruns_handler(existing, props)
    )
    extension = {
        "id": ext_id,
        "name": rid.name,
        "type": EXT_TYPE_NAME,
        "location": body.get("location") or vm.get("location"),
        "properties": {**props, "provisioningState": "Updating" if existing else "Creating"},
    }
    if body.get("tags"):
        extension["tags"] = body["tags"]
    call.state.store.put(extension)
    vm["properties"]["provisioningState"] = "Updating"
    failure = _unchanged_failure(extension) if stays_failed else extension_failure(call.state.store, vm, extension)

    def finish(op: Operation) -> None:
        if failure is not None and op.error is None:
            op.error = failure
        current_vm = call.state.store.get(vm_id)
        current_ext = call.state.store.get(ext_id)
        if current_vm is None or current_ext is None:
            return
        current_vm["properties"]["provisioningState"] = "Failed" if op.error else "Succeeded"
        current_ext["properties"]["provisioningState"] = "Failed" if op.error else "Succeeded"
        _set_extension_view(_instance_view(current_vm), current_ext, succeeded=op.error is None)

    op = start_operation(call, namespace=NS, location=vm.get("location", ""), resource_id=vm_id, on_complete=finish)
    return Reply(200 if existing else 201, _public(extension), lro_headers(call, op, location=False))


async def delete_extension(call: Call) -> Reply:
    ext_id = request_id(call)
    vm_id = ext_id.rsplit("/", 2)[0]
    vm = require(call, vm_id)
    extension = call.state.store.get(ext_id)
    if extension is None:
        return Reply(204)  # ARM: deleting what is not there succeeds
    check_preconditions(call, extension)
    ensure_idle(call, vm_id)
    extension["properties"]["provisioningState"] = "Deleting"

    def finish(op: Operation) -> None:
        if op.error is None:
            call.state.store.delete(ext_id)
            current_vm = call.state.store.get(vm_id)
            if current_vm is not None:
                _remove_extension_view(_instance_view(current_vm), extension["name"])

    op = start_operation(call, namespace=NS, location=vm.get("location", ""), resource_id=vm_id, on_complete=finish)
    return Reply(202, None, lro_headers(call, op, location=True))


def routes() -> list[Route]:
    vms = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines"
    vm = f"{vms}/{{vm}}"
    ext = f"{vm}/extensions/{{ext}}"
    return [
        Route(
            "GET",
            "/subscriptions/{sub}/providers/Microsoft.Compute/virtualMachines",
            "VirtualMachines_ListAll",
            list_all_vms,
        ),
        Route("GET", vms, "VirtualMachines_List", list_vms),
        Route("GET", vm, "VirtualMachines_Get", get_vm, f"{VM_TYPE_NAME}/read"),
        Route("PATCH", vm, "VirtualMachines_Update", update_vm, f"{VM_TYPE_NAME}/write"),
        Route(
            "GET",
            f"{vm}/instanceView",
            "VirtualMachines_InstanceView",
            get_instance_view,
            f"{VM_TYPE_NAME}/instanceView/read",
        ),
        Route(
            "POST",
            f"{vm}/start",
            "VirtualMachines_Start",
            _power_action("running", "starting"),
            f"{VM_TYPE_NAME}/start/action",
        ),
        Route(
            "POST",
            f"{vm}/powerOff",
            "VirtualMachines_PowerOff",
            _power_action("stopped", "stopping"),
            f"{VM_TYPE_NAME}/powerOff/action",
        ),
        Route(
            "POST",
            f"{vm}/deallocate",
            "VirtualMachines_Deallocate",
            _power_action("deallocated", "deallocating"),
            f"{VM_TYPE_NAME}/deallocate/action",
        ),
        Route(
            "POST",
            f"{vm}/restart",
            "VirtualMachines_Restart",
            _power_action("running", "starting", requires_allocated=True),
            f"{VM_TYPE_NAME}/restart/action",
        ),
        Route(
            "POST", f"{vm}/runCommand", "VirtualMachines_RunCommand", run_command, f"{VM_TYPE_NAME}/runCommand/action"
        ),
        Route("GET", f"{vm}/extensions", "VirtualMachineExtensions_List", list_extensions, f"{EXT_TYPE_NAME}/read"),
        Route("GET", ext, "VirtualMachineExtensions_Get", get_extension, f"{EXT_TYPE_NAME}/read"),
        Route("PUT", ext, "VirtualMachineExtensions_CreateOrUpdate", put_extension, f"{EXT_TYPE_NAME}/write"),
        Route("DELETE", ext, "VirtualMachineExtensions_Delete", delete_extension, f"{EXT_TYPE_NAME}/delete"),
    ]


__all__ = ["EXTENSION_TYPE", "VM_TYPE", "routes"]
