"""Ctrl-C during ``fix --yes`` at every step, in a real process against the demo tenant: the step in flight ends
and is recorded, one line says what was applied, exit 130; ``fix --undo`` of that partial run restores the NSG."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.remediation.armjson import strip_read_only
from core.remediation.audit import AuditLog
from core.simulator.scenarios import demo_tenant

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = "nic-nsg-denies-internet"  # two steps: renumber the blocker, create the allow rule
STEPS = 2


def _cli() -> list[str]:
    script = shutil.which("boot-integrity", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "core.cli.main"]


def _rules(snapshot: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for item in snapshot["resources"]:
        if item["type"] == "Microsoft.Network/networkSecurityGroups":
            for rule in item["properties"].get("securityRules", []):
                out[f"{item['id'].lower()}/{rule['name']}"] = strip_read_only(rule["properties"])
    return out


@pytest.mark.parametrize("step", range(1, STEPS + 1))
def test_ctrl_c_at_each_step_records_everything_and_the_partial_run_undoes(step: int, tmp_path: Path) -> None:
    tenant = demo_tenant()
    vm_id = tenant["simulation"]["scenarios"][SCENARIO]
    env = {
        **os.environ,
        "BOOT_INTEGRITY_DATA_DIR": str(tmp_path / "data"),
        "BOOT_INTEGRITY_LOG_DIR": str(tmp_path / "logs"),
        "BOOT_INTEGRITY_LANG": "en",
    }
    after_stop = tmp_path / "after-stop.json"
    command = [*_cli(), "fix", "--demo", "--vm", vm_id, "--yes", "--allow-renumber", "--save-snapshot", str(after_stop)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    seen: list[str] = []
    for line in process.stderr:  # bounded: the process ends after its last step either way
        seen.append(line)
        if line.startswith(f"[{step}/{STEPS}]"):
            process.send_signal(signal.SIGINT)  # while step `step` is being written
            break
    _out, rest = process.communicate(timeout=120)
    err = "".join(seen) + rest
    assert process.returncode == 130, err
    # The signal went out while step `step` was written; a busy machine may deliver it a step later.
    records = AuditLog(tmp_path / "data" / "remediation-audit.jsonl").records()
    assert len(records) == 1
    record = records[0]
    applied = len(record["steps"])
    assert step <= applied <= STEPS
    last = [line for line in rest.splitlines() if line.strip() and not line.startswith("[")]
    assert last == [
        f"boot-integrity: interrupted after {applied} of {STEPS} step(s); what was sent is recorded in audit record "
        f"{record['runId']}. To take it back: boot-integrity fix --vm {vm_id} --undo {record['runId']}"
    ], rest
    # The audit record is complete: every step that was sent has Azure's answer; nothing after the stop was sent.
    assert record["stopRequested"]["reason"] == "interrupt"
    assert record["status"] == ("interrupted" if applied < STEPS else "complete")
    assert [s["status"] for s in record["steps"]] == ["applied"] * applied
    assert all(s["requestIds"] for s in record["steps"])

    # Undo of the partial run, on the tenant as the interrupted run left it, restores every rule.
    restored = tmp_path / "restored.json"
    undo = [
        *_cli(),
        "fix",
        "--snapshot",
        str(after_stop),
        "--vm",
        vm_id,
        "--undo",
        "--yes",
        "--save-snapshot",
        str(restored),
    ]
    done = subprocess.run(undo, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _rules(json.loads(restored.read_text(encoding="utf-8"))) == _rules(tenant)
