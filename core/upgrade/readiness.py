"""Read-only readiness checks inside the VM through Run Command: nothing is converted or changed.

Gen1 (trusted-launch-existing-vm-gen-1.md): Windows runs ``MBR2GPT /validate /allowFullOS`` (validation only)
and reports BitLocker; Linux reports the partition table, an EFI system partition and ``/boot/efi`` in fstab.
Secure Boot (Linux, trusted-launch-faq.md): kernel modules without a signer, and ``sbinfo`` when installed.
The output is shown as the VM returns it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from azure.mgmt.compute.models import RunCommandInput

from core.arm_ids import ResourceId
from core.azure.session import ArmSession
from core.probe.output import run_command_streams


class ReadinessCheck(StrEnum):
    GEN1 = "gen1"
    SECURE_BOOT = "secure-boot"


WINDOWS_GEN1 = [
    "$ErrorActionPreference = 'Continue'",
    '& "$env:windir\\System32\\MBR2GPT.exe" /validate /allowFullOS',
    "Write-Output ('MBR2GPT exit code: ' + $LASTEXITCODE)",
    "try { $v = Get-BitLockerVolume -MountPoint $env:SystemDrive -ErrorAction Stop; "
    "Write-Output ('BitLocker: ' + $v.ProtectionStatus) } catch { Write-Output 'BitLocker: not available' }",
    "Write-Output ('OS: ' + (Get-CimInstance Win32_OperatingSystem).Caption)",
]
LINUX_GEN1 = [
    'root=$(findmnt -no SOURCE /); disk=$(lsblk -no PKNAME "$root" 2>/dev/null | head -n1)',
    'echo "root: $root disk: ${disk:-?}"',
    'echo "partition table: $(lsblk -dno PTTYPE /dev/$disk 2>/dev/null)"',
    'echo "EFI system partitions: $(lsblk -no PARTTYPE /dev/$disk 2>/dev/null '
    '| grep -ci c12a7328-f81f-11d2-ba4b-00a0c93ec93b)"',
    "if grep -Eq '[[:space:]]/boot/efi[[:space:]]' /etc/fstab; then echo '/boot/efi in fstab: yes'; "
    "else echo '/boot/efi in fstab: no'; fi",
    '. /etc/os-release 2>/dev/null; echo "OS: ${PRETTY_NAME:-?}"',
]
LINUX_SECURE_BOOT = [
    'echo "kernel: $(uname -r)"',
    "command -v mokutil >/dev/null && mokutil --sb-state 2>&1",
    "for m in $(lsmod | awk 'NR>1 {print $1}'); do "
    '[ -z "$(modinfo -F signer "$m" 2>/dev/null)" ] && echo "unsigned module: $m"; done',
    "if command -v sbinfo >/dev/null; then sbinfo -u -m -k -b; "
    "else echo 'sbinfo is not installed (Linux Security Package)'; fi",
]


@dataclass(frozen=True)
class ReadinessResult:
    check: ReadinessCheck
    command_id: str
    script: list[str]
    stdout: str
    stderr: str

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check.value,
            "commandId": self.command_id,
            "script": self.script,
            "stdout": self.stdout,
            "stderr": self.stderr,
        }


def readiness_script(check: ReadinessCheck, os_type: str) -> tuple[str, list[str]]:
    """(Run Command id, script lines); ``ValueError`` for a check that does not apply to the OS."""
    if check is ReadinessCheck.GEN1:
        return ("RunPowerShellScript", WINDOWS_GEN1) if os_type == "Windows" else ("RunShellScript", LINUX_GEN1)
    if os_type != "Linux":
        raise ValueError("the Secure Boot readiness check is for Linux VMs (Windows boot components are signed)")
    return "RunShellScript", LINUX_SECURE_BOOT


async def run_readiness(session: ArmSession, vm_id: str, check: ReadinessCheck, os_type: str) -> ReadinessResult:
    command_id, script = readiness_script(check, os_type)
    ref = ResourceId.parse(vm_id)
    compute = session.compute(ref.subscription_id or "")
    command = RunCommandInput(command_id=command_id, script=script)
    poller = await compute.virtual_machines.begin_run_command(ref.resource_group or "", ref.name, command)
    result = await poller.result()
    stdout, stderr = run_command_streams(getattr(result, "value", None) or [])
    return ReadinessResult(check, command_id, script, stdout, stderr)
