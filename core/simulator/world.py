"""How the simulated world behaves beyond ARM: whether a VM reaches Azure Attestation, what its guest says.

Reachability is decided the way Azure decides it: by the same evaluators the product's diagnosis uses
(``core.diagnosis.path.reachable``) over the simulator's *current* resources, so adding an allow rule through ARM
really heals the VM. What no ARM resource shows comes from the simulator-only ``simulation`` section
(docs/snapshot-format.md): ``{"simulation": {"vms": {"<vm id>": {"inGuestProxy": bool, "networkBlocked": bool,
"runCommandOutput": ...}}}}`` — an in-guest proxy always blocks; ``networkBlocked`` only stands in where the
configuration leaves the verdict unknown (a third-party appliance we cannot see into).
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
    """Whether the VM's guest reaches Azure Attestation (TCP 443); ``None`` when nothing decides it."""
    settings = vm_simulation(store, vm_id)
    if settings.get("inGuestProxy"):
        return False
    configured = configured_reachability(store, vm_id)
    if configured is not None:
        return configured
    if "networkBlocked" in settings:
        return not settings["networkBlocked"]
    return None


def configured_reachability(store: ResourceStore, vm_id: str) -> bool | None:
    """The diagnosis' verdict over the current ARM resources (True allowed, False blocked, None unknown)."""
    from core.diagnosis.path import reachable
    from core.diagnosis.resource_index import ResourceIndex
    from core.simulator.handlers.effective import add_actions_for_vm

    resources: list[dict[str, Any]] = list(store.all_resources())
    if store.service_tags is not None:
        resources.append(store.service_tags)
    index = ResourceIndex(resources)
    add_actions_for_vm(store, vm_id, index.add_action)  # what Azure's computed views would show (BGP, AVNM)
    return reachable(index, vm_id)


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
