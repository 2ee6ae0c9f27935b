"""One parser for securityType: absent means Standard, case-insensitive, unknown values stay unknown."""

from __future__ import annotations

import pytest

from core.security_type import SecurityType, parse_security_type, security_type_of_profile


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, SecurityType.STANDARD),  # absent before API 2025-11-01
        ("", SecurityType.STANDARD),
        ("Standard", SecurityType.STANDARD),
        ("TrustedLaunch", SecurityType.TRUSTED_LAUNCH),
        ("trustedlaunch", SecurityType.TRUSTED_LAUNCH),  # the SDK keeps the wire casing
        (" ConfidentialVM ", SecurityType.CONFIDENTIAL_VM),
        ("TrustedLaunchPlus", SecurityType.UNKNOWN),  # a value Azure may add: not guessed
        (42, SecurityType.UNKNOWN),
    ],
)
def test_parse(raw: object, expected: SecurityType) -> None:
    assert parse_security_type(raw) is expected


def test_profile() -> None:
    assert security_type_of_profile(None) is SecurityType.STANDARD
    assert security_type_of_profile("odd") is SecurityType.UNKNOWN
    assert security_type_of_profile({"SecurityType": "TrustedLaunch"}) is SecurityType.TRUSTED_LAUNCH  # ARM names
    assert SecurityType.CONFIDENTIAL_VM.has_uefi_security and not SecurityType.STANDARD.has_uefi_security
