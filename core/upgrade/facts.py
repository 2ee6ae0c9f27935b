"""What the pre-flight checks read: plain ARM JSON, fetched by :mod:`core.upgrade.collect` (or written by tests)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Json = Mapping[str, Any]

FEATURE_NAMESPACE = "Microsoft.Compute"
ROLLBACK_FEATURE = "UseStandardSecurityType"


class FeatureState(StrEnum):
    """``properties.state`` of a preview feature registration (Microsoft.Features)."""

    REGISTERED = "Registered"
    REGISTERING = "Registering"
    NOT_REGISTERED = "NotRegistered"
    UNREGISTERING = "Unregistering"
    UNREGISTERED = "Unregistered"
    PENDING = "Pending"
    UNKNOWN = "Unknown"  # could not be read

    @classmethod
    def parse(cls, value: Any) -> FeatureState:
        for state in cls:
            if isinstance(value, str) and value.strip().lower() == state.value.lower():
                return state
        return cls.UNKNOWN


def feature_id(subscription_id: str, name: str = ROLLBACK_FEATURE) -> str:
    features = f"/subscriptions/{subscription_id}/providers/Microsoft.Features"
    return f"{features}/providers/{FEATURE_NAMESPACE}/features/{name}"


@dataclass(frozen=True)
class UpgradeFacts:
    """The VM (GET with ``$expand=instanceView``) and what the checks need around it.

    ``None`` means "could not be read"; ``unreadable`` says why, per part ("disk", "skus", "image", "feature",
    "backup", "backupPolicy").
    """

    vm: Json
    os_disk: Json | None = None
    skus: Sequence[Json] | None = None  # Resource SKUs entries of the VM's region (resourceType virtualMachines)
    gallery_image: Json | None = None  # the gallery image definition the VM was created from, if any
    rollback_feature: FeatureState = FeatureState.UNKNOWN
    backup_status: Json | None = None  # Recovery Services "backupStatus" answer for the VM
    backup_policy: Json | None = None  # the protecting policy (Microsoft.RecoveryServices/vaults/backupPolicies)
    unreadable: Mapping[str, str] = field(default_factory=dict)
