"""``boot-integrity diagnose``: exit codes, the JSON shape of docs/cli.md, readable text."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from core.cli import diagnose as diagnose_cmd
from core.simulator.scenarios import load_scenario

SCENARIOS = Path(__file__).resolve().parents[2] / "resources" / "scenarios"


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="boot-integrity")
    diagnose_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["diagnose", *argv])
    result: int = args.func(args)
    return result


def _focus(name: str) -> str:
    vm_id: str = load_scenario(name)["simulation"]["focusVm"]
    return vm_id


def test_json_for_a_blocked_vm(capsys: pytest.CaptureFixture[str]) -> None:
    vm = _focus("subnet-nsg-denies")
    assert _run("--snapshot", str(SCENARIOS / "subnet-nsg-denies.json"), "--vm", vm, "--json") == 1
    out = json.loads(capsys.readouterr().out)
    assert out["vm"] == {
        "id": vm,
        "name": "vm-app-08",
        "location": "germanywestcentral",
        "osType": "Windows",
        "privateIp": out["vm"]["privateIp"],
    }
    assert {"securityType", "secureBoot", "vTpm", "met"} <= set(out["prerequisites"])
    assert out["extension"]["installed"] is True and out["extension"]["provisioningState"] == "Failed"
    path = out["attestationPath"]
    assert path["verdict"] == "blocked"
    assert path["endpoint"] == "shareddewc.dewc.attest.azure.net"
    assert [(b["kind"], b["rule"], b["priority"], b["scope"]) for b in path["blockers"]] == [
        ("nsg", "Deny-All-Outbound", 4000, "subnet")
    ]
    assert [layer["layer"] for layer in path["layers"]] == [
        "avnm",
        "nic-nsg",
        "subnet-nsg",
        "route",
        "firewall",
        "outbound",
    ]
    severities = [f["severity"] for f in out["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert all(set(f) >= {"code", "severity", "message"} for f in out["findings"])


def test_healthy_vm_exits_zero_with_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--snapshot", str(SCENARIOS / "healthy.json"), "--vm", _focus("healthy")) == 0
    text = capsys.readouterr().out
    assert "Path to Azure Attestation (sharedweu.weu.attest.azure.net" in text
    assert "ALLOWED" in text and "PATH_ALLOWED" in text


def test_demo_unknown_vm_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    vm = _focus("healthy").replace("vm-web-01", "vm-nope")
    assert _run("--demo", "--vm", vm) == 2
    assert "unknown VM" in capsys.readouterr().err


def test_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--demo", "--vm", "not-an-id") == 2
    assert "is not a VM resource id" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert _run("--snapshot", str(broken), "--vm", _focus("healthy")) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_german_text_and_english_json(capsys: pytest.CaptureFixture[str]) -> None:
    from core.cli.main import main

    vm_id = _focus("nic-nsg-denies-internet")
    assert main(["--lang", "de", "diagnose", "--demo", "--vm", vm_id]) == 1
    text = capsys.readouterr().out
    assert "Blockiert durch:" in text and "BLOCKIERT" in text and "an der Netzwerkschnittstelle" in text
    assert "Netzwerksicherheitsgruppe" in text  # the findings are German too
    assert "Blocked by" not in text and "Findings:" not in text
    assert main(["--lang", "de", "diagnose", "--demo", "--json", "--vm", vm_id]) == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    # Machine output keeps English, whatever the language.
    assert finding["code"] == "EXT_FAILED" and finding["message"].startswith("The Guest Attestation extension")
