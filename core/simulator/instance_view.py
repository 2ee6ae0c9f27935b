"""Instance-view fragments exactly as Microsoft.Compute returns them (statuses, extension handlers)."""

from __future__ import annotations

from typing import Any

from core.simulator.lro import utc_now_iso

POWER_STATES = {
    "running": "VM running",
    "stopped": "VM stopped",
    "deallocated": "VM deallocated",
    "starting": "VM starting",
    "stopping": "VM stopping",
    "deallocating": "VM deallocating",
}


def provisioning_status(state: str = "succeeded", time: str | None = None) -> dict[str, Any]:
    level = "Error" if state == "failed" else "Info"
    return {
        "code": f"ProvisioningState/{state}",
        "level": level,
        "displayStatus": f"Provisioning {state}",
        "time": time or utc_now_iso(),
    }


def power_status(state: str) -> dict[str, Any]:
    return {"code": f"PowerState/{state}", "level": "Info", "displayStatus": POWER_STATES[state]}


def vm_statuses(power: str = "running", provisioning: str = "succeeded") -> list[dict[str, Any]]:
    return [provisioning_status(provisioning), power_status(power)]


def power_state(instance_view: dict[str, Any]) -> str | None:
    for status in instance_view.get("statuses", []):
        code = str(status.get("code", ""))
        if code.startswith("PowerState/"):
            return code.split("/", 1)[1]
    return None


def set_power_state(instance_view: dict[str, Any], power: str, provisioning: str = "succeeded") -> None:
    others = [
        s
        for s in instance_view.get("statuses", [])
        if not str(s.get("code", "")).startswith(("PowerState/", "ProvisioningState/"))
    ]
    instance_view["statuses"] = [*vm_statuses(power, provisioning), *others]


def extension_handler_status(
    name: str, publisher: str, handler_type: str, version: str, *, succeeded: bool
) -> dict[str, Any]:
    """An entry of ``instanceView.extensions``; the message mirrors what the handler reports."""
    full_type = f"{publisher}.{handler_type}"
    if succeeded:
        status = {
            "code": "ProvisioningState/succeeded",
            "level": "Info",
            "displayStatus": "Provisioning succeeded",
            "message": f"{full_type} provisioning succeeded.",
        }
    else:
        status = {
            "code": "ProvisioningState/failed/1",
            "level": "Error",
            "displayStatus": "Provisioning failed",
            "message": f"{full_type} provisioning failed.",
        }
    return {"name": name, "type": full_type, "typeHandlerVersion": version, "statuses": [status]}
