"""Plan the upgrade and the rollback as one previewed ``Plan`` each: exact ARM requests in the order they run.

Upgrade (trusted-launch-existing-vm.md): restore point collection + restore point (Microsoft's best practice),
POST deallocate, PATCH ``securityProfile`` (``securityType`` TrustedLaunch, vTPM on, Secure Boot as chosen),
POST start, then the Guest Attestation extension from the existing enable planner. The planner works from the
VM as it is now, so a rerun after a failure plans only what is still missing (a VM already on Trusted Launch
gets only start and the extension). Rollback: remove our extension, deallocate, PATCH ``securityType`` Standard
with ``uefiSettings`` null, start again if it was running.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.arm_json import arm_get, parse_bool, text
from core.diagnosis.extension import ExtensionReport
from core.diagnosis.model import Severity
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import ps, sh
from core.remediation.extension_plan import EXTENSION_ACTION, ExtensionOptions, plan_extension
from core.remediation.plan import (
    COMPUTE_API_VERSION,
    ROLE_VM_CONTRIBUTOR,
    Label,
    Operation,
    OpKind,
    Plan,
    PlanPart,
    note,
)
from core.upgrade.model import Preflight

VM_WRITE = "Microsoft.Compute/virtualMachines/write"
VM_DEALLOCATE = "Microsoft.Compute/virtualMachines/deallocate/action"
VM_START = "Microsoft.Compute/virtualMachines/start/action"
RPC_WRITE = "Microsoft.Compute/restorePointCollections/write"
RP_WRITE = "Microsoft.Compute/restorePointCollections/restorePoints/write"
EXTENSION_DELETE = "Microsoft.Compute/virtualMachines/extensions/delete"

STEP_COLLECTION = "restorePointCollection"
STEP_RESTORE_POINT = "restorePoint"
STEP_DEALLOCATE = "deallocate"
STEP_SECURITY = "securityProfile"
STEP_START = "start"
STEP_EXTENSION = "extension"

MSG_COLLECTION = QT_TRANSLATE_NOOP(
    "Remediation", "Create the restore point collection {name} for {vm} in resource group {group}."
)
MSG_RESTORE_POINT = QT_TRANSLATE_NOOP(
    "Remediation",
    "Create the restore point {name} of {vm} (its disks as they are now), the way back if all else fails.",
)
MSG_DEALLOCATE = QT_TRANSLATE_NOOP(
    "Remediation", "Deallocate {vm}: it stops and is unavailable until it is started again (downtime begins)."
)
MSG_SECURITY_TL = QT_TRANSLATE_NOOP(
    "Remediation",
    "Set the security type of {vm} to Trusted Launch with vTPM on and Secure Boot {secure_boot}.",
)
MSG_START = QT_TRANSLATE_NOOP("Remediation", "Start {vm} again (downtime ends when it has booted).")
MSG_REMOVE_EXTENSION = QT_TRANSLATE_NOOP(
    "Remediation", "Remove the Guest Attestation extension {name} from {vm} (it cannot work without Trusted Launch)."
)
MSG_SECURITY_STANDARD = QT_TRANSLATE_NOOP(
    "Remediation", "Set the security type of {vm} back to Standard (uefiSettings removed)."
)
WORD_ON = QT_TRANSLATE_NOOP("Remediation", "on")
WORD_OFF = QT_TRANSLATE_NOOP("Remediation", "off")

NOTE_DOWNTIME = QT_TRANSLATE_NOOP(
    "Remediation",
    "Downtime: {vm} is deallocated at step {stop} and started again at step {start}; it is unavailable in between "
    "(usually a few minutes). The deallocation needs your explicit consent.",
)
NOTE_NO_RESTORE_POINT = QT_TRANSLATE_NOOP(
    "Remediation",
    "No restore point is created (--no-restore-point). Microsoft recommends one before the upgrade: without it "
    "the only way back is the rollback to Standard or your own backup.",
)
NOTE_REFUSED = QT_TRANSLATE_NOOP(
    "Remediation", "Not planned: the pre-flight checks refuse the upgrade of {vm} (see above). Nothing is changed."
)
NOTE_SECURE_BOOT_LATER = QT_TRANSLATE_NOOP(
    "Remediation",
    "Boot integrity monitoring is not turned on yet: it needs Secure Boot. When the VM boots fine, run "
    "boot-integrity enable --vm {vm_id} --allow-restart.",
)
NOTE_RESTORE_POINT_LAST_RESORT = QT_TRANSLATE_NOOP(
    "Remediation",
    "The restore points in {collection} stay as the last resort: they can re-create the disks and the VM in "
    "the state before the upgrade.",
)
NOTE_ROLLBACK_REFUSED = QT_TRANSLATE_NOOP(
    "Remediation", "Not planned: the rollback of {vm} is refused (see above). Nothing is changed."
)
NOTE_ALREADY_DONE = QT_TRANSLATE_NOOP("Remediation", "Nothing to do: {vm} is already where the plan leads.")


@dataclass(frozen=True)
class UpgradeOptions:
    secure_boot: bool = True
    restore_point: bool = True
    extension: ExtensionOptions = field(default_factory=ExtensionOptions)
    today: date = field(default_factory=date.today)  # names the restore point; a rerun the same day reuses it


def collection_name(vm_name: str) -> str:
    return f"rpc-{vm_name}-trusted-launch"[:80]


def restore_point_name(today: date) -> str:
    return f"before-trusted-launch-{today:%Y%m%d}"


def collection_id(vm_id: str) -> str:
    vm = ResourceId.parse(vm_id)
    return (
        f"/subscriptions/{vm.subscription_id}/resourceGroups/{vm.resource_group}"
        f"/providers/Microsoft.Compute/restorePointCollections/{collection_name(vm.name)}"
    )


def _names(vm_id: str) -> tuple[str, str, str]:
    vm = ResourceId.parse(vm_id)
    return vm.name, vm.resource_group or "", vm.subscription_id or ""


def _op(
    kind: OpKind,
    target: str,
    method: str,
    body: Mapping[str, Any] | None,
    description: str,
    args: Mapping[str, Any],
    commands: tuple[str, str],
    action: str,
    **extra: Any,
) -> Operation:
    return Operation(
        kind=kind,
        target_id=target,
        method=method,
        api_version=COMPUTE_API_VERSION,
        body=body,
        description=description,
        args=args,
        az_cli=commands[0],
        powershell=commands[1],
        action=action,
        role=ROLE_VM_CONTRIBUTOR,
        **extra,
    )


def restore_point_ops(vm_id: str, location: str, today: date) -> tuple[Operation, Operation]:
    name, group, _ = _names(vm_id)
    collection = collection_name(name)
    rpc_id = collection_id(vm_id)
    point = restore_point_name(today)
    rg = sh(group)
    rpc = _op(
        OpKind.CREATE,
        rpc_id,
        "PUT",
        {"location": location, "properties": {"source": {"id": vm_id}}},
        MSG_COLLECTION,
        {"name": collection, "vm": name, "group": group},
        (
            f"az restore-point collection create --resource-group {rg} --collection-name {sh(collection)} "
            f"--source-id {sh(vm_id)}",
            f"New-AzRestorePointCollection -ResourceGroupName {ps(group)} -Name {ps(collection)} "
            f"-VmId {ps(vm_id)} -Location {ps(location)}",
        ),
        RPC_WRITE,
        step_id=STEP_COLLECTION,
    )
    restore_point = _op(
        OpKind.CREATE,
        f"{rpc_id}/restorePoints/{point}",
        "PUT",
        {"properties": {}},
        MSG_RESTORE_POINT,
        {"name": point, "vm": name},
        (
            f"az restore-point create --resource-group {rg} --collection-name {sh(collection)} --name {sh(point)}",
            f"New-AzRestorePoint -ResourceGroupName {ps(group)} -RestorePointCollectionName {ps(collection)} "
            f"-Name {ps(point)}",
        ),
        RP_WRITE,
        step_id=STEP_RESTORE_POINT,
        depends_on=(STEP_COLLECTION,),
    )
    return rpc, restore_point


def deallocate_op(vm_id: str) -> Operation:
    name, group, _ = _names(vm_id)
    return _op(
        OpKind.ACTION,
        f"{vm_id}/deallocate",
        "POST",
        None,
        MSG_DEALLOCATE,
        {"vm": name},
        (
            f"az vm deallocate --resource-group {sh(group)} --name {sh(name)}",
            f"Stop-AzVM -ResourceGroupName {ps(group)} -Name {ps(name)} -Force",
        ),
        VM_DEALLOCATE,
        step_id=STEP_DEALLOCATE,
        downtime=True,
    )


def start_op(vm_id: str) -> Operation:
    name, group, _ = _names(vm_id)
    return _op(
        OpKind.ACTION,
        f"{vm_id}/start",
        "POST",
        None,
        MSG_START,
        {"vm": name},
        (
            f"az vm start --resource-group {sh(group)} --name {sh(name)}",
            f"Start-AzVM -ResourceGroupName {ps(group)} -Name {ps(name)}",
        ),
        VM_START,
        step_id=STEP_START,
        downtime=True,
    )


def trusted_launch_body(secure_boot: bool) -> dict[str, Any]:
    uefi = {"secureBootEnabled": secure_boot, "vTpmEnabled": True}
    return {"properties": {"securityProfile": {"securityType": "TrustedLaunch", "uefiSettings": uefi}}}


STANDARD_BODY: dict[str, Any] = {"properties": {"securityProfile": {"securityType": "Standard", "uefiSettings": None}}}


def security_op(vm_id: str, secure_boot: bool) -> Operation:
    name, group, _ = _names(vm_id)
    flag = "true" if secure_boot else "false"
    return _op(
        OpKind.MODIFY,
        vm_id,
        "PATCH",
        trusted_launch_body(secure_boot),
        MSG_SECURITY_TL,
        {"vm": name, "secure_boot": Label(WORD_ON if secure_boot else WORD_OFF)},
        (
            f"az vm update --resource-group {sh(group)} --name {sh(name)} --security-type TrustedLaunch "
            f"--enable-secure-boot {flag} --enable-vtpm true",
            f"Get-AzVM -ResourceGroupName {ps(group)} -VMName {ps(name)} | Update-AzVM -SecurityType TrustedLaunch "
            f"-EnableSecureBoot ${flag} -EnableVtpm $true",
        ),
        VM_WRITE,
        step_id=STEP_SECURITY,
        downtime=True,
        previous=STANDARD_BODY,
    )


def standard_op(vm_id: str, current_uefi: Mapping[str, Any] | None) -> Operation:
    name, group, _ = _names(vm_id)
    return _op(
        OpKind.MODIFY,
        vm_id,
        "PATCH",
        STANDARD_BODY,
        MSG_SECURITY_STANDARD,
        {"vm": name},
        (
            f"az vm update --resource-group {sh(group)} --name {sh(name)} --security-type Standard",
            f"Get-AzVM -ResourceGroupName {ps(group)} -VMName {ps(name)} | Update-AzVM -SecurityType Standard",
        ),
        VM_WRITE,
        step_id=STEP_SECURITY,
        downtime=True,
        previous={
            "properties": {"securityProfile": {"securityType": "TrustedLaunch", "uefiSettings": current_uefi or {}}}
        },
    )


def _uefi(vm: Mapping[str, Any]) -> tuple[bool | None, bool | None]:
    uefi = arm_get(vm, "properties", "securityProfile", "uefiSettings")
    return parse_bool(arm_get(uefi, "secureBootEnabled")), parse_bool(arm_get(uefi, "vTpmEnabled"))


def _failed(vm: Mapping[str, Any]) -> bool:
    return str(arm_get(vm, "properties", "provisioningState") or "").lower() == "failed"


def _downtime_note(plan: Plan, vm_name: str) -> Plan:
    numbers = [i for i, op in enumerate(plan.operations, 1) if op.downtime]
    if not numbers:
        return plan
    downtime = note(
        "UPGRADE_DOWNTIME", NOTE_DOWNTIME, severity=Severity.WARNING, vm=vm_name, stop=numbers[0], start=numbers[-1]
    )
    return Plan(plan.vm_id, plan.goal, plan.operations, (downtime, *plan.notes))


def plan_upgrade(
    preflight: Preflight,
    vm: Mapping[str, Any],
    extension: ExtensionReport,
    existing_extension: Mapping[str, Any] | None,
    options: UpgradeOptions,
) -> Plan:
    """The upgrade from the VM's current state; empty with a blocking note when the pre-flight refuses it."""
    vm_id, name = preflight.vm_id, preflight.vm_name
    plan = Plan(vm_id, "upgrade")
    if not preflight.eligible:
        refused = note("UPGRADE_REFUSED", NOTE_REFUSED, severity=Severity.ERROR, blocking=True, vm=name)
        return plan.extend(PlanPart(notes=(refused,)))
    location = text(arm_get(vm, "location")) or ""
    operations: list[Operation] = []
    notes = []
    secure_boot, vtpm = _uefi(vm)
    converting = not preflight.already_trusted_launch
    if converting:
        if options.restore_point:
            operations += restore_point_ops(vm_id, location, options.today)
        else:
            notes.append(note("UPGRADE_NO_RESTORE_POINT", NOTE_NO_RESTORE_POINT, severity=Severity.WARNING))
        operations += [deallocate_op(vm_id), security_op(vm_id, options.secure_boot)]
    elif vtpm is not True or (secure_boot is True) != options.secure_boot or _failed(vm):
        # Already Trusted Launch (a rerun): the UEFI flags differ, or the last update ended Failed and is applied
        # again. Azure restarts a running VM for a UEFI change.
        operations.append(replace(security_op(vm_id, options.secure_boot), restarts_vm=True))
    if converting or preflight.power_state != "running":
        operations.append(start_op(vm_id))
    plan = Plan(vm_id, "upgrade", tuple(operations), tuple(notes))
    if options.secure_boot:
        part = plan_extension(
            vm_id,
            location=location,
            os_type=preflight.os_type,
            power_state="running",  # the plan starts the VM before this step
            report=extension,
            existing=existing_extension,
            options=options.extension,
        )
        ops = tuple(
            replace(op, step_id=STEP_EXTENSION, depends_on=(STEP_START,) if converting else ())
            for op in part.operations
        )
        plan = plan.extend(PlanPart(ops, part.notes))
    else:
        plan = plan.extend(PlanPart(notes=(note("UPGRADE_SECURE_BOOT_LATER", NOTE_SECURE_BOOT_LATER, vm_id=vm_id),)))
    if not plan.operations:
        plan = plan.extend(PlanPart(notes=(note("UPGRADE_DONE", NOTE_ALREADY_DONE, vm=name),)))
    return _downtime_note(plan, name)


def plan_rollback(preflight: Preflight, vm: Mapping[str, Any], existing_extension: Mapping[str, Any] | None) -> Plan:
    """Back to Standard; refused (empty, blocking note) unless the pre-flight allows it."""
    vm_id, name = preflight.vm_id, preflight.vm_name
    plan = Plan(vm_id, "rollback")
    last_resort = note("ROLLBACK_RESTORE_POINT", NOTE_RESTORE_POINT_LAST_RESORT, collection=collection_name(name))
    if not preflight.eligible:
        refused = note("ROLLBACK_REFUSED", NOTE_ROLLBACK_REFUSED, severity=Severity.ERROR, blocking=True, vm=name)
        return plan.extend(PlanPart(notes=(refused, last_resort)))
    operations: list[Operation] = []
    if existing_extension is not None:
        ext_name = str(existing_extension.get("name") or "GuestAttestation")
        _, group, _ = _names(vm_id)
        operations.append(
            _op(
                OpKind.DELETE,
                f"{vm_id}/extensions/{ext_name}",
                "DELETE",
                None,
                MSG_REMOVE_EXTENSION,
                {"name": ext_name, "vm": name},
                (
                    f"az vm extension delete --resource-group {sh(group)} --vm-name {sh(name)} --name {sh(ext_name)}",
                    f"Remove-AzVMExtension -ResourceGroupName {ps(group)} -VMName {ps(name)} -Name {ps(ext_name)} "
                    "-Force",
                ),
                EXTENSION_DELETE,
                previous={k: v for k, v in existing_extension.items() if k in ("location", "properties")},
            )
        )
    uefi = arm_get(vm, "properties", "securityProfile", "uefiSettings")
    operations += [deallocate_op(vm_id), standard_op(vm_id, uefi if isinstance(uefi, Mapping) else None)]
    if preflight.power_state == "running":
        operations.append(start_op(vm_id))
    plan = Plan(vm_id, "rollback", tuple(operations), (last_resort,))
    return _downtime_note(plan, name)


__all__ = [
    "EXTENSION_ACTION",
    "STEP_EXTENSION",
    "UpgradeOptions",
    "collection_id",
    "plan_rollback",
    "plan_upgrade",
]
