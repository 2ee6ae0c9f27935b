from __future__ import annotations

from typing import Any

import pytest

from core.azure.inventory import VmSummary

VM_ID = "/subscriptions/s1/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-1"


def vm(security: Any = None, os_type: str | None = "Linux", resources: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": VM_ID,
        "name": "vm-1",
        "location": "westeurope",
        "properties": {"storageProfile": {"osDisk": {"osType": os_type}}},
    }
    if security is not None:
        body["properties"]["securityProfile"] = security
    if resources is not None:
        body["resources"] = resources
    return body


@pytest.mark.parametrize(
    ("security", "expected"),
    [
        (None, ("Standard", None, None)),
        ({"securityType": "trustedlaunch"}, ("TrustedLaunch", None, None)),  # SDKs keep wire casing
        (
            {"securityType": "TrustedLaunch", "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": False}},
            ("TrustedLaunch", True, False),
        ),
        (
            {"securityType": "ConfidentialVM", "uefiSettings": {"secureBootEnabled": "true", "vTpmEnabled": "true"}},
            ("ConfidentialVM", True, True),
        ),  # policies write strings
        ({"securityType": None, "uefiSettings": None}, ("Standard", None, None)),
    ],
)
def test_security_facts(security: Any, expected: tuple[str, bool | None, bool | None]) -> None:
    row = VmSummary.from_arm(vm(security))
    assert (row.security_type, row.secure_boot, row.vtpm) == expected
    assert (row.subscription_id, row.resource_group, row.name, row.location) == ("s1", "rg-app", "vm-1", "westeurope")


def test_monitoring_detected_by_publisher_and_type_not_by_name() -> None:
    ext = {
        "name": "my-attestation",
        "properties": {"publisher": "Microsoft.Azure.Security.LinuxAttestation", "type": "GuestAttestation"},
    }
    other = {"name": "GuestAttestation", "properties": {"publisher": "Contoso", "type": "GuestAttestation"}}
    assert VmSummary.from_arm(vm(resources=[ext])).monitoring is True
    assert VmSummary.from_arm(vm(resources=[other])).monitoring is False
    assert VmSummary.from_arm(vm()).monitoring is None  # the list payload does not say
