"""Every CLI command and the wizard's ``--snapshot … --self-test`` against malformed ids and broken or odd
snapshots (issue 13, item 7): the documented exit code, one clear message naming the problem, no Python
exception name, and nothing changed (the snapshot file and ``--save-snapshot`` targets stay as they were).

The CLI cases run in subprocesses, shared: one interpreter runs a batch of command lines (tests/cli/batch_runner.py).
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.simulator.scenarios import load_scenario

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "nic-nsg-denies-internet"
GOOD = load_scenario(SCENARIO)
VM = GOOD["simulation"]["focusVm"]
SUB = VM.split("/")[2]
EXCEPTION_NAME = re.compile(r"Traceback|\b[A-Z]\w*(Error|Exception)\b|KeyboardInterrupt|\bErrno\b")


def _nsg(snapshot: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in snapshot["resources"] if r["type"] == "Microsoft.Network/networkSecurityGroups")


def _odd(change: Callable[[dict[str, Any]], None]) -> bytes:
    snapshot = copy.deepcopy(GOOD)
    change(snapshot)
    return json.dumps(snapshot).encode("utf-8")


def _duplicate(snapshot: dict[str, Any]) -> None:
    twin = copy.deepcopy(_nsg(snapshot))
    twin["id"] = twin["id"].lower()
    twin["properties"]["securityRules"] = []
    snapshot["resources"].append(twin)


def _rule(snapshot: dict[str, Any]) -> dict[str, Any]:
    rule: dict[str, Any] = _nsg(snapshot)["properties"]["securityRules"][0]["properties"]
    return rule


# name → (file bytes, text the message must contain)
SNAPSHOTS: dict[str, tuple[bytes, str]] = {
    "not-json": (b'{"resources": [', "not valid JSON"),
    "empty-file": (b"", "not valid JSON"),
    "a-list": (b"[]", "must be an object"),
    "no-resources": (b"{}", "resources: is missing"),
    "deep": (b'{"resources": [], "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "nested more than"),
    "utf32": (codecs.BOM_UTF32_LE + json.dumps(GOOD).encode("utf-32-le"), "UTF-32"),
    "utf16-no-bom": (json.dumps(GOOD).encode("utf-16-le"), "UTF-16 without a byte order mark"),
    "latin1": (
        json.dumps(GOOD, ensure_ascii=False).replace("vm-web-07", "vm-wéb-07").encode("latin-1"),
        "not valid UTF-8",
    ),
    "rules-object": (
        _odd(lambda s: _nsg(s)["properties"].update(securityRules={"name": "x"})),
        "properties.securityRules: must be a list, not an object",
    ),
    "rules-null": (
        _odd(lambda s: _nsg(s)["properties"].update(securityRules=None)),
        "properties.securityRules: must be a list, not null",
    ),
    "properties-string": (
        _odd(lambda s: _nsg(s).update(properties="x")),
        "properties: must be an object, not a string",
    ),
    "priority-99999": (_odd(lambda s: _rule(s).update(priority=99999)), "99999 is outside Azure's range 100–4096"),
    "duplicate-id": (_odd(_duplicate), "the same id is already at resources["),
    "nic-properties-string": (
        _odd(
            lambda s: next(r for r in s["resources"] if r["type"].endswith("networkInterfaces")).update(properties="x")
        ),
        "properties: must be an object",
    ),
}
BAD_IDS: dict[str, tuple[str, str]] = {
    "storage-account": (
        f"/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa",
        "is not a VM resource id",
    ),
    "extension-of-vm": (f"{VM}/extensions/GuestAttestation", "is not a VM resource id"),
    "empty": ("", "is not a VM resource id"),
    "name-only": ("vm-web-07", "is not a VM resource id"),
    "ten-kb": ("/x" * 5000, "characters long"),
    "control-characters": (VM + "\n\x1b[2J", "is not a VM resource id"),
    "unknown-subscription": (VM.replace(SUB, "00000000-0000-0000-0000-000000000000"), "unknown subscription"),
    "unknown-vm": (VM + "-gone", "unknown VM"),
}
VM_COMMANDS = {
    "diagnose": ["diagnose"],
    "diagnose-json": ["diagnose", "--json"],
    "enable-dry-run": ["enable", "--dry-run"],
    "enable-yes": ["enable", "--yes", "--allow-restart"],
    "fix-dry-run": ["fix", "--dry-run"],
    "fix-yes": ["fix", "--yes"],
    "fix-undo": ["fix", "--undo", "--yes"],
    "probe": ["probe"],
}
SAVES = {"enable-dry-run", "enable-yes", "fix-dry-run", "fix-yes", "fix-undo"}


def _batch(argvs: list[list[str]], tmp_path: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "BOOT_INTEGRITY_LOG_DIR": str(tmp_path / "logs"), "BOOT_INTEGRITY_LANG": "en"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "cli" / "batch_runner.py")],
        input=json.dumps(argvs),
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr[-3000:]
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def _assert_one_clear_message(result: dict[str, Any], expected: str, code: int = 2) -> None:
    lines = [line for line in result["stderr"].splitlines() if line.strip()]
    assert result["code"] == code, result
    assert len(lines) == 1 and lines[0].startswith("boot-integrity"), result["stderr"]
    assert expected in lines[0], (expected, lines[0])
    assert not EXCEPTION_NAME.search(result["stderr"] + result["stdout"]), result
    assert result["stdout"] == "", result


def _argv(command: list[str], source: list[str], vm: str, save: Path | None) -> list[str]:
    return [*command[:1], "--vm", vm, *command[1:], *source, *(["--save-snapshot", str(save)] if save else [])]


def test_broken_snapshots_through_every_command(tmp_path: Path) -> None:
    cases: list[tuple[str, list[str], str, Path]] = []
    for name, (content, expected) in SNAPSHOTS.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(content)
        source = ["--snapshot", str(path)]
        for command, args in VM_COMMANDS.items():
            save = tmp_path / f"out-{name}-{command}.json" if command in SAVES else None
            cases.append((f"{name}/{command}", _argv(args, source, VM, save), expected, path))
        cases.append((f"{name}/vms", ["vms", *source], expected, path))
        cases.append((f"{name}/vms-json", ["vms", "--json", *source], expected, path))
        cases.append((f"{name}/simulate", ["simulate", *source], expected, path))
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for _, _, _, path in cases}
    results = _batch([argv for _, argv, _, _ in cases], tmp_path)
    for (case, _, expected, path), result in zip(cases, results, strict=True):
        assert path.name in result["stderr"], case  # the message names the file
        _assert_one_clear_message(result, expected)
    assert {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in before} == before
    assert not list(tmp_path.glob("out-*.json")), "a --save-snapshot target was written for bad input"


def test_malformed_and_unknown_ids_through_every_vm_command(tmp_path: Path) -> None:
    snapshot = tmp_path / "tenant.json"
    snapshot.write_text(json.dumps(GOOD), encoding="utf-8")
    digest = hashlib.sha256(snapshot.read_bytes()).hexdigest()
    cases: list[tuple[str, list[str], str]] = []
    for name, (vm, expected) in BAD_IDS.items():
        for command, args in VM_COMMANDS.items():
            for source in (["--demo"], ["--snapshot", str(snapshot)]):
                save = tmp_path / f"out-{name}-{command}.json" if command in SAVES else None
                cases.append((f"{name}/{command}/{source[0]}", _argv(args, source, vm, save), expected))
    results = _batch([argv for _, argv, _ in cases], tmp_path)
    for (case, _, expected), result in zip(cases, results, strict=True):
        _assert_one_clear_message(result, expected)
        assert len(result["stderr"]) < 400, case  # a 10 KB id is not echoed back
    assert hashlib.sha256(snapshot.read_bytes()).hexdigest() == digest
    assert not list(tmp_path.glob("out-*.json"))


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["simulate", "--scenario", "healthy", "--port", "99999"], "99999 is not a port"),
        (["simulate", "--scenario", "healthy", "--port", "-1"], "-1 is not a port"),
        (["simulate", "--scenario", "healthy", "--port", "http"], "http is not a port"),
        (["simulate", "--scenario", "healthy", "--latency-ms", "nan"], "nan is not a latency"),
        (["simulate", "--scenario", "no-such-scenario"], "unknown scenario"),
        (["simulate", "--scenario", "healthy", "--save-snapshot", "/nonexistent-dir/out.json"], "--save-snapshot"),
        (["probe", "--demo", "--vm", VM, "--host", "x'; rm -rf /"], "is not a host name"),
    ],
)
def test_bad_arguments(argv: list[str], expected: str, tmp_path: Path) -> None:
    (result,) = _batch([argv], tmp_path)
    assert result["code"] == 2, result
    assert expected in result["stderr"].splitlines()[-1], result["stderr"]
    assert not EXCEPTION_NAME.search(result["stderr"] + result["stdout"])


@pytest.mark.parametrize("name", ["not-json", "rules-object", "utf32", "duplicate-id"])
def test_wizard_self_test_refuses_a_broken_snapshot(name: str, tmp_path: Path) -> None:
    content, expected = SNAPSHOTS[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(content)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOT_INTEGRITY_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-m", "gui.app", "--snapshot", str(path), "--self-test", "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], done.stderr
    assert not EXCEPTION_NAME.search(done.stdout + done.stderr)
