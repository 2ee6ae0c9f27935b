"""Change engine tests: the real SDK pipeline (through ArmSession) against an in-loop SimulatedAzure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.arm_ids import ResourceId
from core.remediation.plan import NETWORK_API_VERSION, Operation, OpKind, Precondition


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOOT_INTEGRITY_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def op(
    kind: OpKind,
    target_id: str,
    body: dict[str, Any] | None = None,
    *,
    method: str = "PUT",
    api_version: str = NETWORK_API_VERSION,
    step_id: str | None = None,
    depends_on: tuple[str, ...] = (),
    precondition: Precondition | None = None,
    previous: dict[str, Any] | None = None,
) -> Operation:
    """An operation as a planner writes one (English description, no commands needed by the engine)."""
    return Operation(
        kind=kind,
        target_id=target_id,
        method=method,
        api_version=api_version,
        body=body,
        description="Write {name}",
        args={"name": ResourceId.parse(target_id).name or target_id},
        az_cli="",
        powershell="",
        action="Microsoft.Network/networkSecurityGroups/write",
        role="Network Contributor",
        precondition=precondition or Precondition(),
        step_id=step_id,
        depends_on=depends_on,
        previous=previous,
    )


def rule_body(priority: int, description: str = "test") -> dict[str, Any]:
    return {
        "properties": {
            "priority": priority,
            "direction": "Outbound",
            "access": "Allow",
            "protocol": "Tcp",
            "sourceAddressPrefix": "*",
            "sourcePortRange": "*",
            "destinationAddressPrefix": "AzureAttestation",
            "destinationPortRange": "443",
            "description": description,
        }
    }
