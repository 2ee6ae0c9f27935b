"""One row of the fleet: a VM (or a scale set's model) with what Resource Graph says about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.arm_ids import ResourceId
from core.fleet.status import FleetStatus, decide_status, eligible
from core.security_type import parse_security_type

ATTESTATION_PUBLISHERS = frozenset(
    {"microsoft.azure.security.windowsattestation", "microsoft.azure.security.linuxattestation"}
)


class MachineKind(StrEnum):
    VM = "vm"
    SCALE_SET = "vmss"


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value or "").lower()
    return {"true": True, "false": False}.get(text)


def _security_type(value: Any) -> str:
    return parse_security_type(value).value


@dataclass(frozen=True, slots=True)
class FleetVm:
    id: str
    name: str
    kind: MachineKind
    subscription_id: str
    resource_group: str
    location: str
    os_type: str | None
    security_type: str  # a SecurityType value: TrustedLaunch | ConfidentialVM | Standard | Unknown
    secure_boot: bool | None
    vtpm: bool | None
    power_state: str | None  # running, deallocated, … (None for scale sets and when not reported)
    extension_name: str | None
    extension_state: str | None
    defender: str | None  # Defender's "Guest attestation status should be healthy": Healthy | Unhealthy | NotApplicable
    status: FleetStatus
    nic_id: str | None = None
    subnet_id: str | None = None
    private_ip: str | None = None
    nic_nsg_id: str | None = None
    capacity: int | None = None  # scale sets: instance count

    @property
    def extension_installed(self) -> bool:
        return self.extension_name is not None

    @property
    def key(self) -> str:
        return self.id.lower()

    @classmethod
    def from_vm_row(cls, row: Mapping[str, Any]) -> FleetVm:
        power = _text(row.get("powerState"))
        return cls._from_row(
            row,
            MachineKind.VM,
            extension_name=_text(row.get("extensionName")),
            extension_state=_text(row.get("extensionState")),
            power_state=power.split("/", 1)[-1].lower() if power else None,
            defender=_text(row.get("defenderStatus")),
            nic_id=_text(row.get("nicId")),
            private_ip=_text(row.get("privateIp")),
            nic_nsg_id=_text(row.get("nicNsgId")),
        )

    @classmethod
    def from_scale_set_row(cls, row: Mapping[str, Any]) -> FleetVm:
        """A scale set, with its model's Guest Attestation extension (instances follow the model)."""
        extension = _attestation_extension(row.get("extensions"))
        props = extension.get("properties") if extension is not None else None
        capacity = row.get("capacity")
        return cls._from_row(
            row,
            MachineKind.SCALE_SET,
            extension_name=_text(extension.get("name")) if extension is not None else None,
            extension_state=_text(props.get("provisioningState")) if isinstance(props, Mapping) else None,
            power_state=None,
            defender=None,
            capacity=capacity if isinstance(capacity, int) else None,
        )

    @classmethod
    def _from_row(
        cls,
        row: Mapping[str, Any],
        kind: MachineKind,
        *,
        extension_name: str | None,
        extension_state: str | None,
        **specific: Any,
    ) -> FleetVm:
        """The columns both Resource Graph row kinds share; ``specific`` holds what only one kind has."""
        rid = str(row.get("id") or "")
        ref = _ref(rid, row)
        security_type = _security_type(row.get("securityType"))
        secure_boot, vtpm = _flag(row.get("secureBoot")), _flag(row.get("vTpm"))
        return cls(
            id=rid,
            name=str(row.get("name") or ref.name),
            kind=kind,
            subscription_id=str(row.get("subscriptionId") or ref.subscription_id or ""),
            resource_group=str(row.get("resourceGroup") or ref.resource_group or ""),
            location=str(row.get("location") or ""),
            os_type=_text(row.get("osType")),
            security_type=security_type,
            secure_boot=secure_boot,
            vtpm=vtpm,
            extension_name=extension_name,
            extension_state=extension_state,
            status=decide_status(
                eligible=eligible(security_type, secure_boot, vtpm),
                extension_state=extension_state,
                installed=extension_name is not None,
            ),
            subnet_id=_text(row.get("subnetId")),
            **specific,
        )

    def to_json(self) -> dict[str, Any]:
        """The ``fleet scan --json`` shape (docs/cli.md)."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "subscriptionId": self.subscription_id,
            "resourceGroup": self.resource_group,
            "location": self.location,
            "osType": self.os_type,
            "securityType": self.security_type,
            "secureBoot": self.secure_boot,
            "vTpm": self.vtpm,
            "powerState": self.power_state,
            "status": self.status.value,
            "extension": {"installed": self.extension_installed, "provisioningState": self.extension_state},
            "defender": self.defender,
            "subnetId": self.subnet_id,
            "privateIp": self.private_ip,
        }


_EMPTY = ResourceId.parse("")


def _ref(resource_id: str, row: Mapping[str, Any]) -> ResourceId:
    """The parsed id, only when the row lacks a column it would give (parsing costs ~10 µs a row)."""
    if row.get("name") and row.get("resourceGroup") and row.get("subscriptionId"):
        return _EMPTY
    return ResourceId.parse(resource_id)


def _attestation_extension(extensions: Any) -> Mapping[str, Any] | None:
    for extension in extensions if isinstance(extensions, list) else []:
        props = extension.get("properties") if isinstance(extension, Mapping) else None
        if not isinstance(props, Mapping):
            continue
        if (
            str(props.get("publisher", "")).lower() in ATTESTATION_PUBLISHERS
            and str(props.get("type", "")).lower() == "guestattestation"
        ):
            found: Mapping[str, Any] = extension
            return found
    return None
