"""How the simulated world behaves beyond ARM: whether a VM reaches Azure Attestation, what its guest says.

``attestation_reachable`` is the seam for the real reachability evaluators in ``core/diagnosis``; until they
are wired in it reads the simulator-only ``simulation`` section of the snapshot (docs/snapshot-format.md):
``{"simulation": {"vms": {"<vm id>": {"networkBlocked": bool, "inGuestProxy": bool, "runCommandOutput": ...}}}}``.
"""

from __future__ import annotations

from typing import Any

from core.simulator.ids import id_key
from core.simulator.store import ResourceStore

GUEST_ATTESTATION_PUBLISHERS = {
    "microsoft.azure.security.windowsattestation",
    "microsoft.azure.security.linuxattestation",
}


def vm_simulation(store: ResourceStore, vm_id: str) -> dict[str, Any]:
    """The simulator-only settings of one VM (empty when the snapshot has none)."""
    vms = store.simulation.get("vms", {}) or {}
    wanted = id_key(vm_id)
    for key, value in vms.items():
        if id_key(key) == wanted and isinstance(value, dict):
            return value
    return {}


def attestation_reachable(store: ResourceStore, vm_id: str) -> bool | None:
    """Whether the VM's guest reaches Azure Attestation (TCP 443); ``None`` when the snapshot does not say.

    An in-guest proxy or a network block recorded for the VM makes it unreachable.
    """
    settings = vm_simulation(store, vm_id)
    if not settings:
        return None
    return not (settings.get("inGuestProxy") or settings.get("networkBlocked"))


def is_guest_attestation(extension: dict[str, Any]) -> bool:
    props = extension.get("properties", {})
    return (
        str(props.get("publisher", "")).lower() in GUEST_ATTESTATION_PUBLISHERS
        and str(props.get("type", "")).lower() == "guestattestation"
    )


def attestation_prerequisites_met(vm: dict[str, Any]) -> bool:
    """Trusted Launch or Confidential VM with Secure Boot and vTPM on (both are needed for attestation)."""
    profile = vm.get("properties", {}).get("securityProfile") or {}
    security_type = str(profile.get("securityType") or "Standard").lower()
    uefi = profile.get("uefiSettings") or {}
    return (
        security_type in {"trustedlaunch", "confidentialvm"}
        and bool(uefi.get("secureBootEnabled"))
        and bool(uefi.get("vTpmEnabled"))
    )


def extension_failure(store: ResourceStore, vm: dict[str, Any], extension: dict[str, Any]) -> dict[str, str] | None:
    """The ARM error an extension's provisioning ends with, or ``None`` when it succeeds."""
    if not is_guest_attestation(extension):
        return None
    reachable = attestation_reachable(store, str(vm["id"]))
    if attestation_prerequisites_met(vm) and reachable is not False:
        return None
    props = extension["properties"]
    publisher = str(props.get("publisher"))
    handler = str(props.get("type"))
    os_page = "Linux" if "linux" in publisher.lower() else "Windows"
    return {
        "code": "VMExtensionProvisioningError",
        "message": (
            f"VM has reported a failure when processing extension '{extension.get('name')}' (publisher "
            f"'{publisher}' and type '{handler}'). Error message: '{publisher}.{handler} provisioning failed.'. "
            f"More information on troubleshooting is available at https://aka.ms/VMExtension{os_page}Troubleshoot."
        ),
    }


def run_command_output(store: ResourceStore, vm: dict[str, Any], command_id: str) -> tuple[str, str]:
    """(stdout, stderr) of a run command: the scenario's scripted output, else a plain default."""
    scripted = vm_simulation(store, str(vm["id"])).get("runCommandOutput")
    if isinstance(scripted, dict):
        by_command = scripted.get(command_id)
        if isinstance(by_command, dict):
            scripted = by_command
        return str(scripted.get("stdout", "")), str(scripted.get("stderr", ""))
    if isinstance(scripted, str):
        return scripted, ""
    return "", ""
