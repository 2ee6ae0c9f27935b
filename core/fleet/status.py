"""The boot integrity monitoring status of one VM (or a scale set's model), decided from Resource Graph facts.

The rules follow the built-in policies (guest-attestation policy set 281d9e47): a machine is eligible when it is
Trusted Launch or a Confidential VM with Secure Boot and vTPM on; it is healthy when a Guest Attestation extension
of the OS publisher reports ``Succeeded``.
"""

from __future__ import annotations

from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP
from core.security_type import parse_security_type


class FleetStatus(StrEnum):
    HEALTHY = "healthy"  # extension Succeeded
    FAILED = "failed"  # extension Failed (or Canceled)
    PENDING = "pending"  # provisioning in progress (Creating, Updating, Transitioning …)
    NOT_INSTALLED = "notInstalled"  # prerequisites met, no extension
    NOT_ELIGIBLE = "notEligible"  # not Trusted Launch / Confidential, or Secure Boot or vTPM off


# Display order everywhere (chart, counts, reports): what needs attention first.
STATUS_ORDER = (
    FleetStatus.FAILED,
    FleetStatus.NOT_INSTALLED,
    FleetStatus.PENDING,
    FleetStatus.HEALTHY,
    FleetStatus.NOT_ELIGIBLE,
)

STATUS_LABELS = {
    FleetStatus.HEALTHY: QT_TRANSLATE_NOOP("Fleet", "Healthy"),
    FleetStatus.FAILED: QT_TRANSLATE_NOOP("Fleet", "Failed"),
    FleetStatus.PENDING: QT_TRANSLATE_NOOP("Fleet", "Pending"),
    FleetStatus.NOT_INSTALLED: QT_TRANSLATE_NOOP("Fleet", "Not installed"),
    FleetStatus.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Fleet", "Not eligible"),
}

_FAILED_STATES = frozenset({"failed", "canceled"})


def eligible(security_type: str | None, secure_boot: bool | None, vtpm: bool | None) -> bool:
    return parse_security_type(security_type).has_uefi_security and bool(secure_boot) and bool(vtpm)


def decide_status(*, eligible: bool, extension_state: str | None, installed: bool) -> FleetStatus:
    """``extension_state`` is the Guest Attestation extension's provisioningState (``None`` when absent)."""
    if not eligible:
        return FleetStatus.NOT_ELIGIBLE
    if not installed:
        return FleetStatus.NOT_INSTALLED
    state = (extension_state or "").lower()
    if state == "succeeded":
        return FleetStatus.HEALTHY
    if state in _FAILED_STATES:
        return FleetStatus.FAILED
    return FleetStatus.PENDING
