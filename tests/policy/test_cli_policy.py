"""`boot-integrity policy` end to end through the real SDK against the simulator."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from core.cli import diagnose, policy
from tests.policy.conftest import scenario

PROD = "/subscriptions/3f2c8a1e-5b7d-4c9e-a1f0-6d2b8e4c7a91"


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    commands = parser.add_subparsers(dest="command", required=True)
    policy.register(commands)
    diagnose.register(commands)
    args = parser.parse_args(list(argv))
    result: int = args.func(args)
    return result


def snapshot_file(tmp_path: Path, name: str) -> tuple[Path, dict[str, Any]]:
    data = scenario(name)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


def vm_named(data: dict[str, Any], name: str) -> str:
    return next(
        r["id"] for r in data["resources"] if r["type"] == "Microsoft.Compute/virtualMachines" and r["name"] == name
    )


@pytest.mark.parametrize(
    ("name", "vm", "code", "words"),
    [
        ("defender-unhealthy-path-ok", "vm-web-61", "DEFENDER_DISAGREES", "lag behind by hours"),
        ("policy-do-not-enforce", "vm-lnx-62", "POLICY_DO_NOT_ENFORCE", "DoNotEnforce"),
        ("policy-identity-missing-role", "vm-app-63", "POLICY_MISSING_ROLES", "Virtual Machine Contributor"),
    ],
)
def test_status_explains_each_demo_scenario(
    name: str, vm: str, code: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = snapshot_file(tmp_path, name)
    assert cli("policy", "status", "--snapshot", str(path), "--vm", vm_named(data, vm), "--json") == 1
    result = json.loads(capsys.readouterr().out)
    found = [e for e in result["explanations"] if e["code"] == code]
    assert found and words in found[0]["message"]
    assert cli("policy", "status", "--snapshot", str(path), "--vm", vm_named(data, vm)) == 1
    assert words in capsys.readouterr().out


def test_diagnose_json_carries_defender_and_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, data = snapshot_file(tmp_path, "defender-unhealthy-path-ok")
    cli("diagnose", "--snapshot", str(path), "--vm", vm_named(data, "vm-web-61"), "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["defender"]["attestationHealthy"] is False and result["defender"]["serversPlan"] == "Standard"
    assert result["defender"]["assessments"][0] == {
        "key": "b7604066-ed76-45f9-a5c1-c97e4812dc55",
        "status": "Unhealthy",
        "displayName": "Virtual machines guest attestation status should be healthy",
    }
    assert result["policy"] == {
        "guestAttestationInitiative": {"assigned": False, "assignmentIds": [], "enforcement": None}
    }
    assert result["attestationPath"]["verdict"] == "allowed"


def _ga_extensions(snapshot: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        r["id"].lower().split("/extensions/")[0]: r
        for r in snapshot["resources"]
        if r["type"] == "Microsoft.Compute/virtualMachines/extensions"
        and r["properties"].get("type") == "GuestAttestation"
    }


def _eligible(vm: dict[str, Any]) -> bool:
    profile = vm["properties"].get("securityProfile") or {}
    uefi = profile.get("uefiSettings") or {}
    return profile.get("securityType") in ("TrustedLaunch", "ConfidentialVM") and bool(
        uefi.get("secureBootEnabled") and uefi.get("vTpmEnabled")
    )


def test_assign_yes_installs_the_extension_on_every_eligible_vm_and_undo_removes_assignment_and_roles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, before = snapshot_file(tmp_path, "demo")
    after_path, undone_path = tmp_path / "after.json", tmp_path / "undone.json"
    missing_before = [
        vm["id"]
        for vm in before["resources"]
        if vm["type"] == "Microsoft.Compute/virtualMachines"
        and vm["id"].startswith(PROD)
        and _eligible(vm)
        and vm["id"].lower() not in _ga_extensions(before)
    ]
    assert missing_before  # the demo has eligible VMs without the extension in this subscription
    # Some VMs in the subscription cannot reach Azure Attestation: their deployment fails, and so does that task.
    args = ["--snapshot", str(path), "--scope", PROD, "--yes", "--json", "--save-snapshot", str(after_path)]
    code = cli("policy", "assign", *args)
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and len(result["remediations"]) == 7
    windows = next(r for r in result["remediations"] if "deploywindowsextensionvm-" in r["id"])
    status = windows["deploymentStatus"]
    assert windows["provisioningState"] == "Failed"
    assert status["successfulDeployments"] > 0 and status["failedDeployments"] > 0
    after = json.loads(after_path.read_text(encoding="utf-8"))
    extensions = _ga_extensions(after)
    for vm_id in missing_before:
        ext = extensions[vm_id.lower()]["properties"]
        assert ext["settings"]["AttestationConfig"]["MaaSettings"]["maaTenantName"] == "GuestAttestation"
        assert "enableAutomaticUpgrade" not in ext  # the DINE's template does not set it
    ours = [
        r
        for r in after["resources"]
        if r["type"].startswith("Microsoft.Authorization/") and r["id"].startswith(PROD + "/providers")
    ]
    assert len(ours) == 5  # the assignment and its four role assignments
    principal = next(r for r in ours if r["type"].endswith("policyAssignments"))["identity"]["principalId"]
    assert all(r["properties"]["principalId"] == principal for r in ours if r["type"].endswith("roleAssignments"))

    assert (
        cli(
            "policy",
            "assign",
            "--snapshot",
            str(after_path),
            "--scope",
            PROD,
            "--undo",
            "--yes",
            "--save-snapshot",
            str(undone_path),
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "cannot be undone" in text
    undone = json.loads(undone_path.read_text(encoding="utf-8"))
    assert not [
        r
        for r in undone["resources"]
        if r["type"].startswith("Microsoft.Authorization/") and r["id"].startswith(PROD + "/providers")
    ]
    assert len(_ga_extensions(undone)) == len(extensions)  # the remediation's effect stays (said so above)


def test_a_reader_gets_the_status_and_a_plan_naming_the_missing_roles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = snapshot_file(tmp_path, "reader-only")
    vm = next(r["id"] for r in data["resources"] if r["type"] == "Microsoft.Compute/virtualMachines")
    assert cli("policy", "status", "--snapshot", str(path), "--vm", vm, "--json") in (0, 1)
    status = json.loads(capsys.readouterr().out)
    assert status["policy"]["unreadable"] is None and status["defender"]["serversPlan"] == "Free"
    assert cli("policy", "assign", "--snapshot", str(path), "--scope", PROD, "--yes", "--json") == 1
    result = json.loads(capsys.readouterr().out)
    assert {m["role"] for m in result["permissions"]["missing"]} == {
        "Resource Policy Contributor",
        "User Access Administrator",
    }
    blocking = [n for n in result["plan"]["notes"] if n["code"] == "POLICY_ROLES_MISSING"]
    assert blocking and "ask for Resource Policy Contributor and User Access Administrator" in blocking[0]["message"]


def test_bad_scope_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = snapshot_file(tmp_path, "healthy")
    assert (
        cli(
            "policy",
            "assign",
            "--snapshot",
            str(path),
            "--scope",
            "/providers/Microsoft.Management/managementGroups/x",
            "--dry-run",
        )
        == 2
    )
    assert "not a subscription or resource group" in capsys.readouterr().err


def test_assign_says_a_remediation_is_still_running_when_azure_has_not_finished_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Azure runs remediation tasks asynchronously; when the wait for one runs out, the CLI neither calls it done
    nor failed in Azure: it is reported in progress (JSON ``inProgress``, a sentence in text) and exits 1."""
    from core.policy import usecase

    monkeypatch.setattr(usecase, "REMEDIATION_WAIT_S", 0.0)  # the product's wait for each task runs out at once
    path, _ = snapshot_file(tmp_path, "policy-identity-missing-role")
    after_path = tmp_path / "after.json"
    args = ["--snapshot", str(path), "--scope", PROD, "--yes", "--save-snapshot", str(after_path)]
    assert cli("policy", "assign", *args, "--json") == 1
    result = json.loads(capsys.readouterr().out)
    first = result["remediations"][0]
    assert first["inProgress"] is True and first["provisioningState"] in ("Accepted", "Evaluating", "Running")
    after = json.loads(after_path.read_text(encoding="utf-8"))
    tasks = [r for r in after["resources"] if r["type"] == "Microsoft.PolicyInsights/remediations"]
    assert [t["properties"]["provisioningState"] for t in tasks] == [first["provisioningState"]]

    assert cli("policy", "assign", *args) == 1
    text = capsys.readouterr().out
    assert "Azure is still working on the remediation task(s)" in text and "nothing was canceled" in text
    assert "The remediation tasks have run" not in text
