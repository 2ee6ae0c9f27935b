"""`boot-integrity vms` fills the monitoring column from the Guest Attestation extensions (issue 12, item 5)."""

from __future__ import annotations

import json

import pytest

from core.cli.main import main
from core.simulator.scenarios import demo_tenant

PUBLISHERS = {"microsoft.azure.security.windowsattestation", "microsoft.azure.security.linuxattestation"}


def _expected() -> dict[str, str]:
    """VM id (lower case) → provisioning state of its Guest Attestation extension, read from the snapshot."""
    found = {}
    for resource in demo_tenant()["resources"]:
        props = resource.get("properties") or {}
        if (
            resource["type"].lower() == "microsoft.compute/virtualmachines/extensions"
            and str(props.get("publisher", "")).lower() in PUBLISHERS
            and str(props.get("type", "")).lower() == "guestattestation"
        ):
            found[resource["id"].lower().rsplit("/extensions/", 1)[0]] = props.get("provisioningState", "")
    return found


def test_monitoring_column_matches_the_extensions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vms", "--demo", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["vms"]
    expected = _expected()
    vms = [r for r in demo_tenant()["resources"] if r["type"].lower() == "microsoft.compute/virtualmachines"]
    assert len(rows) == len(vms) >= 21 and 0 < len(expected) < len(vms)  # both kinds are present in the demo
    for row in rows:
        assert row["monitoring"] is (row["id"].lower() in expected), row["name"]
        if row["monitoring"]:
            assert row["monitoring_state"] == expected[row["id"].lower()]
    assert main(["vms", "--demo"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[-1] == "MONITORING"
    assert {line.split()[-1] for line in table[1:]} >= {"on", "off"}
