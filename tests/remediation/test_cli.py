"""`boot-integrity fix` and `enable` end to end: snapshot in, simulated tenant, exit codes, saved end state."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from core.cli import enable, fix
from tests.remediation.conftest import focus, scenario

FIXABLE = [
    "nic-nsg-denies-internet",
    "subnet-nsg-denies",
    "forced-tunnel-firewall-classic",
    "firewall-policy-missing-rule",
]


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    commands = parser.add_subparsers(dest="command", required=True)
    fix.register(commands)
    enable.register(commands)
    args = parser.parse_args(list(argv))
    result: int = args.func(args)
    return result


def snapshot_file(tmp_path: Path, name: str) -> tuple[Path, str]:
    data = scenario(name)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, focus(data)


@pytest.mark.parametrize("name", FIXABLE)
def test_fix_yes_exits_0_and_a_rerun_on_the_end_state_changes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, name)
    out = tmp_path / "after.json"
    consent = ["--allow-renumber"] if name == "nic-nsg-denies-internet" else []  # its blocker sits at priority 100
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes", *consent, "--save-snapshot", str(out)) == 0
    assert "Verified: the diagnosis now finds the path to Azure Attestation allowed." in capsys.readouterr().out
    assert cli("fix", "--vm", vm, "--snapshot", str(out), "--yes", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["plan"]["operations"] == [] and result["diagnosis"]["attestationPath"]["verdict"] == "allowed"


def test_without_yes_and_without_a_terminal_the_plan_is_shown_and_nothing_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, "subnet-nsg-denies")
    assert cli("fix", "--vm", vm, "--snapshot", str(path)) == 1
    captured = capsys.readouterr()
    assert "Allow-AzureAttestation-Out-3999" in captured.out and "pass --yes" in captured.err


def test_dry_run_prints_request_and_equivalent_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "forced-tunnel-firewall-classic")
    out = tmp_path / "same.json"
    # Exit 1 with --dry-run: there are findings (a plan to apply); 0 is kept for "nothing to do".
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--dry-run", "--save-snapshot", str(out)) == 1
    text = capsys.readouterr().out
    assert "PUT /subscriptions/" in text and "If-Match" in text
    assert "az network firewall network-rule create" in text and "Set-AzFirewall" in text
    saved = json.loads(out.read_text(encoding="utf-8"))
    fw = next(r for r in saved["resources"] if r["type"] == "Microsoft.Network/azureFirewalls")
    assert [c["name"] for c in fw["properties"]["networkRuleCollections"]] == ["Allow-Infrastructure"]


@pytest.mark.parametrize("name", ["route-next-hop-none", "third-party-appliance"])
def test_guidance_only_scenarios_exit_1_with_the_guidance(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, name)
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes") == 1
    assert "AzureAttestation with next hop Internet" in capsys.readouterr().out


def test_fix_undo_via_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "subnet-nsg-denies")
    after = tmp_path / "after.json"
    undone = tmp_path / "undone.json"
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(after)) == 0
    assert cli("fix", "--vm", vm, "--snapshot", str(after), "--undo", "--yes", "--save-snapshot", str(undone)) == 0
    assert "Remove Allow-AzureAttestation-Out-3999" in capsys.readouterr().out
    nsg = next(r for r in json.loads(undone.read_text())["resources"] if r["name"] == "nsg-snet-app")
    assert sorted(r["name"] for r in nsg["properties"]["securityRules"]) == ["Allow-Https-Storage", "Deny-All-Outbound"]


def test_enable_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "monitoring-not-enabled-windows")
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--yes") == 0
    assert "was deployed successfully" in capsys.readouterr().out


def test_enable_restart_needs_consent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "vtpm-off")
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--yes") == 1
    assert "--allow-restart" in capsys.readouterr().err
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--yes", "--allow-restart", "--no-auto-upgrade") == 0


def test_enable_on_blocked_vm_exits_1_and_explains(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "nic-nsg-denies-internet")
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--yes") == 1
    out = capsys.readouterr().out
    assert "VMExtensionProvisioningError" in out and "Deny-Internet-Outbound" in out


def test_enable_reader_is_refused_naming_the_role(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "reader-only")
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--yes") == 1
    assert "Virtual Machine Contributor" in capsys.readouterr().out


def test_enable_rejects_a_bad_endpoint_as_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, vm = snapshot_file(tmp_path, "monitoring-not-enabled-windows")
    assert cli("enable", "--vm", vm, "--snapshot", str(path), "--maa-endpoint", "http://evil.example.com") == 2
    assert "https://" in capsys.readouterr().err


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer, code", [("y", 0), ("", 1)])
def test_interactive_confirmation(
    answer: str, code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, "subnet-nsg-denies")
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or answer)
    assert cli("fix", "--vm", vm, "--snapshot", str(path)) == code
    assert asked == ["Apply these changes? [y/N] "]
    assert ("Verified" in capsys.readouterr().out) is (code == 0)


def test_renumbering_an_existing_rule_needs_explicit_consent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, vm = snapshot_file(tmp_path, "nic-nsg-denies-internet")
    out = tmp_path / "after.json"
    assert cli("fix", "--vm", vm, "--snapshot", str(path), "--yes", "--save-snapshot", str(out)) == 1
    assert "--allow-renumber" in capsys.readouterr().err
    assert not out.exists() or json.loads(out.read_text(encoding="utf-8")) == json.loads(
        path.read_text(encoding="utf-8")
    )
