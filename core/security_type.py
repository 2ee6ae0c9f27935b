"""The VM security type (``properties.securityProfile.securityType``), parsed once for every part of the product.

ARM compares enum values case-insensitively and omits the property for Standard VMs on API versions before
2025-11-01 (docs/azure-behaviour.md, "Security type"); a value this tool does not know is ``UNKNOWN``, never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from core.diagnosis.arm_json import arm_get


class SecurityType(StrEnum):
    TRUSTED_LAUNCH = "TrustedLaunch"
    CONFIDENTIAL_VM = "ConfidentialVM"
    STANDARD = "Standard"
    UNKNOWN = "Unknown"  # a value Azure may add later, or not a string at all

    @property
    def has_uefi_security(self) -> bool:
        """Trusted Launch and Confidential VMs have Secure Boot and vTPM settings; Standard VMs have none."""
        return self in (SecurityType.TRUSTED_LAUNCH, SecurityType.CONFIDENTIAL_VM)


_BY_LOWER = {member.value.lower(): member for member in SecurityType if member is not SecurityType.UNKNOWN}


def parse_security_type(value: object) -> SecurityType:
    """The raw ``securityType`` value: absent or empty means Standard."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return SecurityType.STANDARD
    if not isinstance(value, str):
        return SecurityType.UNKNOWN
    return _BY_LOWER.get(value.strip().lower(), SecurityType.UNKNOWN)


def security_type_of_profile(profile: object) -> SecurityType:
    """From ``properties.securityProfile`` (absent: Standard; not an object: unknown)."""
    if profile is None:
        return SecurityType.STANDARD
    if not isinstance(profile, Mapping):
        return SecurityType.UNKNOWN
    return parse_security_type(arm_get(profile, "securityType"))
