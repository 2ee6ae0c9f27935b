"""`boot-integrity upgrade` end to end on snapshot files: exit codes, JSON, the saved end state, both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli.main import main
from tests.upgrade.conftest import focus, scenario


def snapshot_file(tmp_path: Path, name: str) -> tuple[Path, str]:
    data = scenario(name)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, focus(data)


def test_upgrade_yes_then_rollback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen2-standard")
    upgraded = tmp_path / "upgraded.json"
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(upgraded)]) == 0
    captured = capsys.readouterr()
    assert "Verified: vm-std-41 runs with Trusted Launch, Secure Boot on and vTPM on" in captured.out
    assert "[3/6] Deallocate vm-std-41" in captured.err  # progress per step
    saved = {r["id"].lower(): r for r in json.loads(upgraded.read_text(encoding="utf-8"))["resources"]}
    profile = saved[vm.lower()]["properties"]["securityProfile"]
    assert profile == {
        "securityType": "TrustedLaunch",
        "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
    }

    assert main(["upgrade", "--vm", vm, "--snapshot", str(upgraded), "--yes", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["plan"]["operations"] == []  # a rerun on the end state changes nothing

    back = tmp_path / "back.json"
    assert (
        main(["upgrade", "--vm", vm, "--snapshot", str(upgraded), "--rollback", "--yes", "--save-snapshot", str(back)])
        == 0
    )
    assert "uses the Standard security type again" in capsys.readouterr().out
    saved = {r["id"].lower(): r for r in json.loads(back.read_text(encoding="utf-8"))["resources"]}
    assert saved[vm.lower()]["properties"]["securityProfile"] == {"securityType": "Standard"}


def test_dry_run_json_lists_the_operations_in_run_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen2-standard")
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [op["method"] for op in data["plan"]["operations"]] == ["PUT", "PUT", "POST", "PATCH", "POST", "PUT"]
    assert data["preflight"]["eligible"] is True
    assert data["plan"]["notes"][0]["code"] == "UPGRADE_DOWNTIME"


def test_without_yes_and_without_a_terminal_nothing_is_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen2-standard")
    out = tmp_path / "after.json"
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path)]) == 1
    assert "pass --yes to agree" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "name, lang, words",
    [
        ("upgrade-gen1", "en", ["Generation 1", "MBR2GPT", "nothing was changed"]),
        ("upgrade-gen1", "de", ["Generation 1", "MBR2GPT", "nichts wurde geändert"]),
        ("upgrade-size-unsupported", "en", ["Standard_M64", "TrustedLaunchDisabled", "nothing was changed"]),
        ("upgrade-size-unsupported", "de", ["Standard_M64", "TrustedLaunchDisabled", "nichts wurde geändert"]),
    ],
)
def test_refused_upgrades_exit_1_before_any_write_with_reasons(
    name: str, lang: str, words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, name)
    out = tmp_path / "after.json"
    before = json.loads(path.read_text(encoding="utf-8"))
    assert (
        main(["--lang", lang, "upgrade", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(out)])
        == 1
    )
    captured = capsys.readouterr()
    text = captured.out + captured.err
    for word in words:
        assert word in text, (word, text)
    assert not out.exists()  # refused before anything: not even the end state is written
    assert json.loads(path.read_text(encoding="utf-8")) == before


def test_the_gen1_readiness_check_is_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen1")
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path), "--check-gen1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["commandId"] == "RunPowerShellScript"
    assert any("/validate" in line for line in data["script"]) and not any(
        "/convert" in line for line in data["script"]
    )
    assert "Validation completed successfully" in data["stdout"]


def test_the_secure_boot_check_is_for_linux(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen2-standard")
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path), "--check-secure-boot"]) == 2
    assert "for Linux VMs" in capsys.readouterr().err
    linux, linux_vm = snapshot_file(tmp_path, "upgrade-size-unsupported")
    assert main(["upgrade", "--vm", linux_vm, "--snapshot", str(linux), "--check-secure-boot", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["commandId"] == "RunShellScript"


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "upgrade-gen2-standard")
    assert main(["upgrade", "--vm", "not-an-id", "--snapshot", str(path)]) == 2
    assert main(["upgrade", "--vm", vm, "--save-snapshot", str(tmp_path / "x.json")]) == 2
    capsys.readouterr()


def test_a_reader_is_refused_before_any_write_naming_the_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = scenario("upgrade-gen2-standard")
    vm = focus(data)
    data["principal"] = {
        "displayName": "Helpdesk Trainee",
        "userPrincipalName": "trainee@contoso.com",
        "objectId": "9c4e7a21-3b58-4f6d-8e12-7a5c9d3b1f64",
        "type": "User",
        "roleAssignments": [{"scope": "/subscriptions/" + vm.split("/")[2], "roleDefinitionName": "Reader"}],
    }
    path = tmp_path / "reader.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "after.json"
    assert main(["upgrade", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Virtual Machine Contributor" in captured.out and "a role is missing" in captured.err
    assert "Microsoft.Compute/virtualMachines/deallocate/action" in captured.out
    assert not out.exists()
