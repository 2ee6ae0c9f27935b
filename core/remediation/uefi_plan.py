"""Plan Secure Boot / vTPM: a PATCH of ``uefiSettings`` on a Trusted Launch or Confidential VM (restarts it).

A Standard VM cannot be switched in place: converting to Trusted Launch needs deallocation (guest-attestation.md
§6), so the plan explains the supported path and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.arm_ids import ResourceId
from core.diagnosis.model import Severity
from core.diagnosis.prerequisites import PrerequisiteReport
from core.i18n import QT_TRANSLATE_NOOP
from core.remediation.armjson import ps, sh
from core.remediation.plan import (
    COMPUTE_API_VERSION,
    ROLE_VM_CONTRIBUTOR,
    Operation,
    OpKind,
    PlanPart,
    Precondition,
    note,
)
from core.security_type import SecurityType

VM_WRITE_ACTION = "Microsoft.Compute/virtualMachines/write"

MSG_ENABLE_BOTH = QT_TRANSLATE_NOOP(
    "Remediation", "Turn on Secure Boot and vTPM on {vm}. Azure restarts the VM to apply the change."
)
MSG_ENABLE_SECURE_BOOT = QT_TRANSLATE_NOOP(
    "Remediation", "Turn on Secure Boot on {vm}. Azure restarts the VM to apply the change."
)
MSG_ENABLE_VTPM = QT_TRANSLATE_NOOP("Remediation", "Turn on vTPM on {vm}. Azure restarts the VM to apply the change.")
MSG_STANDARD_VM = QT_TRANSLATE_NOOP(
    "Remediation",
    "{vm} uses the Standard security type. Boot integrity monitoring needs Trusted Launch. The supported path: "
    "deallocate the VM, set the security type to Trusted Launch with Secure Boot and vTPM on, then start it "
    "(Generation 2 VMs only; Generation 1 VMs first need a conversion). Commands: {commands}",
)
MSG_UNKNOWN_SECURITY = QT_TRANSLATE_NOOP(
    "Remediation", "The security type of {vm} could not be read, so Secure Boot and vTPM are left unchanged."
)


def _standard_commands(vm_id: str) -> str:
    ref = ResourceId.parse(vm_id)
    rg, name = sh(ref.resource_group or ""), sh(ref.name)
    return (
        f"az vm deallocate -g {rg} -n {name}; az vm update -g {rg} -n {name} --security-type TrustedLaunch "
        f"--enable-secure-boot true --enable-vtpm true; az vm start -g {rg} -n {name}"
    )


def plan_uefi(vm_id: str, vm: Mapping[str, Any] | None, report: PrerequisiteReport) -> PlanPart:
    """The PATCH that turns on what is off, or an explanation when the VM type does not allow it."""
    vm_name = ResourceId.parse(vm_id).name
    if report.security_type is SecurityType.STANDARD:
        return PlanPart(
            notes=(
                note(
                    "UEFI_STANDARD_VM",
                    MSG_STANDARD_VM,
                    severity=Severity.ERROR,
                    blocking=True,
                    vm=vm_name,
                    commands=_standard_commands(vm_id),
                ),
            )
        )
    if report.security_type is SecurityType.UNKNOWN:
        return PlanPart(notes=(note("UEFI_UNKNOWN", MSG_UNKNOWN_SECURITY, severity=Severity.WARNING, vm=vm_name),))
    need_sb, need_vtpm = report.secure_boot is not True, report.vtpm is not True
    if not (need_sb or need_vtpm):
        return PlanPart()
    description = MSG_ENABLE_BOTH if need_sb and need_vtpm else (MSG_ENABLE_SECURE_BOOT if need_sb else MSG_ENABLE_VTPM)
    uefi: dict[str, bool] = {}
    if need_sb:
        uefi["secureBootEnabled"] = True
    if need_vtpm:
        uefi["vTpmEnabled"] = True
    ref = ResourceId.parse(vm_id)
    flags_az = " ".join(
        f for f, on in (("--enable-secure-boot true", need_sb), ("--enable-vtpm true", need_vtpm)) if on
    )
    flags_ps = " ".join(f for f, on in (("-EnableSecureBoot $true", need_sb), ("-EnableVtpm $true", need_vtpm)) if on)
    etag = vm.get("etag") if isinstance(vm, Mapping) else None
    op = Operation(
        kind=OpKind.MODIFY,
        target_id=vm_id,
        method="PATCH",
        api_version=COMPUTE_API_VERSION,
        body={"properties": {"securityProfile": {"uefiSettings": uefi}}},
        description=description,
        args={"vm": vm_name},
        az_cli=f"az vm update --resource-group {sh(ref.resource_group or '')} --name {sh(ref.name)} {flags_az}",
        powershell=(
            f"Update-AzVM -ResourceGroupName {ps(ref.resource_group or '')} "
            f"-VM (Get-AzVM -ResourceGroupName {ps(ref.resource_group or '')} -Name {ps(ref.name)}) {flags_ps}"
        ),
        action=VM_WRITE_ACTION,
        role=ROLE_VM_CONTRIBUTOR,
        precondition=Precondition(if_match=str(etag)) if etag else Precondition(),
        restarts_vm=True,
        previous={
            "properties": {
                "securityProfile": {
                    "uefiSettings": {"secureBootEnabled": bool(report.secure_boot), "vTpmEnabled": bool(report.vtpm)}
                }
            }
        },
    )
    return PlanPart((op,))
